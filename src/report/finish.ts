// The end of a build, built or restored from the layer cache: the report written, its zips kept on
// interrupt from then on, one warning per layer or combination near the size limit, and the
// build's error (carrying the report) when a target failed, layers conflict or a size is over.
import { SizeLimitError } from '../errors.js'
import { forgetOnInterrupt } from '../system/interrupt.js'
import type { Logger } from '../system/log.js'
import { combinationsConflict, targetsFailed } from './failures.js'
import { combinationConflicts } from './notes.js'
import { writeReport, type Report } from './report.js'
import { sizeProblems } from './sizes.js'

export interface WrittenReport {
  report: Report
  reportPath: string
}

/** Title of the near-limit warnings (an annotation on pyproject.toml in the action). */
const NEAR_LIMIT_TITLE = 'Layer near the size limit'

/**
 * Writes the report into `outputDir`, warns near the limit, and fails when a target failed or a
 * size is over the limit; the error carries the report, so the table, summary and outputs still
 * appear.
 */
export async function finishReport(
  report: Report,
  { outputDir, pyprojectPath }: { outputDir: string; pyprojectPath: string },
  log: Logger
): Promise<WrittenReport> {
  const reportPath = await writeReport(report, outputDir)
  // With the report written, the zips are finished outputs: an interrupt now leaves them.
  for (const layer of report.layers) forgetOnInterrupt(layer.zipPath)
  const { over, near } = sizeProblems(report.layers, report.combinations)
  for (const line of near) log.warn(line, { title: NEAR_LIMIT_TITLE, file: pyprojectPath })
  const conflicts = combinationConflicts(report)
  if (report.failures.length) throw targetsFailed(report, reportPath, over, conflicts)
  if (conflicts.length) throw combinationsConflict(report, reportPath, over, conflicts)
  if (over.length) throw new SizeLimitError(over, report, reportPath, pyprojectPath)
  return { report, reportPath }
}
