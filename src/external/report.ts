// The report of `lambda-layer verify` (and the action's verify-only mode): the same versioned
// report and table as a build, for zips built elsewhere; a zip that fails is a failed target.
import { TOOL_NAME, VERSION } from '../version.js'
import { UNZIPPED_LIMIT, DIRECT_UPLOAD_LIMIT } from '../lambda/limits.js'
import { targetsFailed } from '../report/failures.js'
import {
  REPORT_VERSION,
  writeReport,
  type LayerReport,
  type Report,
  type TargetFailure
} from '../report/report.js'

const EXTERNAL_PROJECT = 'lambda-layer verify'

function externalReport(
  layers: LayerReport[],
  failures: TargetFailure[],
  warnPercent: number
): Report {
  return {
    version: REPORT_VERSION,
    generator: { name: TOOL_NAME, version: VERSION },
    project: { name: EXTERNAL_PROJECT, version: '', lockKind: 'unlocked' },
    tools: {},
    limits: {
      unzippedBytes: UNZIPPED_LIMIT,
      directUploadZipBytes: DIRECT_UPLOAD_LIMIT,
      warnPercent
    },
    layers,
    failures,
    combinations: []
  }
}

/** Writes the report; then, when a zip failed, throws the error that carries it (BuildFailedError). */
export async function finishExternal(
  layers: LayerReport[],
  failures: TargetFailure[],
  outputDir: string,
  warnPercent: number
): Promise<{ report: Report; reportPath: string }> {
  const report = externalReport(layers, failures, warnPercent)
  const reportPath = await writeReport(report, outputDir)
  if (failures.length) throw targetsFailed(report, reportPath, [])
  return { report, reportPath }
}
