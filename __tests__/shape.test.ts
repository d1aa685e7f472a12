// The Shape step on real installed packages: the runtime's SDK set goes (or stays) whole, each
// slimming rule removes what it names, and what remains still imports on the host interpreter.
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { LayerReport, Report } from '../src/report/report.js'
import { build, scratch, useScratch } from '../__fixtures__/projects.js'
import { distributionsIn, openZip } from '../__fixtures__/zip.js'
import { readJson } from '../__fixtures__/typed.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()

/** A project whose layers are requirement files, built for python3.11 x86_64 (the host's Python). */
async function requirementsProject(layers: Record<string, string>, extra = ''): Promise<string> {
  const dir = await scratch()
  scratchDirs.track(dir)
  const tables = Object.keys(layers)
    .map(name => `[tool.lambda-layer.layers.${name}]\nrequirements = "${name}.txt"\n`)
    .join('')
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "shape-demo"\nversion = "1.0.0"\n${extra}\n${tables}`
  )
  for (const [name, text] of Object.entries(layers))
    await writeFile(path.join(dir, `${name}.txt`), text)
  return dir
}

async function unzipped(layer: LayerReport): Promise<string> {
  const dir = await scratch('lambda-layer-unzip-')
  scratchDirs.track(dir)
  await exec('unzip', ['-q', layer.zipPath, '-d', dir])
  return dir
}

/** Imports modules with only the layer on the path; returns stdout. */
async function importOnHost(layerDir: string, code: string): Promise<string> {
  const { stdout } = await exec('python3', [
    '-I',
    '-c',
    `import sys; sys.path.insert(0, ${JSON.stringify(path.join(layerDir, 'python'))}); ${code}`
  ])
  return stdout.trim()
}

const entryNames = async (layer: LayerReport) => {
  const zip = await openZip(layer.zipPath)
  zip.close()
  return zip.entries.map(e => e.name)
}

/** The SDK-set packages the SDK_LAYER requirements install. */
const SDK_IN_LAYER = ['boto3', 'botocore', 's3transfer', 'jmespath', 'python-dateutil', 'urllib3']
const SDK_LAYER = 'numpy==2.2.6\naiobotocore==2.21.1\nboto3\n'

describe('runtime-provided packages', () => {
  let removed: LayerReport
  let kept: LayerReport

  beforeAll(async () => {
    const dir = await requirementsProject(
      { sdk: SDK_LAYER },
      '[tool.lambda-layer.runtime-package-versions]\nboto3 = "1.0.0"\n'
    )
    removed = (await build(dir, { runtime: ['python3.11'] })).report.layers[0]!
    kept = (
      await build(dir, { runtime: ['python3.11'], runtimePackages: 'keep', outputDir: 'kept' })
    ).report.layers[0]!
  }, 600_000)

  it('removes the whole SDK set and says how much that saved', async () => {
    const keptDists = distributionsIn((await openZip(kept.zipPath)).entries)
    const removedDists = distributionsIn((await openZip(removed.zipPath)).entries)
    for (const name of SDK_IN_LAYER) {
      expect(keptDists.has(name)).toBe(true)
      expect(removedDists.has(name)).toBe(false)
    }
    const found = removed.shape.runtimePackages.found
    expect(found.map(p => p.name)).toEqual(expect.arrayContaining(SDK_IN_LAYER))
    const saved = removed.shape.runtimePackages.bytesRemoved
    expect(saved).toBe(found.reduce((sum, p) => sum + p.bytes, 0))
    expect(saved).toBeGreaterThan(10_000_000) // botocore's data alone
    expect(kept.shape.runtimePackages.bytesRemoved).toBe(0)
  })

  it('keeps packages that need the SDK and says they rely on the runtime copy', () => {
    expect(removed.shape.runtimePackages.reliesOnRuntime).toEqual(
      expect.arrayContaining([
        {
          name: 'aiobotocore',
          needs: expect.arrayContaining(['botocore', 'jmespath', 'python-dateutil']) as string[]
        }
      ])
    )
    expect(removed.packages.map(p => p.name)).toContain('aiobotocore')
  })

  it('warns with both versions where the lock differs from the runtime', () => {
    const boto3 = removed.shape.runtimePackages.found.find(p => p.name === 'boto3')!
    expect(removed.shape.runtimePackages.versionMismatches).toEqual([
      { name: 'boto3', locked: boto3.version, runtime: '1.0.0' }
    ])
  })

  it('never leaves part of the set: botocore without boto3 goes too', async () => {
    const dir = await requirementsProject({ partial: 'aiobotocore==2.21.1\n' })
    const layer = (await build(dir, { runtime: ['python3.11'] })).report.layers[0]!
    const dists = distributionsIn((await openZip(layer.zipPath)).entries)
    expect(dists.has('botocore')).toBe(false)
    expect(dists.has('boto3')).toBe(false)
    expect(layer.shape.runtimePackages.found.map(p => p.name)).toContain('botocore')
  }, 300_000)
})

describe('slimming a real numpy', () => {
  let slim: LayerReport
  let full: LayerReport
  let slimDir: string

  beforeAll(async () => {
    const dir = await requirementsProject({ np: 'numpy==2.2.6\n' })
    // Both remove bytecode (no compiled .pyc), so their difference is exactly what the rules removed.
    slim = (
      await build(dir, {
        runtime: ['python3.11'],
        slim: ['bytecode,tests,docs,sources,stubs,other-platforms,scripts,dist-info,strip']
      })
    ).report.layers[0]!
    full = (await build(dir, { runtime: ['python3.11'], slim: ['bytecode'], outputDir: 'full' }))
      .report.layers[0]!
    slimDir = await unzipped(slim)
  }, 600_000)

  it('reports files and bytes removed per rule, adding up to the difference', () => {
    const rules = Object.fromEntries(slim.shape.slimming.map(s => [s.rule, s]))
    expect(rules.tests?.files).toBeGreaterThan(50)
    expect(rules.sources?.files).toBeGreaterThan(10)
    expect(rules.stubs?.files).toBeGreaterThan(10)
    expect(rules.strip?.bytes).toBeGreaterThan(100_000)
    // Both remove numpy's shipped bytecode the same way; every other byte removed is counted.
    const removed = (layer: LayerReport) =>
      layer.shape.slimming.reduce((sum, s) => sum + s.bytes, 0)
    expect(full.shape.slimming.map(s => s.rule)).toEqual(['bytecode'])
    expect(full.unzippedBytes - slim.unzippedBytes).toBe(removed(slim) - removed(full))
  })

  it('removes test suites but keeps numpy.testing and the dist-info', async () => {
    const names = await entryNames(slim)
    // numpy.testing imports numpy._core.tests._natype at run time: that module stays.
    const coreTests = names.filter(
      n => n.startsWith('python/numpy/_core/tests/') && !n.endsWith('/')
    )
    expect(coreTests).toEqual(['python/numpy/_core/tests/_natype.py'])
    expect(slim.shape.keptImported).toContain('numpy/_core/tests/_natype.py')
    expect(names.some(n => n.startsWith('python/numpy/linalg/tests/'))).toBe(false)
    expect(names).toContain('python/numpy/testing/__init__.py')
    expect(names).toContain('python/numpy-2.2.6.dist-info/METADATA')
    expect(names).toContain('python/numpy-2.2.6.dist-info/RECORD')
    expect(
      names.some(n => n.endsWith('.pyi') || n.endsWith('.h') || n.includes('__pycache__'))
    ).toBe(false)
  })

  it('never strips the auditwheel-vendored libraries, and everything still imports', async () => {
    const vendored = (await entryNames(slim)).filter(
      n => n.startsWith('python/numpy.libs/') && !n.endsWith('/')
    )
    expect(vendored.length).toBeGreaterThan(0)
    const fullZip = await openZip(full.zipPath)
    const slimZip = await openZip(slim.zipPath)
    for (const name of vendored) {
      expect(slimZip.entries.find(e => e.name === name)?.crc32).toBe(
        fullZip.entries.find(e => e.name === name)?.crc32
      )
    }
    fullZip.close()
    slimZip.close()
    const out = await importOnHost(
      slimDir,
      'import numpy, numpy.testing, numpy.linalg, numpy.fft; print(numpy.linalg.inv(numpy.eye(3)).sum())'
    )
    expect(out).toBe('3.0')
  })
})

describe('slimming rules on a crafted package', () => {
  it('keeps test and doc folders the package imports, honours keep and exclude globs', async () => {
    const dir = await scratch()
    scratchDirs.track(dir)
    const pkg = path.join(dir, 'src', 'craft')
    const files: Record<string, string> = {
      '__init__.py': 'from .fixtures.tests import helper\nfrom craft import docs as _docs\n',
      'fixtures/__init__.py': '',
      'fixtures/tests/__init__.py': '',
      'fixtures/tests/helper.py': 'VALUE = 42\n',
      'tests/__init__.py': '',
      'tests/test_core.py': 'def test_x():\n    pass\n',
      'docs/__init__.py': 'TEXT = "imported"\n',
      'examples/demo.py': 'print("demo")\n',
      'notes.md': '# notes\n',
      'keepme.md': '# kept\n',
      'native.cpython-39-x86_64-linux-gnu.so': 'not really a library',
      'native.dll': 'windows'
    }
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(pkg, file)), { recursive: true })
      await writeFile(path.join(pkg, file), text)
    }
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      `[project]
name = "craft"
version = "0.1.0"
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
[tool.hatch.build.targets.wheel]
packages = ["src/craft"]
[tool.lambda-layer.layers.craft]
dependencies = false
include-project = true
[tool.lambda-layer.slim]
exclude = ["**/*.md"]
keep = ["craft/keepme.md"]
`
    )
    const layer = (await build(dir, { runtime: ['python3.11'] })).report.layers[0]!
    const names = await entryNames(layer)
    expect(names).toContain('python/craft/fixtures/tests/helper.py')
    expect(names).toContain('python/craft/docs/__init__.py')
    expect(names).not.toContain('python/craft/tests/test_core.py')
    expect(names).not.toContain('python/craft/examples/demo.py')
    expect(names).not.toContain('python/craft/notes.md')
    expect(names).toContain('python/craft/keepme.md')
    expect(names).not.toContain('python/craft/native.cpython-39-x86_64-linux-gnu.so')
    expect(names).not.toContain('python/craft/native.dll')
    expect(layer.shape.keptImported).toEqual([
      'craft/docs/__init__.py',
      'craft/fixtures/tests/__init__.py',
      'craft/fixtures/tests/helper.py'
    ])
    const rules = Object.fromEntries(layer.shape.slimming.map(s => [s.rule, s.files]))
    expect(rules).toMatchObject({ tests: 2, docs: 1, exclude: 1, 'other-platforms': 2 })
    expect(
      await importOnHost(await unzipped(layer), 'import craft; print(craft.helper.VALUE)')
    ).toBe('42')
    expect(
      (await readJson<Report>(path.join(dir, 'lambda-layers', 'lambda-layer-report.json')))
        .layers[0]!.shape.keptImported
    ).toHaveLength(3)
  }, 300_000)
})
