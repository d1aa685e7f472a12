// SIGTERM while installing and while zipping: the installer's process group is stopped, the
// temporary folder and partial outputs are removed, one line says what was interrupted, exit 143.
import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { makeSandbox, type Sandbox } from '../__fixtures__/sentinel.js'

const scratch = useScratch()
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

/** Processes whose command line mentions `marker` (the sandbox path), other than this test's. */
async function processesMentioning(marker: string): Promise<string[]> {
  const found: string[] = []
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
    if (cmdline.includes(marker)) found.push(`${pid}: ${cmdline.replaceAll('\0', ' ')}`)
  }
  return found
}

/** Runs a build and sends SIGTERM once stderr shows `trigger`; resolves with code and stderr. */
function buildUntil(box: Sandbox, trigger: RegExp, extra: string[] = []) {
  return new Promise<{ code: number | null; stderr: string; sent: boolean }>(resolve => {
    const child = spawn(
      'node',
      [
        CLI,
        'build',
        '-p',
        box.project,
        '--cache-dir',
        box.cache,
        '--verify',
        'none',
        '-v',
        ...extra
      ],
      { env: { ...process.env, ...box.env } }
    )
    let stderr = ''
    let sent = false
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (!sent && trigger.test(stderr)) {
        sent = true
        setTimeout(() => child.kill('SIGTERM'), 300)
      }
    })
    child.on('close', code => resolve({ code, stderr, sent }))
  })
}

async function expectCleanStop(
  box: Sandbox,
  what: RegExp,
  result: { code: number | null; stderr: string; sent: boolean }
) {
  expect(result.sent).toBe(true)
  expect(result.code).toBe(143)
  const lines = result.stderr.split('\n').filter(line => line.startsWith('error:'))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(what)
  await new Promise(done => setTimeout(done, 500))
  expect(await processesMentioning(box.root)).toEqual([])
  expect(await readdir(box.tmp)).toEqual([])
  const output = path.join(box.project, 'lambda-layers')
  expect(await readdir(output).catch(() => [])).toEqual([])
}

describe('an interrupted build', () => {
  let box: Sandbox
  beforeAll(async () => {
    box = await makeSandbox(await scratch.folder('lambda-layer-interrupt-'))
    await writeFile(
      path.join(box.project, 'pyproject.toml'),
      '[project]\nname = "demo"\nversion = "1.0"\ndependencies = []\n' +
        '[tool.lambda-layer]\ninstaller = "pip"\n' +
        '[tool.lambda-layer.layers.base]\nrequirements = "requirements.txt"\n'
    )
    await writeFile(path.join(box.project, 'requirements.txt'), 'numpy==2.2.6\n')
  })

  it('stops the installer and removes everything it started when SIGTERM comes during install', async () => {
    const result = await buildUntil(box, /: installing requirements\.txt/)
    await expectCleanStop(
      box,
      /^error: interrupted by SIGTERM while installing base python3\.12 x86_64/,
      result
    )
  })

  it('removes the partial zip when SIGTERM comes during zipping', async () => {
    const result = await buildUntil(box, /zipping \d+ files/, ['--compression-level', '12'])
    await expectCleanStop(
      box,
      /^error: interrupted by SIGTERM while zipping demo-1\.0-base-python3\.12-x86_64\.zip/,
      result
    )
  })
})
