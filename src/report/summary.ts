// Renders the report as Markdown for the job summary: what needs attention first, the run's facts
// once, the size table, a horizontal Mermaid chart against the warn threshold and the limit, the
// combinations, what was published, and collapsible details per layer.
import { renderAttention, type Attention } from './attention.js'
import { chartLegend, renderChart } from './chart.js'
import { renderDetails } from './details.js'
import { formatBytes } from './format.js'
import { plural, table } from './markdown.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import type { Report } from './report.js'
import { renderCombinationTable, renderSizeTable } from './size-table.js'
import { renderFailures, renderNotes, renderProblems } from './summary-failures.js'
import { renderColdStart, renderCombinationImports } from './verify-summary.js'

export { renderChart } from './chart.js'

const CACHE: Record<NonNullable<Report['cache']>, string> = {
  hit: 'restored from the layer cache (nothing installed)',
  miss: 'built (layer cache: miss, saved for the next run)',
  off: 'built (caching off)'
}

/** One line of facts every layer shares: count, runtimes, architectures, how it was built. */
export function runFacts(report: Report): string {
  const uniq = (values: string[]) => [...new Set(values)].join(', ')
  const parts = [
    plural(report.layers.length, 'layer'),
    uniq(report.layers.map(l => l.runtime)),
    uniq(report.layers.map(l => l.architecture)),
    cacheFact(report),
    `warn at ${report.limits.warnPercent}% of ${formatBytes(UNZIPPED_LIMIT)}`
  ].filter(Boolean)
  return parts.join(' · ')
}

/** How the layers came to be: restored, built (some of them reused unchanged), or built uncached. */
function cacheFact(report: Report): string {
  const reused = report.layers.filter(layer => layer.reused).length
  if (report.cache !== 'miss' || reused === 0) return report.cache ? CACHE[report.cache] : 'built'
  return `built (layer cache: miss; ${reused} of ${plural(report.layers.length, 'layer')} unchanged and reused; saved for the next run)`
}

interface SummaryOptions {
  /** Lines the caller adds to the attention block (e.g. growth against the base branch). */
  attention?: Partial<Attention>
  /** What failed after the build (an artifact upload), shown at the top. */
  problems?: string[]
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const { project } = report
  const sections = [
    `## Lambda layers: ${project.name} ${project.version}`,
    renderAttention(report, options.attention),
    runFacts(report),
    renderSizeTable(report),
    renderChart(report),
    chartLegend(report)
  ]
  // What failed comes right under the heading: failed targets, then problems after the build.
  const failed = [renderFailures(report), renderProblems(options.problems)].filter(Boolean)
  sections.splice(1, 0, ...failed)
  const combinations = renderCombinationTable(report)
  if (combinations) sections.push(combinations)
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
          ]),
          [5]
        )
    )
  }
  sections.push('### Details\n\n' + renderDetails(report))
  return sections.join('\n\n') + '\n'
}
