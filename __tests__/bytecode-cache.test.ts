// Bytecode from the per-file results: the same bytes as `compileall` writes, whether each file is
// compiled, reused from the cache, or compiled again because its cached entry is damaged (cut
// short, or one byte changed that still unmarshals); a file
// whose path under /opt differs is never given another path's bytecode.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { compileBytecode } from '../src/shape/bytecode.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'

const exec = promisify(execFile)
let root: string
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pyc-cache-'))
})
afterAll(async () => rm(root, { recursive: true, force: true }))

/** Every .pyc under dir: relative path -> bytes (hex). */
async function pycs(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.pyc')) continue
    const full = path.join(entry.parentPath, entry.name)
    found.set(path.relative(dir, full), (await readFile(full)).toString('hex'))
  }
  return found
}

async function tree(name: string): Promise<string> {
  const site = path.join(root, name, 'python')
  await mkdir(path.join(site, 'pkg', 'sub'), { recursive: true })
  await writeFile(
    path.join(site, 'pkg', '__init__.py'),
    '"""Package."""\nfrom .sub import mod\nVALUE = 1\n'
  )
  await writeFile(path.join(site, 'pkg', 'sub', '__init__.py'), '')
  await writeFile(path.join(site, 'pkg', 'sub', 'mod.py'), 'def f(x):\n    return x * 2\n')
  // The same content at another path: its code object names another file.
  await writeFile(path.join(site, 'pkg', 'copy.py'), 'def f(x):\n    return x * 2\n')
  await writeFile(path.join(site, 'old.py'), 'print "python 2"\n')
  return site
}

it('gives the bytes compileall writes, cold, warm and with a damaged entry', async () => {
  const reference = await tree('reference')
  await exec('python3.11', [
    '-m',
    'compileall',
    '-q',
    '-j',
    '0',
    '--invalidation-mode',
    'unchecked-hash',
    '-s',
    reference,
    '-p',
    '/opt/python',
    reference
  ]).catch(() => undefined) // exits 1: old.py does not compile
  const expected = await pycs(reference)
  expect(expected.size).toBe(4)

  const cache = path.join(root, 'files')
  const said: string[] = []
  const log = { ...silentLogger, debug: (message: string) => said.push(message) }
  const ctx = { run: runProcess, log, resultsDir: cache }
  for (const name of ['cold', 'warm']) {
    const site = await tree(name)
    const result = await compileBytecode(site, 'python', '3.11', ctx)
    expect(result).toMatchObject({ failed: 1 })
    expect(await pycs(site)).toEqual(expected)
  }
  expect(said).toEqual([
    'bytecode: 4 files compiled, 0 reused from the per-file results',
    'bytecode: 0 files compiled, 4 reused from the per-file results'
  ])
  const stored = (await readdir(cache, { recursive: true, withFileTypes: true })).filter(e =>
    e.isFile()
  )
  expect(stored).toHaveLength(4)
  // Reused bytecode is linked into place, not written again: the warm tree's pycs are the cache's.
  const inodes = async (files: string[]) => Promise.all(files.map(async f => (await stat(f)).ino))
  const storedInodes = await inodes(stored.map(e => path.join(e.parentPath, e.name)))
  const warm = path.join(root, 'warm', 'python')
  const warmPycs = [...(await pycs(warm)).keys()].map(file => path.join(warm, file))
  expect((await inodes(warmPycs)).sort()).toEqual(storedInodes.sort())
  // Damaged entries: one cut short, the others with a byte of their file name changed.
  const [first, ...others] = stored.map(entry => path.join(entry.parentPath, entry.name))
  await writeFile(first as string, 'damaged')
  for (const file of others) {
    const bytes = await readFile(file)
    const at = bytes.lastIndexOf('/opt/python/')
    expect(at).toBeGreaterThan(16)
    bytes[at + 1] = 'q'.charCodeAt(0)
    await writeFile(file, bytes)
  }
  said.length = 0
  const site = await tree('damaged')
  await compileBytecode(site, 'python', '3.11', ctx)
  expect(await pycs(site)).toEqual(expected)
  expect(said).toEqual(['bytecode: 4 files compiled, 0 reused from the per-file results'])
  // The damaged entries were replaced, not kept beside the good ones.
  const after = (await readdir(cache, { recursive: true, withFileTypes: true })).filter(e =>
    e.isFile()
  )
  expect(after).toHaveLength(4)

  // Without a results folder: the same bytes again.
  const plain = await tree('plain')
  await compileBytecode(plain, 'python', '3.11', { run: runProcess, log: silentLogger })
  expect(await pycs(plain)).toEqual(expected)
}, 120_000)
