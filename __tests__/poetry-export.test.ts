// A poetry.lock's exports run in one poetry process: each extras set gives the lines a `poetry
// export` of its own gives, a layer of extras alone still subtracts the base set, and an out-of-date
// lock fails every export with the same message as before.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { LayerSpec } from '../src/config/schema.js'
import { createExporter, type ExportTarget } from '../src/project/export.js'
import { loadProject } from '../src/project/project.js'
import { readPyproject } from '../src/files/pyproject.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { tools } from '../__fixtures__/expectations.js'
import { copyExample, remove } from '../__fixtures__/projects.js'

let dir: string
beforeAll(async () => {
  dir = await copyExample('poetry-extras')
})
afterAll(() => remove(path.dirname(dir)))

const layer = (name: string, extras: string[], dependencies = true): LayerSpec => ({
  name,
  extras,
  dependencies,
  includeProject: false
})
const targets: ExportTarget[] = [
  layer('base', []),
  layer('parquet', ['parquet']),
  layer('sql', ['sql']),
  layer('both', ['xarray', 'parquet']),
  layer('xarray-only', ['xarray'], false)
].map(spec => ({ layer: spec, runtime: 'python3.12', architecture: 'x86_64' }))

/** The exports of every target, and the poetry processes they started. */
async function exportAll(batched: boolean) {
  const project = await loadProject(dir, await readPyproject(dir))
  const started: string[][] = []
  const run: Runner = (command, args, options) => {
    started.push([command, ...args])
    return runProcess(command, args, options)
  }
  const ctx = { run, tools, log: silentLogger, uvEnv: {} }
  const exporter = createExporter(ctx, project, batched ? targets : [])
  const results = await Promise.allSettled(targets.map(target => exporter(target)))
  return { results, started: started.filter(([command]) => command?.includes('poetry')) }
}

it('gives each layer what poetry export gives it, from one process', async () => {
  await tools.poetry()
  const alone = await exportAll(false)
  const batched = await exportAll(true)
  expect(alone.started).toHaveLength(5) // four extras sets, and the base set for xarray-only
  expect(batched.started).toHaveLength(1)
  expect(batched.results).toEqual(alone.results)
  const lines = batched.results.map(r => (r.status === 'fulfilled' ? r.value.lines : []))
  expect(lines[3]?.some(line => line.startsWith('pyarrow=='))).toBe(true)
  expect(lines[4]?.some(line => line.startsWith('pandas=='))).toBe(false)
  expect(lines[4]?.some(line => line.startsWith('xarray=='))).toBe(true)
}, 300_000)

it('fails every export of an out-of-date lock with the same message', async () => {
  const pyproject = path.join(dir, 'pyproject.toml')
  const text = await readFile(pyproject, 'utf8')
  await writeFile(pyproject, text.replace('"boto3>=1.34",', '"boto3>=1.34", "six",'))
  try {
    const alone = await exportAll(false)
    const batched = await exportAll(true)
    expect(batched.started).toHaveLength(1)
    const reasons = (r: typeof alone) =>
      r.results.map(x => (x.status === 'rejected' ? String(x.reason) : 'fulfilled'))
    expect(reasons(batched)).toEqual(reasons(alone))
    expect(reasons(batched)[0]).toMatch(/poetry\.lock is out of date with pyproject\.toml/)
  } finally {
    await writeFile(pyproject, text)
  }
}, 300_000)
