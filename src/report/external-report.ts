// The report of `lambda-layer verify` (and the action's verify-only mode): the same versioned
// report and table as a build, for zips built elsewhere; failures are written, then thrown.
import { VerifyError } from '../errors.js'
import { TOOL_NAME, VERSION } from '../version.js'
import {
  DIRECT_UPLOAD_LIMIT,
  REPORT_VERSION,
  UNZIPPED_LIMIT,
  writeReport,
  type LayerReport,
  type Report
} from './report.js'

export const EXTERNAL_PROJECT = 'lambda-layer verify'

export function externalReport(layers: LayerReport[], warnPercent: number): Report {
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
    combinations: []
  }
}

/** Writes the report; `failure` holds every problem of every zip that failed (for the caller to throw). */
export async function finishExternal(
  layers: LayerReport[],
  failures: VerifyError[],
  outputDir: string,
  warnPercent: number
): Promise<{ report: Report; reportPath: string; failure?: VerifyError }> {
  const report = externalReport(layers, warnPercent)
  const reportPath = await writeReport(report, outputDir)
  if (!failures.length) return { report, reportPath }
  const problems = failures.flatMap(f => f.problems.map(p => `${f.layer}: ${p}`))
  const failure = new VerifyError(
    failures.length === 1 ? (failures[0]?.layer ?? '') : `${failures.length} layers`,
    failures.length === 1 ? (failures[0]?.problems ?? []) : problems,
    { hint: `Fix the packages named above before using these layers. Report: ${reportPath}` }
  )
  return { report, reportPath, failure }
}
