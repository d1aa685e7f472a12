// Finds the Python tools a build needs (python, uv, poetry with its export plugin) and installs
// missing ones at pinned versions into a tool directory outside the project, reused on later runs:
// uv with pip (one wheel), then poetry and its plugin with uv (seconds, where pip takes a minute).
import path from 'node:path'
import { ToolError } from '../errors.js'
import type { Logger } from './log.js'
import { placeFolder } from './atomic.js'
import { exists } from './exists.js'
import { compareVersions } from './versions.js'
import { withHeartbeat } from './heartbeat.js'
import { tail, type Runner } from './process.js'

/** Versions installed when the machine lacks a tool. */
const PINNED = {
  uv: '0.13.9',
  poetry: '2.5.1',
  poetryPluginExport: '1.10.1'
} as const

/** A command prefix: the executable and the arguments that come before the tool's own. */
export type Command = readonly [string, ...string[]]

export interface Tools {
  python(): Promise<Command>
  uv(): Promise<Command>
  poetry(): Promise<Command>
  /** Versions of the tools used so far, for the report. */
  versions(): Record<string, string>
  /** Seconds spent installing pinned tools in this process (0 when every tool was there). */
  installSeconds?(): number
}

interface ToolOptions {
  run: Runner
  log: Logger
  /** Where pinned tools are installed, e.g. ~/.cache/lambda-layer/tools. */
  toolDir: string
  /** uv's cache folder, used when uv installs poetry. */
  uvCacheDir?: string
}

/** Tools resolved once per process and shared by every layer of a build. */
export function createTools({ run, log, toolDir, uvCacheDir }: ToolOptions): Tools {
  const found: Record<string, string> = {}
  let installMs = 0
  let installing = 0
  let installStart = 0
  const memo = new Map<string, Promise<Command>>()
  const once = (name: string, find: () => Promise<Command>) => {
    let pending = memo.get(name)
    if (!pending) {
      pending = find()
      memo.set(name, pending)
    }
    return pending
  }

  /** Runs `command --version`; returns the version it prints, or undefined when absent or broken. */
  async function versionOf(command: Command, pattern: RegExp): Promise<string | undefined> {
    try {
      const result = await run(command[0], [...command.slice(1), '--version'])
      return result.code === 0 ? pattern.exec(result.stdout + result.stderr)?.[1] : undefined
    } catch {
      return undefined
    }
  }

  /** Installs into a private folder, then renames it into place so concurrent runs never see half an install. */
  async function installInto(finalDir: string, install: (dir: string) => Promise<void>) {
    // Wall time while any install runs (poetry's install installs uv inside it: counted once).
    if (installing++ === 0) installStart = Date.now()
    try {
      await placeFolder(finalDir, install)
    } finally {
      if (--installing === 0) installMs += Date.now() - installStart
    }
  }

  // The interpreter itself (sys.executable), not a wrapper such as a pyenv shim: pip run through
  // pyenv's shim rehashes pyenv's shims afterwards, and concurrent rehashes (builds side by side)
  // fail the install although pip succeeded.
  const whoAmI =
    'import platform, sys; print("Python", platform.python_version()); print(sys.executable)'
  const python = () =>
    once('python', async () => {
      for (const candidate of ['python3', 'python']) {
        const result = await run(candidate, ['-c', whoAmI]).catch(() => undefined)
        const [first = '', executable = ''] = (result?.code === 0 ? result.stdout : '').split('\n')
        const version = /^Python (\d+\.\d+\.\d+)/.exec(first)?.[1]
        if (version) {
          found.python = version
          return [executable.trim() || candidate] as Command
        }
      }
      throw new ToolError('no Python interpreter found (python3 or python on PATH)', {
        hint: 'Install Python 3.9 or newer, e.g. with actions/setup-python in a workflow.'
      })
    })

  async function pipInstall(args: string[], what: string) {
    const [py] = await python()
    const result = await run(py, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      ...args
    ])
    if (result.code !== 0) {
      throw new ToolError(`could not install ${what} into ${toolDir}:\n${tail(result.stderr)}`, {
        hint: 'Check that the package index is reachable, or put the tool on PATH yourself.'
      })
    }
  }

  const uv = () =>
    once('uv', async () => {
      const onPath = await versionOf(['uv'], /uv (\d+\.\d+\.\d+)/)
      if (onPath && compareVersions(onPath, '0.6.0') >= 0) {
        found.uv = onPath
        return ['uv'] as Command
      }
      const dir = path.join(toolDir, 'uv', PINNED.uv)
      const binary = path.join(dir, 'bin', 'uv')
      if (!(await exists(binary))) {
        log.info(`Installing uv ${PINNED.uv} into ${dir}`)
        await withHeartbeat(log, `installing uv ${PINNED.uv}`, () =>
          installInto(dir, partial =>
            pipInstall(['--target', partial, `uv==${PINNED.uv}`], `uv ${PINNED.uv}`)
          )
        )
      }
      found.uv = PINNED.uv
      return [binary] as Command
    })

  const poetry = () =>
    once('poetry', async () => {
      const onPath = await versionOf(['poetry'], /version (\d+\.\d+\.\d+)/)
      if (onPath && compareVersions(onPath, '2.0.0') >= 0) {
        const hasExport = await run('poetry', ['export', '--help']).then(
          r => r.code === 0,
          () => false
        )
        if (hasExport) {
          found.poetry = onPath
          return ['poetry'] as Command
        }
      }
      const dir = path.join(toolDir, 'poetry', PINNED.poetry)
      const venvPython = path.join(dir, 'bin', 'python')
      if (!(await exists(venvPython))) {
        log.info(`Installing poetry ${PINNED.poetry} with poetry-plugin-export into ${dir}`)
        await withHeartbeat(log, `installing poetry ${PINNED.poetry}`, () =>
          installInto(dir, async partial => {
            const [py] = await python()
            const [uvBin, ...uvArgs] = await uv()
            const env = {
              UV_PYTHON_DOWNLOADS: 'never',
              UV_NO_PROGRESS: '1',
              ...(uvCacheDir ? { UV_CACHE_DIR: uvCacheDir } : {})
            }
            const venv = await run(uvBin, [...uvArgs, 'venv', '--quiet', '--python', py, partial], {
              env
            })
            if (venv.code !== 0)
              throw new ToolError(`could not create a virtualenv for poetry:\n${tail(venv.stderr)}`)
            const result = await run(
              uvBin,
              [
                ...uvArgs,
                'pip',
                'install',
                '--quiet',
                '--python',
                path.join(partial, 'bin', 'python'),
                `poetry==${PINNED.poetry}`,
                `poetry-plugin-export==${PINNED.poetryPluginExport}`
              ],
              { env }
            )
            if (result.code !== 0) {
              throw new ToolError(
                `could not install poetry ${PINNED.poetry}:\n${tail(result.stderr)}`,
                {
                  hint: 'Check that the package index is reachable, or install poetry and poetry-plugin-export yourself.'
                }
              )
            }
          })
        )
      }
      found.poetry = PINNED.poetry
      return [venvPython, '-m', 'poetry'] as Command
    })

  return {
    python,
    uv,
    poetry,
    versions: () => ({ ...found }),
    installSeconds: () => installMs / 1000
  }
}
