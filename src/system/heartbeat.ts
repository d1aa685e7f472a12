// Progress on long steps (tool installs, each layer's export and install): a plain line with the
// elapsed time about every 10 s while the step runs, as CI logs and terminals both read it — no
// spinner, no escape codes, nothing rewritten in place.
import type { Logger } from './log.js'

const HEARTBEAT_MS = 10_000

/** Runs `step`, logging `${what}: still running (N s)` every `everyMs` until it settles. */
export async function withHeartbeat<T>(
  log: Logger,
  what: string,
  step: () => Promise<T>,
  everyMs = HEARTBEAT_MS
): Promise<T> {
  const started = Date.now()
  const timer = setInterval(() => {
    log.info(`${what}: still running (${Math.round((Date.now() - started) / 1000)} s)`)
  }, everyMs)
  timer.unref()
  try {
    return await step()
  } finally {
    clearInterval(timer)
  }
}
