// Compiled bytecode by default: every module of a layer ships an unchecked-hash .pyc for the
// runtime's exact Python, naming its file under /opt, the same bytes on every build; the `bytecode`
// rule removes it instead, and the layer imports either way; python-sources ships it in place of the
// sources.
import { execFile } from 'node:child_process'
import { appendFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { build, useScratch } from '../__fixtures__/projects.js'
import { openZip } from '../__fixtures__/zip.js'
import { bytecodeShares } from '../src/shape/sourceless.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()

/** Reads a .pyc: its flags (1 = unchecked hash) and the file name its code object carries. */
const READ_PYC = `
import marshal, sys
data = open(sys.argv[1], 'rb').read()
import importlib.util
print(data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], 'little'), marshal.loads(data[16:]).co_filename)
`

it('ships unchecked-hash bytecode for the runtime Python, reproducibly; the bytecode rule opts out', async () => {
  const dir = await scratchDirs.folder()
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    '[project]\nname = "pyc-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "python3.11"\n\n[tool.lambda-layer.layers.base]\nrequirements = "base.txt"\n'
  )
  await writeFile(path.join(dir, 'base.txt'), 'idna==3.10\n')
  const first = (await build(dir, { verify: ['elf'] })).report.layers[0]!
  expect(first.bytecode).toMatchObject({ failed: 0 })
  expect(first.bytecode?.compiler).toMatch(/python3\.11$/)
  expect(first.stages?.compile).toBeGreaterThanOrEqual(0)
  const zip = await openZip(first.zipPath)
  const pyc = zip.entries.map(e => e.name).filter(n => n.endsWith('.pyc'))
  expect(pyc).toContain('python/idna/__pycache__/core.cpython-311.pyc')
  const py = zip.entries.map(e => e.name).filter(n => n.endsWith('.py'))
  expect(pyc).toHaveLength(py.length)
  const bytes = await zip.read('python/idna/__pycache__/core.cpython-311.pyc')
  zip.close()
  const file = path.join(dir, 'core.pyc')
  await writeFile(file, bytes)
  const { stdout } = await exec('python3.11', ['-c', READ_PYC, file])
  expect(stdout.trim()).toBe('True 1 /opt/python/idna/core.py')
  // The package owns its bytecode in the report.
  expect(first.packages.find(p => p.name === 'idna')?.files).toBe(
    zip.entries.filter(e => e.name.startsWith('python/idna') && !e.name.endsWith('/')).length
  )

  const again = (await build(dir, { verify: ['elf'], outputDir: 'again' })).report.layers[0]!
  expect(again.sha256).toBe(first.sha256)

  const removed = (await build(dir, { verify: ['elf'], slim: ['bytecode'], outputDir: 'nopyc' }))
    .report.layers[0]!
  expect(removed.bytecode).toBeUndefined()
  const bare = await openZip(removed.zipPath)
  expect(bare.entries.some(e => e.name.endsWith('.pyc'))).toBe(false)
  bare.close()
}, 300_000)

it('python-sources ships each compiled module as NAME.pyc in place of its source, and it imports', async () => {
  const dir = await scratchDirs.folder()
  const pyproject = path.join(dir, 'pyproject.toml')
  await writeFile(
    pyproject,
    '[project]\nname = "pyc-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "python3.11"\n\n[tool.lambda-layer.layers.base]\nrequirements = "base.txt"\n'
  )
  await writeFile(path.join(dir, 'base.txt'), 'idna==3.10\n')
  const withSources = (await build(dir, { verify: ['elf'], outputDir: 'with-sources' })).report
    .layers[0]!
  const compiled = await openZip(withSources.zipPath)
  const expected = await compiled.read('python/idna/__pycache__/core.cpython-311.pyc')
  const sources = compiled.entries.filter(e => e.name.endsWith('.py'))
  const pycs = compiled.entries.filter(e => e.name.endsWith('.pyc'))
  compiled.close()
  // The build measured what each choice would save: every source compiled here.
  const sum = (entries: typeof sources) => entries.reduce((n, e) => n + e.uncompressedSize, 0)
  expect(withSources.bytecode).toMatchObject({ bytes: sum(pycs), sourcesBytes: sum(sources) })
  expect(sum(sources)).toBeGreaterThan(0)

  await appendFile(
    pyproject,
    '\n[tool.lambda-layer.slim]\npython-sources = true\nkeep = ["idna/codec.py"]\n'
  )
  const { layers } = (await build(dir, { verify: ['elf', 'imports'] })).report
  const layer = layers[0]!
  const imports = layer.verify?.imports
  expect(imports).toMatchObject({ problems: [] })
  expect(imports && 'modules' in imports && imports.modules.map(m => m.module)).toContain('idna')
  const zip = await openZip(layer.zipPath)
  const names = zip.entries.map(e => e.name)
  // Only the source `keep` names stays, with its bytecode where Python looks for it.
  expect(names.filter(n => n.endsWith('.py') || /__pycache__\/./.test(n))).toEqual([
    'python/idna/__pycache__/codec.cpython-311.pyc',
    'python/idna/codec.py'
  ])
  // The same bytecode, beside where its source was.
  expect(await zip.read('python/idna/core.pyc')).toEqual(expected)
  zip.close()
  const removed = sources.filter(e => e.name !== 'python/idna/codec.py')
  expect(layer.shape.slimming).toContainEqual({
    rule: 'python-sources',
    files: removed.length,
    bytes: removed.reduce((sum, e) => sum + e.uncompressedSize, 0)
  })
  // The bytecode still belongs to its package; with the sources gone, no choices are measured.
  expect(layer.packages.map(p => p.name)).toEqual(['idna'])
  expect(layer.bytecode).not.toHaveProperty('sourcesBytes')
}, 300_000)

it('counts what each bytecode choice would save: all bytecode, and the sources beside it that no keep glob holds', () => {
  const files = [
    { path: 'pkg/__init__.py', size: 10 },
    { path: 'pkg/__pycache__/__init__.cpython-312.pyc', size: 30 },
    { path: 'pkg/mod.py', size: 100 },
    { path: 'pkg/__pycache__/mod.cpython-312.pyc', size: 200 },
    // Bytecode of another Python: the bytecode rule removes it, python-sources leaves its source.
    { path: 'pkg/old.py', size: 1000 },
    { path: 'pkg/__pycache__/old.cpython-311.pyc', size: 2000 },
    // No bytecode (it did not compile): the source stays either way.
    { path: 'pkg/py2.py', size: 10_000 },
    // Kept by a glob: python-sources leaves it.
    { path: 'pkg/kept.py', size: 100_000 },
    { path: 'pkg/__pycache__/kept.cpython-312.pyc', size: 300_000 },
    { path: 'pkg/data.json', size: 1_000_000 }
  ]
  expect(bytecodeShares(files, '3.12', file => file === 'pkg/kept.py')).toEqual({
    bytes: 30 + 200 + 2000 + 300_000,
    sourcesBytes: 10 + 100
  })
})
