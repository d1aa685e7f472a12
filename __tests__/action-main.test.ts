// The action's run() without a workflow runner: @actions/core is replaced by a recording stand-in
// (__fixtures__/core.ts), so each test reads the outputs, annotations, summary and failure a user
// of the action would see. The act test proves the wiring; these prove the logic.
import { jest } from '@jest/globals'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { useScratch } from '../__fixtures__/projects.js'
import { inGroup } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/action/main.js')
const { actionLogger } = await import('../src/action/logger.js')

const scratch = useScratch()
beforeEach(() => core.resetCore())
afterEach(() => core.group.mockImplementation((_name, fn) => fn()))

/** A project whose one layer installs idna (pure Python, small) from a requirement file. */
async function tinyProject(extra = ''): Promise<string> {
  const dir = await scratch.folder('lambda-layer-action-')
  await mkdir(path.join(dir, 'requirements'))
  await writeFile(path.join(dir, 'requirements', 'base.txt'), 'idna==3.10\n')
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "tiny-app"',
      'version = "1.0.0"',
      'dependencies = []',
      '',
      '[tool.lambda-layer]',
      'runtime = "python3.12"',
      extra,
      '',
      '[tool.lambda-layer.layers.base]',
      'requirements = "requirements/base.txt"',
      ''
    ].join('\n')
  )
  return dir
}

const offline = { cache: 'false', 'upload-artifacts': 'false', verify: 'elf' }

/** The info lines logged inside each core.group, by group title. */
function recordGroups(): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  core.group.mockImplementation(async (name, fn) => {
    const before = core.info.mock.calls.length
    try {
      return await fn()
    } finally {
      groups.set(
        name,
        core.info.mock.calls.slice(before).map(([line]) => String(line))
      )
    }
  })
  return groups
}

/** A local wheel `blob` holding `bytes` of zeros (a layer of a known unzipped size). */
async function bigWheel(dir: string, bytes: number): Promise<string> {
  const wheel = path.join(dir, 'blob-1.0-py3-none-any.whl')
  const script = [
    'import sys, zipfile',
    "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:",
    "    z.writestr('blob/__init__.py', '')",
    "    z.writestr('blob/data.bin', bytes(int(sys.argv[2])))",
    "    z.writestr('blob-1.0.dist-info/METADATA', 'Metadata-Version: 2.1\\nName: blob\\nVersion: 1.0\\n')",
    "    z.writestr('blob-1.0.dist-info/WHEEL', 'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n')",
    "    z.writestr('blob-1.0.dist-info/RECORD', '')"
  ].join('\n')
  const made = await runProcess('python3', ['-c', script, wheel, String(bytes)])
  if (made.code !== 0) throw new Error(made.stderr)
  return wheel
}

it('builds the layer and sets the outputs, the job summary and no failure', async () => {
  const dir = await tinyProject()
  core.useInputs({ ...offline, 'project-directory': dir })
  const groups = recordGroups()
  await run()

  expect(core.setFailed).not.toHaveBeenCalled()
  const outputs = core.outputs()
  expect(outputs['cache-hit']).toBe('false')
  expect(outputs['report-path']).toBe(path.join(dir, 'lambda-layers', 'lambda-layer-report.json'))
  const layers = JSON.parse(outputs.layers ?? '[]') as Record<string, unknown>[]
  expect(layers).toHaveLength(1)
  expect(layers[0]).toMatchObject({
    layer: 'base',
    runtime: 'python3.12',
    architecture: 'x86_64',
    zipPath: path.join(dir, 'lambda-layers', 'tiny-app-1.0.0-base-python3.12-x86_64.zip')
  })
  expect(layers[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
  expect(JSON.parse(outputs.published ?? '')).toEqual([])
  const report = JSON.parse(await readFile(outputs['report-path'] ?? '', 'utf8')) as {
    layers: { sha256: string; packages: { name: string }[] }[]
  }
  expect(report.layers[0]?.sha256).toBe(layers[0]?.sha256)
  expect(report.layers[0]?.packages.map(p => p.name)).toContain('idna')
  expect(core.summaryText).toHaveLength(1)
  expect(core.summaryText[0]).toContain('tiny-app')
  expect(core.summaryText[0]).toContain('base')
  // The layer's own log lines are folded into one group named after it.
  expect([...groups.keys()]).toEqual(['[1/1] base python3.12 x86_64'])
  const inside = groups.get('[1/1] base python3.12 x86_64') ?? []
  expect(inside.some(line => line.includes(': installing '))).toBe(true)
  expect(inside.some(line => line.includes(': zipping '))).toBe(true)
  expect(core.warning).not.toHaveBeenCalled()
})

it('warns once per layer near the size limit, as an annotation on pyproject.toml', async () => {
  const dir = await tinyProject('size-warn-percent = 1')
  // 3,000,000 bytes: over 1 % of the 262,144,000-byte limit.
  await writeFile(path.join(dir, 'requirements', 'base.txt'), `${await bigWheel(dir, 3_000_000)}\n`)
  core.useInputs({ ...offline, 'project-directory': dir })
  const workspace = process.env.GITHUB_WORKSPACE
  process.env.GITHUB_WORKSPACE = dir
  try {
    await run()
  } finally {
    if (workspace === undefined) delete process.env.GITHUB_WORKSPACE
    else process.env.GITHUB_WORKSPACE = workspace
  }

  expect(core.setFailed).not.toHaveBeenCalled()
  const near = core.warning.mock.calls.filter(([text]) => String(text).includes('limit'))
  expect(near).toHaveLength(1)
  const [text, properties] = near[0] ?? []
  expect(String(text)).toMatch(/^layer base \(python3\.12 x86_64\) is .* of Lambda's .* limit/)
  expect(properties).toEqual({ title: 'Layer near the size limit', file: 'pyproject.toml' })
})

it("folds one level of groups: a group inside a layer's group prints its title instead", async () => {
  const log = actionLogger()
  const result = await inGroup(log, '[1/1] base python3.12 x86_64', () =>
    inGroup(log, 'test-command for layer base', () => {
      log.info('1 passed')
      return Promise.resolve(7)
    })
  )
  expect(result).toBe(7)
  expect(core.group).toHaveBeenCalledTimes(1)
  expect(core.group.mock.calls[0]?.[0]).toBe('[1/1] base python3.12 x86_64')
  expect(core.info.mock.calls.map(([line]) => line)).toEqual([
    'test-command for layer base',
    '1 passed'
  ])
  // The group is closed again: the next layer gets its own.
  await inGroup(log, '[2/2] sql python3.12 x86_64', () => Promise.resolve(undefined))
  expect(core.group).toHaveBeenCalledTimes(2)
})

it('writes no summary when the summary input is false', async () => {
  const dir = await tinyProject()
  core.useInputs({ ...offline, 'project-directory': dir, summary: 'false' })
  await run()
  expect(core.setFailed).not.toHaveBeenCalled()
  expect(core.summaryText).toHaveLength(0)
  expect(core.outputs()['report-path']).toBeTruthy()
})

it('fails the step naming the input, the bad value and the allowed values', async () => {
  const dir = await tinyProject()
  core.useInputs({ ...offline, 'project-directory': dir, runtime: 'python2.7' })
  await run()
  expect(core.setFailed).toHaveBeenCalledTimes(1)
  const message = String(core.setFailed.mock.calls[0]?.[0])
  expect(message).toContain('input runtime')
  expect(message).toContain('python2.7')
  expect(message).toContain('python3.12')
  expect(core.setOutput).not.toHaveBeenCalled()
})

it('annotates an error in pyproject.toml with its file and line', async () => {
  const dir = await tinyProject('slim = "everything"')
  core.useInputs({ ...offline, 'project-directory': dir })
  await run()
  expect(core.setFailed).toHaveBeenCalledTimes(1)
  expect(core.error).toHaveBeenCalledTimes(1)
  const [text, properties] = core.error.mock.calls[0] ?? []
  expect(String(text)).toContain('[tool.lambda-layer] slim')
  expect(properties).toMatchObject({
    title: 'ConfigError',
    file: path.join(dir, 'pyproject.toml'),
    startLine: 8
  })
})

it('rejects a true/false input with another value before anything runs', async () => {
  const dir = await tinyProject()
  core.useInputs({ ...offline, 'project-directory': dir, publish: 'yes' })
  await run()
  expect(String(core.setFailed.mock.calls[0]?.[0])).toBe(
    'input publish "yes" is not valid: expected true or false'
  )
  expect(core.info).not.toHaveBeenCalled()
})
