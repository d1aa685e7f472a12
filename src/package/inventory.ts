// What a staged layer holds per installed distribution: bytes and files, by each dist-info RECORD.
import type { TreeEntry } from '../files/tree.js'
import { ownerIndex, readDistributions } from '../shape/distributions.js'
import { sourceOfBytecode } from '../shape/sourceless.js'

export interface PackageUsage {
  name: string
  version: string
  unzippedBytes: number
  files: number
}

/**
 * Unzipped bytes per installed distribution, from each `*.dist-info/RECORD` below `siteDir`;
 * files no RECORD lists are counted under their top-level folder.
 */
export async function packageUsage(entries: TreeEntry[], siteDir: string): Promise<PackageUsage[]> {
  const distributions = await readDistributions(entries, siteDir)
  const owner = ownerIndex(distributions)
  const usage = new Map<string, PackageUsage>()
  for (const entry of entries) {
    if (entry.kind !== 'file') continue
    const dist =
      owner.get(entry.name) ??
      owner.get(sourceOfBytecode(entry.name) ?? '') ?? // compiled bytecode belongs to its source's owner
      distributions.find(d => entry.name.startsWith(`${d.infoDir}/`))
    const rest = entry.name.startsWith(`${siteDir}/`)
      ? entry.name.slice(siteDir.length + 1)
      : entry.name
    const key = dist ? dist.name : `${rest.split('/')[0]} (no RECORD)`
    const item = usage.get(key) ?? {
      name: key,
      version: dist?.version ?? '',
      unzippedBytes: 0,
      files: 0
    }
    item.unzippedBytes += entry.size
    item.files += 1
    usage.set(key, item)
  }
  return [...usage.values()].sort(largestFirst)
}

/** The report's order of distributions: largest first, then by name. */
export function largestFirst(a: PackageUsage, b: PackageUsage): number {
  return b.unzippedBytes - a.unzippedBytes || (a.name < b.name ? -1 : 1)
}
