// Typed results for tests: the error a promise rejects with, and JSON files read as a given type.
import { readFile } from 'node:fs/promises'

/**
 * The error `promise` rejects with, as `type`; the test fails when it resolves or rejects with
 * something else.
 */
export async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E
): Promise<E> {
  try {
    await promise
  } catch (error) {
    if (error instanceof type) return error
    throw error
  }
  throw new Error(`expected a rejection with ${type.name}, but it resolved`)
}

/** A JSON file the code under test wrote, read as `T` (the test's expectations check it). */
export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T
}

/** What a promisified execFile rejects with when the command exits non-zero. */
export interface FailedRun extends Error {
  code: number
  stdout: string
  stderr: string
}

/**
 * The failure of a command run through promisified execFile (the test fails if it succeeds). Told
 * by its fields, not `instanceof Error`: Node makes it in another realm than jest's tests run in.
 */
export async function failedRun(promise: Promise<unknown>): Promise<FailedRun> {
  try {
    await promise
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'stdout' in error && 'code' in error)
      return error as FailedRun
    throw error
  }
  throw new Error('expected the command to fail, but it succeeded')
}
