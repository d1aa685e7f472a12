// The versioned JSON report: the single source the console table, job summary and outputs render.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { DuplicateLibrary } from '../package/duplicates.js'
import type { LockKind } from '../project/project.js'
import type { Pin } from '../project/requirements.js'
import type { PackageUsage } from '../package/inventory.js'
import type { ShapeReport } from '../shape/shape.js'
import type { CombinationImportReport } from '../verify/combination.js'
import type { VerifyReport } from '../verify/verify.js'
import type { PublishResult } from '../publish/index.js'
import type { TargetFailure } from './failures.js'
import type { CombinationReport, SizeStatus } from './sizes.js'

/**
 * Version 2 added `failures` (targets that failed, with stage, error and hint), the combinations'
 * overlap and `duplicateLibraries`. Readers accept 1 and 2 (see read.ts).
 */
export const REPORT_VERSION = 2
export const REPORT_FILE = 'lambda-layer-report.json'

/** Lambda's limit on the unzipped size of a function and all its layers. */
export const UNZIPPED_LIMIT = 262_144_000
/** Zips above this size cannot be published with a direct ZipFile upload; they go through S3. */
export const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024

export interface LayerReport {
  /** The layer's name in [tool.lambda-layer.layers]. */
  layer: string
  runtime: string
  architecture: string
  fileName: string
  zipPath: string
  sha256: string
  /** base64 SHA-256, as Lambda reports CodeSha256. */
  codeSha256: string
  zippedBytes: number
  unzippedBytes: number
  files: number
  /** Unzipped bytes as a percentage of UNZIPPED_LIMIT. */
  limitPercent: number
  status: SizeStatus
  /** Too large for a direct ZipFile upload: publishing goes through S3. */
  needsS3: boolean
  builder: string
  /** Builder "auto" rebuilt this layer in Docker: the packages with no compatible wheel that forced it. */
  fallback?: { packages: string[] }
  installer: string
  includesProject: boolean
  /** The pinned requirements the layer was installed from. */
  requirements: Pin[]
  /** Installed distributions, largest first. */
  packages: PackageUsage[]
  /** What the Shape step removed: the runtime's SDK set and each slimming rule's savings. */
  shape: ShapeReport
  /** Native libraries vendored in more than one `*.libs/` folder, largest first. */
  duplicateLibraries?: DuplicateLibrary[]
  /** What the Verify step checked: shared objects, imports (with each module's time), SDK shadowing, tests. */
  verify?: VerifyReport
  seconds: number
}

export interface Report {
  version: typeof REPORT_VERSION
  generator: { name: string; version: string }
  project: { name: string; version: string; lockKind: LockKind }
  tools: Record<string, string>
  limits: { unzippedBytes: number; directUploadZipBytes: number; warnPercent: number }
  /** The layers that were built, verified and written. */
  layers: LayerReport[]
  /** Targets that failed (their zips are not in the output folder under their final names). */
  failures: TargetFailure[]
  combinations: CombinationReport[]
  /** Each combination's members imported together, merged under /opt in order (Verify). */
  combinationImports?: CombinationImportReport[]
  /** Filled in by the Publish step: per layer and region, published or unchanged. */
  publish?: PublishResult
}

export async function writeReport(report: Report, outputDir: string): Promise<string> {
  await mkdir(outputDir, { recursive: true })
  const file = path.join(outputDir, REPORT_FILE)
  await writeFile(file, JSON.stringify(report, null, 2) + '\n')
  return file
}
