// The collapsible details under the size table: facts every layer shares, said once, then per
// layer its largest packages, slimming savings (largest first) and what is particular to it.
import { layerLabel } from '../errors.js'
import { formatBytes } from './format.js'
import { count, details, table } from './markdown.js'
import type { LayerReport, Report } from './report.js'
import { verifyParts } from './verify-lines.js'

const label = (l: LayerReport) => layerLabel(l, 'short')

/** Facts about one layer as sentences; identical sentences across every layer are said once. */
function layerFacts(layer: LayerReport): string[] {
  const facts: string[] = []
  const runtime = layer.shape.runtimePackages
  if (runtime.found.length) {
    facts.push(
      runtime.mode === 'remove'
        ? `The runtime's AWS SDK set is taken out (the runtime provides it): ${runtime.found.map(p => p.name).join(', ')}.`
        : `The runtime's AWS SDK set is kept (runtime-packages = keep): ${runtime.found.map(p => `${p.name} ${p.version}`).join(', ')}.`
    )
  }
  if (runtime.reliesOnRuntime.length)
    facts.push(
      `Relying on the runtime's SDK: ${runtime.reliesOnRuntime.map(r => `${r.name} (${r.needs.join(', ')})`).join(', ')}.`
    )
  for (const m of runtime.versionMismatches)
    facts.push(`⚠️ ${m.name} ${m.locked} is locked; the runtime provides ${m.runtime}.`)
  for (const notice of layer.shape.notices) facts.push(`⚠️ ${notice}`)
  const verify = layer.verify
  if (verify?.imports && !('skipped' in verify.imports))
    facts.push(`Imports checked in ${verify.imports.where}.`)
  if (verify?.sdk && !verify.sdk.problems.length) facts.push('No SDK shadowing.')
  return facts
}

function layerBody(layer: LayerReport, shared: Set<string>): string {
  const parts: string[] = []
  parts.push(
    table(
      ['package', 'version', 'unzipped', 'files'],
      layer.packages
        .slice(0, 10)
        .map(p => [p.name, p.version, formatBytes(p.unzippedBytes), count(p.files)]),
      [2, 3]
    )
  )
  if (layer.packages.length > 10)
    parts.push(`…and ${count(layer.packages.length - 10)} smaller packages.`)
  const savings: { what: string; files: string; bytes: number }[] = layer.shape.slimming
    .filter(s => s.files > 0)
    .map(s => ({ what: s.rule, files: count(s.files), bytes: s.bytes }))
  const sdk = layer.shape.runtimePackages
  if (sdk.mode === 'remove' && sdk.bytesRemoved)
    savings.push({
      what: 'runtime SDK set',
      files: `${count(sdk.found.length)} packages`,
      bytes: sdk.bytesRemoved
    })
  const rows = savings
    .sort((a, b) => b.bytes - a.bytes)
    .map(s => [s.what, s.files, formatBytes(s.bytes)])
  if (rows.length) parts.push('**Removed**\n\n' + table(['what', 'files', 'saved'], rows, [1, 2]))
  const own = layerFacts(layer).filter(f => !shared.has(f))
  const checks = verifyParts(layer).filter(p => !p.startsWith('import check skipped'))
  if (checks.length) own.push(`Checks: ${checks.join('; ')}.`)
  if (own.length) parts.push(own.join('\n\n'))
  return parts.join('\n\n')
}

/** Facts every layer has (only when there are several layers). */
function sharedFacts(report: Report): string[] {
  if (report.layers.length < 2) return []
  const [first, ...rest] = report.layers.map(layerFacts)
  return (first ?? []).filter(f => rest.every(facts => facts.includes(f)))
}

export function renderDetails(report: Report): string {
  const shared = sharedFacts(report)
  const blocks = report.layers.map((l, i) =>
    details(
      `${i + 1} ${label(l)}: ${formatBytes(l.unzippedBytes)} unzipped, ${count(l.files)} files, largest ${l.packages[0]?.name ?? '-'}`,
      layerBody(l, new Set(shared))
    )
  )
  const head = shared.length ? `Every layer: ${shared.join(' ')}\n\n` : ''
  return head + blocks.join('\n')
}
