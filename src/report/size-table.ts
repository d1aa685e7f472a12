// The size table of the summary and the PR comment: one row per layer (numbered like the chart),
// numbers right-aligned, with the change against the base branch when there is one.
import type { Comparison, LayerComparison } from './compare.js'
import { formatBytes, formatPercent } from './format.js'
import { table } from './markdown.js'
import { UNZIPPED_LIMIT, type LayerReport, type Report } from './report.js'

const STATUS: Record<LayerReport['status'], string> = {
  ok: 'ok',
  'near-limit': '⚠️ near limit',
  'over-limit': '⛔ over limit'
}

export const statusCell = (status: LayerReport['status'], needsS3 = false) =>
  STATUS[status] + (needsS3 ? ', needs S3 ¹' : '')

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
  return formatDelta(c.delta.unzippedBytes, c.delta.unzippedPercent)
}

export function renderSizeTable(report: Report, comparison?: Comparison): string {
  const compared = comparison?.state.kind === 'compared'
  const header = [
    '#',
    'layer',
    'runtime',
    'arch',
    'zipped',
    'unzipped',
    ...(compared ? ['change (unzipped)'] : []),
    `of ${formatBytes(UNZIPPED_LIMIT)}`,
    'status'
  ]
  const right = compared ? [0, 4, 5, 6, 7] : [0, 4, 5, 6]
  const rows = report.layers.map((l, i) => [
    String(i + 1),
    l.layer,
    l.runtime,
    l.architecture,
    formatBytes(l.zippedBytes),
    formatBytes(l.unzippedBytes),
    ...(compared ? [changeCell(comparison?.layers[i], compared)] : []),
    formatPercent(l.limitPercent),
    statusCell(l.status, l.needsS3)
  ])
  for (const r of comparison?.removed ?? [])
    rows.push([
      '',
      ...r.label.split(' '),
      '',
      '',
      `removed (was ${formatBytes(r.unzippedBytes)})`,
      '',
      ''
    ])
  const notes: string[] = []
  if (report.layers.some(l => l.needsS3))
    notes.push(
      `¹ needs S3: the zip is over ${formatBytes(report.limits.directUploadZipBytes)}, Lambda's limit for a direct upload, so publishing it needs a bucket (input bucket).`
    )
  return [table(header, rows, right), ...notes].join('\n\n')
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
