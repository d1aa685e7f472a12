// One layer in one region: compare the zip's hash with the latest published version, publish a new
// version only when it differs, and grant lambda:GetLayerVersion to the configured principals.
import { readFile } from 'node:fs/promises'
import {
  AddLayerVersionPermissionCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  type Architecture,
  type LambdaClient,
  type LayerVersionContentInput,
  type Runtime
} from '@aws-sdk/client-lambda'
import { PublishError, awsError, callFailed, isNotFound } from './errors.js'
import type { Grant } from './options.js'

export interface LayerVersionInfo {
  version: number
  versionArn: string
  /** The layer's ARN without a version. */
  layerArn: string
  codeSha256: string
}

/** The newest version of a layer, or undefined when none exists: 2 Lambda calls at most. */
export async function latestVersion(
  lambda: LambdaClient,
  layerName: string,
  where: string
): Promise<LayerVersionInfo | undefined> {
  let newest: number | undefined
  try {
    // AWS lists newest first and pages; moto lists oldest first without paging: take the maximum.
    const list = await lambda.send(new ListLayerVersionsCommand({ LayerName: layerName }))
    for (const item of list.LayerVersions ?? [])
      if (item.Version !== undefined && (newest === undefined || item.Version > newest))
        newest = item.Version
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw callFailed(
      `${where}: listing versions of layer ${layerName} (Lambda ListLayerVersions)`,
      error
    )
  }
  if (newest === undefined) return undefined
  try {
    const version = await lambda.send(
      new GetLayerVersionCommand({ LayerName: layerName, VersionNumber: newest })
    )
    return {
      version: version.Version ?? newest,
      versionArn: version.LayerVersionArn ?? '',
      layerArn: version.LayerArn ?? '',
      codeSha256: version.Content?.CodeSha256 ?? ''
    }
  } catch (error) {
    throw callFailed(
      `${where}: reading ${layerName} version ${newest} (Lambda GetLayerVersion)`,
      error
    )
  }
}

export interface PublishRequest {
  layerName: string
  content: { s3: { bucket: string; key: string } } | { zipPath: string }
  runtime: string
  architecture: string
  description: string
  license?: string
  /** Lambda's CodeSha256 the new version must have (base64). */
  codeSha256: string
  where: string
}

export async function publishVersion(
  lambda: LambdaClient,
  request: PublishRequest
): Promise<LayerVersionInfo> {
  const { where } = request
  const content: LayerVersionContentInput =
    's3' in request.content
      ? { S3Bucket: request.content.s3.bucket, S3Key: request.content.s3.key }
      : { ZipFile: await readFile(request.content.zipPath) }
  let answer
  try {
    answer = await lambda.send(
      new PublishLayerVersionCommand({
        LayerName: request.layerName,
        Content: content,
        CompatibleRuntimes: [request.runtime as Runtime],
        CompatibleArchitectures: [request.architecture as Architecture],
        Description: request.description,
        ...(request.license ? { LicenseInfo: request.license } : {})
      })
    )
  } catch (error) {
    throw callFailed(
      `${where}: publishing layer ${request.layerName} (Lambda PublishLayerVersion)`,
      error
    )
  }
  const published: LayerVersionInfo = {
    version: answer.Version ?? 0,
    versionArn: answer.LayerVersionArn ?? '',
    layerArn: answer.LayerArn ?? '',
    codeSha256: answer.Content?.CodeSha256 ?? ''
  }
  if (published.codeSha256 !== request.codeSha256)
    throw new PublishError(
      'aws',
      `${where}: Lambda published ${published.versionArn} with CodeSha256 ${published.codeSha256}, but the zip's is ${request.codeSha256}`,
      {
        hint:
          's3' in request.content
            ? `The object s3://${request.content.s3.bucket}/${request.content.s3.key} does not hold this zip: delete it and that layer version, then publish again.`
            : 'Delete that layer version and publish again.'
      }
    )
  return published
}

/**
 * Makes sure each grant is on the version. A new version has no policy, so every grant is added;
 * an existing one (unchanged layer, or a rerun after a failure) is read first and only missing
 * statements are added. Returns the statement IDs added.
 */
export async function grantAccess(
  lambda: LambdaClient,
  layerName: string,
  version: number,
  grants: Grant[],
  isNew: boolean,
  where: string
): Promise<string[]> {
  if (grants.length === 0) return []
  const present = isNew ? new Set<string>() : await statementIds(lambda, layerName, version, where)
  const added: string[] = []
  for (const grant of grants) {
    if (present.has(grant.statementId)) continue
    try {
      await lambda.send(
        new AddLayerVersionPermissionCommand({
          LayerName: layerName,
          VersionNumber: version,
          StatementId: grant.statementId,
          Action: 'lambda:GetLayerVersion',
          Principal: grant.principal,
          ...(grant.organizationId ? { OrganizationId: grant.organizationId } : {})
        })
      )
      added.push(grant.statementId)
    } catch (error) {
      // A statement with this ID already exists: granted by an earlier run.
      if (awsError(error).name === 'ResourceConflictException') continue
      throw callFailed(
        `${where}: granting ${grant.label} access to ${layerName} version ${version} (Lambda AddLayerVersionPermission)`,
        error
      )
    }
  }
  return added
}

async function statementIds(
  lambda: LambdaClient,
  layerName: string,
  version: number,
  where: string
): Promise<Set<string>> {
  try {
    const answer = await lambda.send(
      new GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version })
    )
    const policy = JSON.parse(answer.Policy ?? '{}') as { Statement?: { Sid?: string }[] }
    return new Set((policy.Statement ?? []).map(statement => statement.Sid ?? ''))
  } catch (error) {
    if (isNotFound(error)) return new Set()
    throw callFailed(
      `${where}: reading the policy of ${layerName} version ${version} (Lambda GetLayerVersionPolicy)`,
      error
    )
  }
}
