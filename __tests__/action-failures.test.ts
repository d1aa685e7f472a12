// The action when something fails after the build started: a failed target, or an artifact upload
// that fails. The job summary and the outputs are still written, and the step fails after them.
import { jest } from '@jest/globals'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { useScratch } from '../__fixtures__/projects.js'
import { makeWheel } from '../__fixtures__/wheels.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/action/main.js')

const scratch = useScratch()
beforeEach(() => core.resetCore())

/** Layer `good` installs a local wheel; layer `bad` names a wheel that is not there. */
async function halfBrokenProject(withBad = true): Promise<string> {
  const dir = await scratch.folder('lambda-layer-action-fail-')
  await mkdir(path.join(dir, 'req'))
  const wheel = await makeWheel(dir, { name: 'goodpkg', files: { 'goodpkg/__init__.py': '' } })
  await writeFile(path.join(dir, 'req', 'good.txt'), `${wheel}\n`)
  await writeFile(
    path.join(dir, 'req', 'bad.txt'),
    `${path.join(dir, 'missing-1.0-py3-none-any.whl')}\n`
  )
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "half"',
      'version = "1.0.0"',
      '[tool.lambda-layer]',
      'runtime = "python3.12"',
      'builder = "native"',
      '[tool.lambda-layer.layers.good]',
      'requirements = "req/good.txt"',
      ...(withBad ? ['[tool.lambda-layer.layers.bad]', 'requirements = "req/bad.txt"'] : []),
      ''
    ].join('\n')
  )
  return dir
}

const offline = { cache: 'false', 'upload-artifacts': 'false', verify: 'elf' }

it('with a failed target: summary and outputs first, then the step fails', async () => {
  const dir = await halfBrokenProject()
  core.useInputs({ ...offline, 'project-directory': dir })
  await run()

  const outputs = core.outputs()
  expect((JSON.parse(outputs.layers ?? '[]') as { layer: string }[]).map(l => l.layer)).toEqual([
    'good'
  ])
  const failed = JSON.parse(outputs.failed ?? '[]') as unknown
  expect(failed).toEqual([
    expect.objectContaining({ layer: 'bad', runtime: 'python3.12', stage: 'install' })
  ])
  expect(core.summaryText).toHaveLength(1)
  expect(core.summaryText[0]).toContain('### ❌ Failed targets (1)')
  expect(core.summaryText[0]).toMatch(/\| bad \| python3\.12 \| x86_64 \| install \| /)
  expect(core.error).toHaveBeenCalledWith(
    expect.stringMatching(/^bad python3\.12 x86_64 failed at install: /),
    { title: 'Layer target failed' }
  )
  expect(core.setFailed).toHaveBeenCalledTimes(1)
  expect(String(core.setFailed.mock.calls[0]?.[0])).toBe(
    '1 of 2 targets failed: bad python3.12 x86_64 (install)'
  )
}, 120_000)

it('with a failed artifact upload: summary (saying what failed) and outputs, then the step fails', async () => {
  const dir = await halfBrokenProject(false)
  const token = process.env.ACTIONS_RUNTIME_TOKEN
  delete process.env.ACTIONS_RUNTIME_TOKEN
  try {
    core.useInputs({ ...offline, 'project-directory': dir, 'upload-artifacts': 'true' })
    await run()
  } finally {
    if (token !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = token
  }
  const outputs = core.outputs()
  expect(JSON.parse(outputs.layers ?? '[]')).toHaveLength(1)
  expect(JSON.parse(outputs.failed ?? '')).toEqual([])
  expect(core.summaryText).toHaveLength(1)
  expect(core.summaryText[0]).toContain('### ❌ Problems after the build')
  expect(core.summaryText[0]).toMatch(
    /- uploading artifact half-1\.0\.0-good-python3\.12-x86_64\.zip failed: /
  )
  expect(core.setFailed).toHaveBeenCalledTimes(1)
  expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
    /^uploading artifact half-1\.0\.0-good-python3\.12-x86_64\.zip failed: /
  )
}, 120_000)
