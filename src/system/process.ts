// Runs external commands as argument arrays (never through a shell) and captures their output.
// Each child runs in its own process group with a time limit; an interrupt stops the group.
// Not @actions/exec (3.0.0): its spawn options are only cwd, env and the Windows quoting ones,
// so the child cannot be started `detached` (its own process group), and the child process is
// never handed back, so neither the time limit nor SIGINT/SIGTERM (interrupt.ts) could kill the
// group — pip's, uv's and docker's own children would outlive the build.
import { spawn } from 'node:child_process'
import { ToolError } from '../errors.js'
import { forgetProcessGroup, trackProcessGroup } from './interrupt.js'
import { TOOL_TIME_LIMIT_MS, timeLimitFromEnv } from './time-limit.js'

export interface RunOptions {
  cwd?: string
  /** Extra environment variables, merged over the current environment (or over `baseEnv`). */
  env?: Record<string, string | undefined>
  /** Start from this environment instead of the process's (a scrubbed one for build backends). */
  baseEnv?: Record<string, string | undefined>
  /** Called with each line of stderr as it arrives (progress from uv, pip, poetry). */
  onStderrLine?: (line: string) => void
  /** Time limit in milliseconds (default: 30 minutes, or LAMBDA_LAYER_TIMEOUT seconds). */
  timeoutMs?: number
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** The process seam: the pipeline receives one, tests may wrap it. */
export type Runner = (
  command: string,
  args: readonly string[],
  options?: RunOptions
) => Promise<RunResult>

/** Spawns the command; resolves with its exit code (non-zero is not an exception). */
export const runProcess: Runner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...(options.baseEnv ?? process.env), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const pid = child.pid
    if (pid !== undefined) trackProcessGroup(pid)
    const limit = options.timeoutMs ?? timeLimitFromEnv(TOOL_TIME_LIMIT_MS)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (pid !== undefined) {
        try {
          process.kill(-pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
    }, limit)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let pending = ''
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk)
      if (!options.onStderrLine) return
      pending += chunk.toString('utf8')
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) options.onStderrLine(line)
    })
    child.on('error', error => {
      clearTimeout(timer)
      if (pid !== undefined) forgetProcessGroup(pid)
      const code = (error as NodeJS.ErrnoException).code
      reject(
        new ToolError(
          code === 'ENOENT'
            ? `command not found: ${command}`
            : `could not run ${command}: ${error.message}`
        )
      )
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (pid !== undefined) forgetProcessGroup(pid)
      if (timedOut) {
        reject(
          new ToolError(`${command} ${args[0] ?? ''} did not finish within ${limit / 1000} s`, {
            hint: 'Set LAMBDA_LAYER_TIMEOUT (seconds) to allow more time, or check for a stuck download or build.'
          })
        )
        return
      }
      if (pending.trim() && options.onStderrLine) options.onStderrLine(pending)
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    })
  })

/** The last `count` non-empty lines of a tool's output, for error messages. */
export function tail(text: string, count = 12): string {
  return text
    .split('\n')
    .filter(line => line.trim())
    .slice(-count)
    .join('\n')
}
