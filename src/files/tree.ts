// Walks a staged layer tree: every entry in a stable order, with its size and mode; symlinks are
// stored as the file they point to, and only when it is inside the tree.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import type { BigIntStats, Stats } from 'node:fs'
import path from 'node:path'
import { BuildError } from '../errors.js'
import { specialKind } from './special.js'

export interface TreeEntry {
  /** Path inside the zip, POSIX separators, no leading slash; directories end without a slash. */
  name: string
  /** The file to read (a symlink inside the tree is resolved to its target). */
  source: string
  kind: 'file' | 'directory'
  size: number
  executable: boolean
  /**
   * Names the file's content while it is unchanged (device, inode, birth, size, modification
   * time): the same for every hard link to it, so layers sharing the installer's files share it
   * too; never the same for a file made later in a reused inode. Absent where the file system
   * keeps no birth time.
   */
  identity?: string
}

/**
 * Every directory and file below `root`, sorted by name so the order never depends on the file
 * system. The walk uses the synchronous calls: thousands of small lookups one after another cost
 * far less time and memory that way than as many promises.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: a failure rejects
export async function walkTree(root: string): Promise<TreeEntry[]> {
  const realRoot = realpathSync(root)
  const entries: TreeEntry[] = []
  const visit = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const absolute = path.join(dir, name)
      const zipName = prefix ? `${prefix}/${name}` : name
      let info = lstatSync(absolute)
      let source = absolute
      if (info.isSymbolicLink()) {
        // Symlinks are stored as the file they point to, and only when that file is inside the tree.
        const target = resolvedLink(absolute)
        if (!target || !(target + path.sep).startsWith(realRoot + path.sep)) {
          throw new BuildError(
            `symlink ${zipName} points outside the layer (${target ?? 'dangling'})`,
            { hint: 'Remove the link, or add the file it points to inside the layer.' }
          )
        }
        info = statSync(target)
        if (info.isDirectory()) {
          throw new BuildError(`symlink ${zipName} points to a directory; layers store files only`)
        }
        source = target
      }
      if (info.isDirectory()) {
        entries.push({ name: zipName, source, kind: 'directory', size: 0, executable: true })
        visit(absolute, zipName)
      } else if (info.isFile()) {
        entries.push({
          name: zipName,
          source,
          kind: 'file',
          size: info.size,
          executable: (info.mode & 0o111) !== 0,
          identity: fileIdentity(info)
        })
      } else {
        throw new BuildError(`${zipName} in the installed layer is a ${specialKind(info)}`, {
          hint: 'A layer holds regular files only; find which package installs it and exclude it.'
        })
      }
    }
  }
  visit(root, '')
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Whether an entry of walkTree(root) stands for a symlink (it is read from the link's target). */
export function isLink(root: string, entry: TreeEntry): boolean {
  return entry.source !== path.join(root, ...entry.name.split('/'))
}

/** The entries without the folders that hold no file, at any depth (as a zip of the tree needs). */
export function withoutEmptyFolders(entries: TreeEntry[]): TreeEntry[] {
  const holding = new Set<string>()
  for (const { name, kind } of entries) {
    if (kind !== 'file') continue
    for (let cut = name.lastIndexOf('/'); cut > 0; cut = name.lastIndexOf('/', cut - 1)) {
      const folder = name.slice(0, cut)
      if (holding.has(folder)) break
      holding.add(folder)
    }
  }
  return entries.filter(entry => entry.kind === 'file' || holding.has(entry.name))
}

/** A file's identity (TreeEntry.identity), or undefined without a birth time. */
export function fileIdentity(info: Stats | BigIntStats): string | undefined {
  if (!info.birthtimeMs) return undefined
  const times =
    'mtimeNs' in info ? [info.birthtimeNs, info.mtimeNs] : [info.birthtimeMs, info.mtimeMs]
  return [info.dev, info.ino, info.size, ...times].join(':')
}

/** Where a symlink ends up, or undefined when it dangles. */
function resolvedLink(link: string): string | undefined {
  try {
    return realpathSync(link)
  } catch {
    return undefined
  }
}
