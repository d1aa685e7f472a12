// One built layer's entry in the report: its zip and sizes against the limits, how it was built,
// the packages it holds, what Shape removed, what Verify checked and the seconds per stage.
import type { BuildOutcome } from '../build/builder.js'
import type { TreeEntry } from '../files/tree.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import { duplicateLibraries } from '../package/duplicates.js'
import { packageUsage } from '../package/inventory.js'
import type { ZipResult } from '../package/zip.js'
import { zipFileName, type LayerTarget } from '../plan/plan.js'
import type { Pin } from '../project/requirements.js'
import type { ShapeReport } from '../shape/shape.js'
import type { VerifyReport } from '../verify/verify.js'
import type { LayerReport } from './report.js'
import { needsS3, sizeStatus } from './sizes.js'

interface LayerParts {
  target: LayerTarget
  zipPath: string
  zip: ZipResult
  /** The staged tree that was zipped. */
  entries: TreeEntry[]
  built: BuildOutcome
  requirements: Pin[]
  shape: ShapeReport
  bytecode?: LayerReport['bytecode']
  verify?: VerifyReport
  warnPercent: number
  /** When the target started (ms since the epoch). */
  started: number
  stages: Record<string, number>
}

export async function layerReport(parts: LayerParts): Promise<LayerReport> {
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
    packages: await packageUsage(entries, target.sitePackages),
    duplicateLibraries: duplicateLibraries(files.map(f => ({ path: f.name, bytes: f.size }))),
    shape: parts.shape,
    ...(bytecode ? { bytecode } : {}),
    ...(verify ? { verify } : {}),
    seconds: Math.round((Date.now() - parts.started) / 100) / 10,
    stages: parts.stages
  }
}
