// One console line per layer on how it was built and verified: the package that forced Docker,
// shared objects checked (newest glibc/GLIBCXX needed), modules imported with the cold-start
// cost (total import time, slowest first), SDK shadowing, the project's tests.
import { layerLabel, combinationLabel } from '../errors.js'
import type { LayerReport, Report } from './report.js'

export function verifyLine(layer: LayerReport): string | undefined {
  const parts = verifyParts(layer)
  if (!parts.length) return undefined
  return `${layerLabel(layer, 'short')}: ${parts.join('; ')}`
}

/** The facts of verifyLine, one string each (the summary says facts every layer shares once). */
export function verifyParts(layer: LayerReport): string[] {
  const parts: string[] = []
  if (layer.fallback) parts.push(`built in Docker for ${layer.fallback.packages.join(', ')}`)
  const verify = layer.verify
  if (verify?.elf) {
    const needed = [
      verify.elf.newestGlibc ? `glibc ${verify.elf.newestGlibc}` : '',
      ...(verify.elf.newestCxx ?? [])
    ].filter(Boolean)
    const glibc = needed.length ? ` (newest needed: ${needed.join(', ')})` : ''
    parts.push(
      verify.elf.files ? `${verify.elf.files} shared objects checked${glibc}` : 'no shared objects'
    )
  }
  if (verify?.imports) {
    if ('skipped' in verify.imports) parts.push('import check skipped')
    else {
      const cold = verify.coldStart
      const slowest = (cold?.slowest ?? []).map(m => `${m.module} ${m.seconds.toFixed(2)} s`)
      parts.push(
        `${verify.imports.modules.length} modules imported in ${verify.imports.where}${slowest.length ? ` (slowest: ${slowest.join(', ')})` : ''}` +
          (cold ? `, ${cold.totalSeconds.toFixed(2)} s of imports in total` : '')
      )
    }
  }
  if (verify?.sdk) {
    parts.push(verify.sdk.problems.length ? 'shadows the runtime SDK' : 'no SDK shadowing')
  }
  if (verify?.testCommand) parts.push(`tests passed (${verify.testCommand.seconds} s)`)
  return parts
}

/** One line per combination imported together: how many modules, or each one that broke. */
export function combinationImportLines(report: Report): string[] {
  return (report.combinationImports ?? []).flatMap(c => {
    const label = combinationLabel(c)
    if ('skipped' in c) return [`${label}: import check skipped: ${c.skipped}`]
    if (!c.problems.length) return [`${label}: ${c.modules} modules import together in ${c.where}`]
    return c.problems
  })
}
