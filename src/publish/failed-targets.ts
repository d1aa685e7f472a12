// Publishing refuses a report that records failed targets: publishing the rest would leave some
// runtimes and architectures on new layer versions and others on old ones, half-published.
import type { Report } from '../report/report.js'
import { layerLabel } from '../errors.js'
import { PublishError } from './errors.js'

export function refuseFailedTargets(report: Report): void {
  const failed = report.failures ?? []
  if (!failed.length) return
  const names = failed.map(f => `${layerLabel(f, 'short')} (${f.stage})`)
  throw new PublishError(
    'failed-targets',
    `the build failed for ${failed.length} target(s): ${names.join(', ')}; nothing was published`,
    {
      hint:
        'Fix those targets and build again, or build only the targets that work ' +
        '(--layer, --runtime, --architectures; the action inputs of the same names) and publish that report.'
    }
  )
}
