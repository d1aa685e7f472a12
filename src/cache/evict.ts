// The per-file results folder kept within its size limit after a build (LAMBDA_LAYER_FILE_CACHE_MB):
// the least recently used results go first. Results of another layout version are removed.
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { evictFiles, fileCacheLimit } from '../system/file-results.js'
import type { Logger } from '../system/log.js'

export async function trimFileResults(
  filesDir: string,
  env: Record<string, string | undefined> | undefined,
  log: Logger
): Promise<void> {
  const parent = path.dirname(filesDir)
  for (const name of await readdir(parent).catch(() => [])) {
    if (/^v\d+$/.test(name) && name !== path.basename(filesDir))
      await rm(path.join(parent, name), { recursive: true, force: true })
  }
  const evicted = await evictFiles(filesDir, fileCacheLimit(env))
  if (evicted.files)
    log.info(`per-file cache: ${evicted.files} least recently used results removed`)
}
