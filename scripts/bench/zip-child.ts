// One zip of a staged tree in a fresh process, for scripts/bench/layer.ts: its peak RSS is the
// writer's alone. Prints one JSON line on stdout.
//   node zip-child.js ours|yazl|profile TREE OUT.zip [LEVEL]
//   node zip-child.js ours TREE OUT.zip LEVEL WINDOW_MIB   (writeZip's windowBytes)
// `profile` writes nothing: it takes the CPU time of reading, CRC-32 and deflate of every file one
// after another on the main thread, to show where the writer's time goes.
import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { once } from 'node:events'
import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'
import yazl from 'yazl'
import { walkTree, type TreeEntry } from '../../src/package/inventory.js'
import { writeZip } from '../../src/package/zip.js'

export interface ChildResult {
  mode: string
  entries: number
  walkSeconds: number
  zipSeconds: number
  /** User + system CPU seconds of the whole process, thread pool included. */
  cpuSeconds: number
  zippedBytes: number
  maxRssKiB: number
  profile?: Profile
}

export interface Profile {
  files: number
  bytes: number
  readSeconds: number
  crcSeconds: number
  deflateSeconds: number
  deflatedBytes: number
  /** Files at least 1 MiB: count, bytes, deflate seconds, bytes after deflate. */
  large: { files: number; bytes: number; deflateSeconds: number; deflatedBytes: number }
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
  const result: Profile = {
    files: 0,
    bytes: 0,
    readSeconds: 0,
    crcSeconds: 0,
    deflateSeconds: 0,
    deflatedBytes: 0,
    large: { files: 0, bytes: 0, deflateSeconds: 0, deflatedBytes: 0 }
  }
  // CPU seconds of the process (thread pool included) rather than wall time: on a busy machine
  // they still say how much work each step is.
  const cpu = () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1e6
  }
  for (const entry of entries) {
    if (entry.kind !== 'file') continue
    let t = cpu()
    const raw = await readFile(entry.source)
    result.readSeconds += cpu() - t
    t = cpu()
    zlib.crc32(raw)
    result.crcSeconds += cpu() - t
    t = cpu()
    const deflated = raw.length ? zlib.deflateRawSync(raw, { level }).length : 0
    const seconds = cpu() - t
    result.deflateSeconds += seconds
    result.files++
    result.bytes += raw.length
    result.deflatedBytes += Math.min(deflated, raw.length)
    if (raw.length >= 1024 * 1024) {
      result.large.files++
      result.large.bytes += raw.length
      result.large.deflateSeconds += seconds
      result.large.deflatedBytes += Math.min(deflated, raw.length)
    }
  }
  return result
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
    maxRssKiB: process.resourceUsage().maxRSS,
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
