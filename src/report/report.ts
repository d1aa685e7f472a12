// The versioned JSON report: the single source the console table, job summary and outputs render.
import { mkdir } from 'node:fs/promises'
import { writeFileAtomic } from '../system/atomic.js'
import path from 'node:path'
import type { DuplicateLibrary } from '../package/duplicates.js'
import type { LockKind } from '../project/project.js'
import type { Pin } from '../project/requirements.js'
import type { PackageUsage } from '../package/inventory.js'
import type { ShapeReport } from '../shape/shape.js'
import type { CombinationImportReport } from '../verify/combination.js'
import type { VerifyReport } from '../verify/verify.js'
import type { PublishResult } from './publish-result.js'

/**
 * Version 2 added `failures` (targets that failed, with stage, error and hint), the combinations'
 * overlap and `duplicateLibraries`. Readers accept 1 and 2 (see read.ts).
 */
export const REPORT_VERSION = 2
export const REPORT_FILE = 'lambda-layer-report.json'

/** The pipeline stage a target failed in. */
export type FailureStage = 'export' | 'install' | 'shape' | 'package' | 'verify'

export interface TargetFailure {
  layer: string
  runtime: string
  architecture: string
  /** The zip's name had the target built (`{project}-{version}-{layer}-{runtime}-{arch}.zip`). */
  fileName: string
  stage: FailureStage
  /** What went wrong (the error's message, possibly several lines). */
  error: string
  /** What to do about it. */
  hint?: string
  /** A zip that was written but failed Verify, moved aside so no upload glob ships it. */
  failedZip?: string
}

/** Unzipped size against Lambda's limit: within it, past the warning threshold, or over. */
export type SizeStatus = 'ok' | 'near-limit' | 'over-limit'

/** Layers one function uses together, for one runtime and architecture. The overlay fields are
 * absent in version 1 reports. */
export interface CombinationReport extends Partial<Omit<Overlay, 'unzippedBytes'>> {
  name: string
  runtime: string
  architecture: string
  layers: string[]
  /** As Lambda extracts the layers in order (a later file replaces the same path). */
  unzippedBytes: number
  limitPercent: number
  status: SizeStatus
}

export interface SharedPackage {
  name: string
  /** Each member layer holding it, with its version, in combination order. */
  layers: { layer: string; version: string }[]
}

export interface Overlay {
  /** Unzipped bytes after extracting the members in order (what the function gets). */
  unzippedBytes: number
  /** The members' unzipped sizes added up (files present in several count several times). */
  summedBytes: number
  /** Packages present in more than one member. */
  sharedPackages: SharedPackage[]
  /** Vendored native libraries present more than once across the members. */
  duplicateLibraries: DuplicateLibrary[]
  /** Shared packages whose versions differ: the build fails. */
  problems: string[]
  /** What to do about shared packages of one version. */
  notes: string[]
}

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
  /**
   * Compiled bytecode (unless the `bytecode` rule removed it): where it was compiled, files that
   * failed; with the sources kept beside it, what the `bytecode` rule (`bytes`) and the
   * `python-sources` rule (`sourcesBytes`) would save, in unzipped bytes.
   */
  bytecode?: {
    compiler?: string
    failed: number
    notice?: string
    bytes?: number
    sourcesBytes?: number
  }
  seconds: number
  /**
   * Seconds per stage of this target: install, shape (strip included), strip, compile, zip, check
   * (the zip read back), verify. `lambda-layer build --profile` prints them.
   */
  stages?: Record<string, number>
  /**
   * Taken from the layer cache: an earlier build made this zip from the same inputs (its target
   * key), so this build did not build it; its figures are that build's.
   */
  reused?: boolean
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
  /** Seconds spent before the targets: tools, project wheel, exports (shared by every target). */
  prepareSeconds?: { tools?: number; wheel?: number; export?: number }
  /** Filled in by the Publish step: per layer and region, published or unchanged. */
  publish?: PublishResult
  /** The action's layer cache: restored (hit), built and saved (miss), or caching switched off. */
  cache?: 'hit' | 'miss' | 'off'
}

export async function writeReport(report: Report, outputDir: string): Promise<string> {
  await mkdir(outputDir, { recursive: true })
  const file = path.join(outputDir, REPORT_FILE)
  await writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n')
  return file
}
