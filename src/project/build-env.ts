// The environment the project's build backend runs with: only what a wheel build needs (PATH,
// HOME, locale, certificates, proxies). Index URLs, which may hold passwords, go into a private
// config file instead, so no credential, token or AWS key is in the backend's environment.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { indexUrlOf, PROXY_VARIABLES, urlList, uvExtraIndexUrls } from './index-env.js'

const KEPT = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SOURCE_DATE_EPOCH',
  'XDG_CACHE_HOME',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  'NIX_SSL_CERT_FILE',
  'PIP_CERT',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_RETRIES',
  'PIP_TRUSTED_HOST',
  'PIP_NO_INDEX',
  'PIP_FIND_LINKS',
  'PIP_CACHE_DIR',
  'UV_NATIVE_TLS',
  'UV_INSECURE_HOST',
  'UV_HTTP_TIMEOUT',
  'UV_OFFLINE',
  'UV_CACHE_DIR',
  ...PROXY_VARIABLES
])

const toml = (value: string) => JSON.stringify(value)
const ini = (value: string) => value.replace(/[\r\n]/g, '')

/**
 * The scrubbed environment, and pip and uv config files under `configDir` (mode 0600) carrying
 * the index settings of `env` (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL, UV_INDEX_URL, UV_DEFAULT_INDEX,
 * UV_EXTRA_INDEX_URL, UV_INDEX).
 */
export async function buildBackendEnv(
  env: Record<string, string | undefined>,
  configDir: string
): Promise<Record<string, string>> {
  const clean: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && (KEPT.has(name) || name.startsWith('LC_'))) clean[name] = value
  }
  const index = indexUrlOf(env)
  const extra = [...urlList(env.PIP_EXTRA_INDEX_URL), ...uvExtraIndexUrls(env)]
  if (!index && extra.length === 0) return clean
  await mkdir(configDir, { recursive: true, mode: 0o700 })
  const pipConf = path.join(configDir, 'pip.conf')
  const uvToml = path.join(configDir, 'uv.toml')
  await writeFile(
    pipConf,
    `[global]\n${index ? `index-url = ${ini(index)}\n` : ''}${extra.length ? `extra-index-url = ${extra.map(ini).join(' ')}\n` : ''}`,
    { mode: 0o600 }
  )
  await writeFile(
    uvToml,
    `${index ? `index-url = ${toml(index)}\n` : ''}${extra.length ? `extra-index-url = [${extra.map(toml).join(', ')}]\n` : ''}`,
    { mode: 0o600 }
  )
  return { ...clean, PIP_CONFIG_FILE: pipConf, UV_CONFIG_FILE: uvToml }
}
