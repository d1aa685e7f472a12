// The host's package index settings (pip's and uv's environment variables, proxies) translated
// into pip settings for a build container, so it installs from the same index as the host.

/** Variables passed to the container unchanged. */
const PASSED = [
  'PIP_INDEX_URL',
  'PIP_EXTRA_INDEX_URL',
  'PIP_TRUSTED_HOST',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_RETRIES',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
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
  const uvIndex = env.UV_DEFAULT_INDEX || env.UV_INDEX_URL
  if (!settings.PIP_INDEX_URL && uvIndex) settings.PIP_INDEX_URL = uvIndex
  if (!settings.PIP_EXTRA_INDEX_URL) {
    // UV_INDEX holds space-separated [name=]url items.
    const extra = [
      ...(env.UV_INDEX ?? '').split(/\s+/).map(item => item.replace(/^[A-Za-z0-9_-]+=/, '')),
      ...(env.UV_EXTRA_INDEX_URL ?? '').split(/\s+/)
    ].filter(Boolean)
    if (extra.length) settings.PIP_EXTRA_INDEX_URL = extra.join(' ')
  }
  if (!settings.PIP_TRUSTED_HOST && env.UV_INSECURE_HOST)
    settings.PIP_TRUSTED_HOST = env.UV_INSECURE_HOST
  return settings
}
