// Size checks against Lambda's limits: each layer, and each combination of layers one function
// uses together, is ok, near the limit (a warning) or over it (an error before any publishing).
import type { Combination } from '../config/schema.js'
import { layerLabel, combinationLabel } from '../errors.js'
import { builtCombinations } from '../plan/combinations.js'
import { overlay, type Listings } from './combinations.js'
import { formatBytes, formatPercent } from './format.js'
import type { CombinationReport, LayerReport, SizeStatus } from './report.js'
import { DIRECT_UPLOAD_LIMIT, UNZIPPED_LIMIT } from '../lambda/limits.js'

export function sizeStatus(unzippedBytes: number, warnPercent: number): SizeStatus {
  if (unzippedBytes > UNZIPPED_LIMIT) return 'over-limit'
  return (unzippedBytes / UNZIPPED_LIMIT) * 100 >= warnPercent ? 'near-limit' : 'ok'
}

export const needsS3 = (zippedBytes: number) => zippedBytes > DIRECT_UPLOAD_LIMIT

/**
 * Each combination for every runtime and architecture the build produced, sized as Lambda
 * extracts it when the zips' `listings` are given (else the members' sizes added up).
 */
export function checkCombinations(
  combinations: Combination[],
  layers: LayerReport[],
  warnPercent: number,
  listings?: Listings
): CombinationReport[] {
  return builtCombinations(combinations, layers).map(({ combination, members, ...platform }) => {
    const { unzippedBytes, ...rest } = overlay(members, listings)
    return {
      name: combination.name,
      ...platform,
      layers: combination.layers,
      unzippedBytes,
      limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
      status: sizeStatus(unzippedBytes, warnPercent),
      ...rest
    }
  })
}

/** One line per layer or combination near or over the limit. */
export function sizeProblems(layers: LayerReport[], combinations: CombinationReport[]) {
  const describe = (what: string, bytes: number, percent: number) =>
    `${what} is ${formatBytes(bytes)} unzipped, ${formatPercent(percent)} of Lambda's ${formatBytes(UNZIPPED_LIMIT)} limit`
  const over: string[] = []
  const near: string[] = []
  for (const l of layers) {
    const line = describe(layerLabel(l), l.unzippedBytes, l.limitPercent) + bytecodeChoices(l)
    if (l.status === 'over-limit') over.push(line)
    if (l.status === 'near-limit') near.push(line)
  }
  for (const c of combinations) {
    const line = describe(combinationLabel(c), c.unzippedBytes, c.limitPercent)
    if (c.status === 'over-limit') over.push(line)
    if (c.status === 'near-limit') near.push(line)
  }
  return { over, near }
}

/**
 * What the bytecode choices would save on a layer that ships bytecode beside its sources, for the
 * line of a layer near or over the limit: each choice that saves at least 1 % of the layer.
 */
function bytecodeChoices({ bytecode, unzippedBytes }: LayerReport): string {
  const worth = (bytes: number | undefined): bytes is number =>
    bytes !== undefined && bytes >= unzippedBytes / 100
  const choices = [
    worth(bytecode?.sourcesBytes) &&
      `the python-sources rule would save ${formatBytes(bytecode.sourcesBytes)} (cold starts as fast, tracebacks without source lines)`,
    worth(bytecode?.bytes) &&
      `the bytecode rule would save ${formatBytes(bytecode.bytes)} (each cold start compiles what it imports)`
  ].filter(Boolean)
  return choices.map(choice => `; ${choice}`).join('')
}
