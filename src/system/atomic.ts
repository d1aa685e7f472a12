// Atomic outputs: every file is written under a unique temporary name in its own folder and
// renamed into place, so a reader never sees half a file and two writers never share one.
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
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
