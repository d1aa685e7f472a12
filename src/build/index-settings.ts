// The host's package index settings (pip's and uv's environment variables, proxies) translated
// into pip settings for a build container, so it installs from the same index as the host.
import { indexUrlOf, PROXY_VARIABLES, uvExtraIndexUrls } from '../project/index-env.js'

/** Variables passed to the container unchanged. */
const PASSED = [
  'PIP_INDEX_URL',
  'PIP_EXTRA_INDEX_URL',
  'PIP_TRUSTED_HOST',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_RETRIES',
  ...PROXY_VARIABLES
] as const

/**
 * pip settings for the container from the host environment: PIP_* as set, else uv's
 * UV_DEFAULT_INDEX / UV_INDEX_URL (index) and UV_INDEX / UV_EXTRA_INDEX_URL (extra indexes).
 * Values may hold credentials: callers pass them as environment, never as arguments or logs.
 */
export function indexSettings(env: Record<string, string | undefined>): Record<string, string> {
  const settings: Record<string, string> = {}
  for (const name of PASSED) {
    const value = env[name]
    if (value) settings[name] = value
  }
  const index = indexUrlOf(env)
  if (index) settings.PIP_INDEX_URL = index
  if (!settings.PIP_EXTRA_INDEX_URL) {
    const extra = uvExtraIndexUrls(env)
    if (extra.length) settings.PIP_EXTRA_INDEX_URL = extra.join(' ')
  }
  if (!settings.PIP_TRUSTED_HOST && env.UV_INSECURE_HOST)
    settings.PIP_TRUSTED_HOST = env.UV_INSECURE_HOST
  return settings
}
