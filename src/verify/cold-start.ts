// Cold-start cost of a layer from the import check: each top-level module imported in a fresh
// interpreter, summed, and the slowest few, so users can weigh layers by what they add to init.
import type { ImportReport } from './imports.js'

export interface ColdStart {
  /** Sum of every module's import time, in seconds (each measured in its own interpreter). */
  totalSeconds: number
  /** Modules imported. */
  modules: number
  /** The slowest modules, slowest first (at most SLOWEST). */
  slowest: { module: string; seconds: number }[]
  /** Where the times were measured (an emulated image is several times slower than Lambda). */
  where: string
}

const SLOWEST = 5

export function coldStart(imports: ImportReport): ColdStart {
  const timed = imports.modules
    .filter(m => m.ok && m.seconds !== undefined)
    .map(m => ({ module: m.module, seconds: m.seconds as number }))
    .sort((a, b) => b.seconds - a.seconds)
  const total = timed.reduce((sum, m) => sum + m.seconds, 0)
  return {
    totalSeconds: Math.round(total * 1000) / 1000,
    modules: timed.length,
    slowest: timed.slice(0, SLOWEST),
    where: imports.where
  }
}
