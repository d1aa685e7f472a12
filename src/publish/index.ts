// The Publish step: for every layer x region, publish a new Lambda layer version exactly when the
// zip changed, grant access, and point functions at it. Every check runs before the first write.
import { layerLabel } from '../errors.js'
import type { Report } from '../report/report.js'
import type { Logger } from '../system/log.js'
import type { ClientsFor } from './clients.js'
import type { FunctionUpdate, PublishedLayer, PublishResult } from '../report/publish-result.js'
import { planFunctions, updateFunction } from './functions.js'
import { resolveOptions, type PublishOptions } from './options.js'
import { refuseFailedTargets } from './failed-targets.js'
import { checkBuckets, checkIdentity, checkZips } from './preflight.js'
import { grantAccess, latestVersion, publishVersion, type LayerVersionInfo } from './publish.js'
import { planPublications, type Publication } from './publications.js'
import { contentKey, ensureObject } from './upload.js'

export { PublishError } from './errors.js'
export type { PublishOptions } from './options.js'

export interface PublishDeps {
  /** AWS clients per region (awsClients().clientsFor, or a test's). */
  clients: ClientsFor
  log: Logger
}

export async function publishLayers(
  report: Report,
  options: PublishOptions,
  deps: PublishDeps
): Promise<PublishResult> {
  const { clients, log } = deps
  refuseFailedTargets(report)
  const resolved = resolveOptions(options)

  // Checks: nothing below writes until every layer, region, bucket and function has passed.
  const publications = planPublications(report, resolved)
  await checkZips(publications)
  const firstRegion = resolved.regions[0] as string
  const identity = await checkIdentity(clients, firstRegion)
  log.info(`publishing as ${identity.arn} to ${resolved.regions.join(', ')}`)
  await checkBuckets(publications, resolved, identity, clients)
  const latest = new Map<Publication, LayerVersionInfo | undefined>()
  for (const publication of publications) {
    const where = `${layerLabel(publication.entry)} in ${publication.region}`
    latest.set(
      publication,
      await latestVersion(clients(publication.region).lambda, publication.layerName, where)
    )
  }
  const functionPlans = await planFunctions(publications, resolved, identity, clients)

  // Writes: upload (content-addressed, reused on a rerun), publish, grant.
  const layers: PublishedLayer[] = []
  for (const publication of publications) {
    const { entry, region, layerName, bucket } = publication
    const where = `${layerLabel(entry)} in ${region}`
    const lambda = clients(region).lambda
    const s3Key = bucket ? contentKey(resolved.prefix, layerName, entry.sha256) : undefined
    const existing = latest.get(publication)
    let info: LayerVersionInfo
    let uploaded = false
    const unchanged = existing !== undefined && existing.codeSha256 === entry.codeSha256
    if (unchanged) {
      info = existing
      log.info(`${where}: unchanged, ${info.versionArn}`)
    } else {
      if (bucket && s3Key) {
        uploaded = await ensureObject(clients(region).s3, {
          bucket,
          key: s3Key,
          zipPath: entry.zipPath,
          sha256: entry.sha256,
          size: entry.zippedBytes,
          partBytes: resolved.partBytes,
          where
        })
        log.info(`${where}: ${uploaded ? 'uploaded' : 'reusing'} s3://${bucket}/${s3Key}`)
      }
      info = await publishVersion(lambda, {
        layerName,
        content: bucket && s3Key ? { s3: { bucket, key: s3Key } } : { zipPath: entry.zipPath },
        runtime: entry.runtime,
        architecture: entry.architecture,
        description: publication.description,
        license: resolved.license,
        codeSha256: entry.codeSha256,
        where
      })
      log.info(`${where}: published ${info.versionArn}`)
    }
    const granted = await grantAccess(
      lambda,
      layerName,
      info.version,
      resolved.grants,
      !unchanged,
      where
    )
    if (granted.length) log.info(`${where}: granted ${granted.join(', ')}`)
    layers.push({
      layer: entry.layer,
      runtime: entry.runtime,
      architecture: entry.architecture,
      region,
      layerName,
      status: unchanged ? 'unchanged' : 'published',
      version: info.version,
      versionArn: info.versionArn,
      codeSha256: entry.codeSha256,
      ...(bucket && s3Key ? { bucket, s3Key } : {}),
      uploaded,
      granted
    })
  }

  const functions: FunctionUpdate[] = []
  for (const plan of functionPlans) {
    const versions = new Map(
      layers.filter(row => row.region === plan.region).map(row => [row.layerName, row.versionArn])
    )
    const update = await updateFunction(clients(plan.region).lambda, plan, versions)
    log.info(
      `region ${plan.region}: function ${plan.name} ${update.status === 'updated' ? 'now uses' : 'already uses'} ${update.layers.join(', ')}`
    )
    functions.push(update)
  }
  return { account: identity.account, layers, functions }
}
