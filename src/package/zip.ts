// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no extra fields. Files are deflated in parallel on the libuv
// thread pool within a bounded memory window, and written in order, streaming to disk.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
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
  /** Uncompressed bytes read ahead of the writer at most (a larger single file is still read). */
  windowBytes?: number
}

const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
const DIRECTORY_MODE = 0o40755
const UTF8_FLAG = 0x0800
const MAX_32 = 0xffffffff

interface Prepared {
  name: Buffer
  method: 0 | 8
  crc: number
  size: number
  data: Buffer
  mode: number
}

/** DOS date and time fields from UTC components, clamped to the format's 1980 start. */
export function dosDateTime(epochSeconds: number): { date: number; time: number } {
  const d = new Date(Math.max(epochSeconds * 1000, Date.UTC(1980, 0, 1)))
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
  }
}

async function prepare(entry: TreeEntry, level: number): Promise<Prepared> {
  if (entry.kind === 'directory') {
    return {
      name: Buffer.from(`${entry.name}/`),
      method: 0,
      crc: 0,
      size: 0,
      data: Buffer.alloc(0),
      mode: DIRECTORY_MODE
    }
  }
  const raw = await readFile(entry.source)
  const mode = entry.executable ? EXECUTABLE_MODE : FILE_MODE
  const crc = zlib.crc32(raw)
  if (level > 0 && raw.length > 0) {
    const deflated = await deflateRaw(raw, { level })
    // Data that does not shrink is stored, as Info-ZIP does.
    if (deflated.length < raw.length)
      return {
        name: Buffer.from(entry.name),
        method: 8,
        crc,
        size: raw.length,
        data: deflated,
        mode
      }
  }
  return { name: Buffer.from(entry.name), method: 0, crc, size: raw.length, data: raw, mode }
}

export async function writeZip(
  entries: TreeEntry[],
  zipPath: string,
  options: ZipOptions = {}
): Promise<ZipResult> {
  const level = options.level ?? 6
  const window = options.windowBytes ?? 64 * 1024 * 1024
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
    const central: Buffer[] = []
    // Jobs start in order while the window has room; the writer consumes them in the same order.
    const jobs = new Map<number, Promise<Prepared>>()
    let started = 0
    let inFlight = 0
    const fill = () => {
      while (started < entries.length) {
        const entry = entries[started] as TreeEntry
        if (inFlight > 0 && inFlight + entry.size > window) break
        inFlight += entry.size
        jobs.set(started, prepare(entry, level))
        started++
      }
    }
    fill()
    for (let i = 0; i < entries.length; i++) {
      const item = await (jobs.get(i) as Promise<Prepared>)
      jobs.delete(i)
      inFlight -= (entries[i] as TreeEntry).size
      if (offset > MAX_32 || item.size > MAX_32) {
        throw new BuildError(`${zipPath}: over 4 GiB, far beyond what Lambda accepts for a layer`)
      }
      const header = Buffer.alloc(30)
      header.writeUInt32LE(0x04034b50, 0)
      header.writeUInt16LE(20, 4)
      header.writeUInt16LE(UTF8_FLAG, 6)
      header.writeUInt16LE(item.method, 8)
      header.writeUInt16LE(time, 10)
      header.writeUInt16LE(date, 12)
      header.writeUInt32LE(item.crc, 14)
      header.writeUInt32LE(item.data.length, 18)
      header.writeUInt32LE(item.size, 22)
      header.writeUInt16LE(item.name.length, 26)
      header.writeUInt16LE(0, 28)
      central.push(centralHeader(item, header, offset))
      await write(header)
      await write(item.name)
      fill()
      if (item.data.length) await write(item.data)
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

function centralHeader(item: Prepared, local: Buffer, offset: number): Buffer {
  const record = Buffer.alloc(46 + item.name.length)
  record.writeUInt32LE(0x02014b50, 0)
  record.writeUInt16LE((3 << 8) | 20, 4) // made by: Unix, zip 2.0
  local.copy(record, 6, 4, 30) // version needed .. extra length: same fields as the local header
  record.writeUInt16LE(0, 32) // comment length
  record.writeUInt16LE(0, 34) // disk number
  record.writeUInt16LE(0, 36) // internal attributes
  record.writeUInt32LE(((item.mode << 16) | (item.mode & 0o40000 ? 0x10 : 0)) >>> 0, 38)
  record.writeUInt32LE(offset, 42)
  item.name.copy(record, 46)
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
