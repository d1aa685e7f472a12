// Creates the tool's own folders (output, cache) and proves them writable before anything is
// installed: a file in the way, a read-only or full disk, or a hung filesystem fails here, early.
import { randomBytes } from 'node:crypto'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { LayerError } from '../errors.js'
import { fsError, isFsError } from './fs-errors.js'
import { SETUP_TIME_LIMIT_MS, timeLimitFromEnv, withTimeLimit } from './time-limit.js'

/** Makes `dir` one level at a time (a recursive mkdir hides EROFS behind ENOENT, or hangs on /proc). */
async function makeFolders(dir: string, label: string): Promise<void> {
  const missing: string[] = []
  let current = dir
  for (;;) {
    const info = await stat(current).catch(() => undefined)
    if (info) {
      if (!info.isDirectory())
        throw new LayerError(`the ${label} ${dir}: ${current} is a file, not a folder`, {
          hint: 'Remove the file or choose another folder.'
        })
      break
    }
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

/**
 * Makes `dir` (and its parents) and writes and removes a probe file in it. `label` names the
 * folder, e.g. "output folder".
 */
export async function ensureWritableFolder(
  dir: string,
  label: string,
  limitMs = timeLimitFromEnv(SETUP_TIME_LIMIT_MS, process.env, 'LAMBDA_LAYER_SETUP_TIMEOUT')
): Promise<void> {
  const work = (async () => {
    await makeFolders(dir, label)
    const probe = path.join(dir, `.lambda-layer-probe-${randomBytes(6).toString('hex')}`)
    try {
      await writeFile(probe, 'probe')
    } finally {
      await rm(probe, { force: true })
    }
  })()
  try {
    await withTimeLimit(work, limitMs, `setting up the ${label} ${dir}`)
  } catch (error) {
    if (isFsError(error)) throw fsError(error, label, dir)
    throw error
  }
}
