// Checks the project's own files before its wheel is built: a symlink leaving the project (to
// /proc/self/environ, /etc/passwd, a home folder) or a special file (FIFO, socket, device) is an
// error naming it, so nothing from outside the project can reach a layer and no build hangs.
import { lstat, readdir, readlink, realpath } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ProjectError } from '../errors.js'
import { specialKind } from '../files/special.js'
import { isInside } from '../system/paths.js'

/** Folders never part of a wheel's sources: version control, virtual environments, caches. */
const SKIPPED = new Set(['node_modules', '__pycache__', 'venv', 'env'])
const MAX_ENTRIES = 200_000

/**
 * Whether a project folder holds no sources: hidden (version control, tool caches), a virtual
 * environment (named so, or holding pyvenv.cfg), node_modules or __pycache__.
 */
export function isNonSourceFolder(name: string, folder: string): boolean {
  return name.startsWith('.') || SKIPPED.has(name) || existsSync(path.join(folder, 'pyvenv.cfg'))
}

/** Walks `projectDir`, skipping hidden folders, caches, virtual environments and `skip` folders. */
export async function checkProjectFiles(projectDir: string, skip: string[] = []): Promise<void> {
  const root = await realpath(projectDir)
  const skipped = skip.map(dir => path.resolve(dir))
  let seen = 0
  const visit = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      if (++seen > MAX_ENTRIES) return
      const file = path.join(dir, name)
      const shown = path.relative(projectDir, file)
      const info = await lstat(file)
      if (info.isSymbolicLink()) {
        const target = await realpath(file).catch(() => undefined)
        const written = await readlink(file)
        const resolved = target ?? path.resolve(dir, written)
        const skippable = name.startsWith('.') || SKIPPED.has(name)
        const toFolder = target ? (await lstat(target)).isDirectory() : false
        if (!isInside(resolved, root) && !(skippable && toFolder)) {
          throw new ProjectError(`symlink ${shown} points outside the project (to ${written})`, {
            hint: 'Replace the link with the file itself, or remove it: files from outside the project never go into a layer.'
          })
        }
        continue
      }
      if (info.isDirectory()) {
        if (isNonSourceFolder(name, file) || skipped.some(s => isInside(file, s))) continue
        await visit(file)
        continue
      }
      if (!info.isFile()) {
        throw new ProjectError(`${shown} in the project is a ${specialKind(info)}, not a file`, {
          hint: 'Remove it: a layer holds regular files only, and reading it could hang the build.'
        })
      }
    }
  }
  await visit(projectDir)
}
