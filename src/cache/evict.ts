// The per-file results folder kept within its size limit after a build (LAMBDA_LAYER_FILE_CACHE_MB):
// the least recently used results go first.
import { evictFiles, fileCacheLimit } from '../system/file-results.js'
import type { Logger } from '../system/log.js'

export async function trimFileResults(
  filesDir: string,
  env: Record<string, string | undefined> | undefined,
  log: Logger
): Promise<void> {
  const evicted = await evictFiles(filesDir, fileCacheLimit(env))
  if (evicted.files)
    log.info(`per-file cache: ${evicted.files} least recently used results removed`)
}
