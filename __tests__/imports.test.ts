// Which files inside test and doc folders a layer keeps because other files import them: the same
// answer whether a file is read for the first time or its scan is taken from an earlier layer of
// the build that holds a hard link to it, whatever folders each layer removes.
import { link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { walkTree } from '../src/files/tree.js'
import { importedFiles } from '../src/shape/imports.js'

let root: string
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'imports-'))
})
afterAll(async () => rm(root, { recursive: true, force: true }))

const SOURCES: Record<string, string> = {
  'pkg/__init__.py': 'from .tests import helpers\nfrom pkg.docs import TEXT\n',
  'pkg/tests/__init__.py': '',
  'pkg/tests/helpers.py': 'from . import data\n',
  'pkg/tests/data.py': 'X = 1\n',
  'pkg/tests/test_x.py': 'import pytest\n',
  'pkg/docs/__init__.py': 'TEXT = "t"\n',
  'pkg/docs/other.py': 'Y = 2\n',
  'plain.py': 'import latest_tool  # mentions "test" only inside a word\n'
}

/** A layer's Python files: the first layer writes them, later ones hard-link its files. */
async function layer(name: string, from?: string) {
  const dir = path.join(root, name)
  for (const file of Object.keys(SOURCES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    if (from) await link(path.join(from, file), path.join(dir, file))
    else await writeFile(path.join(dir, file), SOURCES[file] as string)
  }
  const entries = await walkTree(dir)
  return entries
    .filter(entry => entry.kind === 'file')
    .map(entry => ({ path: entry.name, source: entry.source, identity: entry.identity }))
}

it('keeps the same imported files, scanned once for layers sharing hard links', async () => {
  const first = await layer('first')
  const second = await layer('second', path.join(root, 'first'))
  expect(second.map(file => file.identity)).toEqual(first.map(file => file.identity))
  const unshared = (files: typeof first) => files.map(({ path, source }) => ({ path, source }))
  const cases: string[][] = [['pkg/tests'], ['pkg/docs'], ['pkg/tests', 'pkg/docs']]
  const expected = new Map([
    ['pkg/tests', ['pkg/tests/__init__.py', 'pkg/tests/data.py', 'pkg/tests/helpers.py']],
    ['pkg/docs', ['pkg/docs/__init__.py']]
  ])
  for (const files of [first, second, unshared(second), first]) {
    for (const candidates of cases) {
      const kept = [...importedFiles(candidates, files)].sort()
      expect(kept).toEqual(candidates.flatMap(folder => expected.get(folder) ?? []).sort())
    }
  }
})
