// Reads a report written by an earlier build (publish --report, restored layer caches, aggregated
// artifacts): checked against the report's schema (schema.ts); version 1 reports (no failures
// recorded) and version 2 are accepted; anything else is refused with the field named.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { z } from 'zod'
import { LayerError, errorMessage } from '../errors.js'
import { REPORT_VERSION, type Report } from './report.js'
import { storedReport } from './schema.js'

/** `layers[0].zippedBytes`: where in the report an issue is. */
function fieldName(where: readonly PropertyKey[]): string {
  return where
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('')
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'not a lambda-layer report'
  if (issue.path.length === 0) return `not a lambda-layer report: ${issue.message}`
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''
  return `report field ${fieldName(issue.path)}: ${issue.message}${more}`
}

/** Parses report JSON, upgrading a version 1 report to the current shape. */
export function parseReport(text: string): Report {
  const json: unknown = JSON.parse(text)
  const version = (json as { version?: unknown } | null)?.version
  if (![1, REPORT_VERSION].includes(version as number))
    throw new Error(
      `not a lambda-layer report of version 1 or ${REPORT_VERSION} (version: ${JSON.stringify(version)})`
    )
  const checked = storedReport.safeParse(json)
  if (!checked.success) throw new Error(describe(checked.error))
  // No cast: tsc fails here when the schema and the Report type disagree on a field.
  const data = checked.data
  return {
    ...data,
    version: REPORT_VERSION,
    failures: data.failures ?? [],
    combinations: data.combinations ?? []
  }
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
