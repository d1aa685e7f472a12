// Renders the report as Markdown for the job summary and PR comments: a table of every layer, a
// Mermaid bar chart of unzipped size against the limit, and collapsible details per layer.
import { formatBytes, formatPercent } from './format.js'
import { type LayerReport, type Report } from './report.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import { renderFailures, renderNotes, renderProblems } from './summary-failures.js'
import { verifyLine } from './verify-lines.js'
import { renderColdStart, renderCombinationImports } from './verify-summary.js'

const MIB = 1024 * 1024
const STATUS: Record<LayerReport['status'], string> = {
  ok: 'ok',
  'near-limit': 'near limit',
  'over-limit': 'over limit'
}

const cell = (text: string) => text.replace(/\|/g, '\\|')
const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)
  ].join('\n')

export function layerLabel(layer: LayerReport): string {
  return `${layer.layer} ${layer.runtime} ${layer.architecture}`
}

export function statusText(layer: LayerReport): string {
  return [STATUS[layer.status], layer.needsS3 ? 'needs S3' : ''].filter(Boolean).join(', ')
}

/** A Mermaid xychart: one bar per layer (unzipped MiB) and the limit as a line. */
export function renderChart(report: Report): string {
  const labels = report.layers.map(l => `"${layerLabel(l)}"`)
  const values = report.layers.map(l => (l.unzippedBytes / MIB).toFixed(1))
  const limit = UNZIPPED_LIMIT / MIB
  const top = Math.ceil(Math.max(limit, ...report.layers.map(l => l.unzippedBytes / MIB)) / 50) * 50
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Unzipped size per layer (MiB) against the 250 MiB limit"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "MiB" 0 --> ${top}`,
    `  bar [${values.join(', ')}]`,
    `  line [${report.layers.map(() => limit.toFixed(1)).join(', ')}]`,
    '```'
  ].join('\n')
}

function layerDetails(layer: LayerReport): string {
  const parts: string[] = []
  parts.push(
    '**Largest packages**\n\n' +
      table(
        ['package', 'version', 'unzipped', 'files'],
        layer.packages
          .slice(0, 10)
          .map(p => [p.name, p.version, formatBytes(p.unzippedBytes), String(p.files)])
      )
  )
  const savings = layer.shape.slimming.filter(s => s.files > 0)
  if (savings.length) {
    parts.push(
      '**Slimming**\n\n' +
        table(
          ['rule', 'files', 'saved'],
          savings.map(s => [s.rule, String(s.files), formatBytes(s.bytes)])
        )
    )
  }
  const runtime = layer.shape.runtimePackages
  if (runtime.found.length) {
    const verb =
      runtime.mode === 'remove'
        ? 'Removed, provided by the runtime'
        : 'Kept (runtime-packages = keep)'
    parts.push(
      `**${verb}** (${formatBytes(runtime.mode === 'remove' ? runtime.bytesRemoved : 0)} saved): ` +
        runtime.found.map(p => `${p.name} ${p.version}`).join(', ')
    )
  }
  if (runtime.reliesOnRuntime.length) {
    parts.push(
      "**Relying on the runtime's SDK**: " +
        runtime.reliesOnRuntime.map(r => `${r.name} (${r.needs.join(', ')})`).join(', ')
    )
  }
  for (const m of runtime.versionMismatches)
    parts.push(`⚠️ ${m.name} ${m.locked} is locked; the runtime provides ${m.runtime}`)
  for (const notice of layer.shape.notices) parts.push(`⚠️ ${notice}`)
  const verified = verifyLine(layer)
  if (verified)
    parts.push(`**Build and verification**: ${verified.slice(verified.indexOf(': ') + 2)}`)
  return `<details><summary>${layerLabel(layer)}: ${formatBytes(layer.unzippedBytes)} unzipped, ${layer.files} files</summary>\n\n${parts.join('\n\n')}\n\n</details>`
}

export interface SummaryOptions {
  /** The layers were restored from the layer cache. */
  cacheHit?: boolean
  /** What failed after the build (an artifact upload), shown at the top. */
  problems?: string[]
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const { project } = report
  const cache = options.cacheHit ? 'restored from cache' : 'built'
  const sections = [
    `## Lambda layers: ${project.name} ${project.version}`,
    `${report.layers.length} layer zip(s), ${cache}.`,
    table(
      [
        'layer',
        'runtime',
        'arch',
        'zipped',
        'unzipped',
        `of ${formatBytes(UNZIPPED_LIMIT)}`,
        'status',
        'cache'
      ],
      report.layers.map(l => [
        l.layer,
        l.runtime,
        l.architecture,
        formatBytes(l.zippedBytes),
        formatBytes(l.unzippedBytes),
        formatPercent(l.limitPercent),
        statusText(l),
        options.cacheHit ? 'hit' : 'miss'
      ])
    ),
    renderChart(report)
  ]
  // What failed comes right under the heading: failed targets, then problems after the build.
  const failed = [renderFailures(report), renderProblems(options.problems)].filter(Boolean)
  sections.splice(1, 0, ...failed)
  if (report.combinations.length) {
    sections.push(
      '### Layers used together\n\n' +
        table(
          [
            'combination',
            'layers',
            'runtime',
            'arch',
            'unzipped',
            `of ${formatBytes(UNZIPPED_LIMIT)}`,
            'status'
          ],
          report.combinations.map(c => [
            c.name,
            c.layers.join(' + '),
            c.runtime,
            c.architecture,
            formatBytes(c.unzippedBytes),
            formatPercent(c.limitPercent),
            STATUS[c.status]
          ])
        )
    )
  }
  const notes = renderNotes(report)
  if (notes) sections.push(notes)
  // Verify's sections (src/report/verify-summary.ts): cold start, combinations imported together.
  for (const section of [renderColdStart(report), renderCombinationImports(report)])
    if (section) sections.push(section)
  if (report.publish) {
    sections.push(
      '### Published\n\n' +
        table(
          ['layer', 'runtime', 'arch', 'region', 'status', 'version', 'version ARN'],
          report.publish.layers.map(p => [
            p.layer,
            p.runtime,
            p.architecture,
            p.region,
            p.status,
            String(p.version),
            p.versionArn
          ])
        )
    )
  }
  sections.push('### Details\n\n' + report.layers.map(layerDetails).join('\n\n'))
  return sections.join('\n\n') + '\n'
}
