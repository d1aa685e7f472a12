// End to end on examples/poetry-extras: ten zips (5 layers x 2 architectures) built with real
// poetry export and uv, checked entry by entry against the real tool's export.
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { BuildResult } from '../src/pipeline.js'
import type { Architecture, Runtime } from '../src/lambda/runtimes.js'
import { RUNTIME_PROVIDED } from '../src/lambda/sdk.js'
import { REPORT_VERSION, type Report } from '../src/report/report.js'
import { applicablePins, toolOutput, tools } from '../__fixtures__/expectations.js'
import {
  foreignSharedObjects,
  incompatibleWheelTags,
  sharedObjectCount
} from '../__fixtures__/layers.js'
import { build, copyExample, remove } from '../__fixtures__/projects.js'
import { distributionsIn, openZip } from '../__fixtures__/zip.js'
import { readJson } from '../__fixtures__/typed.js'

const LAYERS = ['base', 'parquet', 'sql', 'xarray', 'nodeps']
const EXTRAS: Record<string, string[]> = {
  base: [],
  parquet: ['parquet'],
  sql: ['sql'],
  xarray: ['xarray']
}
const DEV_ONLY = ['pytest', 'pluggy', 'iniconfig']

let dir: string
let result: BuildResult

beforeAll(async () => {
  dir = await copyExample('poetry-extras')
  result = await build(dir)
}, 1_800_000)
afterAll(() => remove(path.dirname(dir)))

const layer = (name: string, architecture: Architecture) => {
  const found = result.report.layers.find(l => l.layer === name && l.architecture === architecture)
  if (!found) throw new Error(`no ${name} ${architecture} layer in the report`)
  return found
}

it('builds all ten zips with {project}-{version}-{layer}-{runtime}-{arch} names', () => {
  const names = result.report.layers.map(l => l.fileName).sort()
  const expected = LAYERS.flatMap(name =>
    ['x86_64', 'arm64'].map(arch => `weather-tools-0.1.0-${name}-python3.12-${arch}.zip`)
  ).sort()
  expect(names).toEqual(expected)
  for (const l of result.report.layers)
    expect(path.dirname(l.zipPath)).toBe(path.join(dir, 'lambda-layers'))
})

describe.each(['x86_64', 'arm64'] as Architecture[])('%s', architecture => {
  const runtime: Runtime = 'python3.12'

  it.each(Object.keys(EXTRAS))('layer %s holds exactly what poetry export lists', async name => {
    const poetry = await tools.poetry()
    const extras = (EXTRAS[name] ?? []).flatMap(extra => ['--extras', extra])
    const exported = await toolOutput(
      poetry,
      ['export', '-f', 'requirements.txt', '--without-hashes', '--only', 'main', ...extras],
      dir
    )
    // The runtime's SDK set (boto3 & co.) is removed by default, as one set.
    const expected = applicablePins(exported, runtime, architecture)
    for (const name of RUNTIME_PROVIDED) expected.delete(name)
    const zip = await openZip(layer(name, architecture).zipPath)
    try {
      expect(Object.fromEntries(distributionsIn(zip.entries))).toEqual(Object.fromEntries(expected))
      for (const dev of DEV_ONLY) expect(distributionsIn(zip.entries).has(dev)).toBe(false)
      expect(zip.entries.every(entry => entry.name.startsWith('python/'))).toBe(true)
    } finally {
      zip.close()
    }
  })

  it('layer nodeps holds only the project wheel', async () => {
    const zip = await openZip(layer('nodeps', architecture).zipPath)
    try {
      expect(Object.fromEntries(distributionsIn(zip.entries))).toEqual({ 'weather-tools': '0.1.0' })
      expect(zip.entries.map(e => e.name)).toContain('python/weather_tools/stations.py')
    } finally {
      zip.close()
    }
  })

  it.each(LAYERS)(
    'layer %s has only shared objects and wheels the runtime can load',
    async name => {
      const zip = await openZip(layer(name, architecture).zipPath)
      try {
        if (name !== 'nodeps') expect(sharedObjectCount(zip)).toBeGreaterThan(0)
        expect(await foreignSharedObjects(zip, architecture)).toEqual([])
        expect(await incompatibleWheelTags(zip, runtime, architecture)).toEqual([])
      } finally {
        zip.close()
      }
    }
  )
})

it('reports sizes, counts and hashes that match the zips', async () => {
  for (const l of result.report.layers) {
    const bytes = await readFile(l.zipPath)
    const digest = createHash('sha256').update(bytes).digest()
    expect(l.zippedBytes).toBe((await stat(l.zipPath)).size)
    expect(l.sha256).toBe(digest.toString('hex'))
    expect(l.codeSha256).toBe(digest.toString('base64'))
    const zip = await openZip(l.zipPath)
    const files = zip.entries.filter(entry => !entry.name.endsWith('/'))
    zip.close()
    expect(l.files).toBe(files.length)
    expect(l.unzippedBytes).toBe(files.reduce((sum, entry) => sum + entry.uncompressedSize, 0))
    expect(l.limitPercent).toBeCloseTo((l.unzippedBytes / 262_144_000) * 100, 6)
    expect(l.packages.reduce((sum, p) => sum + p.unzippedBytes, 0)).toBe(l.unzippedBytes)
  }
  expect(layer('parquet', 'x86_64').packages[0]?.name).toBe('pyarrow')
  const written = await readJson<Report>(result.reportPath)
  expect(written).toEqual(JSON.parse(JSON.stringify(result.report)))
  expect(written.version).toBe(REPORT_VERSION)
})
