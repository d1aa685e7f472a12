// The deflate worker's program, run by pool.ts as an `eval` worker so that both ncc bundles and
// the TypeScript tests carry it as one string (no second entry file to find on disk). For each
// file of a batch it reads the whole file straight into the WebAssembly module's memory, takes its
// CRC-32 and deflates it with libdeflate; it posts back the bytes to write, all files' one after
// another in one buffer (the one the pool sent along when it is large enough): deflated, or the file as it is when deflating does not make it smaller
// (then its method is 0, "stored"). A file of size 0 is not read (directories are sent that way).
// With a result cache (`cache`: folder and settings tag), files of at least `minBytes` are looked up
// by the SHA-256 of their content first; results computed are stored there (write, then rename).
//
// Messages in:  { id, level, files: [{ source, size }], spare?: ArrayBuffer, cache?: { dir, tag, minBytes } }
// Messages out: { id, crcs, methods, lengths, buffer }  or  { id, error }
export const WORKER_SOURCE = String.raw`
'use strict'
const { parentPort, workerData } = require('node:worker_threads')
const { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, utimesSync, writeFileSync } = require('node:fs')
const { createHash } = require('node:crypto')
const { join } = require('node:path')
const { crc32 } = require('node:zlib')

const wasm = new WebAssembly.Instance(workerData.module, {}).exports
const compressors = new Map()
const input = { pointer: 0, capacity: 0 }
const output = { pointer: 0, capacity: 0 }

function compressor(level) {
  let pointer = compressors.get(level)
  if (pointer === undefined) {
    pointer = wasm.compressor_new(level)
    if (!pointer) throw new Error('no deflate compressor for level ' + level)
    compressors.set(level, pointer)
  }
  return pointer
}

/** A buffer of at least size bytes in the module's memory (which grows and never shrinks). */
function reserve(slot, size) {
  if (slot.capacity < size) {
    if (slot.pointer) wasm.buffer_free(slot.pointer)
    const capacity = Math.max(size, 1 << 20)
    slot.pointer = wasm.buffer_alloc(capacity)
    slot.capacity = slot.pointer ? capacity : 0
    if (!slot.pointer) throw new Error('not enough memory to compress ' + size + ' bytes')
  }
  return slot.pointer
}

function readWhole(source, view) {
  const fd = openSync(source, 'r')
  try {
    let read = 0
    while (read < view.length) {
      const bytes = readSync(fd, view, read, view.length - read, read)
      if (bytes === 0) break
      read += bytes
    }
    if (read !== view.length || readSync(fd, new Uint8Array(1), 0, 1, read) !== 0)
      throw new Error('changed size while it was being zipped')
  } finally {
    closeSync(fd)
  }
}

/** A cached result for the content in raw: { method, data }, or undefined. */
function cached(file, crc, size) {
  let bytes
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  // 4 bytes CRC-32 (checked against the content), 1 byte method, then the data.
  if (bytes.length < 5 || bytes.readUInt32LE(0) !== crc >>> 0 || bytes.length - 5 >= size) return undefined
  if ((bytes[4] === 8) !== bytes.length > 5) return undefined
  const now = new Date()
  try {
    utimesSync(file, now, now)
  } catch {}
  return { method: bytes[4], data: bytes.subarray(5) }
}

function store(file, crc, method, data) {
  try {
    mkdirSync(join(file, '..'), { recursive: true })
    const header = Buffer.alloc(5)
    header.writeUInt32LE(crc >>> 0, 0)
    header[4] = method
    const partial = file + '.partial-' + process.pid + '-' + Math.random().toString(36).slice(2)
    writeFileSync(partial, Buffer.concat([header, data]))
    renameSync(partial, file)
  } catch {}
}

function deflateBatch({ id, level, files, spare, cache }) {
  const deflater = level > 0 ? compressor(level) : 0
  const inputAt = reserve(input, Math.max(...files.map(file => file.size)))
  const outputAt = reserve(output, files.reduce((sum, file) => sum + file.size, 0))
  // Views only after every allocation: growing the memory detaches the views taken before.
  const memory = new Uint8Array(wasm.memory.buffer)
  const reply = { id, crcs: [], methods: [], lengths: [] }
  let used = 0
  for (const { source, size } of files) {
    const raw = memory.subarray(inputAt, inputAt + size)
    if (size > 0) {
      try {
        readWhole(source, raw)
      } catch (error) {
        throw new Error(source + ': ' + (error instanceof Error ? error.message : String(error)))
      }
    }
    const at = outputAt + used
    const crc = size > 0 ? crc32(raw) : 0
    const useCache = cache && level > 0 && size >= cache.minBytes
    const file = useCache
      ? (() => {
          const digest = createHash('sha256').update(raw).digest('hex')
          return join(cache.dir, cache.tag, digest.slice(0, 2), digest)
        })()
      : undefined
    const hit = file ? cached(file, crc, size) : undefined
    let length
    if (hit) {
      // A stored result keeps no data: the file's own bytes are the entry's.
      length = hit.method === 8 ? hit.data.length : 0
      if (length > 0) memory.set(hit.data, at)
      else memory.copyWithin(at, inputAt, inputAt + size)
    } else {
      // Room for one byte less than the file: a result that does not shrink it is not kept.
      length = level > 0 && size > 1 ? wasm.deflate(deflater, inputAt, size, at, size - 1) : 0
      if (length === 0) memory.copyWithin(at, inputAt, inputAt + size)
      if (file) store(file, crc, length > 0 ? 8 : 0, memory.subarray(at, at + length))
    }
    reply.crcs.push(crc)
    reply.methods.push(length > 0 ? 8 : 0)
    reply.lengths.push(length > 0 ? length : size)
    used += length > 0 ? length : size
  }
  // Into the buffer the pool lent, when it is large enough: reusing buffers keeps memory flat.
  const lent = spare && spare.byteLength >= used ? spare : new ArrayBuffer(Math.max(used, 1 << 20))
  new Uint8Array(lent).set(memory.subarray(outputAt, outputAt + used))
  reply.buffer = lent
  return reply
}

parentPort.on('message', batch => {
  let reply
  try {
    reply = deflateBatch(batch)
  } catch (error) {
    reply = { id: batch.id, error: error instanceof Error ? error.message : String(error) }
  }
  parentPort.postMessage(reply, reply.buffer ? [reply.buffer] : [])
})
`
