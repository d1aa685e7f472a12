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
import { MAPPED_BYTES } from './messages.js'
import type { BatchMessage, DeflateBatch, ReplyMessage, WorkerData } from './messages.js'

/** Names the deflate engine's exact build: part of every cached result's settings. */
export function deflateEngineId(): string {
  return (engineId ??= createHash('sha256').update(LIBDEFLATE_WASM_BASE64).digest('hex'))
}
let engineId: string | undefined

export interface Deflated {
  crc: number
  /** SHA-256 of the content (hex), when the cache's key needed it. */
  digest?: string
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
 * A worker whose slots in WebAssembly memory grew past this is replaced by a fresh one: that
 * memory only grows (its input and output slots each grow to the largest file it compressed, and
 * the slots they outgrew stay behind), and ending the thread is the one sure way to give it back.
 * Results taken from the per-file cache never grow it.
 */
const RETIRE_SLOT_BYTES = 32 * 1024 * 1024

/**
 * A batch larger than this is big: it needs its size twice in a worker's memory (input and output
 * slots) and its result once more, so only one big batch is compressed at a time in the whole
 * process, whichever pool (zip) it belongs to. Smaller batches pass it meanwhile. At 8 MiB, the
 * shared objects of 8-16 MiB (pyarrow's, numpy's) do not compress beside a larger one.
 */
export const BIG_BATCH_BYTES = 8 * 1024 * 1024
/**
 * Written batches' buffers kept to be lent to the next batches: at most this many, none larger
 * than SPARE_MAX_BYTES. Small batches (zip.ts makes them up to 1 MiB) reuse them over and over;
 * a large result is let go once written rather than held for a batch it may never fit.
 */
const SPARE_BUFFERS = 8
const SPARE_MAX_BYTES = 2 * 1024 * 1024
/**
 * A worker whose slots hold more than this has grown: it is not lent to the next pool, and a big
 * batch goes to a fresh worker instead. Slots start at 1 MiB each (worker.ts); a worker that only
 * looked results up stays within this (files up to 4 MiB are read whole into its input slot before
 * the lookup, its output slot is untouched), one that compressed a file over 1 MiB does not.
 */
const GROWN_SLOT_BYTES = 5 * 1024 * 1024

/**
 * Idle workers of finished pools whose memory never grew, kept (not holding the process open) for
 * the next pool: a build's zips share them instead of each starting its own threads.
 */
const resting: Worker[] = []

/** How many idle workers wait for the next pool. */
export function restingWorkers(): number {
  return resting.length
}

/**
 * Which queued batch starts next: the first, except that a big batch waits while the process's
 * big-batch slot is taken (the batches behind it go first); -1 when none may start.
 */
export function nextToStart(queued: readonly { bytes: number }[], slotTaken: boolean): number {
  return queued.findIndex(batch => !slotTaken || batch.bytes <= BIG_BATCH_BYTES)
}

/** The process's one slot for a big batch, and the pools to tell when it is free again. */
const bigSlot: { holder: Pending | undefined; pools: Set<DeflatePool> } = {
  holder: undefined,
  pools: new Set()
}

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
  /** Workers whose slots grew past GROWN_SLOT_BYTES. */
  private readonly grown = new WeakSet<Worker>()
  private failure: Error | undefined
  private nextId = 0

  private constructor(
    private readonly module: WebAssembly.Module,
    threads: number
  ) {
    for (let i = 0; i < Math.max(1, threads); i++) {
      const worker = resting.pop()
      this.idle.push(worker ? this.adopt(worker) : this.spawn())
    }
    bigSlot.pools.add(this)
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
    if (buffer.byteLength > SPARE_MAX_BYTES) return
    this.spare.push(buffer)
    this.spare.sort((a, b) => a.byteLength - b.byteLength)
    if (this.spare.length > SPARE_BUFFERS) this.spare.shift()
  }

  /**
   * Stops the pool; jobs not finished yet fail. Its idle workers whose memory never grew rest for
   * the next pool (up to one per core); the others end.
   */
  async close(): Promise<void> {
    this.fail(new BuildError('deflate pool closed'))
    bigSlot.pools.delete(this)
    for (const worker of this.workers) {
      const reusable = this.idle.includes(worker) && !this.grown.has(worker)
      if (reusable && resting.length < os.availableParallelism()) this.rest(worker)
      else void this.retire(worker)
    }
    await Promise.all(this.stopping)
  }

  private spawn(): Worker {
    const workerData: WorkerData = { module: this.module }
    return this.adopt(new Worker(workerProgram(), { workerData }))
  }

  /** Makes a worker (new, or resting since an earlier pool) this pool's. */
  private adopt(worker: Worker): Worker {
    worker.removeAllListeners()
    worker.ref()
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

  /** Leaves an idle worker for the next pool; one that fails or ends meanwhile is dropped. */
  private rest(worker: Worker): void {
    this.workers.delete(worker)
    worker.removeAllListeners()
    const drop = () => {
      const index = resting.indexOf(worker)
      if (index >= 0) resting.splice(index, 1)
      void worker.terminate()
    }
    worker.on('error', drop)
    worker.on('exit', drop)
    worker.unref()
    resting.push(worker)
  }

  private retire(worker: Worker): Promise<number> {
    this.workers.delete(worker)
    const stopped = worker.terminate()
    this.stopping.push(stopped)
    return stopped
  }

  /**
   * Retires a worker whose memory grew and starts a fresh one once its thread has ended: the new
   * thread then takes over the old one's malloc arena. Started side by side, each replacement
   * would get an arena of its own, and every arena keeps the memory freed in it.
   */
  private replace(worker: Worker): void {
    void this.retire(worker).then(() => {
      if (this.failure) return
      this.idle.push(this.spawn())
      this.dispatch()
    })
  }

  /** Starts queued batches, in order, on idle workers; a big batch waits while the slot is taken. */
  private dispatch(): void {
    while (this.idle.length > 0) {
      const next = nextToStart(this.queue, bigSlot.holder !== undefined)
      if (next < 0) break
      const pending = this.queue[next] as Pending
      const worker = this.idle.pop() as Worker
      const big = pending.bytes > BIG_BATCH_BYTES
      // A big batch on a fresh worker: its memory holds the batch, not also the slots outgrown.
      if (big && this.grown.has(worker)) {
        this.replace(worker)
        continue
      }
      this.queue.splice(next, 1)
      if (big) bigSlot.holder = pending
      this.busy.set(worker, pending)
      // The smallest spare buffer that can hold the batch (its results are never larger).
      const index = this.spare.findIndex(buffer => buffer.byteLength >= pending.bytes)
      const spare = index >= 0 ? this.spare.splice(index, 1) : []
      if (!spare.length && pending.bytes > SPARE_MAX_BYTES)
        spare.push(new ArrayBuffer(Math.max(pending.bytes, MAPPED_BYTES)))
      const message: BatchMessage = { id: pending.id, ...pending.batch, spare: spare[0] }
      worker.postMessage(message, spare)
    }
  }

  private settle(worker: Worker, reply: ReplyMessage): void {
    const pending = this.busy.get(worker)
    if (!pending || pending.id !== reply.id) return
    this.busy.delete(worker)
    const freed = this.release(pending)
    const slotBytes = reply.slotBytes ?? 0
    if (slotBytes > GROWN_SLOT_BYTES) this.grown.add(worker)
    if (slotBytes > RETIRE_SLOT_BYTES && !this.failure) this.replace(worker)
    else this.idle.push(worker)
    const { crcs, digests, methods, lengths, buffer } = reply
    if (reply.error !== undefined || !crcs || !methods || !lengths || !buffer) {
      pending.reject(new BuildError(reply.error ?? 'deflate worker sent no data'))
    } else {
      let offset = 0
      const files = lengths.map((length, i) => {
        const data = new Uint8Array(buffer, offset, length)
        offset += length
        return { crc: crcs[i] ?? 0, digest: digests?.[i], method: methods[i] ?? 0, data }
      })
      pending.resolve({ files, buffer })
    }
    if (freed) for (const pool of bigSlot.pools) pool.dispatch()
    else this.dispatch()
  }

  /** Gives back the big-batch slot if `pending` holds it; true if it did. */
  private release(pending: Pending): boolean {
    if (bigSlot.holder !== pending) return false
    bigSlot.holder = undefined
    return true
  }

  private fail(error: Error): void {
    this.failure ??= error
    let freed = false
    for (const pending of [...this.busy.values(), ...this.queue.splice(0)]) {
      freed = this.release(pending) || freed
      pending.reject(error)
    }
    this.busy.clear()
    if (freed) for (const pool of bigSlot.pools) if (pool !== this) pool.dispatch()
  }
}
