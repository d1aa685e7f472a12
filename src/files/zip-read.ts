// Reads zips (layer zips, wheels) with yauzl, one entry at a time: names and sizes from the central
// directory, an entry's bytes only when asked for, and extraction that streams each entry to disk.
import { closeSync, createReadStream, createWriteStream, fstatSync, openSync } from 'node:fs'
import { read, readSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import yauzl from 'yauzl'
import { VerifyError } from '../errors.js'

export interface ZipEntry {
  /** The entry's path in the zip; a directory's ends with "/". */
  name: string
  /** Unix permission bits from the zip (0 when absent). */
  mode: number
  /** Unzipped bytes, as the central directory says. */
  size: number
  crc32: number
  /**
   * Its record in the central directory: local header offset, method, stored size, general purpose
   * flags and the name's bytes as stored.
   */
  raw: {
    localHeaderOffset: number
    method: number
    compressedSize: number
    flags: number
    fileName: Buffer
  }
  /** The entry's bytes, inflated; read the stream before the visit of this entry settles. */
  open(): Promise<Readable>
}

/** Where the central directory is, as the end record says. */
export interface ZipDirectory {
  offset: number
}

/** Small reads (headers, the central directory) come from one cached block of the file. */
const BLOCK_BYTES = 16 * 1024

/**
 * yauzl's reader for a zip file. yauzl reads each central directory record and each local header
 * with a read of its own; through the thread pool, as its file reader does, that costs more than
 * everything else for the thousands of entries of a layer. Here they are served from a block read
 * synchronously (the file is open and mostly in the page cache), and entry data streams.
 */
class ZipFileReader extends yauzl.RandomAccessReader {
  private readonly buffer = Buffer.allocUnsafe(BLOCK_BYTES)
  /** The cached block: `buffer` up to `blockBytes`, read from `blockAt`. */
  private blockAt = 0
  private blockBytes = 0
  private fd: number | undefined

  constructor(fd: number) {
    super()
    this.fd = fd
  }

  private readInto(buffer: Buffer, offset: number, length: number, position: number): number {
    let read = 0
    while (read < length) {
      const got = readSync(this.open(), buffer, offset + read, length - read, position + read)
      if (got === 0) break
      read += got
    }
    return read
  }

  private open(): number {
    if (this.fd === undefined) throw new Error('zip already closed')
    return this.fd
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (error: Error | null, bytesRead?: number) => void
  ): void {
    let read: number
    try {
      const start = position - this.blockAt
      if (start >= 0 && start + length <= this.blockBytes) {
        read = this.buffer.copy(buffer, offset, start, start + length)
      } else if (length > BLOCK_BYTES) {
        read = this.readInto(buffer, offset, length, position)
      } else {
        this.blockBytes = 0 // until the block is read whole
        this.blockBytes = this.readInto(this.buffer, 0, BLOCK_BYTES, position)
        this.blockAt = position
        read = this.buffer.copy(buffer, offset, 0, Math.min(length, this.blockBytes))
      }
    } catch (error) {
      process.nextTick(callback, error)
      return
    }
    process.nextTick(callback, null, read)
  }

  override _readStreamForRange(start: number, end: number): Readable {
    // Reads by position on the zip's descriptor; a stream destroyed early must not close it.
    const fs = { read, close: (_fd: number, done: (error: null) => void) => done(null) }
    return createReadStream('', { fd: this.open(), start, end: end - 1, fs })
  }

  override close(callback: (error: Error | null) => void): void {
    const fd = this.fd
    this.fd = undefined
    try {
      if (fd !== undefined) closeSync(fd)
    } catch (error) {
      process.nextTick(callback, error)
      return
    }
    process.nextTick(callback, null)
  }
}

async function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  const fd = openSync(zipPath, 'r')
  const reader = new ZipFileReader(fd)
  try {
    const size = fstatSync(fd).size
    return await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromRandomAccessReader(
        reader,
        size,
        { lazyEntries: true, autoClose: false },
        (error, handle) => (error ? reject(error) : resolve(handle))
      )
    )
  } catch (error) {
    reader.close(() => undefined)
    throw error
  }
}

/**
 * Visits every entry in zip order, the next only after `visit` settled; the zip is closed after.
 * Returns where the central directory is.
 */
export async function eachZipEntry(
  zipPath: string,
  visit: (entry: ZipEntry) => unknown
): Promise<ZipDirectory> {
  const zip = await openZip(zipPath)
  // yauzl starts reading entries at the central directory's offset (from the end record).
  const directory = { offset: Number(zip.readEntryCursor) }
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
        const raw = {
          localHeaderOffset: entry.relativeOffsetOfLocalHeader,
          method: entry.compressionMethod,
          compressedSize: entry.compressedSize,
          flags: entry.generalPurposeBitFlag,
          fileName: entry.fileNameRaw
        }
        Promise.resolve()
          .then(() => visit({ name, mode, size, crc32, raw, open }))
          .then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return directory
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
 * permissions, one entry at a time straight to disk; an entry whose path leaves `dir`, or whose
 * bytes do not match its CRC-32 (a damaged zip), stops it.
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
    let crc = 0
    const checksum = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        crc = crc32(chunk, crc)
        done(null, chunk)
      }
    })
    await pipeline(await entry.open(), checksum, createWriteStream(target))
    if (crc >>> 0 !== entry.crc32 >>> 0)
      throw new VerifyError(path.basename(zipPath), [
        `entry ${entry.name} does not match its CRC-32: the zip is damaged`
      ])
    await chmod(target, entry.mode || 0o644)
  })
}
