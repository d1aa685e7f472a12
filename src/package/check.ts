// Reads a zip back with an independent reader (yauzl's central directory) before it is reported.
// A zip writeZip just wrote gets the structural check: every local header agrees with its central
// record and the entries lie end to end up to the central directory. Its data need no second look:
// the deflate workers proved each entry's bytes inflate to its file's. With `inflate`, for a zip
// from anywhere else, every entry is inflated and its CRC-32 checked instead. Entries up to 1 MiB
// are read and inflated whole, by position; larger ones stream, so memory stays bounded.
import { closeSync, openSync, readSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import zlib from 'node:zlib'
import { BuildError } from '../errors.js'
import { eachZipEntry, type ZipDirectory, type ZipEntry } from '../files/zip-read.js'

export interface CheckOptions {
  /**
   * Inflate every entry and check its size and CRC-32 (a zip read from disk, written by anything);
   * default false: the structural check, for a zip writeZip wrote, whose workers checked the data.
   */
  inflate?: boolean
}

/** Entries read whole when both their stored and their inflated sizes are at most this. */
const WHOLE_BYTES = 1024 * 1024
const LOCAL_HEADER = 0x04034b50
const LOCAL_HEADER_BYTES = 30

export async function checkZip(
  zipPath: string,
  expectedEntries: number,
  options: CheckOptions = {}
): Promise<void> {
  let count = 0
  const fd = openSync(zipPath, 'r')
  try {
    // Where the next local header must start: the entries lie end to end from the zip's start.
    let next = 0
    const directory: ZipDirectory = await eachZipEntry(zipPath, async entry => {
      count++
      if (options.inflate) {
        const small = entry.raw.compressedSize <= WHOLE_BYTES && entry.size <= WHOLE_BYTES
        const crc = small ? crcByPosition(fd, zipPath, entry) : await crcByStream(zipPath, entry)
        if (crc !== entry.crc32 >>> 0)
          throw new BuildError(`${zipPath}: entry ${entry.name} fails its CRC check`)
      } else next = checkLocalHeader(fd, zipPath, entry, next)
    }).catch((error: unknown) => {
      if (error instanceof BuildError) throw error
      throw new BuildError(`${zipPath}: cannot be read back as a zip (${String(error)})`)
    })
    if (!options.inflate && next !== directory.offset)
      throw new BuildError(
        `${zipPath}: its entries end at byte ${next}, but its central directory starts at byte ${directory.offset}`
      )
  } finally {
    closeSync(fd)
  }
  if (count !== expectedEntries) {
    throw new BuildError(`${zipPath}: ${count} entries read back, ${expectedEntries} written`)
  }
}

/**
 * Checks an entry's local header, read by position, against its central record: where it starts
 * (`at`, the end of the entry before), its signature, name, flags, method, CRC-32 and sizes.
 * Returns where the entry's data end.
 */
function checkLocalHeader(fd: number, zipPath: string, entry: ZipEntry, at: number): number {
  const { localHeaderOffset, method, compressedSize, flags, fileName } = entry.raw
  const fail = (what: string) => new BuildError(`${zipPath}: entry ${entry.name} ${what}`)
  if (localHeaderOffset !== at)
    throw fail(`starts at byte ${localHeaderOffset}, but the entry before it ends at byte ${at}`)
  const header = Buffer.alloc(LOCAL_HEADER_BYTES + fileName.length)
  readAt(fd, zipPath, header, at)
  if (header.readUInt32LE(0) !== LOCAL_HEADER)
    throw fail(`has no local header at byte ${at}, where its central record says`)
  const nameBytes = header.readUInt16LE(26)
  const local = {
    flags: header.readUInt16LE(6),
    method: header.readUInt16LE(8),
    crc: header.readUInt32LE(14),
    'stored size': header.readUInt32LE(18),
    size: header.readUInt32LE(22)
  }
  const central = {
    flags,
    method,
    crc: entry.crc32 >>> 0,
    'stored size': compressedSize,
    size: entry.size
  }
  for (const field of Object.keys(central) as (keyof typeof central)[]) {
    if (local[field] !== central[field])
      throw fail(
        `has ${field} ${local[field]} in its local header, ${central[field]} in the central directory`
      )
  }
  if (nameBytes !== fileName.length || !header.subarray(LOCAL_HEADER_BYTES).equals(fileName))
    throw fail('has another name in its local header than in the central directory')
  if (method !== 0 && method !== 8) throw fail(`uses compression method ${method}`)
  if (method === 0 && compressedSize !== entry.size)
    throw fail(`is stored in ${compressedSize} bytes, but holds ${entry.size}`)
  return at + LOCAL_HEADER_BYTES + nameBytes + header.readUInt16LE(28) + compressedSize
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
  const header = Buffer.alloc(LOCAL_HEADER_BYTES)
  readAt(fd, zipPath, header, localHeaderOffset)
  if (header.readUInt32LE(0) !== LOCAL_HEADER)
    throw new BuildError(`${zipPath}: entry ${entry.name} has no local header where it should`)
  const stored = Buffer.alloc(compressedSize)
  readAt(
    fd,
    zipPath,
    stored,
    localHeaderOffset + LOCAL_HEADER_BYTES + header.readUInt16LE(26) + header.readUInt16LE(28)
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
