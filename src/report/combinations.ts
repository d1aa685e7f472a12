// Layers one function uses together, as Lambda extracts them: in order into /opt, a later layer's
// file replacing the same path. Packages in more than one member are listed (different versions
// fail: one silently shadows the other at run time), and vendored libraries repeated across them.
import { duplicateLibraries } from '../package/duplicates.js'
import { zipListing } from '../files/zip-read.js'
import type { LayerReport, Overlay, SharedPackage } from './report.js'

/** Zip file name -> (zip path -> unzipped bytes), for the members of the combinations. */
export type Listings = Map<string, Map<string, number>>

/** Reads the listings of every zip a combination uses. */
export async function combinationListings(
  members: LayerReport[],
  read = zipListing
): Promise<Listings> {
  const listings: Listings = new Map()
  for (const member of members)
    if (!listings.has(member.fileName)) listings.set(member.fileName, await read(member.zipPath))
  return listings
}

/** The combination of `members` (in order) as Lambda extracts it. */
export function overlay(members: LayerReport[], listings?: Listings): Overlay {
  const summedBytes = members.reduce((sum, member) => sum + member.unzippedBytes, 0)
  let unzippedBytes = summedBytes
  let copies: { path: string; bytes: number; layer: string }[] = []
  const lists = members.map(member => listings?.get(member.fileName))
  if (lists.every(Boolean)) {
    const extracted = new Map<string, number>()
    for (const list of lists) for (const [file, bytes] of list ?? []) extracted.set(file, bytes)
    unzippedBytes = [...extracted.values()].reduce((sum, bytes) => sum + bytes, 0)
    copies = members.flatMap((member, i) =>
      [...(lists[i] ?? [])].map(([file, bytes]) => ({ path: file, bytes, layer: member.layer }))
    )
  }
  const byName = new Map<string, SharedPackage>()
  for (const member of members) {
    for (const pkg of member.packages ?? []) {
      if (pkg.name.endsWith('(no RECORD)')) continue
      const item = byName.get(pkg.name) ?? { name: pkg.name, layers: [] }
      item.layers.push({ layer: member.layer, version: pkg.version })
      byName.set(pkg.name, item)
    }
  }
  const sharedPackages = [...byName.values()]
    .filter(item => item.layers.length > 1)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const problems = sharedPackages
    .filter(item => new Set(item.layers.map(l => l.version)).size > 1)
    .map(
      item =>
        `${item.name} differs between layers: ${item.layers.map(l => `${l.version} in ${l.layer}`).join(', ')}; the last one shadows the others at run time`
    )
  const notes: string[] = []
  const same = sharedPackages.filter(item => new Set(item.layers.map(l => l.version)).size === 1)
  if (same.length) {
    const additive = [...new Set(same.flatMap(item => item.layers.slice(1).map(l => l.layer)))]
    const names = same.map(item => item.name)
    const shown =
      names.length > 6
        ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`
        : names.join(', ')
    notes.push(
      `${shown} ${names.length === 1 ? 'is' : 'are'} in more than one layer; set dependencies = false on ${additive.join(', ')} so ${additive.length === 1 ? 'it carries' : 'they carry'} only what ${additive.length === 1 ? 'it adds' : 'they add'}`
    )
  }
  return {
    unzippedBytes,
    summedBytes,
    sharedPackages,
    duplicateLibraries: duplicateLibraries(copies),
    problems,
    notes
  }
}
