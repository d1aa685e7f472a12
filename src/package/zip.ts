// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no extra fields. Files are cut into 1 MiB chunks deflated in
// parallel on the libuv thread pool (each primed with the 32 KiB before it, as pigz does), within
// a bounded memory window, and written in order, streaming to disk.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { BuildError } from '../errors.js'
import type { TreeEntry } from './inventory.js'

const deflateRaw = promisify(zlib.deflateRaw)

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
  /** Timestamp of every entry, in seconds since the epoch (SOURCE_DATE_EPOCH); default 1980-01-01. */
  epochSeconds?: number
  /** Bytes read and compressed ahead of the writer at most; default 32 MiB. */
  windowBytes?: number
}

/** Files are compressed in pieces of this size, so one large library still uses every core. */
export const CHUNK_BYTES = 1024 * 1024
const DICTIONARY_BYTES = 32 * 1024
/** Pieces in flight at most: each holds a zlib stream (about 300 KiB of native memory) while it waits. */
const MAX_PIECES_IN_FLIGHT = 16
const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
const DIRECTORY_MODE = 0o40755
const UTF8_FLAG = 0x0800
const DATA_DESCRIPTOR_FLAG = 0x0008
const MAX_32 = 0xffffffff

/** One unit of work: a directory, a whole small file, or one chunk of a large file. */
interface Piece {
  entry: number
  offset: number
  length: number
  /** The last (or only) chunk of its file. */
  last: boolean
}

interface Compressed {
  raw: Buffer
  data: Buffer
}

/** DOS date and time fields from UTC components, clamped to the format's 1980 start. */
export function dosDateTime(epochSeconds: number): { date: number; time: number } {
  const d = new Date(Math.max(epochSeconds * 1000, Date.UTC(1980, 0, 1)))
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
  }
}

function piecesOf(entries: TreeEntry[]): Piece[] {
  const pieces: Piece[] = []
  entries.forEach((entry, index) => {
    if (entry.kind === 'directory' || entry.size <= CHUNK_BYTES) {
      pieces.push({ entry: index, offset: 0, length: entry.size, last: true })
      return
    }
    for (let offset = 0; offset < entry.size; offset += CHUNK_BYTES) {
      const length = Math.min(CHUNK_BYTES, entry.size - offset)
      pieces.push({ entry: index, offset, length, last: offset + length >= entry.size })
    }
  })
  return pieces
}

/** Reads a piece (and the 32 KiB before it, the deflate dictionary) and compresses it. */
async function compress(entry: TreeEntry, piece: Piece, level: number): Promise<Compressed> {
  if (entry.kind === 'directory' || piece.length === 0)
    return { raw: Buffer.alloc(0), data: Buffer.alloc(0) }
  const start = Math.max(0, piece.offset - DICTIONARY_BYTES)
  const buffer = Buffer.alloc(piece.offset + piece.length - start)
  const handle = await open(entry.source, 'r')
  try {
    let read = 0
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, start + read)
      if (bytesRead === 0)
        throw new BuildError(`${entry.name} changed size while it was being zipped`)
      read += bytesRead
    }
  } finally {
    await handle.close()
  }
  const raw = buffer.subarray(piece.offset - start)
  if (level === 0) return { raw, data: raw }
  const options: zlib.ZlibOptions = { level }
  if (piece.offset > 0) options.dictionary = buffer.subarray(0, piece.offset - start)
  // Every chunk but the last ends on a byte boundary without the final-block bit, so the
  // chunks of a file concatenate into one deflate stream.
  if (!piece.last) options.finishFlush = zlib.constants.Z_FULL_FLUSH
  return { raw, data: await deflateRaw(raw, options) }
}

export async function writeZip(
  entries: TreeEntry[],
  zipPath: string,
  options: ZipOptions = {}
): Promise<ZipResult> {
  const level = options.level ?? 6
  const window = options.windowBytes ?? 32 * 1024 * 1024
  const { date, time } = dosDateTime(options.epochSeconds ?? 315532800)
  const partial = `${zipPath}.partial`
  const out = createWriteStream(partial)
  const hash = createHash('sha256')
  let offset = 0
  const write = async (chunk: Buffer) => {
    hash.update(chunk)
    offset += chunk.length
    if (!out.write(chunk)) await once(out, 'drain')
  }

  try {
    const pieces = piecesOf(entries)
    const central: Buffer[] = []
    // Pieces start in order while the window has room; the writer consumes them in the same order.
    const jobs = new Map<number, Promise<Compressed>>()
    let started = 0
    let inFlight = 0
    const fill = () => {
      while (started < pieces.length) {
        const piece = pieces[started] as Piece
        if (jobs.size >= MAX_PIECES_IN_FLIGHT || (inFlight > 0 && inFlight + piece.length > window))
          break
        inFlight += piece.length
        jobs.set(started, compress(entries[piece.entry] as TreeEntry, piece, level))
        started++
      }
    }

    let current:
      | {
          header: Buffer
          name: Buffer
          mode: number
          start: number
          crc: number
          compressed: number
        }
      | undefined
    fill()
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as Piece
      const entry = entries[piece.entry] as TreeEntry
      const { raw, data } = await (jobs.get(i) as Promise<Compressed>)
      jobs.delete(i)
      inFlight -= piece.length
      fill()

      if (piece.offset === 0) {
        const name = Buffer.from(entry.kind === 'directory' ? `${entry.name}/` : entry.name)
        const mode =
          entry.kind === 'directory'
            ? DIRECTORY_MODE
            : entry.executable
              ? EXECUTABLE_MODE
              : FILE_MODE
        const chunked = !piece.last
        const header = Buffer.alloc(30)
        header.writeUInt32LE(0x04034b50, 0)
        header.writeUInt16LE(20, 4)
        header.writeUInt16LE(UTF8_FLAG | (chunked ? DATA_DESCRIPTOR_FLAG : 0), 6)
        header.writeUInt16LE(time, 10)
        header.writeUInt16LE(date, 12)
        header.writeUInt16LE(name.length, 26)
        current = { header, name, mode, start: offset, crc: 0, compressed: 0 }
        if (!chunked) {
          // A whole file in one piece: sizes are known up front; data that does not shrink is stored.
          const stored = level === 0 || data.length >= raw.length
          const body = stored ? raw : data
          current.crc = zlib.crc32(raw)
          current.compressed = body.length
          header.writeUInt16LE(stored || entry.kind === 'directory' ? 0 : 8, 8)
          header.writeUInt32LE(current.crc, 14)
          header.writeUInt32LE(body.length, 18)
          header.writeUInt32LE(raw.length, 22)
          await write(header)
          await write(name)
          if (body.length) await write(body)
        } else {
          // Sizes and CRC follow the data (in a data descriptor); the central record gets them too.
          header.writeUInt16LE(level === 0 ? 0 : 8, 8)
          await write(Buffer.from(header))
          await write(name)
        }
      }
      if (!current) throw new BuildError(`zip writer lost its place at ${entry.name}`)
      if (!(piece.offset === 0 && piece.last)) {
        current.crc = zlib.crc32(raw, current.crc)
        current.compressed += data.length
        await write(data)
      }
      if (piece.last) {
        const header = current.header
        if (piece.offset > 0) {
          header.writeUInt32LE(current.crc, 14)
          header.writeUInt32LE(current.compressed, 18)
          header.writeUInt32LE(entry.size, 22)
          const descriptor = Buffer.alloc(16)
          descriptor.writeUInt32LE(0x08074b50, 0)
          descriptor.writeUInt32LE(current.crc, 4)
          descriptor.writeUInt32LE(current.compressed, 8)
          descriptor.writeUInt32LE(entry.size, 12)
          await write(descriptor)
        }
        if (offset > MAX_32 || entry.size > MAX_32) {
          throw new BuildError(`${zipPath}: over 4 GiB, far beyond what Lambda accepts for a layer`)
        }
        central.push(centralHeader(current.name, current.mode, header, current.start))
        current = undefined
      }
    }
    const centralStart = offset
    for (const record of central) await write(record)
    await write(endOfCentralDirectory(central.length, offset - centralStart, centralStart))
    out.end()
    await once(out, 'finish')
    await rename(partial, zipPath)
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  }
  const digest = hash.digest()
  return {
    zippedBytes: offset,
    sha256: digest.toString('hex'),
    codeSha256: digest.toString('base64')
  }
}

/** The central directory record of an entry; its fields after the version repeat the local header's. */
function centralHeader(name: Buffer, mode: number, local: Buffer, offset: number): Buffer {
  const record = Buffer.alloc(46 + name.length)
  record.writeUInt32LE(0x02014b50, 0)
  record.writeUInt16LE((3 << 8) | 20, 4) // made by: Unix, zip 2.0
  local.copy(record, 6, 4, 30) // version needed .. extra length
  record.writeUInt16LE(0, 32) // comment length
  record.writeUInt16LE(0, 34) // disk number
  record.writeUInt16LE(0, 36) // internal attributes
  record.writeUInt32LE(((mode << 16) | (mode & 0o40000 ? 0x10 : 0)) >>> 0, 38)
  record.writeUInt32LE(offset, 42)
  name.copy(record, 46)
  return record
}

/** End of central directory, with the Zip64 records first when there are more than 65,535 entries. */
function endOfCentralDirectory(count: number, size: number, start: number): Buffer {
  const parts: Buffer[] = []
  if (count > 0xffff) {
    const zip64 = Buffer.alloc(56)
    zip64.writeUInt32LE(0x06064b50, 0)
    zip64.writeBigUInt64LE(44n, 4)
    zip64.writeUInt16LE((3 << 8) | 45, 12)
    zip64.writeUInt16LE(45, 14)
    zip64.writeBigUInt64LE(BigInt(count), 24)
    zip64.writeBigUInt64LE(BigInt(count), 32)
    zip64.writeBigUInt64LE(BigInt(size), 40)
    zip64.writeBigUInt64LE(BigInt(start), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(start + size), 8)
    locator.writeUInt32LE(1, 16)
    parts.push(zip64, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(count, 0xffff), 8)
  end.writeUInt16LE(Math.min(count, 0xffff), 10)
  end.writeUInt32LE(size, 12)
  end.writeUInt32LE(start, 16)
  parts.push(end)
  return Buffer.concat(parts)
}
