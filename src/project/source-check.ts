// Checks the project's own files before its wheel is built: a symlink leaving the project (to
// /proc/self/environ, /etc/passwd, a home folder) or a special file (FIFO, socket, device) is an
// error naming it, so nothing from outside the project can reach a layer and no build hangs.
import { lstat, readdir, readlink, realpath } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ProjectError } from '../errors.js'
import { specialKind } from '../files/special.js'
import { isInside } from '../system/paths.js'

/** Folders never part of a wheel's sources: caches and JavaScript packages. */
const SKIPPED = new Set(['node_modules', '__pycache__'])
/** The names virtual environments usually have: a symlink so named may lead out of the project. */
const ENVIRONMENT_NAMES = new Set(['venv', 'env'])
/** Entries a walk of the project reads at most. */
export const MAX_ENTRIES = 200_000

/**
 * Whether a project folder holds no sources: hidden (version control, tool caches), a Python
 * environment (holding pyvenv.cfg or conda-meta, whatever its name), node_modules or __pycache__.
 */
export function isNonSourceFolder(name: string, folder: string): boolean {
  return (
    name.startsWith('.') ||
    SKIPPED.has(name) ||
    existsSync(path.join(folder, 'pyvenv.cfg')) ||
    existsSync(path.join(folder, 'conda-meta'))
  )
}

/**
 * The folders of `folders` (the output and cache folders) that lie inside the project, below its
 * top: a walk of the project leaves these out. One that holds the whole project leaves out nothing.
 */
export function foldersBelow(projectDir: string, folders: string[]): string[] {
  const top = path.resolve(projectDir)
  return folders
    .map(folder => path.resolve(folder))
    .filter(folder => folder !== top && isInside(folder, top))
}

/** Walks `projectDir`, skipping hidden folders, caches, virtual environments and `skip` folders. */
export async function checkProjectFiles(projectDir: string, skip: string[] = []): Promise<void> {
  const root = await realpath(projectDir)
  const skipped = foldersBelow(projectDir, skip)
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
        const skippable = name.startsWith('.') || SKIPPED.has(name) || ENVIRONMENT_NAMES.has(name)
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
