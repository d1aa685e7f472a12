// The size table of the summary and the PR comment: one row per layer (numbered like the chart),
// numbers right-aligned, with the change against the base branch when there is one.
import type { Comparison, LayerComparison } from './compare.js'
import { formatBytes, formatPercent } from './format.js'
import { table } from './markdown.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import type { LayerReport, Report } from './report.js'

const STATUS: Record<LayerReport['status'], string> = {
  ok: 'ok',
  'near-limit': '⚠️ near limit',
  'over-limit': '⛔ over limit'
}

/** Keeps a number and its unit (or a short phrase) on one line in narrow table columns. */
const nowrap = (text: string) => text.replace(/ /g, '\u00a0')

const statusCell = (status: LayerReport['status'], needsS3 = false) =>
  STATUS[status] + (needsS3 ? ', needs\u00a0S3\u00a0¹' : '')

/** "+1.2 MiB (+4.0%)" / "−300.0 KiB (−1.0%)" / "no change". */
export function formatDelta(bytes: number, percent?: number): string {
  if (bytes === 0) return 'no change'
  const sign = bytes > 0 ? '+' : '−'
  const pct = percent === undefined ? '' : ` (${sign}${formatPercent(Math.abs(percent))})`
  return `${bytes > 0 ? '▲' : '▼'} ${sign}${formatBytes(Math.abs(bytes))}${pct}`
}

const changeCell = (c: LayerComparison | undefined, compared: boolean) => {
  if (!compared) return ''
  if (!c?.delta) return 'new'
  return nowrap(formatDelta(c.delta.unzippedBytes, c.delta.unzippedPercent))
}

interface Column {
  head: string
  right?: boolean
  cell: (layer: LayerReport, index: number) => string
}

export function renderSizeTable(report: Report, comparison?: Comparison): string {
  const compared = comparison?.state.kind === 'compared'
  // Columns every layer shares (one runtime, one architecture) are said once, above the table.
  const runtimes = new Set(report.layers.map(l => l.runtime)).size > 1
  const arches = new Set(report.layers.map(l => l.architecture)).size > 1
  const columns: Column[] = [
    { head: '#', right: true, cell: (_, i) => String(i + 1) },
    { head: 'layer', cell: l => l.layer },
    ...(runtimes ? [{ head: 'runtime', cell: (l: LayerReport) => l.runtime }] : []),
    ...(arches ? [{ head: 'arch', cell: (l: LayerReport) => l.architecture }] : []),
    { head: 'zipped', right: true, cell: l => nowrap(formatBytes(l.zippedBytes)) },
    { head: 'unzipped', right: true, cell: l => nowrap(formatBytes(l.unzippedBytes)) },
    ...(compared
      ? [
          {
            head: 'change',
            right: true,
            cell: (_: LayerReport, i: number) => changeCell(comparison?.layers[i], compared)
          }
        ]
      : []),
    { head: 'of limit', right: true, cell: l => formatPercent(l.limitPercent) },
    { head: 'status', cell: l => statusCell(l.status, l.needsS3) }
  ]
  const rows = report.layers.map((l, i) => columns.map(c => c.cell(l, i)))
  for (const r of comparison?.removed ?? [])
    rows.push(
      columns.map(c =>
        c.head === 'layer'
          ? r.label
          : c.head === 'status'
            ? `removed (was ${nowrap(formatBytes(r.unzippedBytes))})`
            : ''
      )
    )
  const right = columns.flatMap((c, i) => (c.right ? [i] : []))
  const notes: string[] = []
  if (report.layers.some(l => l.needsS3))
    notes.push(
      `¹ needs S3: the zip is over ${formatBytes(report.limits.directUploadZipBytes)}, Lambda's limit for a direct upload, so publishing it needs a bucket (input bucket).`
    )
  return [
    table(
      columns.map(c => c.head),
      rows,
      right
    ),
    ...notes
  ].join('\n\n')
}

export function renderCombinationTable(report: Report): string {
  if (!report.combinations.length) return ''
  return (
    '### Layers used together\n\n' +
    table(
      [
        '#',
        'combination',
        'layers',
        'runtime',
        'arch',
        'unzipped',
        `of ${formatBytes(UNZIPPED_LIMIT)}`,
        'status'
      ],
      report.combinations.map((c, i) => [
        `C${i + 1}`,
        c.name,
        c.layers.join(' + '),
        c.runtime,
        c.architecture,
        formatBytes(c.unzippedBytes),
        formatPercent(c.limitPercent),
        statusCell(c.status)
      ]),
      [0, 5, 6]
    )
  )
}
