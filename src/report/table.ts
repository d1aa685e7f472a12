// Renders the report as a plain-text table for the console.
import { formatBytes, formatPercent } from './format.js'
import { type Report } from './report.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import { reportNotes } from './notes.js'
import { combinationImportLines, verifyLine } from './verify-lines.js'

/** Pads cells into aligned columns; numeric columns are right-aligned. */
export function renderTable(
  header: string[],
  rows: string[][],
  rightAligned: number[] = []
): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map(row => (row[i] ?? '').length))
  )
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        rightAligned.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)
      )
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/**
 * `unchanged`: the layers came from the layer cache (nothing changed since they were built). A
 * layer reused on its own (its inputs unchanged, others rebuilt) is marked unchanged in its row.
 */
export function renderReportTable(report: Report, { unchanged = false } = {}): string {
  const rows = report.layers.map(layer => [
    layer.layer,
    layer.runtime,
    layer.architecture,
    formatBytes(layer.zippedBytes),
    formatBytes(layer.unzippedBytes),
    layer.files.toLocaleString('en-US'),
    formatPercent(layer.limitPercent),
    [
      layer.status.replace('-', ' '),
      layer.needsS3 ? 'needs S3' : '',
      unchanged || layer.reused ? 'unchanged' : ''
    ]
      .filter(Boolean)
      .join(', '),
    layer.packages
      .slice(0, 3)
      .map(p => `${p.name} ${formatBytes(p.unzippedBytes)}`)
      .join(', ')
  ])
  const table = renderTable(
    [
      'layer',
      'runtime',
      'arch',
      'zipped',
      'unzipped',
      'files',
      `of ${formatBytes(UNZIPPED_LIMIT)}`,
      'status',
      'largest packages'
    ],
    rows,
    [3, 4, 5, 6]
  )
  const verified = [
    ...report.layers.map(verifyLine).filter(Boolean),
    ...combinationImportLines(report)
  ]
  const notes = reportNotes(report).map(note => `note: ${note}`)
  return [
    `${report.project.name} ${report.project.version}: ${report.layers.length} ${report.layers.length === 1 ? 'layer' : 'layers'}${unchanged ? ', unchanged (restored from the layer cache, nothing rebuilt)' : ''}`,
    table,
    ...(verified.length ? [verified.join('\n')] : []),
    ...(notes.length ? [notes.join('\n')] : [])
  ].join('\n\n')
}

/** The Publish step's rows: one per layer and region. */
export function renderPublishTable(report: Report): string {
  const result = report.publish
  if (!result) return ''
  const rows = result.layers.map(row => [
    row.layer,
    row.runtime,
    row.architecture,
    row.region,
    row.status,
    String(row.version),
    row.versionArn
  ])
  const table = renderTable(
    ['layer', 'runtime', 'arch', 'region', 'status', 'version', 'version ARN'],
    rows,
    [5]
  )
  const functions = result.functions.map(f => `function ${f.name} (${f.region}): ${f.status}`)
  return [table, ...functions].join('\n')
}
