// Creates the tool's own folders (output, cache) and proves them writable before anything is
// installed: a file in the way, a read-only or full disk, or a hung filesystem fails here, early.
import { randomBytes } from 'node:crypto'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { LayerError } from '../errors.js'
import { fsError, isFsError } from './fs-errors.js'
import { SETUP_TIME_LIMIT_MS, withTimeLimit } from './time-limit.js'

/**
 * Makes `dir` (and its parents) and writes and removes a probe file in it. `label` names the
 * folder and the option that sets it, e.g. "output folder (--output-dir)".
 */
export async function ensureWritableFolder(
  dir: string,
  label: string,
  limitMs = SETUP_TIME_LIMIT_MS
): Promise<void> {
  const work = (async () => {
    const existing = await stat(dir).catch(() => undefined)
    if (existing && !existing.isDirectory()) {
      throw new LayerError(`the ${label} ${dir} is a file, not a folder`, {
        hint: 'Remove the file or choose another folder.'
      })
    }
    await mkdir(dir, { recursive: true })
    const probe = path.join(dir, `.lambda-layer-probe-${randomBytes(6).toString('hex')}`)
    await writeFile(probe, 'probe')
    await rm(probe, { force: true })
  })()
  try {
    await withTimeLimit(work, limitMs, `setting up the ${label} ${dir}`)
  } catch (error) {
    if (isFsError(error)) throw fsError(error, label)
    throw error
  }
}
