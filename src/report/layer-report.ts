// One built layer's entry in the report: its zip and sizes against the limits, how it was built,
// the packages it holds, what Shape removed, what Verify checked and the seconds per stage.
import type { BuildOutcome } from '../build/builder.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import { duplicateLibraries } from '../package/duplicates.js'
import type { PackageUsage } from '../package/inventory.js'
import type { ZipResult } from '../package/zip.js'
import { zipFileName, type LayerTarget } from '../plan/plan.js'
import type { Pin } from '../project/requirements.js'
import type { RuleSavings, ShapeReport } from '../shape/shape.js'
import { SLIM_RULES } from '../config/schema.js'
import type { VerifyReport } from '../verify/verify.js'
import type { LayerReport } from './report.js'
import { needsS3, sizeStatus } from './sizes.js'

interface LayerParts {
  target: LayerTarget
  zipPath: string
  zip: ZipResult
  /** The zip's entries (sizes unzipped). */
  entries: { name: string; kind: 'file' | 'directory'; size: number }[]
  built: BuildOutcome
  requirements: Pin[]
  /** Installed distributions (package/inventory.ts). */
  packages: PackageUsage[]
  shape: ShapeReport
  bytecode?: LayerReport['bytecode']
  verify?: VerifyReport
  warnPercent: number
  /** When the target started (ms since the epoch). */
  started: number
  stages: Record<string, number>
}

export function layerReport(parts: LayerParts): LayerReport {
  const { target, zip, entries, built, bytecode, verify } = parts
  const files = entries.filter(entry => entry.kind === 'file')
  const unzippedBytes = files.reduce((sum, entry) => sum + entry.size, 0)
  return {
    layer: target.layer.name,
    runtime: target.runtime,
    architecture: target.architecture,
    fileName: zipFileName(target),
    zipPath: parts.zipPath,
    ...zip,
    unzippedBytes,
    files: files.length,
    limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
    status: sizeStatus(unzippedBytes, parts.warnPercent),
    needsS3: needsS3(zip.zippedBytes),
    builder: built.builder,
    ...(built.fallback ? { fallback: built.fallback } : {}),
    installer: built.installer,
    includesProject: target.layer.includeProject,
    requirements: parts.requirements,
    packages: parts.packages,
    duplicateLibraries: duplicateLibraries(files.map(f => ({ path: f.name, bytes: f.size }))),
    shape: { ...parts.shape, slimming: [...parts.shape.slimming].sort(bySlimRule) },
    ...(bytecode ? { bytecode } : {}),
    ...(verify ? { verify } : {}),
    seconds: Math.round((Date.now() - parts.started) / 100) / 10,
    stages: parts.stages
  }
}

/** Rule savings in the order of the rules (SLIM_RULES, then exclude), whatever order they came in. */
function bySlimRule(a: RuleSavings, b: RuleSavings): number {
  const order = (rule: RuleSavings['rule']) =>
    rule === 'exclude' ? SLIM_RULES.length : SLIM_RULES.indexOf(rule)
  return order(a.rule) - order(b.rule)
}
