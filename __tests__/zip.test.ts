// The zip writer: sorted entries, one timestamp, normalized modes, no extra fields, explicit
// symlink handling, and a read-back check that catches corruption.
import { execFile } from 'node:child_process'
import { chmod, mkdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { BuildError } from '../src/errors.js'
import { checkZip } from '../src/package/check.js'
import { walkTree } from '../src/package/inventory.js'
import { dosDateTime, writeZip } from '../src/package/zip.js'
import { remove, scratch } from '../__fixtures__/projects.js'
import { openZip } from '../__fixtures__/zip.js'

const exec = promisify(execFile)
let dir: string
beforeEach(async () => {
  dir = await scratch()
})
afterEach(() => remove(dir))

async function tree(root: string) {
  await mkdir(path.join(root, 'python/pkg/sub'), { recursive: true })
  await writeFile(path.join(root, 'python/pkg/__init__.py'), 'x = 1\n'.repeat(1000))
  await writeFile(
    path.join(root, 'python/pkg/sub/data.bin'),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))
  )
  await writeFile(path.join(root, 'python/pkg/tool.sh'), '#!/bin/sh\necho hi\n')
  await chmod(path.join(root, 'python/pkg/tool.sh'), 0o700)
  await chmod(path.join(root, 'python/pkg/__init__.py'), 0o600)
  await writeFile(path.join(root, 'python/pkg/empty.txt'), '')
  await writeFile(path.join(root, 'python/a_first.py'), 'pass\n')
}

it('writes sorted entries with fixed times, normalized modes and no extra fields', async () => {
  await tree(dir)
  const zipPath = path.join(dir, 'out.zip')
  const entries = await walkTree(dir)
  await writeZip(
    entries.filter(e => !e.name.endsWith('.zip')),
    zipPath
  )
  const zip = await openZip(zipPath)
  zip.close()
  expect(zip.entries.map(e => e.name)).toEqual([
    'python/',
    'python/a_first.py',
    'python/pkg/',
    'python/pkg/__init__.py',
    'python/pkg/empty.txt',
    'python/pkg/sub/',
    'python/pkg/sub/data.bin',
    'python/pkg/tool.sh'
  ])
  const modes = Object.fromEntries(zip.entries.map(e => [e.name, e.mode.toString(8)]))
  expect(modes).toMatchObject({
    'python/': '40755',
    'python/pkg/__init__.py': '100644',
    'python/pkg/tool.sh': '100755'
  })
  expect(zip.entries.every(e => e.extraFieldLength === 0)).toBe(true)
  expect(zip.entries.every(e => e.lastModified.getTime() === new Date(1980, 0, 1).getTime())).toBe(
    true
  )
  // Info-ZIP's own tester agrees the archive is sound.
  const { stdout } = await exec('unzip', ['-t', zipPath])
  expect(stdout).toContain('No errors detected')
})

it('stamps SOURCE_DATE_EPOCH as UTC fields', () => {
  // 2024-02-29 13:45:10 UTC
  const { date, time } = dosDateTime(1709214310)
  expect(date).toBe(((2024 - 1980) << 9) | (2 << 5) | 29)
  expect(time).toBe((13 << 11) | (45 << 5) | 5)
  expect(dosDateTime(0)).toEqual(dosDateTime(315532800))
})

it('gives the same bytes for the same content, wherever and whenever it was staged', async () => {
  const a = path.join(dir, 'a')
  const b = path.join(dir, 'elsewhere', 'b')
  await tree(a)
  const previous = process.umask(0o077)
  try {
    await tree(b)
  } finally {
    process.umask(previous)
  }
  await utimes(path.join(b, 'python/pkg/__init__.py'), new Date(2001, 1, 1), new Date(2001, 1, 1))
  await writeZip(await walkTree(a), path.join(dir, 'a.zip'))
  await writeZip(await walkTree(b), path.join(dir, 'b.zip'), { windowBytes: 1 })
  expect(await readFile(path.join(dir, 'a.zip'))).toEqual(await readFile(path.join(dir, 'b.zip')))
})

it('compresses large files in chunks that concatenate into one valid deflate stream', async () => {
  await mkdir(path.join(dir, 'python'), { recursive: true })
  // 3.5 MiB: compressible text, then noise (stored data would not shrink), then text again.
  const text = Buffer.from('import numpy as np\n'.repeat(80_000))
  const noise = Buffer.from(Array.from({ length: 1_300_000 }, (_, i) => (i * 2654435761) >>> 24))
  const big = Buffer.concat([text, noise, text]).subarray(0, 3.5 * 1024 * 1024)
  await writeFile(path.join(dir, 'python/libbig.so'), big)
  const entries = await walkTree(path.join(dir, 'python'))
  for (const [i, level] of [6, 0, 9].entries()) {
    const zipPath = path.join(dir, `big-${i}.zip`)
    await writeZip(entries, zipPath, { level, windowBytes: i === 2 ? 1 : undefined })
    await checkZip(zipPath, entries.length)
    const zip = await openZip(zipPath)
    expect((await zip.read('libbig.so')).equals(big)).toBe(true)
    zip.close()
    const { stdout } = await exec('unzip', ['-t', zipPath])
    expect(stdout).toContain('No errors detected')
  }
  expect((await stat(path.join(dir, 'big-0.zip'))).size).toBeLessThan(big.length / 2)
})

it('stores a symlink inside the tree as its file and refuses one leaving the tree', async () => {
  await tree(dir)
  await symlink('__init__.py', path.join(dir, 'python/pkg/alias.py'))
  const zipPath = path.join(dir, 'links.zip')
  const entries = await walkTree(path.join(dir, 'python'))
  await writeZip(entries, zipPath)
  const zip = await openZip(zipPath)
  expect((await zip.read('pkg/alias.py')).toString()).toBe('x = 1\n'.repeat(1000))
  zip.close()
  await symlink('/etc/hostname', path.join(dir, 'python/pkg/outside'))
  await expect(walkTree(path.join(dir, 'python'))).rejects.toThrow(
    /symlink pkg\/outside points outside the layer/
  )
})

it('catches a corrupted entry when reading the zip back', async () => {
  await tree(dir)
  const zipPath = path.join(dir, 'python.zip')
  const entries = await walkTree(path.join(dir, 'python'))
  await writeZip(entries, zipPath, { level: 0 })
  await checkZip(zipPath, entries.length)
  await expect(checkZip(zipPath, entries.length + 1)).rejects.toThrow(
    `entries read back, ${entries.length + 1} written`
  )
  const bytes = await readFile(zipPath)
  const at = bytes.indexOf(Buffer.from('x = 1'))
  bytes[at] = 'y'.charCodeAt(0)
  await writeFile(zipPath, bytes)
  await expect(checkZip(zipPath, entries.length)).rejects.toThrow(BuildError)
})
