// Time limits: a step that does not settle in time fails with a message saying which step and
// how long it was given, instead of hanging the build.
import { LayerError } from '../errors.js'

/** Default limit of one external tool run (install, export, wheel build, container): 30 minutes. */
export const TOOL_TIME_LIMIT_MS = 30 * 60 * 1000

/** Default limit of filesystem setup (creating and probing the output and cache folders). */
export const SETUP_TIME_LIMIT_MS = 20 * 1000

/** The limit set by the variable `name` (seconds; default LAMBDA_LAYER_TIMEOUT), or `fallback`. */
export function timeLimitFromEnv(
  fallback: number,
  env: Record<string, string | undefined> = process.env,
  name = 'LAMBDA_LAYER_TIMEOUT'
): number {
  const seconds = Number(env[name])
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallback
}

/** Settles like `work`, or rejects after `ms` with a message naming `what`. */
export async function withTimeLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new LayerError(`${what} did not finish within ${Math.round(ms / 1000)} s`, {
            hint: 'The path may be on a hung or special filesystem (e.g. /proc); choose another folder.'
          })
        ),
      ms
    )
    timer.unref()
  })
  try {
    return await Promise.race([work, expired])
  } finally {
    clearTimeout(timer)
  }
}
