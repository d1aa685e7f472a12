// Merges the reports of a matrix's jobs (one layer, runtime or architecture each) into one report
// for a single summary and PR comment. Jobs must agree on the report format.
import { LayerError } from '../errors.js'
import { layerKey } from './compare.js'
import { REPORT_VERSION, type Report } from './report.js'

export function mergeReports(reports: Report[]): Report {
  if (!reports.length)
    throw new LayerError('no lambda-layer reports to aggregate', {
      hint: 'Run the matrix jobs first (needs: the build job) with upload-artifacts: true; each uploads a "...-report-..." artifact.'
    })
  const newer = reports.find(r => r.version !== REPORT_VERSION)
  if (newer)
    throw new LayerError(
      `a matrix job wrote report format ${String(newer.version)}, this action reads ${REPORT_VERSION}`,
      { hint: 'Use the same version of the action in the matrix jobs and the aggregate job.' }
    )
  const [first] = reports as [Report, ...Report[]]
  const names = [...new Set(reports.map(r => `${r.project.name} ${r.project.version}`))]
  const seen = new Set<string>()
  const layers = reports
    .flatMap(r => r.layers)
    .filter(l => !seen.has(layerKey(l)) && !!seen.add(layerKey(l)))
    .sort((a, b) => layerKey(a).localeCompare(layerKey(b)))
  const caches = new Set(reports.map(r => r.cache))
  const publish = reports.flatMap(r => (r.publish ? [r.publish] : []))
  return {
    ...first,
    project:
      names.length === 1
        ? first.project
        : { ...first.project, name: names.map(n => n.split(' ')[0]).join(' + '), version: '' },
    tools: Object.assign({}, ...reports.map(r => r.tools)) as Report['tools'],
    limits: { ...first.limits, warnPercent: Math.min(...reports.map(r => r.limits.warnPercent)) },
    layers,
    combinations: reports.flatMap(r => r.combinations),
    failures: reports.flatMap(r => r.failures),
    publish: publish.length
      ? {
          account: publish[0]?.account ?? '',
          layers: publish.flatMap(p => p.layers),
          functions: publish.flatMap(p => p.functions)
        }
      : undefined,
    cache: caches.size === 1 ? first.cache : undefined
  }
}
