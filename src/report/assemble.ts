// The report of a finished build, put together from its parts: the project, the tool versions, the
// limits, each built layer and failed target, and each combination sized as Lambda extracts it.
import type { Config } from '../config/schema.js'
import { DIRECT_UPLOAD_LIMIT, UNZIPPED_LIMIT } from '../lambda/limits.js'
import type { Project } from '../project/project.js'
import type { CombinationImportReport } from '../verify/combination.js'
import { TOOL_NAME, VERSION } from '../version.js'
import { combinationListings } from './combinations.js'
import { REPORT_VERSION, type LayerReport, type Report, type TargetFailure } from './report.js'
import { checkCombinations } from './sizes.js'

interface ReportParts {
  config: Config
  project: Project
  /** Versions of the tools that ran (uv, poetry, python). */
  tools: Record<string, string>
  layers: LayerReport[]
  failures: TargetFailure[]
  prepareSeconds: Report['prepareSeconds']
  /** The combinations' members imported together, when that check ran. */
  combinationImports?: CombinationImportReport[]
}

export async function assembleReport(parts: ReportParts): Promise<Report> {
  const { config, project, layers } = parts
  // Only the zips some combination uses are listed (read back from disk).
  const members = layers.filter(l => config.combinations.some(c => c.layers.includes(l.layer)))
  return {
    version: REPORT_VERSION,
    generator: { name: TOOL_NAME, version: VERSION },
    project: { name: project.name, version: project.version, lockKind: project.lockKind },
    tools: parts.tools,
    limits: {
      unzippedBytes: UNZIPPED_LIMIT,
      directUploadZipBytes: DIRECT_UPLOAD_LIMIT,
      warnPercent: config.sizeWarnPercent
    },
    layers,
    prepareSeconds: parts.prepareSeconds,
    failures: parts.failures,
    combinations: checkCombinations(
      config.combinations,
      layers,
      config.sizeWarnPercent,
      await combinationListings(members)
    ),
    ...(parts.combinationImports ? { combinationImports: parts.combinationImports } : {})
  }
}
