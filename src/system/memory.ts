// Keeps the process's memory low while it builds.
// - V8 lets the young generation of the heap grow to tens of MiB when much is allocated; the build
//   allocates many short-lived buffers and strings, which a small young generation collects just as
//   well.
// - glibc's malloc gives each thread that allocates its own arena and keeps what is freed in each
//   for reuse; a build's threads (the deflate workers, libuv's and V8's) hold tens of MiB that way.
//   MALLOC_ARENA_MAX is read only when a process starts, so the entry points start themselves again
//   with it set. The first process only passes signals on and ends as the second does.
import { spawn } from 'node:child_process'
import os from 'node:os'
import v8 from 'node:v8'

/** The young generation's size limit for every JavaScript heap of the build, in MiB. */
export const YOUNG_GENERATION_MB = 1

/** Caps this process's young generation (from its next collection on). */
export function capYoungGeneration(): void {
  v8.setFlagsFromString(`--max-semi-space-size=${YOUNG_GENERATION_MB}`)
}

/** Malloc arenas of the process that builds. */
export const MALLOC_ARENAS = 2

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Runs this program again with MALLOC_ARENA_MAX set, resolving to its exit code; resolves to
 * undefined when this process is to do the work: not Linux, the variable already set (by the user,
 * or this is the second process), or the second process could not start.
 */
export function relaunchWithFewerArenas(): Promise<number | undefined> {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX !== undefined)
    return Promise.resolve(undefined)
  return new Promise(resolve => {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, MALLOC_ARENA_MAX: String(MALLOC_ARENAS) }
    })
    // A terminal's Ctrl-C reaches both processes; the second ignores a repeated signal.
    const pass = (signal: NodeJS.Signals) => child.kill(signal)
    for (const signal of SIGNALS) process.on(signal, pass)
    const done = (code: number | undefined) => {
      for (const signal of SIGNALS) process.off(signal, pass)
      resolve(code)
    }
    child.once('error', () => done(undefined))
    child.once('exit', (code, signal) =>
      done(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0))
    )
  })
}

/**
 * An entry point's start: runs the program again with fewer malloc arenas and exits as it does, or
 * (when this process is to do the work) loads the program with `load`.
 */
export async function startWithFewerArenas(load: () => Promise<unknown>): Promise<void> {
  const code = await relaunchWithFewerArenas()
  if (code !== undefined) process.exit(code)
  await load()
}
