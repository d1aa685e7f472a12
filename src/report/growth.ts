// Growth thresholds for pull requests: warn or fail when a layer's unzipped size grows against the
// base branch by more than a number of bytes ("5 MiB") or a share of its base size ("10%").
import { ConfigError, LayerError } from '../errors.js'
import type { Comparison } from './compare.js'
import { formatBytes, formatPercent } from './format.js'

export type Threshold = { bytes: number } | { percent: number }

export interface GrowthThresholds {
  warn?: Threshold
  fail?: Threshold
}

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/** "10%", "5 MiB", "500kB", "1048576" -> a threshold; `name` names the option in errors. */
export function parseThreshold(text: string, name: string): Threshold | undefined {
  const value = text.trim()
  if (!value) return undefined
  const match = /^(\d+(?:\.\d+)?)\s*(%|[kmg]i?b|b)?$/i.exec(value)
  const amount = match ? Number(match[1]) : NaN
  if (!match || !(amount > 0))
    throw new ConfigError(
      `${name} "${text}" is not valid: expected a growth above zero as a percentage (10%) or a size (5 MiB, 500 kB, 1048576)`
    )
  const unit = (match[2] ?? 'b').toLowerCase()
  if (unit === '%') return { percent: amount }
  return { bytes: Math.round(amount * (UNITS[unit] ?? 1)) }
}

const describeThreshold = (t: Threshold) =>
  'percent' in t ? formatPercent(t.percent) : formatBytes(t.bytes)

interface GrowthBreach {
  key: string
  level: 'warn' | 'fail'
  message: string
}

function exceeds(t: Threshold, bytes: number, percent: number | undefined): boolean {
  if ('bytes' in t) return bytes > t.bytes
  return percent !== undefined && percent > t.percent
}

/** Layers that grew by more than a threshold; the fail threshold wins over warn. */
export function growthBreaches(
  comparison: Comparison,
  thresholds: GrowthThresholds
): GrowthBreach[] {
  const breaches: GrowthBreach[] = []
  for (const l of comparison.layers) {
    if (!l.delta || l.delta.unzippedBytes <= 0) continue
    const { unzippedBytes, unzippedPercent } = l.delta
    const { fail, warn } = thresholds
    const hit: [GrowthBreach['level'], Threshold] | undefined =
      fail && exceeds(fail, unzippedBytes, unzippedPercent)
        ? ['fail', fail]
        : warn && exceeds(warn, unzippedBytes, unzippedPercent)
          ? ['warn', warn]
          : undefined
    if (!hit) continue
    const [level, threshold] = hit
    const limit = describeThreshold(threshold)
    const percent = unzippedPercent === undefined ? '' : ` (+${formatPercent(unzippedPercent)})`
    breaches.push({
      key: l.key,
      level,
      message: `layer ${l.key} grew by ${formatBytes(unzippedBytes)}${percent} unzipped against the base branch, more than the ${level} threshold of ${limit}`
    })
  }
  return breaches
}

/** A layer grew past the fail threshold against the base branch. */
export class GrowthError extends LayerError {
  constructor(readonly problems: string[]) {
    super(`layers grew past the size-growth-fail threshold:\n  ${problems.join('\n  ')}`, {
      hint: 'Look at the package changes in the pull request comment or job summary, or raise size-growth-fail.'
    })
  }
}
