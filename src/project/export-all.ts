// The Export stage of a build: every target's pinned requirements, two at a time (each export is
// mostly one tool's start-up; a poetry.lock's share one process), before anything installs. A target whose export fails is left out
// with its error, so the others build.
import { errorMessage } from '../errors.js'
import { withHeartbeat } from '../system/heartbeat.js'
import { inOrder } from '../system/in-order.js'
import { setActivity } from '../system/interrupt.js'
import type { Logger } from '../system/log.js'
import type { Requirements } from './requirements.js'
import type { Exporter, ExportTarget } from './export.js'

/** Exports running at once: a tool's start-up on one core while another resolves on the other. */
const EXPORTS_AT_ONCE = 2

export interface Exports<T> {
  requirements: Map<T, Requirements>
  /** Targets whose export failed, with the error. */
  errors: Map<T, unknown>
}

export async function exportTargets<T extends ExportTarget>(
  targets: T[],
  exportFor: Exporter,
  log: Logger
): Promise<Exports<T>> {
  const exports: Exports<T> = { requirements: new Map(), errors: new Map() }
  await inOrder(targets, { limit: EXPORTS_AT_ONCE, log }, async (target, log) => {
    setActivity(`exporting requirements of ${target.layer.name}`)
    const what = `exporting requirements: ${target.layer.name} ${target.runtime} ${target.architecture}`
    log.info(what)
    try {
      exports.requirements.set(target, await withHeartbeat(log, what, () => exportFor(target)))
    } catch (error) {
      exports.errors.set(target, error)
      const message = errorMessage(error)
      log.warn(`${what} failed: ${message.split('\n')[0]}`)
    }
  })
  return exports
}
