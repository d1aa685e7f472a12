// What needs a reader's attention, said first in the summary and the PR comment: layers and
// combinations over or near the limit (with the warn threshold in force), skipped checks,
// Docker fallbacks, SDK shadowing, and whatever the caller adds (growth against the base).
import { layerLabel } from '../errors.js'
import { formatBytes, formatPercent } from './format.js'
import { plural } from './markdown.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import type { Report } from './report.js'

export interface Attention {
  /** Lines that make the build fail or block publishing. */
  errors: string[]
  warnings: string[]
  notes: string[]
}

const label = (l: { layer: string; runtime: string; architecture: string }) =>
  layerLabel(l, 'short')

/** "a, b, c and 4 more" — long lists stay one line. */
function listSome(items: string[], max = 6): string {
  if (items.length <= max) return items.join(', ')
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}

function attention(report: Report): Attention {
  const out: Attention = { errors: [], warnings: [], notes: [] }
  const limit = formatBytes(UNZIPPED_LIMIT)
  const warnBytes = formatBytes((UNZIPPED_LIMIT * report.limits.warnPercent) / 100)
  const all = report.layers.length
  const sized = (l: { unzippedBytes: number }) => formatBytes(l.unzippedBytes)

  const over = report.layers.filter(l => l.status === 'over-limit')
  if (over.length)
    out.errors.push(
      `${plural(over.length, 'layer')} of ${all} over Lambda's ${limit} unzipped limit: ${listSome(over.map(l => `${label(l)} (${sized(l)})`))}`
    )
  const overC = report.combinations.filter(c => c.status === 'over-limit')
  if (overC.length)
    out.errors.push(
      `${plural(overC.length, 'combination')} over the limit together: ${listSome(overC.map(c => `${c.name} ${c.runtime} ${c.architecture} (${sized(c)})`))}`
    )
  const near = report.layers.filter(l => l.status === 'near-limit')
  if (near.length)
    out.warnings.push(
      `${plural(near.length, 'layer')} of ${all} near the limit (warn at ${report.limits.warnPercent}% = ${warnBytes}): ${listSome(near.map(l => `${label(l)} (${formatPercent(l.limitPercent)})`))}`
    )
  const nearC = report.combinations.filter(c => c.status === 'near-limit')
  if (nearC.length)
    out.warnings.push(
      `${plural(nearC.length, 'combination')} near the limit together: ${listSome(nearC.map(c => `${c.name} ${c.runtime} ${c.architecture} (${formatPercent(c.limitPercent)})`))}`
    )

  const skipped = new Map<string, string[]>()
  for (const l of report.layers) {
    const imports = l.verify?.imports
    if (imports && 'skipped' in imports) {
      const reason = imports.skipped
      skipped.set(reason, [...(skipped.get(reason) ?? []), label(l)])
    }
  }
  for (const [reason, layers] of skipped)
    out.warnings.push(
      `import check skipped on ${layers.length === all ? `all ${plural(all, 'layer')}` : listSome(layers)}: ${reason}`
    )
  const shadowing = report.layers.filter(l => l.verify?.sdk?.problems.length)
  if (shadowing.length)
    out.warnings.push(`ships part of the runtime's AWS SDK: ${listSome(shadowing.map(label))}`)

  for (const l of report.layers)
    if (l.fallback)
      out.notes.push(
        `${label(l)} was built in Docker: no compatible wheel of ${l.fallback.packages.join(', ')}`
      )
  return out
}

/** The attention block as Markdown, or one line saying all is well. */
export function renderAttention(report: Report, extra: Partial<Attention> = {}): string {
  const found = attention(report)
  const errors = [...(extra.errors ?? []), ...found.errors]
  const warnings = [...(extra.warnings ?? []), ...found.warnings]
  const notes = [...found.notes, ...(extra.notes ?? [])]
  const lines = [
    ...errors.map(line => `- ⛔ ${line}`),
    ...warnings.map(line => `- ⚠️ ${line}`),
    ...notes.map(line => `- ℹ️ ${line}`)
  ]
  if (!errors.length && !warnings.length) {
    const ok = `✅ ${report.layers.length === 1 ? 'The layer is' : `All ${report.layers.length} layers are`} within Lambda's ${formatBytes(UNZIPPED_LIMIT)} unzipped limit and under the warn threshold (${report.limits.warnPercent}%).`
    return [ok, ...lines].join('\n')
  }
  return ['**Needs attention**', '', ...lines].join('\n')
}
