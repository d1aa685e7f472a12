// Failed targets in the report: which layer, runtime and architecture failed, at which stage, why
// and what to do; and the error a build ends with when a target failed or a size is over the limit.
import { BuildFailedError, LayerError, errorMessage, layerLabel } from '../errors.js'
import { zipFileName, type LayerTarget } from '../plan/plan.js'
import type { FailureStage, Report, TargetFailure } from './report.js'

/** What the failure of one target records: the message and hint of the error. */
export function failureOf(
  target: { layer: string; runtime: string; architecture: string; fileName: string },
  stage: FailureStage,
  error: unknown,
  failedZip?: string
): TargetFailure {
  const message = errorMessage(error)
  const hint = error instanceof LayerError ? error.hint : undefined
  return {
    ...target,
    stage,
    error: message,
    ...(hint ? { hint } : {}),
    ...(failedZip ? { failedZip } : {})
  }
}

/** The failure of a planned target, named as the report names it (its zip's file name). */
export function targetFailure(
  target: LayerTarget,
  stage: FailureStage,
  error: unknown,
  failedZip?: string
): TargetFailure {
  const { runtime, architecture } = target
  const names = { layer: target.layer.name, runtime, architecture, fileName: zipFileName(target) }
  return failureOf(names, stage, error, failedZip)
}

/** One line per failed target, for the console and the action log. */
export function failureLines(report: Report): string[] {
  return (report.failures ?? []).map(f => {
    const [first, ...rest] = f.error.split('\n')
    const detail = rest.length ? `\n    ${rest.map(line => line.trim()).join('\n    ')}` : ''
    const aside = f.failedZip ? `\n    zip moved aside: ${f.failedZip}` : ''
    const hint = f.hint ? `\n    hint: ${f.hint}` : ''
    return `${layerLabel(f, 'short')} failed at ${f.stage}: ${first}${detail}${aside}${hint}`
  })
}

/** The report a failed build still carries (and the error, typed), if any. */
export function reportOf(
  error: unknown
): { report: Report; reportPath: string; error: BuildFailedError } | undefined {
  return error instanceof BuildFailedError
    ? { report: error.report as Report, reportPath: error.reportPath, error }
    : undefined
}

/** The error a build with failed targets ends with (after the report is written). */
export function targetsFailed(
  report: Report,
  reportPath: string,
  overLimit: string[],
  conflicts: string[] = []
): BuildFailedError<Report> {
  const failed = report.failures
  const total = failed.length + report.layers.length
  const names = failed.map(f => `${layerLabel(f, 'short')} (${f.stage})`)
  return new BuildFailedError(
    `${failed.length} of ${total} targets failed: ${names.join(', ')}${more(overLimit, conflicts)}`,
    report,
    reportPath,
    {
      hint: `Nothing was published. The other zips and ${reportPath} were written; each failure above says what to do.`
    }
  )
}

/** The error of a build whose combined layers carry one package in different versions. */
export function combinationsConflict(
  report: Report,
  reportPath: string,
  overLimit: string[],
  conflicts: string[]
): BuildFailedError<Report> {
  return new BuildFailedError(
    `layers used together disagree:\n  ${conflicts.join('\n  ')}${more(overLimit, [])}`,
    report,
    reportPath,
    {
      hint: 'Nothing was published. Build the layers from one lock so their versions agree, or set dependencies = false on the layer that adds to the others so only one carries the package.'
    }
  )
}

function more(overLimit: string[], conflicts: string[]): string {
  return [
    overLimit.length ? `\nover Lambda's unzipped size limit:\n  ${overLimit.join('\n  ')}` : '',
    conflicts.length ? `\nlayers used together disagree:\n  ${conflicts.join('\n  ')}` : ''
  ].join('')
}
