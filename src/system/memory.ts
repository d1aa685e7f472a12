// Keeps the process's memory low while it builds. V8 lets the young generation of the heap grow
// to tens of MiB when much is allocated; the build allocates many short-lived buffers and
// strings, which a small young generation collects just as well.
import v8 from 'node:v8'

/** The young generation's size limit for every JavaScript heap of the build, in MiB. */
export const YOUNG_GENERATION_MB = 1

/** Caps this process's young generation (from its next collection on). */
export function capYoungGeneration(): void {
  v8.setFlagsFromString(`--max-semi-space-size=${YOUNG_GENERATION_MB}`)
}
