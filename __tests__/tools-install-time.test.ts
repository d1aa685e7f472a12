// The profile's "tools": the seconds a build spent installing pinned tools, timed where they
// install (a first run's bootstrap), and nothing when every tool was already there.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../src/system/log.js'
import type { Runner } from '../src/system/process.js'
import { createTools } from '../src/system/tools.js'

let toolDir: string
beforeAll(async () => {
  toolDir = await mkdtemp(path.join(os.tmpdir(), 'tools-time-'))
})
afterAll(async () => rm(toolDir, { recursive: true, force: true }))

/** Where the `python3` on PATH (a wrapper such as pyenv's shim) says its interpreter is. */
const INTERPRETER = '/opt/python/3.11.2/bin/python3.11'

/**
 * No uv on PATH; python3 is there; `pip install --target DIR` takes 300 ms and leaves bin/uv, and
 * runs only through the interpreter itself (sys.executable), never the wrapper on PATH.
 */
const run: Runner = async (command, args) => {
  if (command === 'python3' && args[0] === '-c')
    return { code: 0, stdout: `Python 3.11.2\n${INTERPRETER}\n`, stderr: '' }
  if (command === INTERPRETER && args.includes('install')) {
    const target = args[args.indexOf('--target') + 1] as string
    await new Promise(resolve => setTimeout(resolve, 300))
    await mkdir(path.join(target, 'bin'), { recursive: true })
    await writeFile(path.join(target, 'bin', 'uv'), '')
    return { code: 0, stdout: '', stderr: '' }
  }
  return { code: 127, stdout: '', stderr: 'not found' }
}

it('counts the time installing a missing tool, and none when it is installed', async () => {
  const first = createTools({ run, log: silentLogger, toolDir })
  expect(first.installSeconds?.()).toBe(0)
  await first.uv()
  const seconds = first.installSeconds?.() ?? 0
  expect(seconds).toBeGreaterThanOrEqual(0.3)
  expect(seconds).toBeLessThan(5)

  const second = createTools({ run, log: silentLogger, toolDir })
  await second.uv()
  expect(second.installSeconds?.()).toBe(0)
})
