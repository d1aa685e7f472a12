// Compiles a layer's Python files to bytecode for the runtime's exact Python version, so a cold
// start reads `.pyc` files instead of compiling every module again (a layer's /opt is read-only,
// so nothing compiled at run time is kept). `unchecked-hash` pycs: the zip's fixed timestamps would
// make timestamp-checked ones stale. The interpreter: a matching one on the host (PATH, pyenv),
// else the build or runtime image. Paths inside the pycs are the layer's paths under /opt.
import { readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BuildError } from '../errors.js'
import type { Docker } from '../system/docker.js'
import { invokingUser } from '../system/docker.js'
import { exists } from '../system/exists.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { COMPILE_SCRIPT } from './bytecode-script.js'

export interface BytecodeResult {
  /** Where it was compiled: a host interpreter's path, or `image NAME`. */
  compiler?: string
  /** Files that did not compile (Python 2 leftovers, templates); they ship as source only. */
  failed: number
  /** Why nothing was compiled, when nothing was. */
  notice?: string
}

interface BytecodeContext {
  run: Runner
  log: Logger
  docker?: Docker
  /** Images that have the runtime's Python, tried in order (the build image, the runtime image). */
  images?: string[]
  env?: Record<string, string | undefined>
  /** Per-file results folder: compiled files are reused by path and content (host compiles). */
  resultsDir?: string
}

/** Host interpreters that may be Python `version`: PATH first, then pyenv's versions. */
async function hostCandidates(version: string, env: Record<string, string | undefined>) {
  const candidates = [`python${version}`]
  const pyenv = env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv')
  const versions = await readdir(path.join(pyenv, 'versions')).catch(() => [] as string[])
  for (const name of versions
    .filter(v => v.startsWith(`${version}.`))
    .sort()
    .reverse()) {
    const binary = path.join(pyenv, 'versions', name, 'bin', `python${version}`)
    if (await exists(binary)) candidates.push(binary)
  }
  return candidates
}

/** Environment of every interpreter run: reproducible output, nothing written beside the sources. */
const pinned = { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' }

/** Host interpreters found, per runner and version: every target of a build compiles with one. */
const found = new WeakMap<Runner, Map<string, Promise<string | undefined>>>()

/**
 * The first host interpreter that is Python `version`, as its own path (sys.executable): a pyenv
 * shim starts a shell on every run, and a shim of a version pyenv has not selected fails only
 * after that. Probed once per runner and version.
 */
function hostInterpreter(version: string, ctx: BytecodeContext): Promise<string | undefined> {
  const env = ctx.env ?? process.env
  const key = [version, env.PATH, env.PYENV_ROOT].join('\0')
  let perRunner = found.get(ctx.run)
  if (!perRunner) found.set(ctx.run, (perRunner = new Map<string, Promise<string | undefined>>()))
  let python = perRunner.get(key)
  if (!python) {
    python = (async () => {
      const probe = [
        '-c',
        'import sys; print("%d.%d" % sys.version_info[:2]); print(sys.executable)'
      ]
      for (const candidate of await hostCandidates(version, env)) {
        const result = await ctx.run(candidate, probe, { env: pinned }).catch(() => undefined)
        const [reported, executable] = (result?.stdout ?? '').trim().split('\n')
        if (result?.code === 0 && reported === version) return executable || candidate
      }
      return undefined
    })()
    perRunner.set(key, python)
  }
  return python
}

/** The compileall arguments: unchecked-hash pycs naming the files as they will be under /opt. */
function compileArgs(siteDir: string, optPath: string): string[] {
  return [
    '-m',
    'compileall',
    '-q',
    '-j',
    '0',
    '--invalidation-mode',
    'unchecked-hash',
    '-s',
    siteDir,
    '-p',
    optPath,
    siteDir
  ]
}

/** Number of "Compiling/Error" failures compileall printed (it exits 1 when any file failed). */
function failuresIn(output: string): number {
  return (output.match(/^\*\*\* (Error compiling|Sorry)/gm) ?? []).length
}

/**
 * Compiles every `.py` under `siteDir` (the layer's site-packages, `sitePackages` inside the zip)
 * with Python `version`. Reproducible: the same sources give the same bytes (fixed hash seed).
 */
export async function compileBytecode(
  siteDir: string,
  sitePackages: string,
  version: string,
  ctx: BytecodeContext
): Promise<BytecodeResult> {
  const optPath = `/opt/${sitePackages}`
  const python = await hostInterpreter(version, ctx)
  if (python) {
    const args = ['-c', COMPILE_SCRIPT, siteDir, optPath, ctx.resultsDir ?? '']
    const result = await ctx.run(python, args, { env: pinned })
    const summary = /^compiled (\d+) reused (\d+)/m.exec(result.stdout)
    if (result.code !== 0 || !summary)
      throw new BuildError(
        `compiling bytecode with ${python} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().slice(-500)}`
      )
    ctx.log.debug(
      `bytecode: ${summary[1]} files compiled, ${summary[2]} reused from the per-file results`
    )
    return { compiler: python, failed: failuresIn(result.stdout + result.stderr) }
  }
  const check = ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])']
  const docker = ctx.docker
  for (const image of ctx.images ?? []) {
    if (!docker || (await docker.engine()).reason) break
    const ok = await docker.ensureImage(image, 'bytecode').then(
      () => true,
      () => false
    )
    if (!ok) continue
    const mount = { source: siteDir, target: '/work/site' }
    const run = (command: string[]) =>
      docker.run({
        image,
        entrypoint: 'python3',
        command,
        user: invokingUser(),
        mounts: [mount],
        env: pinned,
        network: 'none'
      })
    const probe = await run(check).catch(() => undefined)
    if (probe?.code !== 0 || probe.stdout.trim() !== version) continue
    const result = await run(compileArgs('/work/site', optPath))
    return { compiler: `image ${image}`, failed: failuresIn(result.stdout + result.stderr) }
  }
  return {
    failed: 0,
    notice: `no Python ${version} found (PATH, pyenv, or the build/runtime image): the layer ships without bytecode, and every cold start compiles the modules it imports`
  }
}
