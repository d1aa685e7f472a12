// Reads a project's file list from the package index in force (the JSON simple API of PEP 691,
// else the HTML simple index of PEP 503), and tells an unreachable index from a missing project.
import { errorMessage } from '../../errors.js'
import { readdir } from 'node:fs/promises'
import { normalizeName } from '../../project/project.js'

/** What the wheel decision needs of a listed file (kept for every file of every project asked). */
export interface IndexFile {
  filename: string
  requiresPython?: string
  yanked: boolean
}

export interface IndexLocations {
  /** Simple-index base URLs, the main index first; may hold credentials (never printed). */
  indexes: string[]
  /** Local folders of wheels the installer also reads (find-links). */
  findLinks: string[]
}

/** The index could not be asked (network, DNS, TLS, HTTP 401/403/5xx): not a missing wheel. */
export class IndexUnreachable extends Error {
  constructor(
    readonly url: string,
    readonly reason: string
  ) {
    super(`could not read ${redactUrl(url)}: ${reason}`)
  }
}

/** A URL with any user name and password replaced by "***". */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@')
}

export type Fetch = typeof fetch

export interface IndexClient {
  /** Every file the indexes list for a project; undefined when no index knows the project. */
  files(name: string): Promise<IndexFile[] | undefined>
}

/** A client over the indexes and local wheel folders; answers are kept for the whole build. */
export function createIndexClient(
  where: IndexLocations,
  options: { fetch?: Fetch; timeoutMs?: number; attempts?: number } = {}
): IndexClient {
  const doFetch = options.fetch ?? fetch
  const memo = new Map<string, Promise<IndexFile[] | undefined>>()

  async function fromIndex(base: string, name: string): Promise<IndexFile[] | undefined> {
    const pageUrl = `${base.replace(/\/+$/, '')}/${name}/`
    const { url, headers } = withAuth(pageUrl)
    headers.Accept = 'application/vnd.pypi.simple.v1+json, text/html;q=0.2'
    const attempts = options.attempts ?? 3
    for (let attempt = 1; ; attempt++) {
      let response: Response
      try {
        response = await doFetch(url, {
          headers,
          redirect: 'follow',
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
        })
      } catch (error) {
        if (attempt < attempts) continue
        throw new IndexUnreachable(pageUrl, networkReason(error))
      }
      if (response.status === 404) return undefined
      if (response.status >= 500 && attempt < attempts) continue
      if (!response.ok) {
        const auth = response.status === 401 || response.status === 403
        throw new IndexUnreachable(
          pageUrl,
          `HTTP ${response.status}${auth ? ' (the index wants credentials)' : ''}`
        )
      }
      const type = response.headers.get('content-type') ?? ''
      const body = await response.text()
      return type.includes('json') ? jsonFiles(body) : htmlFiles(body, response.url || url)
    }
  }

  async function fromFolder(folder: string, name: string): Promise<IndexFile[]> {
    const entries = await readdir(folder).catch(() => [] as string[])
    return entries
      .filter(file => normalizeName(file.split('-')[0] ?? '') === name)
      .map(file => ({ filename: file, url: `file://${folder}/${file}`, yanked: false }))
  }

  return {
    files(project) {
      const name = normalizeName(project)
      let pending = memo.get(name)
      if (!pending) {
        pending = (async () => {
          const lists = await Promise.all([
            ...where.indexes.map(base => fromIndex(base, name)),
            ...where.findLinks.map(folder => fromFolder(folder, name))
          ])
          const known = lists.filter((list): list is IndexFile[] => list !== undefined)
          const indexKnows = lists.slice(0, where.indexes.length).some(list => list !== undefined)
          if (!indexKnows && known.every(list => list.length === 0)) return undefined
          return known.flat()
        })()
        memo.set(name, pending)
      }
      return pending
    }
  }
}

/** fetch refuses URLs with credentials: move them into an Authorization header. */
function withAuth(pageUrl: string): { url: string; headers: Record<string, string> } {
  const parsed = new URL(pageUrl)
  const headers: Record<string, string> = {}
  if (parsed.username || parsed.password) {
    const user = decodeURIComponent(parsed.username)
    const password = decodeURIComponent(parsed.password)
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
    parsed.username = ''
    parsed.password = ''
  }
  return { url: parsed.toString(), headers }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer within 30 s'
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`
  return errorMessage(error)
}

interface JsonPage {
  files?: {
    filename: string
    url: string
    'requires-python'?: string | null
    yanked?: boolean | string
  }[]
}

function jsonFiles(body: string): IndexFile[] {
  const page = JSON.parse(body) as JsonPage
  return (page.files ?? []).map(file => ({
    filename: file.filename,
    requiresPython: file['requires-python'] ?? undefined,
    yanked: Boolean(file.yanked)
  }))
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '')

function htmlFiles(body: string, pageUrl: string): IndexFile[] {
  const files: IndexFile[] = []
  for (const match of body.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
    const attributes = match[1] as string
    const href = /href\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]
    if (!href) continue
    const requiresPython = /data-requires-python\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]
    const url = new URL(unescape(href), pageUrl)
    files.push({
      filename:
        unescape(match[2] as string).trim() ||
        decodeURIComponent(url.pathname.split('/').pop() ?? ''),
      requiresPython: requiresPython ? unescape(requiresPython) : undefined,
      yanked: /data-yanked/i.test(attributes)
    })
  }
  return files
}
