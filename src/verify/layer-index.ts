// What a layer zip holds, as Verify needs it: entry names, the distributions of its dist-info
// folders (with their RECORD files and top_level.txt), and which distribution owns each file.
import { normalizeName } from '../project/project.js'
import { recordFiles } from '../shape/distributions.js'
import { readZip } from '../files/zip-read.js'

export interface LayerDistribution {
  /** Normalized name (PEP 503). */
  name: string
  version: string
  /** Zip paths of the files its RECORD lists. */
  files: string[]
  /** top_level.txt lines, when the distribution has one. */
  topLevel: string[]
}

export interface LayerIndex {
  /** Zip entry names (directories end with "/"). */
  names: string[]
  /** The folder of the zip that is on sys.path (`python` or `python/lib/python3.X/site-packages`). */
  site: string
  distributions: LayerDistribution[]
  /** The distribution that owns a zip path, or undefined. */
  ownerOf(name: string): LayerDistribution | undefined
}

const DIST_INFO = /^([^/]+)-([^-/]+)\.dist-info\/(RECORD|top_level\.txt)$/

export async function indexLayer(zipPath: string, site: string): Promise<LayerIndex> {
  const prefix = `${site}/`
  const { names, files } = await readZip(
    zipPath,
    name => name.startsWith(prefix) && DIST_INFO.test(name.slice(prefix.length))
  )
  const byFolder = new Map<string, LayerDistribution>()
  for (const file of files) {
    const [, rawName = '', version = '', kind] =
      DIST_INFO.exec(file.name.slice(prefix.length)) ?? []
    const key = `${rawName}-${version}`
    const dist = byFolder.get(key) ?? {
      name: normalizeName(rawName),
      version,
      files: [],
      topLevel: []
    }
    byFolder.set(key, dist)
    const text = file.data.toString('utf8')
    if (kind === 'top_level.txt')
      dist.topLevel = text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
    else dist.files = recordFiles(text, site)
  }
  const distributions = [...byFolder.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
  const owner = new Map<string, LayerDistribution>()
  for (const dist of distributions) for (const file of dist.files) owner.set(file, dist)
  return { names, site, distributions, ownerOf: name => owner.get(name) }
}

/**
 * The top-level name a zip path under `prefix` belongs to: its first folder, or the module a
 * top-level `.py` / extension file defines; undefined outside `prefix` or for other files.
 */
function topLevelName(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined
  const rest = path.slice(prefix.length)
  const first = rest.split('/')[0] ?? ''
  if (rest.includes('/')) return first
  return /^([A-Za-z_][A-Za-z0-9_]*)(?:\.py|\.[^/]*\.so|\.so)$/.exec(first)?.[1]
}

/**
 * Top-level modules the layer provides: names from top_level.txt and RECORD that are really in
 * the zip (a package folder, a .py module, or an extension module), sorted.
 */
export function topLevelModules(index: LayerIndex): string[] {
  const prefix = `${index.site}/`
  const present = new Set<string>()
  for (const name of index.names) {
    const module = topLevelName(name, prefix)
    if (module) present.add(module)
  }
  const candidates = new Set<string>()
  for (const dist of index.distributions) {
    for (const line of dist.topLevel) candidates.add(line.split('/')[0] ?? '')
    for (const file of dist.files) {
      const module = topLevelName(file, prefix)
      if (module) candidates.add(module)
    }
  }
  return [...candidates]
    .filter(name => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && present.has(name))
    .filter(name => name !== '__pycache__' && name !== 'bin')
    .sort()
}
