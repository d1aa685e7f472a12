// The distributions installed in a layer's site-packages, read from their *.dist-info folders:
// name, version, the files their RECORD lists, and what they require.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TreeEntry } from '../files/tree.js'
import { normalizeName } from '../project/project.js'

export interface Distribution {
  /** Normalized name (PEP 503). */
  name: string
  version: string
  /** The dist-info folder's zip path, e.g. `python/numpy-2.2.6.dist-info`. */
  infoDir: string
  /** Zip paths of the files its RECORD lists (normalized; may point outside site-packages, e.g. bin/). */
  files: string[]
  /** Names of the distributions it requires unconditionally (requirements behind an extra are left out). */
  requires: string[]
}

/** Every `*.dist-info` directly inside `siteDir` (a zip path such as `python`). */
export async function readDistributions(
  entries: TreeEntry[],
  siteDir: string
): Promise<Distribution[]> {
  const prefix = `${siteDir}/`
  const infoDirs = entries.filter(
    e =>
      e.kind === 'directory' &&
      e.name.startsWith(prefix) &&
      /^[^/]+\.dist-info$/.test(e.name.slice(prefix.length))
  )
  return Promise.all(
    infoDirs.map(async dir => {
      const base = dir.name.slice(prefix.length).replace(/\.dist-info$/, '')
      const dash = base.lastIndexOf('-')
      const [record, metadata] = await Promise.all(
        ['RECORD', 'METADATA'].map(file =>
          readFile(path.join(dir.source, file), 'utf8').catch(() => '')
        )
      )
      return {
        name: normalizeName(base.slice(0, dash)),
        version: base.slice(dash + 1),
        infoDir: dir.name,
        files: recordFiles(record ?? '', siteDir),
        requires: requirementsOf(metadata ?? '')
      }
    })
  )
}

/**
 * Zip paths of the files a RECORD lists (`siteDir` is the folder its paths are relative to). A
 * line whose quoted path has no closing quote is left out rather than guessed at.
 */
export function recordFiles(record: string, siteDir: string): string[] {
  return record
    .split('\n')
    .map(recordPath)
    .filter((file): file is string => file !== undefined)
    .map(file => path.posix.normalize(`${siteDir}/${file}`))
}

/** The path column of a RECORD line (CSV; the path may be quoted). */
function recordPath(line: string): string | undefined {
  if (!line.trim()) return undefined
  if (line.startsWith('"')) {
    const end = line.indexOf('",')
    return end > 0 ? line.slice(1, end).replace(/""/g, '"') : undefined
  }
  return line.split(',')[0]
}

/** Requires-Dist names from METADATA, without those that only an extra pulls in. */
function requirementsOf(metadata: string): string[] {
  const names = new Set<string>()
  for (const line of metadata.split('\n')) {
    if (line === '') break // headers end at the first blank line
    const match = /^Requires-Dist:\s*([A-Za-z0-9][A-Za-z0-9._-]*)([^;]*)(?:;(.*))?$/.exec(line)
    if (!match?.[1]) continue
    if (match[3] && /\bextra\s*==/.test(match[3])) continue
    names.add(normalizeName(match[1]))
  }
  return [...names]
}

/** Maps every file's zip path to the distribution whose RECORD (or dist-info folder) holds it. */
export function ownerIndex(distributions: Distribution[]): Map<string, Distribution> {
  const owner = new Map<string, Distribution>()
  for (const dist of distributions) for (const file of dist.files) owner.set(file, dist)
  return owner
}
