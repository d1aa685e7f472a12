// A sandbox for one hostile-input case: a project, a sentinel folder of files the tool must never
// touch, its own HOME, TMPDIR and cache, and a snapshot of everything outside output and cache.
import { createHash } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface Sandbox {
  root: string
  project: string
  sentinel: string
  cache: string
  tmp: string
  home: string
  /** Environment for the tool: HOME, TMPDIR and XDG_CACHE_HOME inside the sandbox. */
  env: Record<string, string>
}

export const BASE_PYPROJECT = `[project]
name = "demo"
version = "1.0"
dependencies = []
`

/** Makes the sandbox under `root` with the base project and a sentinel tree. */
export async function makeSandbox(root: string): Promise<Sandbox> {
  const box = {
    root,
    project: path.join(root, 'project'),
    sentinel: path.join(root, 'sentinel'),
    cache: path.join(root, 'cache'),
    tmp: path.join(root, 'tmp'),
    home: path.join(root, 'home')
  }
  for (const dir of [box.project, box.tmp, box.home, path.join(box.sentinel, 'keep', 'deep')])
    await mkdir(dir, { recursive: true })
  await writeFile(path.join(box.project, 'pyproject.toml'), BASE_PYPROJECT)
  await writeFile(path.join(box.sentinel, 'keep', 'deep', 'secret.txt'), 'do not touch\n')
  await writeFile(path.join(box.sentinel, 'keep', 'note.txt'), 'sentinel\n')
  // The action's output and summary files: a failed run must leave them empty.
  for (const file of ['output', 'summary']) await writeFile(path.join(root, file), '')
  return {
    ...box,
    env: {
      HOME: box.home,
      TMPDIR: box.tmp,
      XDG_CACHE_HOME: box.cache,
      LAMBDA_LAYER_SETUP_TIMEOUT: '3'
    }
  }
}

/**
 * Every path under the sandbox except the output folder (project/lambda-layers) and the cache,
 * with its kind, mode and content hash: equal snapshots mean nothing else was written or removed.
 */
export async function snapshot(box: Sandbox, outputDirs: string[] = []): Promise<string[]> {
  const skip = new Set([path.join(box.project, 'lambda-layers'), box.cache, ...outputDirs])
  const lines: string[] = []
  const visit = async (dir: string) => {
    for (const name of (await readdir(dir)).sort()) {
      const file = path.join(dir, name)
      if (skip.has(file)) continue
      const info = await lstat(file)
      const rel = path.relative(box.root, file)
      const mode = (info.mode & 0o7777).toString(8)
      if (info.isDirectory()) {
        lines.push(`d ${rel} ${mode}`)
        await visit(file)
      } else if (info.isSymbolicLink()) lines.push(`l ${rel} -> ${await readlink(file)}`)
      else if (info.isFile()) {
        const digest = createHash('sha256')
          .update(await readFile(file))
          .digest('hex')
        lines.push(`f ${rel} ${mode} ${digest.slice(0, 16)}`)
      } else lines.push(`s ${rel} ${mode}`)
    }
  }
  await visit(box.root)
  return lines
}
