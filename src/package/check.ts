// Reads a freshly written zip back with an independent reader (yauzl's central directory) and
// checks its entry count and every entry's CRC-32 before the zip is reported. Entries up to 1 MiB
// are read and inflated whole, by position (a stream per entry costs more than the work for
// the thousands of small files a layer holds); larger ones stream, so memory stays bounded.
import { closeSync, openSync, readSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import zlib from 'node:zlib'
import { BuildError } from '../errors.js'
import { eachZipEntry, type ZipEntry } from '../files/zip-read.js'

/** Entries read whole when both their stored and their inflated sizes are at most this. */
const WHOLE_BYTES = 1024 * 1024
const LOCAL_HEADER = 0x04034b50

export async function checkZip(zipPath: string, expectedEntries: number): Promise<void> {
  let count = 0
  const fd = openSync(zipPath, 'r')
  try {
    await eachZipEntry(zipPath, async entry => {
      count++
      const small = entry.raw.compressedSize <= WHOLE_BYTES && entry.size <= WHOLE_BYTES
      const crc = small ? crcByPosition(fd, zipPath, entry) : await crcByStream(zipPath, entry)
      if (crc !== entry.crc32 >>> 0)
        throw new BuildError(`${zipPath}: entry ${entry.name} fails its CRC check`)
    })
  } finally {
    closeSync(fd)
  }
  if (count !== expectedEntries) {
    throw new BuildError(`${zipPath}: ${count} entries read back, ${expectedEntries} written`)
  }
}

function readAt(fd: number, zipPath: string, bytes: Buffer, position: number): void {
  let read = 0
  while (read < bytes.length) {
    const got = readSync(fd, bytes, read, bytes.length - read, position + read)
    if (got === 0) throw new BuildError(`${zipPath}: ends inside an entry`)
    read += got
  }
}

/** CRC-32 of a small entry: its local header and data read by position, inflated in one go. */
function crcByPosition(fd: number, zipPath: string, entry: ZipEntry): number {
  const { localHeaderOffset, method, compressedSize } = entry.raw
  const header = Buffer.alloc(30)
  readAt(fd, zipPath, header, localHeaderOffset)
  if (header.readUInt32LE(0) !== LOCAL_HEADER)
    throw new BuildError(`${zipPath}: entry ${entry.name} has no local header where it should`)
  const stored = Buffer.alloc(compressedSize)
  readAt(
    fd,
    zipPath,
    stored,
    localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  )
  let data: Buffer
  if (method === 0) data = stored
  else if (method === 8) {
    try {
      data = zlib.inflateRawSync(stored)
    } catch (error) {
      throw new BuildError(`${zipPath}: entry ${entry.name} does not inflate (${String(error)})`)
    }
  } else throw new BuildError(`${zipPath}: entry ${entry.name} uses compression method ${method}`)
  if (data.length !== entry.size)
    throw new BuildError(
      `${zipPath}: entry ${entry.name} holds ${data.length} bytes, not ${entry.size}`
    )
  return zlib.crc32(data) >>> 0
}

async function crcByStream(zipPath: string, entry: ZipEntry): Promise<number> {
  let crc = 0
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      crc = zlib.crc32(chunk, crc)
      done()
    }
  })
  try {
    await pipeline(await entry.open(), sink)
  } catch (error) {
    throw new BuildError(`${zipPath}: entry ${entry.name} does not read back (${String(error)})`)
  }
  return crc >>> 0
}
