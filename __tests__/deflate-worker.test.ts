// The deflate worker as bundled in dist/: each entry bundle (the action's dist/index.js and the
// CLI's dist/cli/index.js) has its worker bundle beside it, and that worker deflates real files.
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { crc32, inflateRawSync } from 'node:zlib'
import { LIBDEFLATE_WASM_BASE64 } from '../src/package/deflate/libdeflate-wasm.js'
import type { BatchMessage, ReplyMessage } from '../src/package/deflate/messages.js'
import { REPO_ROOT, remove, scratch } from '../__fixtures__/projects.js'

let dir: string
beforeEach(async () => {
  dir = await scratch()
})
afterEach(() => remove(dir))

async function deflateWith(program: string, batch: BatchMessage): Promise<ReplyMessage> {
  const module = await WebAssembly.compile(Buffer.from(LIBDEFLATE_WASM_BASE64, 'base64'))
  const worker = new Worker(program, { workerData: { module } })
  try {
    return await new Promise<ReplyMessage>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.postMessage(batch)
    })
  } finally {
    await worker.terminate()
  }
}

it.each(['dist', 'dist/cli'])(
  '%s: the bundled worker sits beside the entry and deflates',
  async bundle => {
    const entry = path.join(REPO_ROOT, bundle, 'index.js')
    const program = path.join(REPO_ROOT, bundle, 'deflate-worker/index.js')
    expect(existsSync(entry)).toBe(true)
    expect(existsSync(program)).toBe(true)
    const text = Buffer.from('import os\nprint(os.getcwd())\n'.repeat(500))
    const random = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256))
    await writeFile(path.join(dir, 'a.py'), text)
    await writeFile(path.join(dir, 'b.bin'), random)
    const files = [
      { source: path.join(dir, 'a.py'), size: text.length },
      { source: path.join(dir, 'b.bin'), size: random.length }
    ]
    const reply = await deflateWith(program, { id: 7, level: 6, files })
    expect(reply.error).toBeUndefined()
    expect(reply.id).toBe(7)
    expect(reply.crcs).toEqual([crc32(text), crc32(random)])
    // The text shrinks (deflated); 64 bytes without repeats do not (stored as they are).
    expect(reply.methods).toEqual([8, 0])
    const [deflatedLength, storedLength] = reply.lengths ?? []
    const bytes = Buffer.from(reply.buffer ?? new ArrayBuffer(0))
    expect(inflateRawSync(bytes.subarray(0, deflatedLength))).toEqual(text)
    expect(deflatedLength).toBeLessThan(text.length / 10)
    expect(bytes.subarray(deflatedLength, deflatedLength! + storedLength!)).toEqual(random)
  }
)

it('names the file a worker could not read', async () => {
  const program = path.join(REPO_ROOT, 'dist/deflate-worker/index.js')
  const missing = path.join(dir, 'gone.py')
  const reply = await deflateWith(program, {
    id: 1,
    level: 6,
    files: [{ source: missing, size: 5 }]
  })
  expect(reply.error).toMatch(/gone\.py: ENOENT/)
})
