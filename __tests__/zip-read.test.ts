// The one zip reader: extraction to disk with the zip's permissions and the path guard, the listing
// and chosen bytes, and the RECORD parser both Shape and Verify read dist-info with.
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { walkTree } from '../src/files/tree.js'
import { extractZip, readZip, zipListing } from '../src/files/zip-read.js'
import { writeZip } from '../src/package/zip.js'
import { readDistributions } from '../src/shape/distributions.js'
import { indexLayer } from '../src/verify/layer-index.js'
import { useScratch } from '../__fixtures__/projects.js'

const scratchDirs = useScratch()

/** Stages `files` (path -> content, or [content, mode]) and zips them; returns stage and zip. */
async function zipOf(
  files: Record<string, string | [string, number]>
): Promise<{ stage: string; zipPath: string }> {
  const root = await scratchDirs.folder()
  const stage = path.join(root, 'stage')
  for (const [name, value] of Object.entries(files)) {
    const [content, mode] = typeof value === 'string' ? [value, 0o644] : value
    await mkdir(path.dirname(path.join(stage, name)), { recursive: true })
    await writeFile(path.join(stage, name), content)
    await chmod(path.join(stage, name), mode)
  }
  const zipPath = path.join(root, 'layer.zip')
  await writeZip(await walkTree(stage), zipPath)
  return { stage, zipPath }
}

/** Writes `entries` (zip path -> text) with Python's zipfile, which takes any path, even `..`. */
function pythonZip(zipPath: string, entries: Record<string, string>, deflated = false): void {
  execFileSync('python3', [
    '-c',
    'import json, sys, zipfile\n' +
      'with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED if sys.argv[2] == "1" else zipfile.ZIP_STORED) as z:\n' +
      '  for name, text in json.loads(sys.argv[3]).items(): z.writestr(name, text)\n',
    zipPath,
    deflated ? '1' : '0',
    JSON.stringify(entries)
  ])
}

describe('extractZip', () => {
  it('writes every entry below the folder with its bytes and permissions', async () => {
    const { zipPath } = await zipOf({
      'python/pkg/__init__.py': 'x = 1\n',
      'python/pkg/data/big.bin': 'z'.repeat(3_000_000),
      'bin/tool': ['#!/bin/sh\necho hi\n', 0o755]
    })
    const out = path.join(await scratchDirs.folder(), 'opt')
    await extractZip(zipPath, out)
    expect(await readFile(path.join(out, 'python/pkg/__init__.py'), 'utf8')).toBe('x = 1\n')
    expect((await stat(path.join(out, 'python/pkg/data/big.bin'))).size).toBe(3_000_000)
    expect((await readFile(path.join(out, 'python/pkg/data/big.bin'), 'utf8')).at(-1)).toBe('z')
    expect((await stat(path.join(out, 'bin/tool'))).mode & 0o777).toBe(0o755)
    expect((await stat(path.join(out, 'python/pkg/__init__.py'))).mode & 0o777).toBe(0o644)
    expect((await stat(out)).mode & 0o777).toBe(0o755)
  })

  it('refuses an entry that climbs out of the folder and writes nothing outside it', async () => {
    const root = await scratchDirs.folder()
    const zipPath = path.join(root, 'evil.zip')
    pythonZip(zipPath, { 'python/ok.py': 'ok', '../escaped.txt': 'out' })
    const out = path.join(root, 'opt')
    await expect(extractZip(zipPath, out)).rejects.toThrow(/escaped\.txt/)
    expect((await readdir(root)).sort()).toEqual(['evil.zip', 'opt'])
  })

  it('refuses an entry whose bytes do not match its CRC-32, stored or deflated', async () => {
    const content = 'value = "' + 'abcdefgh'.repeat(4000) + '"\n'
    for (const level of [0, 6]) {
      const root = await scratchDirs.folder()
      const zipPath = path.join(root, 'layer.zip')
      pythonZip(zipPath, { 'python/ok.py': 'ok = 1\n', 'python/data.py': content }, level > 0)
      // The CRC-32 of python/data.py, as the local header and the central directory record it,
      // made wrong by one bit: the bytes still unzip, to content the zip does not describe.
      const bytes = await readFile(zipPath)
      const crc = Buffer.alloc(4)
      crc.writeUInt32LE(crc32(content))
      let at = bytes.indexOf(crc)
      expect(at).toBeGreaterThan(0)
      for (; at >= 0; at = bytes.indexOf(crc, at + 1)) bytes.writeUInt8(bytes.readUInt8(at) ^ 1, at)
      await writeFile(zipPath, bytes)
      const out = path.join(root, 'opt')
      await expect(extractZip(zipPath, out)).rejects.toThrow(
        /entry python\/data\.py does not match its CRC-32: the zip is damaged/
      )
    }
  })
})

describe('listing and chosen entries', () => {
  it('lists file sizes without directories and reads only the entries asked for', async () => {
    const { zipPath } = await zipOf({ 'python/a.py': 'aa', 'python/sub/b.txt': 'bbbb' })
    expect([...(await zipListing(zipPath))]).toEqual([
      ['python/a.py', 2],
      ['python/sub/b.txt', 4]
    ])
    const { names, files } = await readZip(zipPath, name => name.endsWith('.txt'))
    expect(names).toEqual(['python/', 'python/a.py', 'python/sub/', 'python/sub/b.txt'])
    expect(files.map(f => [f.name, f.data.toString()])).toEqual([['python/sub/b.txt', 'bbbb']])
  })
})

describe('RECORD, read by Shape (staged tree) and Verify (zip) alike', () => {
  const record = [
    'demo/__init__.py,sha256=abc,10',
    '"demo/with,comma.py",sha256=def,20',
    '"demo/say ""hi"".py",sha256=ghi,30',
    '../bin/demo-cli,sha256=jkl,40\r',
    '',
    '"demo/unterminated.py,sha256=mno,50',
    'demo-1.0.dist-info/RECORD,,'
  ].join('\n')
  const expected = [
    'python/demo/__init__.py',
    'python/demo/with,comma.py',
    'python/demo/say "hi".py',
    'bin/demo-cli',
    'python/demo-1.0.dist-info/RECORD'
  ]

  it('lists each path once, unquoted, and leaves out a quoted path that never closes', async () => {
    const { stage, zipPath } = await zipOf({
      'python/demo-1.0.dist-info/RECORD': record,
      'python/demo-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n',
      'python/demo/__init__.py': ''
    })
    const [shaped] = await readDistributions(await walkTree(stage), 'python')
    expect(shaped?.files).toEqual(expected)
    const index = await indexLayer(zipPath, 'python')
    expect(index.distributions.map(d => [d.name, d.version])).toEqual([['demo', '1.0']])
    expect(index.distributions[0]?.files).toEqual(expected)
    expect(index.ownerOf('python/demo/with,comma.py')?.name).toBe('demo')
  })
})
