// Interrupts: on SIGINT or SIGTERM, stop every child process group, remove the temporary files
// and the outputs of the unfinished build, print one line, and exit 130 or 143.
import { rmSync } from 'node:fs'

const paths = new Set<string>()
const groups = new Set<number>()
const hooks = new Set<() => void>()
let activity = 'starting'
let installed = false

/** Removes `path` (file or folder) if the process is interrupted before `forgetOnInterrupt`. */
export function removeOnInterrupt(path: string): void {
  paths.add(path)
}

export function forgetOnInterrupt(path: string): void {
  paths.delete(path)
}

/** A child started in its own process group (detached), stopped with its group on interrupt. */
export function trackProcessGroup(pid: number): void {
  groups.add(pid)
}

export function forgetProcessGroup(pid: number): void {
  groups.delete(pid)
}

/**
 * Runs `stop` (synchronous) on interrupt, before child groups are stopped: for what a process
 * group does not cover, e.g. a container the Docker engine runs. Returns the function that
 * unregisters it.
 */
export function runOnInterrupt(stop: () => void): () => void {
  hooks.add(stop)
  return () => hooks.delete(stop)
}

/** What the build is doing now, for the one line printed on interrupt. */
export function setActivity(text: string): void {
  activity = text
}

/** Sends `signal` to every tracked group; true when one is still running. */
function signalGroups(signal: NodeJS.Signals | 0): boolean {
  let running = false
  for (const pid of groups) {
    try {
      process.kill(-pid, signal)
      running = true
    } catch {
      groups.delete(pid)
    }
  }
  return running
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Stops children and removes registered paths, synchronously so that no other work of the build
 * runs in between (a zip cannot be renamed into place while this cleans up).
 */
function cleanUpNow(graceMs = 3000): void {
  for (const stop of hooks) {
    try {
      stop()
    } catch {
      // best effort: the rest of the cleanup still runs
    }
  }
  hooks.clear()
  if (signalGroups('SIGTERM')) {
    const deadline = Date.now() + graceMs
    while (Date.now() < deadline && signalGroups(0)) sleep(50)
    signalGroups('SIGKILL')
  }
  for (const path of paths) rmSync(path, { recursive: true, force: true })
  paths.clear()
}

/** Installs the SIGINT/SIGTERM handlers once; `say` prints the one line (stderr or the log). */
export function handleInterrupts(say: (line: string) => void): void {
  if (installed) return
  installed = true
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    // The same signal again (a terminal's Ctrl-C reaches the process that started this one too,
    // which passes it on) waits for the cleanup rather than cutting it short.
    process.removeAllListeners(signal)
    process.on(signal, () => undefined)
    cleanUpNow()
    say(
      `interrupted by ${signal} while ${activity}; stopped its processes and removed temporary files`
    )
    process.exit(code)
  }
  process.once('SIGINT', () => onSignal('SIGINT', 130))
  process.once('SIGTERM', () => onSignal('SIGTERM', 143))
}
