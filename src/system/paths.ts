// The path guard: every path the tool writes or removes must lie inside one of its own folders
// (the output folder, its temp folder, the cache). Anything else stops the build here.
import path from 'node:path'
import { LayerError } from '../errors.js'

const roots = new Set<string>()

/** True when `child` is `parent` or lies below it (both made absolute, no symlinks resolved). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child))
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Lets the tool write and remove below `folders` until the returned function is called. */
export function allowWritesUnder(...folders: string[]): () => void {
  const added = folders.map(folder => path.resolve(folder)).filter(folder => !roots.has(folder))
  for (const folder of added) roots.add(folder)
  return () => {
    for (const folder of added) roots.delete(folder)
  }
}

/**
 * Returns `target` when it lies inside a folder the tool owns; throws otherwise. `what` says what
 * the path is for ("layer zip", "install folder"), so the message names it.
 */
export function guardPath(target: string, what: string): string {
  const absolute = path.resolve(target)
  if (roots.size === 0 || [...roots].some(root => isInside(absolute, root))) return absolute
  throw new LayerError(
    `refusing to write ${what} ${absolute}: it is outside the output, temporary and cache folders`,
    {
      hint: 'A project name, version, layer name or option put a path outside those folders; check them.'
    }
  )
}
