// The host's package-index environment, read the same way wherever a tool installs: the proxy
// variables, the index URL (pip's, else uv's) and uv's extra indexes.

/** Proxy settings, passed on unchanged to every tool that downloads. */
export const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
] as const

type Env = Record<string, string | undefined>

/** The index URL: PIP_INDEX_URL, else uv's UV_DEFAULT_INDEX or UV_INDEX_URL. */
export function indexUrlOf(env: Env): string | undefined {
  return env.PIP_INDEX_URL || env.UV_DEFAULT_INDEX || env.UV_INDEX_URL
}

/** A space-separated list of URLs as a list. */
export function urlList(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean)
}

/** uv's extra indexes: UV_INDEX ([name=]url items, the names dropped), then UV_EXTRA_INDEX_URL. */
export function uvExtraIndexUrls(env: Env): string[] {
  return [
    ...urlList(env.UV_INDEX).map(item => item.replace(/^[A-Za-z0-9_-]+=/, '')),
    ...urlList(env.UV_EXTRA_INDEX_URL)
  ].filter(Boolean)
}
