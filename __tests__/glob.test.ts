// Globs of the slim table's exclude, keep and no-strip lists (picomatch): the syntax a user can
// write, `!pattern` taking paths back out, and the refusal of globs that leave the layer root.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError } from '../src/errors.js'
import { prepareBuild } from '../src/pipeline.js'
import { matcher } from '../src/shape/glob.js'
import { remove, scratch } from '../__fixtures__/projects.js'

const PATHS = [
  'numpy/tests/test_a.py',
  'numpy/tests/data/big.npy',
  'numpy/core/include/numpy/ndarray.h',
  'numpy/_core/lib.so',
  'pandas/README.md',
  'pandas/tests/io/test_csv.py',
  'craft/keepme.md',
  'craft/.hidden/notes.txt',
  'libs/libgdal-1a2b.so.30',
  'six.py'
]
const matching = (globs: string[]) => PATHS.filter(matcher(globs))

it('keeps the syntax it had: * and ? in a segment, ** across, a folder holds what is inside', () => {
  expect(matching(['**/*.md'])).toEqual(['pandas/README.md', 'craft/keepme.md'])
  expect(matching(['numpy/tests'])).toEqual(['numpy/tests/test_a.py', 'numpy/tests/data/big.npy'])
  expect(matching(['numpy/*/lib.so', 'six.p?'])).toEqual(['numpy/_core/lib.so', 'six.py'])
  expect(matching(['*.so'])).toEqual([])
  expect(matching(['**/libgdal*'])).toEqual(['libs/libgdal-1a2b.so.30'])
  expect(matching(['craft/*/notes.txt'])).toEqual(['craft/.hidden/notes.txt'])
  expect(matching([])).toEqual([])
})

it('matches braces, classes and extglobs', () => {
  expect(matching(['{numpy,pandas}/tests/**/*.py'])).toEqual([
    'numpy/tests/test_a.py',
    'pandas/tests/io/test_csv.py'
  ])
  expect(matching(['numpy/{core,_core}'])).toEqual([
    'numpy/core/include/numpy/ndarray.h',
    'numpy/_core/lib.so'
  ])
  expect(matching(['numpy/[_c]core/*'])).toEqual(['numpy/_core/lib.so'])
  expect(matching(['**/*.[hc]'])).toEqual(['numpy/core/include/numpy/ndarray.h'])
  expect(matching(['craft/*.+(md|txt)'])).toEqual(['craft/keepme.md'])
  // `!(...)` is an extglob (anything but), not a negation of the list.
  expect(matching(['pandas/!(tests)'])).toEqual(['pandas/README.md'])
})

it('takes paths matching a !pattern back out of the list', () => {
  expect(matching(['numpy/tests', '!numpy/tests/data'])).toEqual(['numpy/tests/test_a.py'])
  expect(matching(['**/*.md', '!craft/keepme.md'])).toEqual(['pandas/README.md'])
  expect(matching(['!**/*.md'])).toEqual([])
  expect(matching(['**/tests/**', '!{numpy,pandas}/tests/**/*.py'])).toEqual([
    'numpy/tests/data/big.npy'
  ])
})

describe('globs that leave the layer root are refused', () => {
  let dir: string
  beforeEach(async () => {
    dir = await scratch()
  })
  afterEach(() => remove(dir))

  async function slimError(list: string, globs: string[]): Promise<string> {
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      `[project]\nname = "demo"\nversion = "1.0"\ndependencies = []\n\n` +
        `[tool.lambda-layer.slim]\n${list} = ${JSON.stringify(globs)}\n`
    )
    try {
      await prepareBuild({ projectDir: dir })
    } catch (error) {
      if (error instanceof ConfigError) return error.message
      throw error
    }
    return 'accepted'
  }

  it.each([
    ['exclude', '/etc/passwd'],
    ['exclude', '../outside/**'],
    ['keep', 'numpy/../../x'],
    ['exclude', '!../x'],
    ['exclude', '!/abs'],
    ['no-strip', '{libs,/usr/lib}/*.so'],
    ['exclude', 'a/{..,b}/c'],
    ['keep', ''],
    ['exclude', '!']
  ])('%s = [%j]', async (list, glob) => {
    expect(await slimError(list, [glob])).toMatch(
      /globs relative to the layer root \(e\.g\. "numpy\/tests\/\*\*"\), without a leading "\/" or "\.\."/
    )
  })

  it('accepts braces, classes and negations that stay inside', async () => {
    const globs = ['{numpy,pandas}/tests/**', '!numpy/tests/data', '**/*.[hc]', '!(x)/y', 'a..b']
    expect(await slimError('exclude', globs)).toBe('accepted')
  })
})
