// One console line per layer on how it was built and verified: the package that forced Docker,
// shared objects checked, modules imported (slowest first), SDK shadowing, the project's tests.
import type { LayerReport } from './report.js'

export function verifyLine(layer: LayerReport): string | undefined {
  const parts = verifyParts(layer)
  if (!parts.length) return undefined
  return `${layer.layer} ${layer.runtime} ${layer.architecture}: ${parts.join('; ')}`
}

/** The facts of verifyLine, one string each (the summary says facts every layer shares once). */
export function verifyParts(layer: LayerReport): string[] {
  const parts: string[] = []
  if (layer.fallback) parts.push(`built in Docker for ${layer.fallback.packages.join(', ')}`)
  const verify = layer.verify
  if (verify?.elf) {
    const glibc = verify.elf.newestGlibc ? ` (newest glibc needed ${verify.elf.newestGlibc})` : ''
    parts.push(
      verify.elf.files ? `${verify.elf.files} shared objects checked${glibc}` : 'no shared objects'
    )
  }
  if (verify?.imports) {
    if ('skipped' in verify.imports) parts.push('import check skipped')
    else {
      const slowest = verify.imports.modules
        .filter(m => m.ok)
        .slice(0, 3)
        .map(m => `${m.module} ${(m.seconds ?? 0).toFixed(2)} s`)
      parts.push(
        `${verify.imports.modules.length} modules imported in ${verify.imports.where}${slowest.length ? ` (slowest: ${slowest.join(', ')})` : ''}`
      )
    }
  }
  if (verify?.sdk) {
    parts.push(verify.sdk.problems.length ? 'shadows the runtime SDK' : 'no SDK shadowing')
  }
  if (verify?.testCommand) parts.push(`tests passed (${verify.testCommand.seconds} s)`)
  return parts
}
