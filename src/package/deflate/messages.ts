// The messages between the deflate pool (pool.ts) and its worker threads (worker.ts), and the
// functions the WebAssembly module exports to the worker.

export interface DeflateFile {
  /** File to read. */
  source: string
  /** Its size when the tree was walked; a file of another size is an error. 0: not read. */
  size: number
  /**
   * The content's CRC-32 and SHA-256 (hex), known from the same unchanged file earlier in this
   * process: a deflated result in the cache is then taken without reading the file.
   */
  known?: KnownContent
}

export interface KnownContent {
  crc: number
  digest: string
}

/** Files compressed one after another by one worker, in one message each way. */
export interface DeflateBatch {
  files: DeflateFile[]
  level: number
  /** Results looked up and kept by content (per-file cache): folder, settings tag, smallest file. */
  cache?: { dir: string; tag: string; minBytes: number }
}

/** What a worker is started with. */
export interface WorkerData {
  /** The compiled libdeflate module (compiled once, instantiated by each worker). */
  module: WebAssembly.Module
}

/** Pool to worker: a batch, and a spare buffer to write the results into if large enough. */
export interface BatchMessage extends DeflateBatch {
  id: number
  spare?: ArrayBuffer
}

/**
 * Worker to pool: per file its CRC-32, zip method (8 deflated, 0 stored: deflating did not make it
 * smaller) and length of its bytes in `buffer`, one file after another; or an error.
 */
export interface ReplyMessage {
  id: number
  crcs?: number[]
  /** Per file the SHA-256 of its content (hex), when the cache's key needed it. */
  digests?: (string | undefined)[]
  methods?: (0 | 8)[]
  lengths?: number[]
  buffer?: ArrayBuffer
  /** Bytes the worker's input and output slots in WebAssembly memory hold after the batch. */
  slotBytes?: number
  error?: string
}

/** The functions lib.rs exports (sizes and pointers are byte offsets into `memory`). */
export interface DeflateExports {
  memory: WebAssembly.Memory
  buffer_alloc(size: number): number
  buffer_free(pointer: number): void
  compressor_new(level: number): number
  deflate(compressor: number, input: number, size: number, output: number, room: number): number
}

/**
 * Large buffers (a big batch's result, a big file inflated to check it) are at least this size:
 * above glibc's largest mmap threshold (32 MiB on 64-bit), so each is mapped for itself alone,
 * only the pages it fills become resident, and they go back to the system when it is collected.
 * Allocated at each file's own size, they would come from the malloc heap instead, and after a
 * few such sizes the freed space there stays resident for the whole build.
 */
export const MAPPED_BYTES = 33 * 1024 * 1024
