// Runs external commands as argument arrays (never through a shell) and captures their output.
import { spawn } from 'node:child_process'
import { ToolError } from '../errors.js'

export interface RunOptions {
  cwd?: string
  /** Extra environment variables, merged over the current environment. */
  env?: Record<string, string | undefined>
  /** Called with each line of stderr as it arrives (progress from uv, pip, poetry). */
  onStderrLine?: (line: string) => void
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
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
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
