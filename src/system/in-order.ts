// Runs a few tasks at a time while the log reads as if they ran one after another: the earliest
// unfinished task logs live, inside its own group; a later one records its lines and replays them
// when its turn comes. Results come back in task order.
import { inGroup, type Logger, type WarningPlace } from './log.js'

/** Runs functions at most `limit` at a time, in the order they were called. */
export function limiter(limit: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0
  const waiting: (() => void)[] = []
  return async fn => {
    while (active >= limit) await new Promise<void>(resolve => waiting.push(resolve))
    active++
    try {
      return await fn()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}

type Line =
  | { level: 'info' | 'debug'; message: string }
  | { level: 'warn'; message: string; place?: WarningPlace }

/** A logger that keeps its lines until it is pointed at the real one, then passes them through. */
function deferredLogger(): { log: Logger; goLive: (target: Logger) => void } {
  const lines: Line[] = []
  let live: Logger | undefined
  const emit = (line: Line, to: Logger) =>
    line.level === 'warn' ? to.warn(line.message, line.place) : to[line.level](line.message)
  const take = (line: Line) => (live ? emit(line, live) : lines.push(line))
  return {
    log: {
      info: message => take({ level: 'info', message }),
      warn: (message, place) => take({ level: 'warn', message, place }),
      debug: message => take({ level: 'debug', message })
    },
    goLive(target) {
      for (const line of lines.splice(0)) emit(line, target)
      live = target
    }
  }
}

/**
 * Runs `task` for every item, at most `limit` at a time, and returns the results in item order.
 * Each task logs through the logger it is given; its lines appear in item order, under `title`'s
 * group when it names one. When a task fails, the others still finish before the error is raised.
 */
export async function inOrder<T, R>(
  items: T[],
  options: { limit: number; log: Logger; title?: (item: T, index: number) => string },
  task: (item: T, log: Logger, index: number) => Promise<R>
): Promise<R[]> {
  const { log, title } = options
  const run = limiter(Math.max(1, options.limit))
  const outputs = items.map(() => deferredLogger())
  const started = items.map((item, index) =>
    run(() => task(item, (outputs[index] as ReturnType<typeof deferredLogger>).log, index))
  )
  for (const pending of started) pending.catch(() => undefined) // each is awaited in turn below
  const results: R[] = []
  try {
    for (const [index, item] of items.entries()) {
      const turn = () => {
        outputs[index]?.goLive(log)
        return started[index] as Promise<R>
      }
      results.push(await (title ? inGroup(log, title(item, index), turn) : turn()))
    }
  } catch (error) {
    await Promise.allSettled(started)
    throw error
  }
  return results
}

/** Runs two tasks at once; the second's log lines follow the first's. */
export async function bothInOrder<A, B>(
  log: Logger,
  first: (log: Logger) => Promise<A>,
  second: (log: Logger) => Promise<B>
): Promise<[A, B]> {
  const tasks: ((log: Logger) => Promise<unknown>)[] = [first, second]
  const [a, b] = await inOrder(tasks, { limit: 2, log }, (task, log) => task(log))
  return [a as A, b as B]
}
