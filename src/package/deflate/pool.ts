// A pool of deflate workers (one per core): each takes a batch of whole files at a time, so every
// core compresses while the zip writer, on the main thread, only writes. libdeflate runs as
// WebAssembly (libdeflate-wasm.ts), so the compressed bytes are the same on every machine and
// every Node.js version.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { BuildError } from '../../errors.js'
import { LIBDEFLATE_WASM_BASE64 } from './libdeflate-wasm.js'
import type { BatchMessage, DeflateBatch, ReplyMessage, WorkerData } from './messages.js'

/** Names the deflate engine's exact build: part of every cached result's settings. */
export function deflateEngineId(): string {
  return (engineId ??= createHash('sha256').update(LIBDEFLATE_WASM_BASE64).digest('hex'))
}
let engineId: string | undefined

export interface Deflated {
  crc: number
  /** Zip compression method: 8 deflated, 0 stored (deflating did not make it smaller). */
  method: 0 | 8
  data: Uint8Array
}

/** A batch's results; their data lives in `buffer`, which goes back to the pool once written. */
export interface DeflatedBatch {
  files: Deflated[]
  buffer: ArrayBuffer
}

interface Pending {
  id: number
  batch: DeflateBatch
  bytes: number
  resolve: (results: DeflatedBatch) => void
  reject: (error: Error) => void
}

/**
 * A worker that compressed a file larger than this is replaced by a fresh one: WebAssembly memory
 * only grows, and ending the thread is the one sure way to give it back.
 */
const RETIRE_AFTER_BYTES = 16 * 1024 * 1024
/**
 * Written batches' buffers kept to be lent to the next batches, at most: buffers that die instead
 * wait for a garbage collection, and tens of megabytes of them can pile up before one comes.
 */
const SPARE_BUFFERS = 8

/**
 * The worker's program: worker.ts when this runs from source (the tests: `npm test` registers a
 * TypeScript loader), worker.js beside this file when tsc compiled it (scripts/bench), else the
 * worker's own bundle beside the entry's (dist/deflate-worker, dist/cli/deflate-worker).
 */
function workerProgram(): URL {
  const here = import.meta.url
  if (here.endsWith('.ts')) return new URL('worker.ts', here)
  const compiled = new URL(['worker', 'js'].join('.'), here)
  return existsSync(compiled) ? compiled : new URL('deflate-worker/index.js', here)
}

let compiled: Promise<WebAssembly.Module> | undefined
const deflateModule = () =>
  (compiled ??= WebAssembly.compile(Buffer.from(LIBDEFLATE_WASM_BASE64, 'base64')))

export class DeflatePool {
  private readonly workers = new Set<Worker>()
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, Pending>()
  private readonly queue: Pending[] = []
  private readonly stopping: Promise<number>[] = []
  private readonly spare: ArrayBuffer[] = []
  private failure: Error | undefined
  private nextId = 0

  private constructor(
    private readonly module: WebAssembly.Module,
    threads: number
  ) {
    for (let i = 0; i < Math.max(1, threads); i++) this.idle.push(this.spawn())
  }

  static async start(threads = os.availableParallelism()): Promise<DeflatePool> {
    return new DeflatePool(await deflateModule(), threads)
  }

  /** Reads, checksums and compresses a batch of files on the next free worker. */
  deflate(batch: DeflateBatch): Promise<DeflatedBatch> {
    if (this.failure) return Promise.reject(this.failure)
    const bytes = batch.files.reduce((sum, file) => sum + file.size, 0)
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, batch, bytes, resolve, reject })
      this.dispatch()
    })
  }

  /** Takes back a batch's buffer once its data is written, to lend it to a later batch. */
  recycle(buffer: ArrayBuffer): void {
    this.spare.push(buffer)
    this.spare.sort((a, b) => a.byteLength - b.byteLength)
    if (this.spare.length > SPARE_BUFFERS) this.spare.shift()
  }

  /** Stops every worker; jobs not finished yet fail. */
  async close(): Promise<void> {
    this.fail(new BuildError('deflate pool closed'))
    for (const worker of this.workers) this.retire(worker)
    await Promise.all(this.stopping)
  }

  private spawn(): Worker {
    const workerData: WorkerData = { module: this.module }
    const worker = new Worker(workerProgram(), { workerData })
    worker.on('message', (reply: ReplyMessage) => this.settle(worker, reply))
    worker.on('error', error =>
      this.fail(new BuildError(`deflate worker failed: ${error.message}`))
    )
    worker.on('exit', code => {
      if (this.workers.has(worker))
        this.fail(new BuildError(`deflate worker stopped unexpectedly (exit code ${code})`))
    })
    this.workers.add(worker)
    return worker
  }

  private retire(worker: Worker): void {
    this.workers.delete(worker)
    this.stopping.push(worker.terminate())
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker
      const pending = this.queue.shift() as Pending
      this.busy.set(worker, pending)
      // The smallest spare buffer that can hold the batch (its results are never larger).
      const index = this.spare.findIndex(buffer => buffer.byteLength >= pending.bytes)
      const spare = index >= 0 ? this.spare.splice(index, 1) : []
      const message: BatchMessage = { id: pending.id, ...pending.batch, spare: spare[0] }
      worker.postMessage(message, spare)
    }
  }

  private settle(worker: Worker, reply: ReplyMessage): void {
    const pending = this.busy.get(worker)
    if (!pending || pending.id !== reply.id) return
    this.busy.delete(worker)
    if (pending.bytes > RETIRE_AFTER_BYTES && !this.failure) {
      this.retire(worker)
      this.idle.push(this.spawn())
    } else this.idle.push(worker)
    const { crcs, methods, lengths, buffer } = reply
    if (reply.error !== undefined || !crcs || !methods || !lengths || !buffer) {
      pending.reject(new BuildError(reply.error ?? 'deflate worker sent no data'))
    } else {
      let offset = 0
      const files = lengths.map((length, i) => {
        const data = new Uint8Array(buffer, offset, length)
        offset += length
        return { crc: crcs[i] ?? 0, method: methods[i] ?? 0, data }
      })
      pending.resolve({ files, buffer })
    }
    this.dispatch()
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const pending of [...this.busy.values(), ...this.queue.splice(0)]) pending.reject(error)
    this.busy.clear()
  }
}
