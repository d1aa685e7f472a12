// The zip writer: sorted entries, one timestamp, normalized modes, no extra fields, explicit
// symlink handling, and a read-back check that catches corruption.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { BuildError } from '../src/errors.js'
import { checkZip } from '../src/package/check.js'
import { walkTree, withoutEmptyFolders } from '../src/files/tree.js'
import {
  LIBDEFLATE_WASM_BASE64,
  SOURCE_DIGEST,
  WASM_DIGEST
} from '../src/package/deflate/libdeflate-wasm.js'
import { BIG_BATCH_BYTES, nextToStart } from '../src/package/deflate/pool.js'
import { dosDateTime, writeZip } from '../src/package/zip.js'
import { remove, scratch } from '../__fixtures__/projects.js'
import { openZip } from '../__fixtures__/zip.js'

const exec = promisify(execFile)
const KNOWN_TREE_SHA256 = '7759aad0775ad1cba51435eb946e99bf58524f5df1f43d637a923c9755e0ef64'
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

it('leaves out the folders that hold no file at any depth', async () => {
  for (const folder of ['python/pkg/tests/data', 'python/pkg/sub', 'python/empty'])
    await mkdir(path.join(dir, folder), { recursive: true })
  await writeFile(path.join(dir, 'python/pkg/sub/mod.py'), 'x = 1\n')
  const kept = withoutEmptyFolders(await walkTree(dir)).map(entry => entry.name)
  expect(kept).toEqual(['python', 'python/pkg', 'python/pkg/sub', 'python/pkg/sub/mod.py'])
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

it('compresses each file whole at every level, storing what would not shrink', async () => {
  await mkdir(path.join(dir, 'python'), { recursive: true })
  // 3.5 MiB: compressible text, then noise, then text again; and a file of noise alone.
  const text = Buffer.from('import numpy as np\n'.repeat(80_000))
  const noise = Buffer.from(Array.from({ length: 1_300_000 }, (_, i) => (i * 2654435761) >>> 24))
  const big = Buffer.concat([text, noise, text]).subarray(0, 3.5 * 1024 * 1024)
  await writeFile(path.join(dir, 'python/libbig.so'), big)
  const random = randomBytes(200_000)
  await writeFile(path.join(dir, 'python/random.bin'), random)
  const entries = await walkTree(path.join(dir, 'python'))
  const sizes: number[] = []
  for (const level of [0, 1, 6, 12]) {
    const zipPath = path.join(dir, `big-${level}.zip`)
    await writeZip(entries, zipPath, { level, windowBytes: level === 6 ? 1 : undefined })
    await checkZip(zipPath, entries.length)
    const zip = await openZip(zipPath)
    expect((await zip.read('libbig.so')).equals(big)).toBe(true)
    expect((await zip.read('random.bin')).equals(random)).toBe(true)
    const methods = Object.fromEntries(zip.entries.map(e => [e.name, e.compressionMethod]))
    expect(methods).toEqual({ 'libbig.so': level === 0 ? 0 : 8, 'random.bin': 0 })
    zip.close()
    const { stdout } = await exec('unzip', ['-t', zipPath])
    expect(stdout).toContain('No errors detected')
    sizes.push((await stat(zipPath)).size)
  }
  // Each level up gives a smaller zip here; level 0 stores everything.
  expect(sizes[0]).toBeGreaterThan(big.length + random.length)
  expect(sizes.slice(1)).toEqual([...sizes.slice(1)].sort((a, b) => b - a))
})

it('gives the same bytes on every machine: a known tree has a known digest', async () => {
  // The deflate engine is WebAssembly, so neither the CPU, the Node.js version nor the number of
  // threads changes a byte. A change of this digest is a change of every layer's hash: it must
  // come with a reason (a new libdeflate, a new entry layout), never by accident.
  await mkdir(path.join(dir, 'python/pkg'), { recursive: true })
  const lines = Array.from({ length: 20_000 }, (_, i) => `value_${i % 977} = ${(i * 31) % 1009}\n`)
  await writeFile(path.join(dir, 'python/pkg/__init__.py'), lines.join(''))
  await writeFile(
    path.join(dir, 'python/pkg/table.bin'),
    Buffer.from(Array.from({ length: 300_000 }, (_, i) => ((i * i) >>> 7) & 0xff))
  )
  const entries = await walkTree(dir)
  const one = await writeZip(entries, path.join(dir, 'one.zip'), { threads: 1 })
  const four = await writeZip(entries, path.join(dir, 'four.zip'), { threads: 4, windowBytes: 1 })
  expect(four.sha256).toBe(one.sha256)
  expect(one.sha256).toBe(KNOWN_TREE_SHA256)
})

it('compresses one big file at a time in the process; smaller batches pass a waiting one', () => {
  const big = { bytes: BIG_BATCH_BYTES + 1 }
  const small = { bytes: 1024 * 1024 }
  expect(nextToStart([big, small, big], false)).toBe(0)
  expect(nextToStart([big, small, big], true)).toBe(1)
  expect(nextToStart([big, big], true)).toBe(-1)
  expect(nextToStart([{ bytes: BIG_BATCH_BYTES }], true)).toBe(0)
  expect(nextToStart([], false)).toBe(-1)
})

it('writes the same bytes when two zips with big files run at once as one after another', async () => {
  // Each tree: a big compressible file, a big file of noise (stored) and small files after them;
  // the two zips share the process's one big-file slot and each other's waits.
  const trees = ['a', 'b'].map(name => path.join(dir, name))
  for (const [i, root] of trees.entries()) {
    await mkdir(path.join(root, 'python/pkg'), { recursive: true })
    const line = Buffer.from(`value_${i} = list(range(1000))  # layer ${i}\n`)
    const text = Buffer.alloc(BIG_BATCH_BYTES + 4096, line)
    await writeFile(path.join(root, 'python/pkg/a_text.so'), text)
    await writeFile(path.join(root, 'python/pkg/b_noise.so'), randomBytes(BIG_BATCH_BYTES + 1))
    for (let n = 0; n < 40; n++) {
      await writeFile(path.join(root, `python/pkg/m${n}.py`), `x = ${n * i}\n`.repeat(5000))
    }
  }
  const entries = await Promise.all(trees.map(root => walkTree(root)))
  const together = await Promise.all(
    entries.map((list, i) => writeZip(list, path.join(dir, `together-${i}.zip`), { threads: 2 }))
  )
  for (const [i, list] of entries.entries()) {
    const alone = await writeZip(list, path.join(dir, `alone-${i}.zip`), { threads: 2 })
    expect(together[i]?.sha256).toBe(alone.sha256)
    await checkZip(path.join(dir, `together-${i}.zip`), list.length)
    const zip = await openZip(path.join(dir, `together-${i}.zip`))
    const methods = Object.fromEntries(zip.entries.map(e => [e.name, e.compressionMethod]))
    zip.close()
    expect([methods['python/pkg/a_text.so'], methods['python/pkg/b_noise.so']]).toEqual([8, 0])
  }
})

it('runs the deflate module built from the sources in the repository', async () => {
  // scripts/build-deflate-wasm.sh records the digests of the sources it built from (pinned
  // toolchain included) and of the module it built: both must match what is committed.
  const hash = createHash('sha256')
  for (const name of ['Cargo.toml', 'Cargo.lock', 'lib.rs', 'rust-toolchain.toml']) {
    hash.update(`${name}\0`)
    hash.update(await readFile(path.join('src/package/deflate/wasm', name)))
  }
  expect(hash.digest('hex')).toBe(SOURCE_DIGEST)
  const module = Buffer.from(LIBDEFLATE_WASM_BASE64, 'base64')
  expect(createHash('sha256').update(module).digest('hex')).toBe(WASM_DIGEST)
})

it('names a file that changed or vanished while zipping, and leaves no zip behind', async () => {
  await tree(dir)
  const entries = await walkTree(path.join(dir, 'python'))
  const zipPath = path.join(dir, 'changed.zip')
  const grown = entries.map(e => (e.name === 'pkg/tool.sh' ? { ...e, size: e.size - 1 } : e))
  await expect(writeZip(grown, zipPath)).rejects.toThrow(/tool\.sh: changed size while/)
  const gone = entries.map(e =>
    e.name === 'a_first.py' ? { ...e, source: `${e.source}.gone` } : e
  )
  await expect(writeZip(gone, zipPath)).rejects.toThrow(/a_first\.py\.gone: ENOENT/)
  const left = await readdir(dir)
  expect(left.filter(name => name.startsWith('changed.zip'))).toEqual([])
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

it('catches a corrupted stored entry when inflating the zip back', async () => {
  await tree(dir)
  const zipPath = path.join(dir, 'python.zip')
  const entries = await walkTree(path.join(dir, 'python'))
  await writeZip(entries, zipPath, { level: 0 })
  await checkZip(zipPath, entries.length, { inflate: true })
  for (const inflate of [false, true])
    await expect(checkZip(zipPath, entries.length + 1, { inflate })).rejects.toThrow(
      `entries read back, ${entries.length + 1} written`
    )
  const bytes = await readFile(zipPath)
  const at = bytes.indexOf(Buffer.from('x = 1'))
  bytes[at] = 'y'.charCodeAt(0)
  await writeFile(zipPath, bytes)
  await expect(checkZip(zipPath, entries.length, { inflate: true })).rejects.toThrow(
    'entry pkg/__init__.py fails its CRC check'
  )
})

it('catches a corrupted deflated entry when inflating, small (read whole) or large (streamed)', async () => {
  await tree(dir)
  // Over the 1 MiB read whole: this one streams.
  const lines = Array.from({ length: 400_000 }, (_, i) => `line ${i * 7919}\n`).join('')
  await writeFile(path.join(dir, 'python/pkg/large.txt'), lines)
  const zipPath = path.join(dir, 'deflated.zip')
  const entries = await walkTree(path.join(dir, 'python'))
  await writeZip(entries, zipPath, { level: 6 })
  await checkZip(zipPath, entries.length, { inflate: true })
  const clean = await readFile(zipPath)
  for (const name of ['pkg/__init__.py', 'pkg/large.txt']) {
    const bytes = Buffer.from(clean)
    // The entry's data follows its local header (30 bytes + name); flip a byte in its middle.
    const header = bytes.indexOf(Buffer.from(name)) - 30
    expect(bytes.readUInt32LE(header)).toBe(0x04034b50)
    const stored = bytes.readUInt32LE(header + 18)
    const at = header + 30 + name.length + Math.floor(stored / 2)
    bytes[at] = (bytes[at] as number) ^ 0x55
    await writeFile(zipPath, bytes)
    await expect(checkZip(zipPath, entries.length, { inflate: true })).rejects.toThrow(BuildError)
  }
})

/** `bytes` without the `length` bytes at `at`. */
function cut(bytes: Buffer, at: number, length: number): Buffer {
  return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)])
}

/** The zip's bytes with `change` applied to the entry `name`'s local header (at) and data. */
function withEntry(
  zip: Buffer,
  name: string,
  change: (bytes: Buffer, at: number) => Buffer
): Buffer {
  const at = zip.indexOf(Buffer.from(name)) - 30
  expect(zip.readUInt32LE(at)).toBe(0x04034b50)
  return change(Buffer.from(zip), at)
}

it('reads back the structure of a written zip: local headers, sizes, entries end to end', async () => {
  await tree(dir)
  const zipPath = path.join(dir, 'layout.zip')
  const entries = await walkTree(path.join(dir, 'python'))
  await writeZip(entries, zipPath)
  await checkZip(zipPath, entries.length)
  const clean = await readFile(zipPath)
  const name = 'pkg/__init__.py'
  const stored = (bytes: Buffer, at: number) => bytes.readUInt32LE(at + 18)
  const cases: [string, (bytes: Buffer, at: number) => Buffer, RegExp][] = [
    [
      'signature',
      (bytes, at) => (bytes.writeUInt32LE(0x04034b51, at), bytes),
      /pkg\/__init__\.py has no local header at byte \d+/
    ],
    [
      'crc',
      (bytes, at) => (bytes.writeUInt32LE((bytes.readUInt32LE(at + 14) ^ 1) >>> 0, at + 14), bytes),
      /pkg\/__init__\.py has crc \d+ in its local header, \d+ in the central directory/
    ],
    [
      'size',
      (bytes, at) => (bytes.writeUInt32LE(6001, at + 22), bytes),
      /pkg\/__init__\.py has size 6001 in its local header, 6000 in the central directory/
    ],
    [
      'method',
      (bytes, at) => (bytes.writeUInt16LE(0, at + 8), bytes),
      /pkg\/__init__\.py has method 0 in its local header, 8 in the central directory/
    ],
    [
      'name',
      (bytes, at) => (bytes.write('P', at + 30), bytes),
      /pkg\/__init__\.py has another name in its local header/
    ],
    [
      // Ten bytes of its data cut out: every later entry and the central directory move up.
      'truncated data',
      (bytes, at) => cut(bytes, at + 30 + name.length + Math.floor(stored(bytes, at) / 2), 10),
      /cannot be read back as a zip \(.*invalid central directory file header signature/
    ],
    [
      // The same, with the end record pointing at where the central directory now is.
      'truncated data, central directory found',
      (bytes, at) => {
        const short = cut(bytes, at + 30 + name.length + Math.floor(stored(bytes, at) / 2), 10)
        short.writeUInt32LE(short.readUInt32LE(short.length - 6) - 10, short.length - 6)
        return short
      },
      /pkg\/empty\.txt has no local header at byte \d+/
    ],
    [
      // An entry's stored size a byte short in both records: it seems to end before the next.
      'stored size',
      (bytes, at) => {
        const size = stored(bytes, at) - 1
        bytes.writeUInt32LE(size, at + 18)
        const record = bytes.lastIndexOf(Buffer.from(name)) - 46
        expect(bytes.readUInt32LE(record)).toBe(0x02014b50)
        bytes.writeUInt32LE(size, record + 20)
        return bytes
      },
      /pkg\/empty\.txt starts at byte \d+, but the entry before it ends at byte \d+/
    ],
    [
      // Ten bytes more after the last entry's data, the end record pointing past them.
      'gap before the central directory',
      bytes => {
        const directory = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
        const gap = Buffer.concat([
          bytes.subarray(0, directory),
          Buffer.alloc(10),
          bytes.subarray(directory)
        ])
        gap.writeUInt32LE(directory + 10, gap.length - 6)
        return gap
      },
      /its entries end at byte \d+, but its central directory starts at byte \d+/
    ],
    [
      'truncated zip',
      bytes => bytes.subarray(0, bytes.length - 100),
      /cannot be read back as a zip \(.*central directory/
    ]
  ]
  for (const [what, change, message] of cases) {
    await writeFile(zipPath, withEntry(clean, name, change))
    const failure = await checkZip(zipPath, entries.length).then(() => 'passed', String)
    // The case's name leads, so a failing case is named in the test's output.
    expect(`${what}: ${failure}`).toMatch(new RegExp(`^${what}: BuildError: .*${message.source}`))
    await expect(checkZip(zipPath, entries.length)).rejects.toThrow(BuildError)
  }
})

it('proves cached deflate results: a corrupted one is compressed again, the zip unchanged', async () => {
  await tree(dir)
  // rows.py is over 1 MiB: its result is checked piece by piece (the others' whole).
  const lines = Array.from({ length: 90_000 }, (_, i) => `row_${i % 613} = ${(i * 17) % 997}\n`)
  await writeFile(path.join(dir, 'python/pkg/rows.py'), lines.join(''))
  const entries = await walkTree(path.join(dir, 'python'))
  expect(entries.find(entry => entry.name.endsWith('rows.py'))?.size).toBeGreaterThan(1 << 20)
  const plain = path.join(dir, 'plain.zip')
  await writeZip(entries, plain)
  const resultsDir = path.join(dir, 'results')
  const cachedZip = path.join(dir, 'cached.zip')
  await writeZip(entries, cachedZip, { resultsDir })
  const deflateDir = path.join(resultsDir, 'deflate')
  const files = (await readdir(deflateDir, { recursive: true, withFileTypes: true }))
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
  // __init__.py, data.bin and rows.py are large enough to be kept.
  expect(files).toHaveLength(3)
  const kept = await Promise.all(files.map(file => readFile(file)))
  const corruptions: [string, (bytes: Buffer) => Buffer][] = [
    [
      'a flipped byte',
      bytes => {
        const at = bytes.length >> 1
        bytes[at] = (bytes[at] as number) ^ 0x55
        return bytes
      }
    ],
    ['a byte more', bytes => Buffer.concat([bytes, Buffer.from([0])])],
    ['a byte less', bytes => bytes.subarray(0, bytes.length - 1)]
  ]
  for (const [what, corrupt] of corruptions) {
    for (const [i, file] of files.entries()) {
      const bytes = Buffer.from(kept[i] as Buffer)
      expect(bytes[4]).toBe(8) // deflated: 4 bytes of CRC-32, the method, then the data
      await writeFile(file, corrupt(bytes))
    }
    await writeZip(entries, cachedZip, { resultsDir })
    const same = (await readFile(cachedZip)).equals(await readFile(plain))
    // Each was treated as a miss: compressed again and kept again.
    const restored = await Promise.all(
      files.map(async (file, i) => (await readFile(file)).equals(kept[i] as Buffer))
    )
    expect({ what, same, restored }).toEqual({ what, same: true, restored: [true, true, true] })
  }
  await checkZip(cachedZip, entries.length, { inflate: true })
})
