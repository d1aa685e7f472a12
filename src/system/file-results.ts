// Per-file results, content-addressed in the cache folder (layout.files): the compressed bytes of a file and the
// stripped form of a shared object, each under the SHA-256 of its input and a tag naming every
// setting that shapes the result. Bounded in size: the least recently used go first.
import { createHash } from 'node:crypto'
import { copyFile, link, open, readdir, rename, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'

/** Default bound on the per-file cache (bytes); LAMBDA_LAYER_FILE_CACHE_MB overrides it. */
const DEFAULT_FILE_CACHE_BYTES = 3 * 1024 * 1024 * 1024

export function fileCacheLimit(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.LAMBDA_LAYER_FILE_CACHE_MB)
  return Number.isFinite(mb) && mb >= 0 && env.LAMBDA_LAYER_FILE_CACHE_MB
    ? mb * 1024 * 1024
    : DEFAULT_FILE_CACHE_BYTES
}

/** A short, file-name-safe tag from the settings that shape a result. */
export function settingsTag(...settings: string[]): string {
  return createHash('sha256').update(settings.join('\0')).digest('hex').slice(0, 16)
}

/** Bytes read at a time to hash a file. */
const HASH_CHUNK_BYTES = 1024 * 1024
/**
 * Read buffers of finished hashes, lent to the next. A read stream allocates a new buffer for every
 * chunk, hundreds of megabytes over a build's shared objects: each either stays resident in malloc's
 * heap once freed or, mapped for itself (system/memory.ts), has its pages faulted in afresh.
 */
const hashBuffers: Buffer[] = []

/** SHA-256 of a file, hex, read a chunk at a time (never whole: layers and shared objects can be large). */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  const buffer = hashBuffers.pop() ?? Buffer.allocUnsafeSlow(HASH_CHUNK_BYTES)
  const handle = await open(file, 'r')
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
    }
    return hash.digest('hex')
  } finally {
    await handle.close()
    hashBuffers.push(buffer)
  }
}

/**
 * Puts a file in place: a hard link when both sides share a file system (no bytes copied), else a
 * copy; always through a temporary name and a rename, so readers never see half a file.
 */
export async function placeFile(source: string, destination: string): Promise<void> {
  const partial = `${destination}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`
  try {
    await link(source, partial).catch(() => copyFile(source, partial))
    await rename(partial, destination)
  } finally {
    await rm(partial, { force: true })
  }
}

/** Marks a result as just used (eviction removes the least recently used first). */
export async function touch(file: string): Promise<void> {
  const now = new Date()
  await utimes(file, now, now).catch(() => undefined)
}

/**
 * Where the result for input `digest` lives: `{root}/{kind}/{tag}/{digest}`. One folder per kind
 * and settings: spread over hundreds of subfolders, each new result costs several times as much
 * to create (ext4 places each folder's files in another block group).
 */
export function resultPath(root: string, kind: string, tag: string, digest: string): string {
  return path.join(root, kind, tag, digest)
}

async function listFiles(dir: string, found: { file: string; bytes: number; time: number }[]) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) await listFiles(full, found)
    else {
      const info = await stat(full).catch(() => undefined)
      if (info) found.push({ file: full, bytes: info.size, time: info.mtimeMs })
    }
  }
}

/**
 * Keeps the per-file cache under `maxBytes`: when over, removes the least recently used results
 * (a hit renews a result's time) until it holds at most three quarters of the bound.
 */
export async function evictFiles(
  root: string,
  maxBytes: number
): Promise<{ files: number; bytes: number }> {
  const found: { file: string; bytes: number; time: number }[] = []
  await listFiles(root, found)
  let total = found.reduce((sum, item) => sum + item.bytes, 0)
  const removed = { files: 0, bytes: 0 }
  if (total <= maxBytes) return removed
  found.sort((a, b) => a.time - b.time)
  for (const item of found) {
    if (total <= maxBytes * 0.75) break
    await rm(item.file, { force: true })
    total -= item.bytes
    removed.files++
    removed.bytes += item.bytes
  }
  return removed
}
