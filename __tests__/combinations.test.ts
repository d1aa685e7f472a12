// Combinations of layers one function uses together: sized as Lambda extracts them (in order, a
// later file replacing the same path), packages in more than one member listed (different
// versions fail), native libraries vendored more than once found, in a layer and across layers.
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { duplicateLibraries } from '../src/package/duplicates.js'
import { BuildFailedError } from '../src/errors.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import type { Report } from '../src/report/report.js'
import { renderSummary } from '../src/report/summary.js'
import { renderReportTable } from '../src/report/table.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { TEST_VERIFY, useScratch } from '../__fixtures__/projects.js'
import { makeWheel } from '../__fixtures__/wheels.js'
import { rejection } from '../__fixtures__/typed.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()

it('finds a library vendored in several *.libs folders, without its hash and version', () => {
  const found = duplicateLibraries([
    { path: 'python/pyogrio.libs/libgdal-0a1b2c3d.so.36.3.11.4', bytes: 90 },
    { path: 'python/rasterio.libs/libgdal-4e5f6a7b.so.36.3.11.4', bytes: 80 },
    { path: 'python/fiona.libs/libgdal-8c9d0e1f.so.35', bytes: 50 },
    { path: 'python/scipy.libs/libopenblasp-r0-01191904.3.27.so', bytes: 30 },
    { path: 'python/numpy.libs/libopenblas64_p-r0-0cf96a72.3.23.dev.so', bytes: 30 },
    { path: 'python/numpy.libs/libgfortran-040039e1.so.5.0.0', bytes: 3 },
    { path: 'python/numpy/core/_multiarray.so', bytes: 5 }
  ])
  expect(found).toEqual([
    {
      library: 'libgdal',
      bytes: 220,
      copies: [
        { path: 'python/pyogrio.libs/libgdal-0a1b2c3d.so.36.3.11.4', bytes: 90 },
        { path: 'python/rasterio.libs/libgdal-4e5f6a7b.so.36.3.11.4', bytes: 80 },
        { path: 'python/fiona.libs/libgdal-8c9d0e1f.so.35', bytes: 50 }
      ]
    }
  ])
})

/**
 * Layers `base` (shared 1.0, a, c) and `extra` (shared 1.0, b), combined as `api`; `old` carries
 * shared 0.9, combined with base as `mixed`. a, b and c each vendor their own libfoo.
 */
async function overlappingProject(): Promise<string> {
  const dir = await scratchDirs.folder('lambda-layer-combo-')
  const wheels = path.join(dir, 'wheels')
  await mkdir(wheels)
  await mkdir(path.join(dir, 'req'))
  await writeFile(path.join(dir, 'foo.c'), 'int foo(void) { return 1; }\n')
  await exec('gcc', [
    '-shared',
    '-fPIC',
    '-o',
    path.join(dir, 'libfoo.so'),
    path.join(dir, 'foo.c')
  ])
  const lib = await readFile(path.join(dir, 'libfoo.so'))
  const vendoring = (name: string, hash: string) =>
    makeWheel(wheels, {
      name,
      files: { [`${name}/__init__.py`]: '', [`${name}.libs/libfoo-${hash}.so.1`]: lib }
    })
  const shared = await makeWheel(wheels, {
    name: 'sharedpkg',
    files: { 'sharedpkg/__init__.py': '', 'sharedpkg/data.bin': 1_000_000 }
  })
  const old = await makeWheel(wheels, {
    name: 'sharedpkg',
    version: '0.9',
    files: { 'sharedpkg/__init__.py': '', 'sharedpkg/data.bin': 900_000 }
  })
  const [a, b, c] = await Promise.all([
    vendoring('apkg', '0123abcd'),
    vendoring('bpkg', '4567ef01'),
    vendoring('cpkg', '89ab2345')
  ])
  await writeFile(path.join(dir, 'req', 'base.txt'), [shared, a, c, ''].join('\n'))
  await writeFile(path.join(dir, 'req', 'extra.txt'), [shared, b, ''].join('\n'))
  await writeFile(path.join(dir, 'req', 'old.txt'), `${old}\n`)
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "combo"',
      'version = "1.0.0"',
      '[tool.lambda-layer]',
      'builder = "native"',
      '[tool.lambda-layer.combinations]',
      'api = ["base", "extra"]',
      'mixed = ["base", "old"]',
      ...['base', 'extra', 'old'].flatMap(name => [
        `[tool.lambda-layer.layers.${name}]`,
        `requirements = "req/${name}.txt"`
      ]),
      ''
    ].join('\n')
  )
  return dir
}

describe('a combination of overlapping layers', () => {
  let error: BuildFailedError<Report>
  let report: Report

  beforeAll(async () => {
    const dir = await overlappingProject()
    error = await rejection(
      buildLayers(await prepareBuild({ projectDir: dir, overrides: { verify: TEST_VERIFY } }), {
        run: runProcess,
        log: silentLogger
      }),
      BuildFailedError
    )
    report = JSON.parse(
      await readFile(path.join(dir, 'lambda-layers', 'lambda-layer-report.json'), 'utf8')
    ) as Report
  }, 300_000)

  it('sizes it as Lambda extracts it: files in both layers count once', () => {
    const [base, extra] = ['base', 'extra'].map(name => report.layers.find(l => l.layer === name)!)
    const api = report.combinations.find(c => c.name === 'api')!
    const sharedInExtra = extra!.packages.find(p => p.name === 'sharedpkg')!
    expect(sharedInExtra.unzippedBytes).toBeGreaterThan(1_000_000)
    expect(api.summedBytes).toBe(base!.unzippedBytes + extra!.unzippedBytes)
    expect(api.unzippedBytes).toBe(api.summedBytes! - sharedInExtra.unzippedBytes)
  })

  it('lists the shared package and suggests dependencies = false for the additive layer', () => {
    const api = report.combinations.find(c => c.name === 'api')!
    expect(api.sharedPackages).toEqual([
      {
        name: 'sharedpkg',
        layers: [
          { layer: 'base', version: '1.0' },
          { layer: 'extra', version: '1.0' }
        ]
      }
    ])
    expect(api.problems).toEqual([])
    expect(api.notes).toEqual([
      'sharedpkg is in more than one layer; set dependencies = false on extra so it carries only what it adds'
    ])
  })

  it('fails when a package differs between layers used together, after writing the report', () => {
    const mixed = report.combinations.find(c => c.name === 'mixed')!
    expect(mixed.problems).toEqual([
      'sharedpkg differs between layers: 1.0 in base, 0.9 in old; the last one shadows the others at run time'
    ])
    expect(error).toBeInstanceOf(BuildFailedError)
    expect(error.message).toBe(
      'layers used together disagree:\n  combination mixed (base + old, python3.12 x86_64): sharedpkg differs between layers: 1.0 in base, 0.9 in old; the last one shadows the others at run time'
    )
    expect(error.hint).toContain('dependencies = false')
  })

  it('finds libfoo vendored twice in base and three times across api, with the combined size', () => {
    const base = report.layers.find(l => l.layer === 'base')!
    expect(base.duplicateLibraries?.map(d => [d.library, d.copies.length])).toEqual([['libfoo', 2]])
    const api = report.combinations.find(c => c.name === 'api')!
    const [libfoo] = api.duplicateLibraries ?? []
    expect(libfoo?.copies.map(copy => `${copy.layer}:${copy.path}`).sort()).toEqual([
      'base:python/apkg.libs/libfoo-0123abcd.so.1',
      'base:python/cpkg.libs/libfoo-89ab2345.so.1',
      'extra:python/bpkg.libs/libfoo-4567ef01.so.1'
    ])
    expect(libfoo?.bytes).toBe(libfoo!.copies.reduce((sum, copy) => sum + copy.bytes, 0))
  })

  it('shows all of it in the table notes and the job summary', () => {
    const table = renderReportTable(report)
    expect(table).toMatch(
      /^note: combination api \(base \+ extra, python3\.12 x86_64\): \d+\.\d (KiB|MiB) unzipped as Lambda extracts it, \d+\.\d% of 250\.0 MiB \(the layers add up to \d+\.\d MiB; files in several layers count once\)$/m
    )
    expect(table).toContain(
      'note: combination api (base + extra, python3.12 x86_64): sharedpkg is in more than one layer; set dependencies = false on extra'
    )
    expect(table).toMatch(
      /^note: base python3\.12 x86_64: libfoo is vendored 2 times \(apkg\.libs [\d.]+ KiB, cpkg\.libs [\d.]+ KiB\), [\d.]+ KiB together$/m
    )
    const summary = renderSummary(report)
    expect(summary).toContain('### Notes')
    expect(summary).toContain(
      '- combination mixed (base + old, python3.12 x86_64): sharedpkg differs'
    )
    expect(summary).toMatch(/- combination api .*: libfoo is vendored 3 times/)
  })
})
