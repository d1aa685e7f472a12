// What a test command reads besides the layer: the project's own files (its tests, its code). With a
// test command, the layer keys cover them, so a changed test runs again instead of coming back from
// the layer cache with the earlier outcome.
import { createHash } from 'node:crypto'
import { readdir, readlink } from 'node:fs/promises'
import path from 'node:path'
import { foldersBelow, isNonSourceFolder, MAX_ENTRIES } from '../project/source-check.js'
import { fileSha256 } from '../system/file-results.js'
import { isInside } from '../system/paths.js'

/**
 * SHA-256 over the project folder's files (relative path and content; a symlink by its target,
 * not followed), leaving out the folders that hold no sources (project/source-check.ts) and those of
 * `outside` inside the project (the output and cache folders, which the build itself writes).
 * Rejects when a folder cannot be read or the project holds more than `maxEntries` entries.
 */
export async function projectTreeHash(
  projectDir: string,
  outside: string[],
  maxEntries = MAX_ENTRIES
): Promise<string> {
  const hash = createHash('sha256')
  const skipped = foldersBelow(projectDir, outside)
  let seen = 0
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (++seen > maxEntries)
        throw new Error(`the project holds more than ${maxEntries.toLocaleString('en-US')} files`)
      const full = path.join(dir, entry.name)
      const name = path.relative(projectDir, full)
      if (entry.isDirectory()) {
        if (isNonSourceFolder(entry.name, full) || skipped.some(folder => isInside(full, folder)))
          continue
        await visit(full)
      } else if (entry.isSymbolicLink()) {
        hash.update(`link\0${name}\0${await readlink(full)}\n`)
      } else if (entry.isFile()) {
        hash.update(`file\0${name}\0${await fileSha256(full)}\n`)
      }
    }
  }
  await visit(projectDir)
  return hash.digest('hex')
}
