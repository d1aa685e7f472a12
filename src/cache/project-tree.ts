// What a test command reads besides the layer: the project's own files (its tests, its code). With a
// test command, the layer keys cover them, so a changed test runs again instead of coming back from
// the layer cache with the earlier outcome.
import { createHash } from 'node:crypto'
import { readdir, readlink } from 'node:fs/promises'
import path from 'node:path'
import { isNonSourceFolder } from '../project/source-check.js'
import { fileSha256 } from '../system/file-results.js'
import { isInside } from '../system/paths.js'

/**
 * SHA-256 over the project folder's files (relative path and content; a symlink by its target,
 * not followed), leaving out the folders that hold no sources (project/source-check.ts) and those in `outside` (the output and cache
 * folders, which the build itself writes).
 */
export async function projectTreeHash(projectDir: string, outside: string[]): Promise<string> {
  const hash = createHash('sha256')
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      const name = path.relative(projectDir, full)
      if (entry.isDirectory()) {
        if (isNonSourceFolder(entry.name, full) || outside.some(folder => isInside(full, folder)))
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
