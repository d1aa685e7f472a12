// One zip of a staged tree in a fresh process, for scripts/bench/layer.ts: its peak RSS is the
// writer's alone. Prints one JSON line on stdout.
//   node zip-child.js ours|yazl|profile TREE OUT.zip [LEVEL]
//   node zip-child.js ours TREE OUT.zip LEVEL WINDOW_MIB   (writeZip's windowBytes)
// `profile` writes nothing: it takes the CPU time of reading, CRC-32 and deflate (ours, libdeflate
// as WebAssembly, and Node's zlib) of every file one after another on the main thread, to show
// where the writer's time goes.
import { createWriteStream, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { once } from 'node:events'
import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'
import yazl from 'yazl'
import { LIBDEFLATE_WASM_BASE64 } from '../../src/package/deflate/libdeflate-wasm.js'
import type { DeflateExports } from '../../src/package/deflate/messages.js'
import { walkTree, type TreeEntry } from '../../src/files/tree.js'
import { writeZip } from '../../src/package/zip.js'

export interface ChildResult {
  mode: string
  entries: number
  walkSeconds: number
  zipSeconds: number
  /** User + system CPU seconds of the whole process, threads included. */
  cpuSeconds: number
  zippedBytes: number
  maxRssKiB: number
  profile?: Profile
}

/** One deflate engine over every file, on the main thread: CPU seconds and bytes after deflate. */
export interface EngineProfile {
  seconds: number
  bytes: number
  /** The files of at least 1 MiB alone. */
  largeSeconds: number
  largeBytes: number
}

export interface Profile {
  files: number
  bytes: number
  readSeconds: number
  crcSeconds: number
  /** Ours: libdeflate as WebAssembly (the module the zip writer's workers run). */
  libdeflate: EngineProfile
  /** Node's zlib (deflateRawSync), for comparison. */
  zlib: EngineProfile
  /** Files at least 1 MiB: count and bytes. */
  large: { files: number; bytes: number }
}

/** The writer's deflate module, instantiated here on the main thread: compressed size of a buffer. */
function libdeflate(level: number): (raw: Buffer) => number {
  const module = new WebAssembly.Module(Buffer.from(LIBDEFLATE_WASM_BASE64, 'base64'))
  const wasm = new WebAssembly.Instance(module, {}).exports as unknown as DeflateExports
  const compressor = wasm.compressor_new(level)
  return raw => {
    const input = wasm.buffer_alloc(raw.length)
    const output = wasm.buffer_alloc(raw.length)
    new Uint8Array(wasm.memory.buffer).set(raw, input)
    const size = wasm.deflate(compressor, input, raw.length, output, raw.length)
    wasm.buffer_free(input)
    wasm.buffer_free(output)
    return size || raw.length
  }
}

const EPOCH = new Date(Date.UTC(1980, 0, 1, 0, 0, 0))

/** yazl used straightforwardly: every entry in sorted order, files streamed from disk. */
async function yazlZip(entries: TreeEntry[], out: string, level: number): Promise<number> {
  const zip = new yazl.ZipFile()
  const sink = createWriteStream(out)
  zip.outputStream.pipe(sink)
  for (const entry of entries) {
    if (entry.kind === 'directory') {
      zip.addEmptyDirectory(entry.name, { mtime: EPOCH, mode: 0o40755 })
    } else {
      zip.addFile(entry.source, entry.name, {
        mtime: EPOCH,
        mode: entry.executable ? 0o100755 : 0o100644,
        compressionLevel: level
      })
    }
  }
  zip.end()
  await once(sink, 'close')
  return sink.bytesWritten
}

async function profile(entries: TreeEntry[], level: number): Promise<Profile> {
  const engine = (): EngineProfile => ({ seconds: 0, bytes: 0, largeSeconds: 0, largeBytes: 0 })
  const result: Profile = {
    files: 0,
    bytes: 0,
    readSeconds: 0,
    crcSeconds: 0,
    libdeflate: engine(),
    zlib: engine(),
    large: { files: 0, bytes: 0 }
  }
  // CPU seconds of the process rather than wall time: on a busy machine they still say how much
  // work each step is.
  const cpu = () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1e6
  }
  const ours = libdeflate(level)
  const engines: [EngineProfile, (raw: Buffer) => number][] = [
    [result.libdeflate, ours],
    [result.zlib, raw => Math.min(raw.length, zlib.deflateRawSync(raw, { level }).length)]
  ]
  for (const entry of entries) {
    if (entry.kind !== 'file' || entry.size === 0) continue
    let t = cpu()
    const raw = await readFile(entry.source)
    result.readSeconds += cpu() - t
    t = cpu()
    zlib.crc32(raw)
    result.crcSeconds += cpu() - t
    const large = raw.length >= 1024 * 1024
    for (const [tally, deflate] of engines) {
      t = cpu()
      const bytes = deflate(raw)
      const seconds = cpu() - t
      tally.seconds += seconds
      tally.bytes += bytes
      if (large) {
        tally.largeSeconds += seconds
        tally.largeBytes += bytes
      }
    }
    result.files++
    result.bytes += raw.length
    if (large) {
      result.large.files++
      result.large.bytes += raw.length
    }
  }
  return result
}

/**
 * Peak resident memory of this process, worker threads included: VmHWM, which starts afresh at
 * exec. (getrusage's maxRSS carries the parent's peak over fork and exec, so a child of the
 * benchmark, which has built layers, would report the benchmark's own peak.)
 */
function peakRssKiB(): number {
  const status = readFileSync('/proc/self/status', 'utf8')
  const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
  if (!kib) throw new Error('no VmHWM in /proc/self/status: the memory figure needs Linux')
  return Number(kib)
}

async function main() {
  const [mode, tree, out, levelArg, windowArg] = process.argv.slice(2)
  if (!mode || !tree || !out || !['ours', 'yazl', 'profile'].includes(mode)) {
    throw new Error('usage: zip-child.js ours|yazl|profile TREE OUT.zip [LEVEL]')
  }
  const level = Number(levelArg ?? 6)
  let t = performance.now()
  const entries = await walkTree(tree)
  const walkSeconds = (performance.now() - t) / 1000
  t = performance.now()
  let zippedBytes = 0
  let profiled: Profile | undefined
  const window = windowArg ? { windowBytes: Number(windowArg) * 1024 * 1024 } : {}
  if (mode === 'ours')
    zippedBytes = (await writeZip(entries, out, { level, ...window })).zippedBytes
  else if (mode === 'yazl') zippedBytes = await yazlZip(entries, out, level)
  else profiled = await profile(entries, level)
  const zipSeconds = (performance.now() - t) / 1000
  const cpu = process.cpuUsage()
  const result: ChildResult = {
    mode,
    entries: entries.length,
    walkSeconds,
    zipSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    zippedBytes,
    maxRssKiB: peakRssKiB(),
    ...(profiled ? { profile: profiled } : {})
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exit(1)
})
