// Reads a report written by an earlier build (publish --report, restored layer caches): version 1
// reports (no failures recorded) and version 2 are accepted; anything else is refused.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { LayerError, errorMessage } from '../errors.js'
import { REPORT_VERSION, type Report } from './report.js'

/** Parses report JSON, upgrading a version 1 report to the current shape. */
export function parseReport(text: string): Report {
  const data = JSON.parse(text) as Omit<Partial<Report>, 'version'> & { version?: unknown }
  if (![1, REPORT_VERSION].includes(data.version as number) || !Array.isArray(data.layers))
    throw new Error(`not a lambda-layer report (version 1 or ${REPORT_VERSION})`)
  return {
    ...data,
    version: REPORT_VERSION,
    failures: data.failures ?? [],
    combinations: data.combinations ?? []
  } as Report
}

/** The report in `file`, or an error naming the file and what to pass instead. */
export async function readReportFile(
  file: string,
  what = '--report'
): Promise<{ report: Report; reportPath: string }> {
  const reportPath = path.resolve(file)
  try {
    return { report: parseReport(await readFile(reportPath, 'utf8')), reportPath }
  } catch (error) {
    throw new LayerError(`${what} ${file}: ${errorMessage(error)}`, {
      hint: 'Pass the lambda-layer-report.json written by `lambda-layer build`.'
    })
  }
}
