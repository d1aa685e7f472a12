// Reads zips (layer zips, wheels) with yauzl, one entry at a time: names and sizes from the central
// directory, an entry's bytes only when asked for, and extraction that streams each entry to disk.
import { createWriteStream } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import { VerifyError } from '../errors.js'

interface ZipEntry {
  /** The entry's path in the zip; a directory's ends with "/". */
  name: string
  /** Unix permission bits from the zip (0 when absent). */
  mode: number
  /** Unzipped bytes, as the central directory says. */
  size: number
  crc32: number
  /** The entry's bytes, inflated; read the stream before the visit of this entry settles. */
  open(): Promise<Readable>
}

/** Visits every entry in zip order, the next only after `visit` settled; the zip is closed after. */
export async function eachZipEntry(
  zipPath: string,
  visit: (entry: ZipEntry) => unknown
): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (error, handle) =>
      error ? reject(error) : resolve(handle)
    )
  )
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const open = () =>
          new Promise<Readable>((opened, failed) =>
            zip.openReadStream(entry, (error, stream) =>
              error || !stream
                ? failed(error ?? new Error(`cannot read ${entry.fileName}`))
                : opened(stream)
            )
          )
        const mode = (entry.externalFileAttributes >>> 16) & 0o7777
        const { fileName: name, uncompressedSize: size, crc32 } = entry
        Promise.resolve()
          .then(() => visit({ name, mode, size, crc32, open }))
          .then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}

/** An entry's whole content (for the few small files a caller picks). */
export async function entryBytes(entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await entry.open()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The first `bytes` bytes of an entry (all of a shorter one); the rest is never inflated. */
export async function entryHead(entry: ZipEntry, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let read = 0
  for await (const chunk of await entry.open()) {
    chunks.push(chunk as Buffer)
    read += (chunk as Buffer).length
    if (read >= bytes) break // leaving the loop destroys the stream
  }
  return Buffer.concat(chunks).subarray(0, bytes)
}

/** Zip path -> unzipped bytes, for every file entry (directories left out); no file is read. */
export async function zipListing(zipPath: string): Promise<Map<string, number>> {
  const files = new Map<string, number>()
  await eachZipEntry(zipPath, entry => {
    if (!entry.name.endsWith('/')) files.set(entry.name, entry.size)
  })
  return files
}

interface ZipFileEntry {
  name: string
  /** Unix permission bits from the zip (0 when absent). */
  mode: number
  data: Buffer
}

/** Entry names of the zip, and the bytes of the entries `wanted` selects (in zip order). */
export async function readZip(
  zipPath: string,
  wanted: (name: string) => boolean
): Promise<{ names: string[]; files: ZipFileEntry[] }> {
  const names: string[] = []
  const files: ZipFileEntry[] = []
  await eachZipEntry(zipPath, async entry => {
    names.push(entry.name)
    if (entry.name.endsWith('/') || !wanted(entry.name)) return
    files.push({ name: entry.name, mode: entry.mode, data: await entryBytes(entry) })
  })
  return { names, files }
}

/**
 * Extracts every entry below `dir` (made world-readable like Lambda's /opt) with the zip's
 * permissions, one entry at a time straight to disk; an entry whose path leaves `dir` stops it.
 */
export async function extractZip(zipPath: string, dir: string): Promise<void> {
  const root = path.resolve(dir)
  await mkdir(root, { recursive: true })
  await chmod(root, 0o755)
  await eachZipEntry(zipPath, async entry => {
    const target = path.resolve(root, entry.name)
    if (!target.startsWith(root + path.sep))
      throw new VerifyError(path.basename(zipPath), [
        `entry ${entry.name} points outside the layer`
      ])
    if (entry.name.endsWith('/')) return mkdir(target, { recursive: true, mode: 0o755 })
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 })
    await pipeline(await entry.open(), createWriteStream(target))
    await chmod(target, entry.mode || 0o644)
  })
}
