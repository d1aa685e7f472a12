// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no extra fields. Files are read, checksummed and deflated
// whole by a pool of workers (libdeflate, one worker per core), within a bounded memory window,
// and written in order, streaming to disk.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { temporaryNameFor } from '../system/atomic.js'
import { forgetOnInterrupt, removeOnInterrupt } from '../system/interrupt.js'
import { guardPath } from '../system/paths.js'
import { once } from 'node:events'
import path from 'node:path'
import { BuildError } from '../errors.js'
import { settingsTag } from '../system/file-results.js'
import { DeflatePool, deflateEngineId, type Deflated, type DeflatedBatch } from './deflate/pool.js'
import type { KnownContent } from './deflate/messages.js'
import type { TreeEntry } from '../files/tree.js'

export interface ZipResult {
  zippedBytes: number
  /** SHA-256 of the zip, hex. */
  sha256: string
  /** SHA-256 of the zip, base64: Lambda's CodeSha256. */
  codeSha256: string
}

interface ZipOptions {
  /** Deflate level 0-12 (0 stores, 12 is the smallest and slowest); default 6. */
  level?: number
  /** Timestamp of every entry, in seconds since the epoch (SOURCE_DATE_EPOCH); default 1980-01-01. */
  epochSeconds?: number
  /**
   * Bytes of files being compressed or waiting to be written, at most (one larger file still goes
   * alone); default WINDOW_BYTES. Each worker holds its files and their results in memory.
   */
  windowBytes?: number
  /** Deflate workers; default one per core. */
  threads?: number
  /**
   * Per-file cache folder: compressed bytes are looked up by content, level and deflate engine, so
   * files another layer or run already compressed are copied; the zip's bytes are the same.
   */
  resultsDir?: string
}

/**
 * Bytes of files in flight by default: enough to keep every worker busy with 1 MiB batches while
 * the writer catches up, small enough that results waiting to be written stay a few megabytes.
 */
const WINDOW_BYTES = 16 * 1024 * 1024

/** Files smaller than this are compressed again rather than looked up (a lookup costs more). */
const CACHE_MIN_BYTES = 4096

const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
const DIRECTORY_MODE = 0o40755
const UTF8_FLAG = 0x0800
const MAX_32 = 0xffffffff
/** Small files travel to a worker together, up to this many bytes or files a batch. */
const BATCH_BYTES = 1024 * 1024
const BATCH_FILES = 256

/**
 * The CRC-32 and SHA-256 of file contents this process has compressed or looked up, by the files'
 * identity (walkTree): a later zip holding the same unchanged file (another layer's hard link to
 * it) takes its cached result without reading it. Cleared when it grows past KNOWN_FILES.
 */
const known = new Map<string, KnownContent>()
const KNOWN_FILES = 200_000

/**
 * An entry taken as it is from an earlier zip this writer made with the same settings: its local
 * record (header and data) is copied, so its bytes are those a fresh write of its file would give.
 */
export interface CopiedEntry {
  /** Path inside the zip, as TreeEntry.name (a directory's without the slash). */
  name: string
  kind: 'file' | 'directory'
  /** Unzipped bytes. */
  size: number
  copied: {
    /** The earlier zip. */
    zip: string
    /** Where the entry's local header starts, and its bytes up to the end of its data. */
    offset: number
    bytes: number
    /** The Unix mode its central directory record gives. */
    mode: number
  }
}

/** What a zip is written from: files of a staged tree, or entries of an earlier zip. */
export type ZipInput = TreeEntry | CopiedEntry

/** Stands in for a batch written, so its results can be collected. */
const DONE: Promise<BatchData> = Promise.resolve({ files: [], buffer: new ArrayBuffer(0) })

/**
 * A run of consecutive entries compressed by one worker, or copied with one read from an earlier
 * zip (their records lie one after another there too): entries[start, end).
 */
interface Batch {
  start: number
  end: number
  bytes: number
  /** The earlier zip the run is copied from, and where the run starts in it. */
  copy?: { zip: string; offset: number }
}

/** A batch's data: compressed files, or copied records. */
type BatchData = DeflatedBatch | { records: Buffer }

function batchesOf(entries: ZipInput[]): Batch[] {
  const batches: Batch[] = []
  let current: Batch | undefined
  entries.forEach((entry, index) => {
    const copied = 'copied' in entry ? entry.copied : undefined
    const bytes = copied ? copied.bytes : entry.size
    const follows = copied
      ? current?.copy?.zip === copied.zip && current.copy.offset + current.bytes === copied.offset
      : !current?.copy
    const full =
      !current ||
      !follows ||
      current.bytes + bytes > BATCH_BYTES ||
      (!copied && index - current.start >= BATCH_FILES)
    if (full) {
      current = { start: index, end: index, bytes: 0 }
      if (copied) current.copy = { zip: copied.zip, offset: copied.offset }
      batches.push(current)
    }
    const batch = current as Batch
    batch.end = index + 1
    batch.bytes += bytes
  })
  return batches
}

/** Reads a copied batch's records from its zip (opened once per zip, in `handles`). */
async function copiedRecords(batch: Batch, handles: Map<string, Promise<FileHandle>>) {
  const { zip, offset } = batch.copy as { zip: string; offset: number }
  let handle = handles.get(zip)
  if (!handle) {
    handle = open(zip, 'r')
    handles.set(zip, handle)
  }
  const records = Buffer.allocUnsafe(batch.bytes)
  const { bytesRead } = await (await handle).read(records, 0, batch.bytes, offset)
  if (bytesRead !== batch.bytes) throw new BuildError(`${zip} ended early: it changed while copied`)
  return { records }
}

/** DOS date and time fields from UTC components, clamped to the format's 1980 start. */
export function dosDateTime(epochSeconds: number): { date: number; time: number } {
  const d = new Date(Math.max(epochSeconds * 1000, Date.UTC(1980, 0, 1)))
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
  }
}

export async function writeZip(
  entries: ZipInput[],
  zipPath: string,
  options: ZipOptions = {}
): Promise<ZipResult> {
  const level = options.level ?? 6
  const window = options.windowBytes ?? WINDOW_BYTES
  const { date, time } = dosDateTime(options.epochSeconds ?? 315532800)
  for (const entry of entries) {
    if (entry.size > MAX_32)
      throw new BuildError(`${entry.name}: over 4 GiB, far beyond what Lambda accepts for a layer`)
  }
  const cache = options.resultsDir
    ? {
        dir: path.join(options.resultsDir, 'deflate'),
        tag: settingsTag('libdeflate', deflateEngineId(), String(level)),
        minBytes: CACHE_MIN_BYTES
      }
    : undefined
  const pool = await DeflatePool.start(options.threads)
  const handles = new Map<string, Promise<FileHandle>>()
  guardPath(zipPath, 'layer zip')
  const partial = temporaryNameFor(zipPath)
  removeOnInterrupt(partial)
  const out = createWriteStream(partial)
  const hash = createHash('sha256')
  let writeError: Error | undefined
  out.on('error', error => (writeError ??= error))
  let offset = 0
  /** A local header must start within 4 GiB (no Zip64 offsets). */
  const checkOffset = () => {
    if (offset > MAX_32)
      throw new BuildError(`${zipPath}: over 4 GiB, far beyond what Lambda accepts for a layer`)
  }
  const write = async (chunk: Uint8Array) => {
    if (writeError) throw writeError
    hash.update(chunk)
    offset += chunk.length
    if (!out.write(chunk)) await once(out, 'drain')
  }

  try {
    // Batches start in order while the window has room; the writer takes them in the same order.
    const batches = batchesOf(entries)
    const jobs: Promise<BatchData>[] = []
    let inFlight = 0
    const fill = () => {
      for (let next = jobs.length; next < batches.length; next++) {
        const batch = batches[next] as Batch
        if (inFlight > 0 && inFlight + batch.bytes > window) break
        inFlight += batch.bytes
        const job: Promise<BatchData> = batch.copy
          ? copiedRecords(batch, handles)
          : pool.deflate({
              files: (entries.slice(batch.start, batch.end) as TreeEntry[]).map(entry => ({
                source: entry.source,
                size: entry.kind === 'directory' ? 0 : entry.size,
                known: cache && entry.identity ? known.get(entry.identity) : undefined
              })),
              level,
              cache
            })
        job.catch(() => undefined) // awaited in order below; a later failure waits its turn
        jobs.push(job)
      }
    }

    const central: Buffer[] = []
    fill()
    for (const [index, batch] of batches.entries()) {
      const results = await (jobs[index] as Promise<BatchData>)
      inFlight -= batch.bytes
      fill()
      if ('records' in results) {
        let at = 0
        for (let i = batch.start; i < batch.end; i++) {
          const { name, copied } = entries[i] as CopiedEntry
          const record = results.records.subarray(at, at + copied.bytes)
          at += copied.bytes
          const header = copiedHeader(record, name, copied.zip)
          checkOffset()
          central.push(centralHeader(header.subarray(30), copied.mode, header, offset))
          await write(record)
        }
        jobs[index] = DONE
        continue
      }
      for (let i = batch.start; i < batch.end; i++) {
        const entry = entries[i] as TreeEntry
        const { crc, digest, method, data } = results.files[i - batch.start] as Deflated
        if (digest && entry.identity) {
          if (known.size >= KNOWN_FILES) known.clear()
          known.set(entry.identity, { crc, digest })
        }
        const name = Buffer.from(entry.kind === 'directory' ? `${entry.name}/` : entry.name)
        const mode =
          entry.kind === 'directory'
            ? DIRECTORY_MODE
            : entry.executable
              ? EXECUTABLE_MODE
              : FILE_MODE
        const header = Buffer.alloc(30 + name.length)
        header.writeUInt32LE(0x04034b50, 0)
        header.writeUInt16LE(20, 4)
        header.writeUInt16LE(UTF8_FLAG, 6)
        header.writeUInt16LE(method, 8)
        header.writeUInt16LE(time, 10)
        header.writeUInt16LE(date, 12)
        header.writeUInt32LE(crc >>> 0, 14)
        header.writeUInt32LE(data.length, 18)
        header.writeUInt32LE(entry.size, 22)
        header.writeUInt16LE(name.length, 26)
        name.copy(header, 30)
        checkOffset()
        central.push(centralHeader(name, mode, header, offset))
        await write(header)
        if (data.length) await write(data)
      }
      // Streams write in order: when this empty write is done, so are the batch's data.
      out.write(new Uint8Array(0), error => error || pool.recycle(results.buffer))
      jobs[index] = DONE
    }
    const directory = Buffer.concat(central)
    await write(
      Buffer.concat([directory, endOfCentralDirectory(central.length, directory.length, offset)])
    )
    if (writeError) throw writeError
    out.end()
    await once(out, 'finish')
    await rename(partial, zipPath)
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  } finally {
    forgetOnInterrupt(partial)
    await pool.close()
    for (const handle of handles.values()) await handle.then(file => file.close()).catch(() => {})
  }
  const digest = hash.digest()
  return {
    zippedBytes: offset,
    sha256: digest.toString('hex'),
    codeSha256: digest.toString('base64')
  }
}

/**
 * The local header of a record copied from an earlier zip, checked: it must start a local header
 * for the entry it stands for, with no extra field (as this writer makes them).
 */
function copiedHeader(record: Buffer, name: string, zip: string): Buffer {
  const nameBytes = record.length >= 30 ? record.readUInt16LE(26) : 0
  const header = record.subarray(0, 30 + nameBytes)
  const stored = header.subarray(30).toString()
  if (
    record.length < 30 ||
    record.readUInt32LE(0) !== 0x04034b50 ||
    record.readUInt16LE(28) !== 0 ||
    stored.replace(/\/$/, '') !== name
  ) {
    throw new BuildError(`${zip}: the record of ${name} is not where its directory says`)
  }
  return header
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
