// Notes under the size table (console, action log and job summary): each combination as Lambda
// extracts it, packages its layers share, and native libraries vendored more than once.
import { layerLabel, combinationLabel } from '../errors.js'
import type { DuplicateLibrary } from '../package/duplicates.js'
import { formatBytes, formatPercent } from './format.js'
import { type Report } from './report.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'

const LIBRARIES_SHOWN = 3

/** `libgdal` in 3 folders: "libgdal 3 copies (pyogrio.libs 93.0 MiB, …), 226.0 MiB together". */
function libraryLine(dup: DuplicateLibrary): string {
  const where = dup.copies
    .map(copy => {
      const folder = copy.path.split('/').slice(-2, -1)[0] ?? copy.path
      return `${copy.layer ? `${copy.layer}: ` : ''}${folder} ${formatBytes(copy.bytes)}`
    })
    .join(', ')
  return `${dup.library} is vendored ${dup.copies.length} times (${where}), ${formatBytes(dup.bytes)} together`
}

export function reportNotes(report: Report): string[] {
  const notes: string[] = []
  for (const c of report.combinations) {
    const label = combinationLabel(c)
    const summed =
      c.summedBytes !== undefined && c.summedBytes !== c.unzippedBytes
        ? ` (the layers add up to ${formatBytes(c.summedBytes)}; files in several layers count once)`
        : ''
    notes.push(
      `${label}: ${formatBytes(c.unzippedBytes)} unzipped as Lambda extracts it, ${formatPercent(c.limitPercent)} of ${formatBytes(UNZIPPED_LIMIT)}${summed}`
    )
    for (const problem of c.problems ?? []) notes.push(`${label}: ${problem}`)
    for (const note of c.notes ?? []) notes.push(`${label}: ${note}`)
    for (const dup of (c.duplicateLibraries ?? []).slice(0, LIBRARIES_SHOWN))
      notes.push(`${label}: ${libraryLine(dup)}`)
  }
  for (const layer of report.layers) {
    for (const dup of (layer.duplicateLibraries ?? []).slice(0, LIBRARIES_SHOWN))
      notes.push(`${layerLabel(layer, 'short')}: ${libraryLine(dup)}`)
  }
  return notes
}

/** Combination problems that fail the build: shared packages of different versions. */
export function combinationConflicts(report: Report): string[] {
  return report.combinations.flatMap(c =>
    (c.problems ?? []).map(
      problem =>
        `combination ${c.name} (${c.layers.join(' + ')}, ${c.runtime} ${c.architecture}): ${problem}`
    )
  )
}
