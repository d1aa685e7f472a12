// The logging seam: the CLI writes to stderr, the action to the workflow log.

/** Where a warning points: the action turns it into an annotation on that file. */
export interface WarningPlace {
  title: string
  /** Absolute path of the file at fault (pyproject.toml). */
  file?: string
}

export interface Logger {
  info(message: string): void
  warn(message: string, place?: WarningPlace): void
  /** Detailed output (tool logs); shown with --verbose or inside a collapsed group. */
  debug(message: string): void
  /** Runs `fn` with its log lines folded under `title` (the action's log groups), when supported. */
  group?<T>(title: string, fn: () => Promise<T>): Promise<T>
}

/** Runs `fn` inside the logger's group `title`, or plainly when the logger has no groups (CLI). */
export function inGroup<T>(log: Logger, title: string, fn: () => Promise<T>): Promise<T> {
  return log.group ? log.group(title, fn) : fn()
}

/** Logger for the command line: progress and warnings on stderr, stdout stays for results. */
export function consoleLogger(verbose = false): Logger {
  return {
    info: message => process.stderr.write(`${message}\n`),
    warn: message => process.stderr.write(`warning: ${message}\n`),
    debug: message => {
      if (verbose) process.stderr.write(`  ${message}\n`)
    }
  }
}

/** Logger that discards everything (tests that only look at results). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, debug: () => {} }

/** A warning that is logged once per key: one notice per cause, however many targets share it. */
export function noticeOnce(log: Logger): (key: string, message: string) => void {
  const seen = new Set<string>()
  return (key, message) => {
    if (seen.has(key)) return
    seen.add(key)
    log.warn(message)
  }
}
