// Atomic outputs: every file (or installed folder) is written under a unique temporary name beside
// it and renamed into place, so a reader never sees half of one and two writers never share one.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { exists } from './exists.js'
import { forgetOnInterrupt, removeOnInterrupt } from './interrupt.js'
import { guardPath } from './paths.js'

/** A fresh temporary name next to `file` (same folder, so the final rename is atomic). */
export function temporaryNameFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`
  )
}

/** Writes `data` to `file` through a temporary name; on failure nothing is left under either. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  guardPath(file, 'output file')
  const temporary = temporaryNameFor(file)
  removeOnInterrupt(temporary)
  try {
    await writeFile(temporary, data)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  } finally {
    forgetOnInterrupt(temporary)
  }
}

/**
 * Fills a private folder beside `dir` and renames it into place (pinned tools, the SDK set). When
 * another process put `dir` in place meanwhile (`ready(dir)`), theirs is as good and is kept.
 */
export async function placeFolder(
  dir: string,
  fill: (partial: string) => Promise<void>,
  ready: (dir: string) => Promise<boolean> = exists
): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`
  await rm(partial, { recursive: true, force: true })
  await mkdir(path.dirname(dir), { recursive: true })
  try {
    await fill(partial)
    await rename(partial, dir).catch(async error => {
      if (!(await ready(dir))) throw error
    })
  } finally {
    await rm(partial, { recursive: true, force: true })
  }
}
