// The per-file cache: compressed bytes and stripped shared objects reused by content. A zip written
// with the cache (cold or warm) has exactly the bytes of one written without it; damaged results
// are ignored; the cache stays under its bound, least recently used out first.
import { createHash, randomBytes } from 'node:crypto'
import { cp, link, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { walkTree } from '../src/files/tree.js'
import { writeZip } from '../src/package/zip.js'
import { restingWorkers } from '../src/package/deflate/pool.js'
import { evictFiles } from '../src/system/file-results.js'
import { trimFileResults } from '../src/cache/evict.js'
import { cacheLayout } from '../src/cache/layout.js'
import { copyExample, useScratch } from '../__fixtures__/projects.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { createTools } from '../src/system/tools.js'
import { defaultCacheDir } from '../src/config/load.js'

const scratchDirs = useScratch()

async function listAll(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listAll(full)))
    else out.push(full)
  }
  return out
}

/** A tree with compressible, incompressible, small and empty files. */
async function tree(root: string, variant: string) {
  await mkdir(path.join(root, 'python/pkg'), { recursive: true })
  await writeFile(path.join(root, 'python/pkg/big.py'), 'value = "lambda layer"\n'.repeat(20000))
  await writeFile(path.join(root, 'python/pkg/random.bin'), randomBytes(300_000))
  await writeFile(path.join(root, 'python/pkg/small.txt'), `small ${variant}\n`)
  await writeFile(path.join(root, 'python/pkg/empty'), '')
  await writeFile(path.join(root, `python/pkg/${variant}.py`), `# ${variant}\n`.repeat(5000))
}

it('writes the same zip bytes without the cache, with a cold cache and with a warm one', async () => {
  const dir = await scratchDirs.folder()
  const results = path.join(dir, 'results')
  await tree(path.join(dir, 'a'), 'a')
  const entries = await walkTree(path.join(dir, 'a'))
  await writeZip(entries, path.join(dir, 'plain.zip'))
  await writeZip(entries, path.join(dir, 'cold.zip'), { resultsDir: results })
  const stored = await listAll(results)
  // big.py, a.py (deflated) and random.bin (stored: kept as a 9-byte header); small files are not cached.
  expect(stored).toHaveLength(3)
  // One folder per kind and settings: {kind}/{tag}/{digest}.
  for (const file of stored) expect(path.relative(results, file).split(path.sep)).toHaveLength(3)
  await writeZip(entries, path.join(dir, 'warm.zip'), { resultsDir: results })
  const plain = await readFile(path.join(dir, 'plain.zip'))
  expect(await readFile(path.join(dir, 'cold.zip'))).toEqual(plain)
  expect(await readFile(path.join(dir, 'warm.zip'))).toEqual(plain)
  expect(await listAll(results)).toEqual(stored)

  // Another level is another setting: its own results.
  await writeZip(entries, path.join(dir, 'l9.zip'), { resultsDir: results, level: 9 })
  expect(await listAll(results)).toHaveLength(6)

  // A damaged result (its CRC no longer matches the content) is ignored and replaced.
  const sizes = await Promise.all(stored.map(async file => (await stat(file)).size))
  const damaged = stored[sizes.indexOf(Math.max(...sizes))] as string
  const bytes = await readFile(damaged)
  bytes.writeUInt32LE(bytes.readUInt32LE(0) ^ 1, 0)
  await writeFile(damaged, bytes)
  await writeZip(entries, path.join(dir, 'again.zip'), { resultsDir: results })
  expect(await readFile(path.join(dir, 'again.zip'))).toEqual(plain)
  expect((await readFile(damaged)).readUInt32LE(0)).toBe(bytes.readUInt32LE(0) ^ 1)

  // So is a result whose compressed bytes changed (their own CRC-32 no longer matches): a hit is
  // checked by that checksum, not inflated again.
  const data = await readFile(damaged)
  data.writeUInt8(data.readUInt8(data.length - 1) ^ 0xff, data.length - 1)
  await writeFile(damaged, data)
  await writeZip(entries, path.join(dir, 'third.zip'), { resultsDir: results })
  expect(await readFile(path.join(dir, 'third.zip'))).toEqual(plain)
  expect((await readFile(damaged)).readUInt8(data.length - 1)).toBe(
    data.readUInt8(data.length - 1) ^ 0xff
  )
})

it("takes large files' results from the cache without growing the workers, damaged ones again", async () => {
  const dir = await scratchDirs.folder()
  const results = path.join(dir, 'results')
  const root = path.join(dir, 'a/python/pkg')
  const threads = Math.min(2, os.availableParallelism())
  await mkdir(root, { recursive: true })
  // Over the size checksummed piece by piece: one that deflates (larger than a worker that is
  // lent to the next zip may hold), one stored as it is.
  await writeFile(path.join(root, 'large.py'), 'answer = 42  # lambda layer\n'.repeat(420_000))
  await writeFile(path.join(root, 'large.bin'), randomBytes(5 * 1024 * 1024))
  await writeZip(await walkTree(path.join(dir, 'a')), path.join(dir, 'plain.zip'))
  await writeZip(await walkTree(path.join(dir, 'a')), path.join(dir, 'cold.zip'), {
    resultsDir: results
  })
  const plain = await readFile(path.join(dir, 'plain.zip'))
  // Buffer.equals: jest's element-wise toEqual takes seconds on megabytes.
  expect((await readFile(path.join(dir, 'cold.zip'))).equals(plain)).toBe(true)
  // Copies (other inodes, so nothing is known about them): read, checksummed and looked up.
  const copy = async (name: string) => {
    await cp(path.join(dir, 'a'), path.join(dir, name), { recursive: true })
    await writeZip(await walkTree(path.join(dir, name)), path.join(dir, `${name}.zip`), {
      resultsDir: results,
      threads
    })
    return readFile(path.join(dir, `${name}.zip`))
  }
  expect((await copy('b')).equals(plain)).toBe(true)
  // Results taken from the cache leave the workers' memory as it was: all of them wait for the
  // next zip (the 12 MB file read whole would have grown one past what is lent on).
  expect(restingWorkers()).toBe(threads)
  const stored = await listAll(results)
  expect(stored).toHaveLength(2)
  const deflated = stored.find(file => readFileSync(file).readUInt8(4) === 8) as string
  const data = await readFile(deflated)
  data.writeUInt8(data.readUInt8(100) ^ 0xff, 100)
  await writeFile(deflated, data)
  expect((await copy('c')).equals(plain)).toBe(true)
  expect((await readFile(deflated)).readUInt8(100)).toBe(data.readUInt8(100) ^ 0xff)
})

it("takes a hard-linked file's result by its identity, and never a rewritten file's", async () => {
  const dir = await scratchDirs.folder()
  const results = path.join(dir, 'results')
  await tree(path.join(dir, 'a'), 'a')
  const shared = path.join(dir, 'b/python/pkg/big.py')
  await mkdir(path.dirname(shared), { recursive: true })
  await link(path.join(dir, 'a/python/pkg/big.py'), shared)
  const zip = async (name: string, resultsDir?: string) => {
    await writeZip(await walkTree(path.join(dir, name[0] as string)), path.join(dir, name), {
      resultsDir
    })
    return readFile(path.join(dir, name))
  }
  await zip('a.zip', results)
  // b's big.py is a's (one inode): its result is known from a's zip, and the bytes are the same.
  const original = await zip('b-plain.zip')
  expect(await zip('b-cached.zip', results)).toEqual(original)
  // Rewritten in place at the same size: the new content, not the result known for the old one.
  const text = await readFile(shared, 'utf8')
  await writeFile(shared, text.replaceAll('lambda layer', 'lambda_layer'))
  const plain = await zip('b-rewritten-plain.zip')
  expect(plain).not.toEqual(original)
  expect(await zip('b-rewritten.zip', results)).toEqual(plain)
})

it('keeps the cache under its bound, least recently used out first', async () => {
  const dir = await scratchDirs.folder()
  const files = ['old', 'middle', 'new'].map(name => path.join(dir, 'deflate', 'tag', name))
  await mkdir(path.dirname(files[0]!), { recursive: true })
  for (const [i, file] of files.entries()) {
    await writeFile(file, Buffer.alloc(1000))
    const time = new Date(Date.UTC(2026, 0, 1 + i))
    await utimes(file, time, time)
  }
  expect(await evictFiles(dir, 5000)).toEqual({ files: 0, bytes: 0 })
  expect(await evictFiles(dir, 2000)).toEqual({ files: 2, bytes: 2000 })
  expect((await listAll(dir)).map(file => path.basename(file))).toEqual(['new'])
})

it('removes the results of other layout versions when it trims the cache', async () => {
  const root = await scratchDirs.folder()
  const layout = cacheLayout(root)
  const old = path.join(root, 'files', 'v1', 'deflate', 'tag', 'ab', 'abcd')
  const kept = path.join(layout.files, 'deflate', 'tag', 'abcd')
  const other = path.join(root, 'files', 'notes.txt')
  for (const file of [old, kept, other]) {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, 'result')
  }
  await trimFileResults(layout.files, {}, silentLogger)
  expect((await listAll(path.join(root, 'files'))).sort()).toEqual([other, kept].sort())
})

it('builds a layer to the same bytes with an empty per-file cache and a warm one', async () => {
  const dir = await copyExample('requirements')
  scratchDirs.track(path.dirname(dir))
  const cacheDir = await scratchDirs.folder()
  const build = async () => {
    const prepared = await prepareBuild({
      projectDir: dir,
      overrides: { layers: ['base'], verify: ['elf'], cacheDir }
    })
    // The machine's pinned tools; everything else (downloads, results) in the fresh cache folder.
    const tools = createTools({
      run: runProcess,
      log: silentLogger,
      toolDir: path.join(defaultCacheDir(), 'tools')
    })
    const result = await buildLayers(prepared, { run: runProcess, log: silentLogger, tools })
    return result.report.layers.map(layer => layer.sha256)
  }
  const cold = await build()
  const results = await listAll(path.join(cacheDir, 'files'))
  expect(results.some(file => file.includes(`${path.sep}deflate${path.sep}`))).toBe(true)
  expect(results.some(file => file.includes(`${path.sep}strip${path.sep}`))).toBe(true)
  expect(results.some(file => file.includes(`${path.sep}pyc${path.sep}`))).toBe(true)
  // The installer's cache, hard-linked into the layer's tree, still holds every shared object as
  // installed: none of them is a stripped result (strip writes into linked files in place).
  const sha = async (file: string) =>
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
  const stripped = new Set(
    await Promise.all(results.filter(f => f.includes(`${path.sep}strip${path.sep}`)).map(sha))
  )
  const installed = (await listAll(path.join(cacheDir, 'uv'))).filter(f => /\.so(\.|$)/.test(f))
  expect(installed.length).toBeGreaterThan(0)
  for (const file of installed) expect(stripped.has(await sha(file))).toBe(false)
  const warm = await build()
  expect(warm).toEqual(cold)
  // Nothing new was computed on the warm run.
  expect(await listAll(path.join(cacheDir, 'files'))).toEqual(results)
})
