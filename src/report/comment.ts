// The PR comment: a hidden marker (one per project and configuration, so the comment is found and
// updated in place), what needs attention, the size table with the change against the base
// branch, package changes per layer, the chart, and verification and cache status. Kept under
// GitHub's comment size limit by dropping the longest parts first.
import { renderAttention, type Attention } from './attention.js'
import { chartLegend, renderChart } from './chart.js'
import type { Comparison, LayerComparison, PackageChange } from './compare.js'
import { details, table } from './markdown.js'
import type { Report } from './report.js'
import { renderCombinationTable, renderSizeTable, formatDelta } from './size-table.js'
import { runFacts } from './summary.js'
import { verifyParts } from './verify-lines.js'

/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000

export const commentMarker = (key: string) =>
  `<!-- lambda-layer-report ${key.replace(/--+/g, '-').replace(/>/g, '')} -->`

interface CommentContext {
  /** Identifies the project and configuration (see commentKey); goes into the hidden marker. */
  key: string
  /** The base branch compared against, e.g. "main". */
  baseRef: string
  comparison: Comparison
  attention?: Partial<Attention>
  /** Link to the workflow run, whose job summary has every detail. */
  runUrl?: string
}

function baseLine(ctx: CommentContext): string {
  const { state } = ctx.comparison
  const base = `\`${ctx.baseRef}\``
  if (state.kind === 'none')
    return `No report of ${base} yet, so sizes are absolute. The action stores one on each push to ${base}.`
  if (state.kind === 'not-comparable')
    return `Not compared with ${base}: ${state.reason}. Sizes are absolute.`
  return `Change against the newest report of ${base}.`
}

const CHANGE: Record<PackageChange['kind'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed'
}

function packageTable(changes: PackageChange[]): string {
  return table(
    ['package', 'change', 'before', 'after', 'size change'],
    changes.map(c => [c.name, CHANGE[c.kind], c.before ?? '', c.after ?? '', formatDelta(c.bytes)]),
    [4]
  )
}

function changeSummary(l: LayerComparison): string {
  const by = (kind: PackageChange['kind']) => l.packages.filter(p => p.kind === kind).length
  const parts = [
    by('added') && `${by('added')} added`,
    by('removed') && `${by('removed')} removed`,
    by('changed') && `${by('changed')} changed`
  ].filter(Boolean)
  const delta = l.delta ? formatDelta(l.delta.unzippedBytes, l.delta.unzippedPercent) : ''
  return `${l.key}: ${parts.join(', ')}${delta ? ` (${delta})` : ''}`
}

/** Package changes per layer; identical changes across layers are listed once. */
function renderPackageChanges(comparison: Comparison): string {
  const changed = comparison.layers.filter(l => l.packages.length)
  if (!changed.length) return ''
  const groups = new Map<string, LayerComparison[]>()
  for (const l of changed) {
    const id = JSON.stringify(l.packages.map(p => [p.name, p.kind, p.before, p.after]))
    groups.set(id, [...(groups.get(id) ?? []), l])
  }
  const collapse = changed.length > 1 || changed.some(l => l.packages.length > 8)
  const blocks = [...groups.values()].map(group => {
    const [first] = group as [LayerComparison, ...LayerComparison[]]
    const title =
      group.length === 1
        ? changeSummary(first)
        : `${group.map(l => l.key).join(', ')}: ${changeSummary(first).split(': ')[1] ?? ''}`
    return collapse
      ? details(title, packageTable(first.packages))
      : `${title}\n\n${packageTable(first.packages)}`
  })
  return `### Package changes\n\n${blocks.join('\n')}`
}

/** Verification and cache in one line each, facts shared by every layer said once. */
function renderChecks(report: Report): string {
  const counts = new Map<string, number>()
  for (const l of report.layers)
    for (const part of verifyParts(l)) {
      const general = part
        .replace(/\d+ shared objects checked.*/, 'shared objects checked')
        .replace(/\d+ modules imported in ([^ ]+).*/, 'modules imported in $1')
      counts.set(general, (counts.get(general) ?? 0) + 1)
    }
  const all = report.layers.length
  const checks = [...counts].map(([part, n]) => (n === all ? part : `${part} (${n} of ${all})`))
  return `**Checks**: ${checks.length ? checks.join('; ') : 'none ran'}.`
}

export function renderComment(report: Report, ctx: CommentContext): string {
  const marker = commentMarker(ctx.key)
  const head = [
    marker,
    `## Lambda layers: ${report.project.name} ${report.project.version}`,
    renderAttention(report, ctx.attention),
    `${runFacts(report)}. ${baseLine(ctx)}`,
    renderSizeTable(report, ctx.comparison)
  ]
  const optional = [
    renderPackageChanges(ctx.comparison),
    renderChart(report) + '\n\n' + chartLegend(report),
    renderCombinationTable(report),
    renderChecks(report)
  ]
  const footer = ctx.runUrl ? `Every detail is in the [job summary](${ctx.runUrl}).` : ''
  // Drop the largest optional parts until the body fits GitHub's limit.
  const dropped: string[] = []
  const body = () =>
    [
      ...head,
      ...optional.filter(Boolean),
      ...(dropped.length
        ? [
            `_Left out to fit GitHub's comment size limit: ${dropped.join(', ')}. See the job summary._`
          ]
        : []),
      footer
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  const names = ['package changes', 'chart', 'combinations', 'checks']
  while (body().length > COMMENT_LIMIT) {
    const largest = optional.reduce(
      (max, part, i) => (part.length > (optional[max]?.length ?? 0) ? i : max),
      0
    )
    if (!optional[largest]) break
    dropped.push(names[largest] ?? 'part')
    optional[largest] = ''
  }
  const text = body()
  return text.length > COMMENT_LIMIT
    ? text.slice(0, COMMENT_LIMIT - 40) + '\n\n_(cut to fit)_\n'
    : text
}
