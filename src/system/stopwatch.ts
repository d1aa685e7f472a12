// Seconds per stage for the report's profile, to a tenth: each lap adds the time since the last
// lap (or the start) to a stage.

interface Stopwatch<S extends string> {
  /** Seconds per stage so far. */
  seconds: Partial<Record<S, number>>
  /** Adds the time since the last lap to `stage` (a function of its own: no `this`). */
  lap: (stage: S) => void
  /** Records `seconds` measured elsewhere for `stage`. */
  set: (stage: S, seconds: number) => void
  /** Starts the next lap now: the time since the last lap (waiting for a turn) is no stage's. */
  skip: () => void
}

export function stopwatch<S extends string>(): Stopwatch<S> {
  const seconds: Partial<Record<S, number>> = {}
  let mark = Date.now()
  return {
    seconds,
    lap(stage) {
      const now = Date.now()
      seconds[stage] = Math.round(((seconds[stage] ?? 0) * 1000 + now - mark) / 100) / 10
      mark = now
    },
    set(stage, value) {
      seconds[stage] = Math.round(value * 10) / 10
    },
    skip() {
      mark = Date.now()
    }
  }
}
