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
