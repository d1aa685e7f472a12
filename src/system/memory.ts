// Keeps the process's memory low while it builds.
// - V8 lets the young generation of the heap grow to tens of MiB when much is allocated; the build
//   allocates many short-lived buffers and strings, which a small young generation collects just as
//   well.
// - glibc's malloc gives each thread that allocates its own arena and keeps what is freed in each
//   for reuse; a build's threads (the deflate workers, libuv's and V8's) hold tens of MiB that way.
// - glibc serves a block from its heap unless it is larger than the mmap threshold, which grows to
//   the largest mapped block freed (up to 32 MiB): after the first big buffer, files read whole
//   (sources scanned for imports, batches of results) come from the heap, and the freed space stays
//   resident between the blocks still in use. A fixed threshold maps every block over 256 KiB for
//   itself and gives it back when freed.
// glibc reads these settings only when a process starts, so the entry points start themselves
// again with them set. The first process only passes signals on and ends as the second does.
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
/** Blocks larger than this are mapped for themselves and unmapped when freed (bytes). */
export const MALLOC_MMAP_THRESHOLD = 256 * 1024

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Runs this program again with MALLOC_ARENA_MAX and MALLOC_MMAP_THRESHOLD_ set, resolving to its
 * exit code; resolves to undefined when this process is to do the work: not Linux, MALLOC_ARENA_MAX
 * set by the user, this is the second process (the settings are then dropped from its environment,
 * so the installers and compilers it runs start with glibc's defaults), or the second process could
 * not start.
 */
export function relaunchWithMallocSettings(): Promise<number | undefined> {
  if (process.env.LAMBDA_LAYER_RELAUNCHED !== undefined) {
    delete process.env.LAMBDA_LAYER_RELAUNCHED
    delete process.env.MALLOC_ARENA_MAX
    delete process.env.MALLOC_MMAP_THRESHOLD_
    return Promise.resolve(undefined)
  }
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX !== undefined)
    return Promise.resolve(undefined)
  return new Promise(resolve => {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: {
        ...process.env,
        MALLOC_ARENA_MAX: String(MALLOC_ARENAS),
        MALLOC_MMAP_THRESHOLD_: String(MALLOC_MMAP_THRESHOLD),
        // Marks the second process: its malloc settings are not its child processes'.
        LAMBDA_LAYER_RELAUNCHED: '1'
      }
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
 * An entry point's start: runs the program again with its malloc settings and exits as it does, or
 * (when this process is to do the work) loads the program with `load`.
 */
export async function startWithMallocSettings(load: () => Promise<unknown>): Promise<void> {
  const code = await relaunchWithMallocSettings()
  if (code !== undefined) process.exit(code)
  await load()
}
