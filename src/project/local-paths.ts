// Local path dependencies in exported requirements. `uv export` writes them relative to the
// project (`../libs/util`, `-e ../libs/util`), which the installer would read relative to its own
// requirements file: they are made absolute here. A local folder (a package to build) is an error
// naming it: layers are installed from wheels, and local packages are not built.
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ProjectError } from '../errors.js'

interface LocalPath {
  /** The path as the line gives it (relative, absolute or a file: URL). */
  written: string
  /** The path made absolute. */
  absolute: string
  /** The line with the absolute path in place of the written one. */
  line: string
  editable: boolean
}

/** A requirement line's local path: `-e PATH`, a bare path, or `NAME @ file:///PATH`. */
export function localPathOf(line: string, projectDir: string): LocalPath | undefined {
  const editable = /^-e\s+(\S+)/.exec(line)
  const bare = /^(\.{1,2}\/\S*|\/\S*|file:\S+)/.exec(line)
  const direct = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?\s*@\s*(file:\S+)/.exec(line)
  const written = (editable ?? bare ?? direct)?.[1]
  if (!written) return undefined
  let absolute: string
  try {
    absolute = written.startsWith('file:')
      ? fileURLToPath(written)
      : path.resolve(projectDir, written)
  } catch {
    return undefined // a file: URL naming another host: the installer says what is wrong with it
  }
  return {
    written,
    absolute,
    line: direct ? line : line.replace(written, absolute),
    editable: Boolean(editable)
  }
}

function pathKind(file: string): 'file' | 'folder' | undefined {
  const info = statSync(file, { throwIfNoEntry: false })
  return info && (info.isDirectory() ? 'folder' : 'file')
}

/**
 * `lines` with every local path absolute; throws naming the local folders (package sources),
 * which cannot go into a layer as they are. `source` names the file the lines come from.
 */
export function withAbsoluteLocalPaths(
  lines: string[],
  projectDir: string,
  source: string,
  kindOf: (file: string) => 'file' | 'folder' | undefined = pathKind
): string[] {
  const folders: string[] = []
  const result = lines.map(line => {
    const local = localPathOf(line, projectDir)
    if (!local) return line
    const kind = kindOf(local.absolute)
    if (!kind) {
      throw new ProjectError(`the project depends on ${local.written}, which does not exist`, {
        file: source,
        hint: `Build or restore ${local.absolute} before the layers, or change the dependency's path and lock again.`
      })
    }
    if (local.editable || kind === 'folder')
      folders.push(path.relative(projectDir, local.absolute) || '.')
    return local.line
  })
  if (folders.length) {
    const list = folders.join(', ')
    throw new ProjectError(
      `the project depends on local ${folders.length === 1 ? 'package' : 'packages'} ${list}: layers are installed from wheels, and local packages are not built`,
      {
        file: source,
        hint: `Depend on a built wheel of each instead (\`uv build --wheel ${folders[0]}\`, then point the dependency's path at the .whl file and lock again), or publish it to your package index and depend on a version of it.`
      }
    )
  }
  return result
}

/** Whether a lock file names local paths (its exports then depend on files the lock does not hold). */
export function lockHasLocalPaths(lockText: string): boolean {
  return (
    /^\s*type\s*=\s*"(file|directory)"/m.test(lockText) ||
    // uv.lock names the project itself `{ editable = "." }` (or virtual): that is no local path.
    /source\s*=\s*\{\s*(path|directory|editable)\s*=\s*"(?!\.")/.test(lockText)
  )
}
