// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no host-specific extra fields. Streams to disk.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import type { TreeEntry } from './inventory.js'

/** 1980-01-01 00:00:00, the earliest DOS time, built from local fields as the zip format stores them. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0)

export interface ZipResult {
  zippedBytes: number
  /** SHA-256 of the zip, hex. */
  sha256: string
  /** SHA-256 of the zip, base64: Lambda's CodeSha256. */
  codeSha256: string
}

export interface ZipOptions {
  /** zlib level 0-9; default 6. */
  level?: number
}

const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
const DIRECTORY_MODE = 0o40755

export async function writeZip(
  entries: TreeEntry[],
  zipPath: string,
  options: ZipOptions = {}
): Promise<ZipResult> {
  const level = options.level ?? 6
  const zip = new yazl.ZipFile()
  for (const entry of entries) {
    const common = { mtime: FIXED_MTIME, forceDosTimestamp: true }
    if (entry.kind === 'directory') {
      zip.addEmptyDirectory(`${entry.name}/`, { ...common, mode: DIRECTORY_MODE })
    } else {
      // Lazy: a file is opened only when its turn comes, so thousands of files never exhaust descriptors.
      const options = {
        ...common,
        mode: entry.executable ? EXECUTABLE_MODE : FILE_MODE,
        compressionLevel: level,
        size: entry.size
      }
      zip.addReadStreamLazy(entry.name, options, callback =>
        callback(null, createReadStream(entry.source))
      )
    }
  }
  zip.end()

  const partial = `${zipPath}.partial`
  const hash = createHash('sha256')
  let zippedBytes = 0
  zip.outputStream.on('data', (chunk: Buffer) => {
    hash.update(chunk)
    zippedBytes += chunk.length
  })
  try {
    await pipeline(zip.outputStream, createWriteStream(partial))
    await rename(partial, zipPath)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  const digest = hash.digest()
  return { zippedBytes, sha256: digest.toString('hex'), codeSha256: digest.toString('base64') }
}
