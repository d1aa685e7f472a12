// The SDK shadowing check: a layer that ships part of the AWS SDK set the runtime provides, or
// versions that differ from the runtime's, changes what a function's `import boto3` loads.
import { RUNTIME_PROVIDED } from '../lambda/sdk.js'
import { sameVersion } from '../system/versions.js'
import type { LayerIndex } from './layer-index.js'

export interface SdkReport {
  /** Where the runtime's versions came from: the runtime image, the configuration, or names only. */
  source: 'image' | 'config' | 'names'
  /** SDK distributions the layer ships, with the runtime's version where known. */
  shadowed: { name: string; layer: string; runtime?: string }[]
  /** Members of the runtime's SDK set the layer leaves to the runtime while shipping others. */
  missing: string[]
  problems: string[]
}

/**
 * Compares the layer's distributions with the SDK set the runtime provides (`runtime`: name ->
 * version; versions may be empty when unknown).
 */
export function checkSdk(
  index: LayerIndex,
  runtime: Map<string, string>,
  source: SdkReport['source']
): SdkReport {
  const sdk = new Set<string>(RUNTIME_PROVIDED)
  const provided = [...runtime.keys()].filter(name => sdk.has(name))
  const shadowed = index.distributions
    .filter(dist => provided.includes(dist.name))
    .map(dist => ({
      name: dist.name,
      layer: dist.version,
      ...(runtime.get(dist.name) ? { runtime: runtime.get(dist.name) } : {})
    }))
  const shipped = new Set(shadowed.map(item => item.name))
  const missing = shadowed.length ? provided.filter(name => !shipped.has(name)).sort() : []
  const problems: string[] = []
  if (missing.length) {
    const list = shadowed.map(item => `${item.name} ${item.layer}`).join(', ')
    problems.push(
      `ships ${list} but not ${missing.join(', ')}: the runtime's copies of those will run against the layer's`
    )
  }
  for (const item of shadowed) {
    if (item.runtime && !sameVersion(item.runtime, item.layer))
      problems.push(`${item.name} ${item.layer} shadows the runtime's ${item.name} ${item.runtime}`)
  }
  return { source, shadowed, missing, problems }
}
