// Points functions at the new layer versions: each function's older version of a published layer is
// replaced in place (other layers keep their order), missing requested layers are appended, and the
// update is awaited with the SDK waiter. Planned (read-only) before the first write, applied after.
import {
  GetFunctionConfigurationCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  type FunctionConfiguration,
  type LambdaClient
} from '@aws-sdk/client-lambda'
import type { FunctionUpdate } from '../report/publish-result.js'
import type { ClientsFor } from './clients.js'
import { PublishError, awsError, callFailed, isNotFound } from './errors.js'
import { functionArnRegion, type ResolvedOptions } from './options.js'
import type { Identity } from './preflight.js'
import type { Publication } from './publications.js'

/** Lambda's limit of layers per function. */
const MAX_FUNCTION_LAYERS = 5
/** How long to wait for one function update to finish. */
const UPDATE_WAIT_SECONDS = 300

export interface FunctionPlan {
  /** As the user gave it: name or ARN. */
  name: string
  region: string
  /** Lambda layer names this run manages in the function's region. */
  managed: string[]
  /** Lambda layer names to append when the function lacks them. */
  append: string[]
}

/** "arn:aws:lambda:eu-west-1:123456789012:layer:NAME:7" -> "arn:aws:lambda:eu-west-1:123456789012:layer:NAME" */
function unversioned(layerVersionArn: string): string {
  return layerVersionArn.replace(/:\d+$/, '')
}

function layerArn(identity: Identity, region: string, layerName: string): string {
  return `arn:${identity.partition}:lambda:${region}:${identity.account}:layer:${layerName}`
}

async function readConfiguration(lambda: LambdaClient, name: string, where: string) {
  try {
    return await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
  } catch (error) {
    if (isNotFound(error))
      throw new PublishError('function', `${where}: function ${name} does not exist`, {
        hint: 'Create the function first or fix its name; to update a function in one region only, give its ARN.'
      })
    throw callFailed(`${where}: reading function ${name} (Lambda GetFunctionConfiguration)`, error)
  }
}

/** Checks every function before anything is written: it exists and its new layer list is valid. */
export async function planFunctions(
  publications: Publication[],
  options: ResolvedOptions,
  identity: Identity,
  clientsFor: ClientsFor
): Promise<FunctionPlan[]> {
  const plans: FunctionPlan[] = []
  for (const fn of options.functions) {
    const arnRegion = functionArnRegion(fn.name)
    for (const region of arnRegion ? [arnRegion] : options.regions) {
      const where = `region ${region}`
      const config = await readConfiguration(clientsFor(region).lambda, fn.name, where)
      const inRegion = publications.filter(publication => publication.region === region)
      const managed = inRegion.map(publication => publication.layerName)
      const current = (config.Layers ?? []).map(layer => layer.Arn ?? '')
      const used = managed.filter(name =>
        current.some(arn => unversioned(arn) === layerArn(identity, region, name))
      )
      const append = (fn.layers ?? [])
        .map(layer => pickFor(config, layer, inRegion, fn.name, where))
        .filter(name => !used.includes(name))
      if (used.length === 0 && append.length === 0)
        throw new PublishError(
          'function',
          `${where}: function ${fn.name} uses none of the layers being published (${managed.join(', ')})`,
          {
            hint: `Name the layers to attach (${options.optionName('functions')} "${fn.name}=LAYER,..."), or attach one once; later publishes keep it current.`
          }
        )
      const count = current.length + new Set(append).size
      if (count > MAX_FUNCTION_LAYERS)
        throw new PublishError(
          'function',
          `${where}: function ${fn.name} would have ${count} layers; Lambda allows at most ${MAX_FUNCTION_LAYERS}`,
          { hint: 'Attach fewer layers, or merge layers (a layer with several extras).' }
        )
      plans.push({ name: fn.name, region, managed, append: [...new Set(append)] })
    }
  }
  return plans
}

/** The Lambda layer name of report layer `layer` built for the function's runtime and architecture. */
function pickFor(
  config: FunctionConfiguration,
  layer: string,
  publications: Publication[],
  name: string,
  where: string
): string {
  const runtime = config.Runtime ?? ''
  const architecture = config.Architectures?.[0] ?? 'x86_64'
  const builds = publications.filter(publication => publication.entry.layer === layer)
  const match = builds.find(
    publication =>
      publication.entry.runtime === runtime && publication.entry.architecture === architecture
  )
  if (match) return match.layerName
  const built = [...new Set(publications.map(publication => publication.entry.layer))]
  throw new PublishError(
    'function',
    builds.length === 0
      ? `${where}: function ${name} asks for layer ${layer}, which is not in the report (layers: ${built.join(', ')})`
      : `${where}: function ${name} runs ${runtime || 'no runtime'} on ${architecture}, but layer ${layer} was built for ${builds.map(t => `${t.entry.runtime} ${t.entry.architecture}`).join(', ')}`,
    { hint: "Build the layer for the function's runtime and architecture, or fix the layer name." }
  )
}

/**
 * Applies a plan: replaces the function's older versions of the managed layers with `versions`
 * (layer name -> version ARN), appends missing ones, and waits until the update has finished.
 */
export async function updateFunction(
  lambda: LambdaClient,
  plan: FunctionPlan,
  versions: Map<string, string>
): Promise<FunctionUpdate> {
  const where = `region ${plan.region}`
  let config = await readConfiguration(lambda, plan.name, where)
  if (config.LastUpdateStatus === 'InProgress') {
    await waitForUpdate(lambda, plan.name, where)
    config = await readConfiguration(lambda, plan.name, where)
  }
  const byLayerArn = new Map<string, string>()
  for (const name of plan.managed) {
    const versionArn = versions.get(name)
    if (versionArn) byLayerArn.set(unversioned(versionArn), versionArn)
  }
  const current = (config.Layers ?? []).map(layer => layer.Arn ?? '')
  const layers = current.map(arn => byLayerArn.get(unversioned(arn)) ?? arn)
  for (const name of plan.append) {
    const versionArn = versions.get(name)
    if (versionArn && !layers.some(arn => unversioned(arn) === unversioned(versionArn)))
      layers.push(versionArn)
  }
  const functionArn = config.FunctionArn ?? plan.name
  const result = { name: plan.name, region: plan.region, functionArn, layers }
  if (layers.length === current.length && layers.every((arn, i) => arn === current[i]))
    return { ...result, status: 'unchanged' }
  try {
    await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: functionArn,
        Layers: layers,
        ...(config.RevisionId ? { RevisionId: config.RevisionId } : {})
      })
    )
  } catch (error) {
    const hint =
      awsError(error).name === 'PreconditionFailedException' ||
      awsError(error).name === 'ResourceConflictException'
        ? 'The function changed or was being updated at the same time: publish again (layer versions are not duplicated).'
        : undefined
    throw callFailed(
      `${where}: pointing function ${plan.name} at ${layers.join(', ')} (Lambda UpdateFunctionConfiguration)`,
      error,
      hint
    )
  }
  await waitForUpdate(lambda, functionArn, where)
  return { ...result, status: 'updated' }
}

async function waitForUpdate(lambda: LambdaClient, name: string, where: string): Promise<void> {
  try {
    await waitUntilFunctionUpdatedV2(
      { client: lambda, maxWaitTime: UPDATE_WAIT_SECONDS, minDelay: 1, maxDelay: 10 },
      { FunctionName: name }
    )
  } catch (error) {
    throw new PublishError(
      'function',
      `${where}: the update of function ${name} did not finish: ${awsError(error).message}`,
      {
        hint: "See the function's LastUpdateStatusReason in the Lambda console, fix it, and publish again."
      }
    )
  }
}
