// The hostile-input catalogue: every bad configuration key, flag, action input, project content,
// filesystem fault and publishing option gives its exit code, one message naming the value and the
// fix, no stack trace, and leaves everything outside the output folder and the cache unchanged.
import { execFile } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { CONFIG_CASES, type HostileCase } from '../__fixtures__/hostile-cases.js'
import { FAULT_CASES } from '../__fixtures__/hostile-faults.js'
import { REPO_ROOT, scratch } from '../__fixtures__/projects.js'
import { BASE_PYPROJECT, makeSandbox, snapshot, type Sandbox } from '../__fixtures__/sentinel.js'

const exec = promisify(execFile)
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
const ACTION = path.join(REPO_ROOT, 'dist', 'index.js')
const CASES = [...CONFIG_CASES, ...FAULT_CASES]
const STACK = /^\s+at .+:\d+:\d+\)?$|node:internal/m

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

async function runCase(box: Sandbox, c: HostileCase): Promise<Outcome> {
  const env = { PATH: process.env.PATH ?? '', ...box.env, ...c.env }
  let command: string[]
  if (c.inputs) {
    const inputs = typeof c.inputs === 'function' ? c.inputs(box) : c.inputs
    Object.assign(env, {
      'INPUT_PROJECT-DIRECTORY': box.project,
      INPUT_CACHE: 'false',
      'INPUT_UPLOAD-ARTIFACTS': 'false',
      INPUT_SUMMARY: 'false',
      GITHUB_OUTPUT: path.join(box.root, 'output'),
      GITHUB_STEP_SUMMARY: path.join(box.root, 'summary'),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    })
    command = [ACTION]
  } else {
    const args = c.args ?? []
    command =
      typeof args === 'function' && args(box)[0] !== undefined && !args(box)[0]?.startsWith('-')
        ? [CLI, ...args(box)]
        : [
            CLI,
            'build',
            '-p',
            box.project,
            '--cache-dir',
            box.cache,
            ...(typeof args === 'function' ? args(box) : args)
          ]
  }
  return exec('node', command, { cwd: box.project, env, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr
    })
  )
}

it('holds at least 60 cases across every kind of input', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60)
  const kinds = new Set(CASES.map(c => c.kind))
  expect([...kinds].sort()).toEqual(
    ['action', 'config', 'filesystem', 'flag', 'project', 'publish'].sort()
  )
  expect(new Set(CASES.map(c => `${c.kind}: ${c.name}`)).size).toBe(CASES.length)
})

describe.each(CASES.map(c => [`${c.kind}: ${c.name}`, c] as const))('%s', (_, c) => {
  it('fails with its exit code, one message naming the value and the fix, nothing else touched', async () => {
    const root = await scratch('lambda-layer-hostile-')
    const box = await makeSandbox(root)
    let cleanup: unknown
    try {
      if (c.pyproject) await writeFile(path.join(box.project, 'pyproject.toml'), c.pyproject)
      if (c.append)
        await writeFile(path.join(box.project, 'pyproject.toml'), BASE_PYPROJECT + c.append)
      cleanup = await c.setup?.(box)
      const outputs = c.outputDir ? [c.outputDir(box)] : []
      const before = await snapshot(box, outputs)
      const outcome = await runCase(box, c)
      const names = typeof c.names === 'function' ? c.names(box) : c.names
      if (c.inputs) {
        // The action: one error annotation (message escaped), a failed exit, no raw command.
        const errors = outcome.stdout.split('\n').filter(line => line.startsWith('::error'))
        expect(errors.length).toBeGreaterThanOrEqual(1)
        expect(errors[0]).toContain(names.replaceAll('\n', '%0A'))
        expect(errors[0]?.replaceAll('%0A', '\n')).toMatch(c.fix)
        expect(outcome.stdout).not.toMatch(/^::error title=x::pwned/m)
        expect(outcome.stdout + outcome.stderr).not.toMatch(STACK)
      } else {
        const errorLines = outcome.stderr.split('\n').filter(line => line.startsWith('error:'))
        expect({ errorLines, stderr: outcome.stderr }).toMatchObject({
          errorLines: [expect.any(String)]
        })
        const message = outcome.stderr.slice(outcome.stderr.indexOf('error:'))
        expect(message).toContain(names)
        expect(message).toMatch(c.fix)
        expect(outcome.stderr).not.toMatch(STACK)
      }
      expect(outcome.code).toBe(c.code)
      expect(await snapshot(box, outputs)).toEqual(before)
    } finally {
      if (typeof cleanup === 'function') await (cleanup as () => Promise<void>)()
      await rm(root, { recursive: true, force: true })
    }
  })
})
