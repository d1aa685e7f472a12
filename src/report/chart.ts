// The Mermaid chart of the summary and the PR comment: one horizontal bar per layer and
// combination (unzipped MiB), coloured by status, with the warn threshold and Lambda's limit as
// lines across the whole chart. Short numbered labels match the table's "#" column.
import type { Report } from './report.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'

const MIB = 1024 * 1024
/** Bar colours by status (ok, near limit, over limit), then the warn and limit lines. */
const PALETTE = ['#2f81f7', '#d29922', '#cf222e', '#9a6700', '#cf222e']

interface ChartRow {
  label: string
  unzippedBytes: number
  status: 'ok' | 'near-limit' | 'over-limit'
}

/** Labels say only what differs between rows: the runtime and architecture when several were built. */
export function chartRows(report: Report): ChartRow[] {
  const runtimes = new Set(report.layers.map(l => l.runtime)).size > 1
  const arches = new Set(report.layers.map(l => l.architecture)).size > 1
  const suffix = (runtime: string, arch: string) =>
    [runtimes ? runtime.replace('python', 'py') : '', arches ? arch : ''].filter(Boolean).join(' ')
  const rows = report.layers.map((l, i) => ({
    label: `${i + 1} ${l.layer} ${suffix(l.runtime, l.architecture)}`.trim(),
    unzippedBytes: l.unzippedBytes,
    status: l.status
  }))
  report.combinations.forEach((c, i) =>
    rows.push({
      label: `C${i + 1} ${c.name} ${suffix(c.runtime, c.architecture)}`.trim(),
      unzippedBytes: c.unzippedBytes,
      status: c.status
    })
  )
  return rows
}

const quote = (text: string) => `"${text.replace(/"/g, "'")}"`
const mib = (bytes: number) => Number((bytes / MIB).toFixed(1))

export function renderChart(report: Report): string {
  const rows = chartRows(report)
  const limit = mib(UNZIPPED_LIMIT)
  const warn = mib((UNZIPPED_LIMIT * report.limits.warnPercent) / 100)
  const top = Math.ceil((Math.max(limit, ...rows.map(r => mib(r.unzippedBytes))) * 1.04) / 25) * 25
  // Empty rows above and below let the two lines run across the whole height of the chart.
  const labels = ['"\u200b"', ...rows.map(r => quote(r.label)), '"\u200b\u200b"']
  // One bar series per status present, for its colour; other rows get a value below the axis,
  // which Mermaid draws as nothing (a 0 would still draw a stub at the axis).
  const none = -top
  const statuses = (['ok', 'near-limit', 'over-limit'] as const).filter(s =>
    rows.some(r => r.status === s)
  )
  const bars = statuses.map(
    status =>
      `  bar [${[none, ...rows.map(r => (r.status === status ? mib(r.unzippedBytes) : none)), none].join(', ')}]`
  )
  const palette = [
    ...statuses.map(s => PALETTE[['ok', 'near-limit', 'over-limit'].indexOf(s)]),
    ...PALETTE.slice(3)
  ]
  const line = (value: number) => `[${labels.map(() => value).join(', ')}]`
  const config = {
    xyChart: { width: 760, height: Math.max(220, 90 + 30 * labels.length) },
    themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } }
  }
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(config)}}%%`,
    'xychart-beta horizontal',
    `  title "Unzipped MiB per layer; lines: warn ${warn}, limit ${limit}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "MiB unzipped" 0 --> ${top}`,
    ...bars,
    `  line ${line(warn)}`,
    `  line ${line(limit)}`,
    '```'
  ].join('\n')
}

/** The words under the chart: what the colours and lines mean (Mermaid draws no legend). */
export function chartLegend(report: Report): string {
  const warn = (UNZIPPED_LIMIT * report.limits.warnPercent) / 100
  return (
    `Bars: blue ok, yellow near the limit, red over it. Lines: warn at ${report.limits.warnPercent}% ` +
    `(${mib(warn)} MiB, dark yellow) and Lambda's limit (${mib(UNZIPPED_LIMIT)} MiB, red) for a function and all its layers.`
  )
}
