// What a long build prints: a heartbeat with the elapsed time on long steps (plain lines, no
// escape codes), and one notice per cause however many targets share it.
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import { createDocker } from '../src/system/docker.js'
import { withHeartbeat } from '../src/system/heartbeat.js'
import { silentLogger, type Logger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { makeWheel } from '../__fixtures__/wheels.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()

function capture(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: m => lines.push(m),
    warn: m => lines.push(`warning: ${m}`),
    debug: () => {}
  }
}

it('prints a heartbeat with the elapsed time while a step runs, and stops when it settles', async () => {
  const log = capture()
  const value = await withHeartbeat(
    log,
    '[1/2] base python3.12 x86_64: installing',
    () => new Promise(resolve => setTimeout(() => resolve(42), 1_150)),
    500
  )
  expect(value).toBe(42)
  // About one line per 500 ms of a 1.15 s step (timers on a busy machine may slip).
  expect(log.lines.length).toBeGreaterThanOrEqual(1)
  expect(log.lines.length).toBeLessThanOrEqual(2)
  for (const line of log.lines)
    expect(line).toMatch(/^\[1\/2\] base python3\.12 x86_64: installing: still running \(\d+ s\)$/)
  const printed = log.lines.length
  await new Promise(resolve => setTimeout(resolve, 700))
  expect(log.lines).toHaveLength(printed)
})

/** Two layers of one pure wheel for python3.12 (the host's Python is 3.11). */
async function twoLayerProject(): Promise<string> {
  const dir = await scratchDirs.folder('lambda-layer-progress-')
  await mkdir(path.join(dir, 'req'))
  const wheel = await makeWheel(dir, { name: 'purepkg', files: { 'purepkg/__init__.py': '' } })
  await writeFile(path.join(dir, 'req', 'pure.txt'), `${wheel}\n`)
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "progress"',
      'version = "1.0.0"',
      '[tool.lambda-layer]',
      'runtime = "python3.12"',
      'builder = "native"',
      ...['one', 'two'].flatMap(name => [
        `[tool.lambda-layer.layers.${name}]`,
        'requirements = "req/pure.txt"'
      ]),
      ''
    ].join('\n')
  )
  return dir
}

it('says "import check skipped" once for all targets, with what would enable it', async () => {
  const dir = await twoLayerProject()
  const noEngine: Runner = (command, args, opts) =>
    runProcess(command, args, {
      ...opts,
      env: { ...opts?.env, DOCKER_HOST: 'unix:///nowhere.sock' }
    })
  const log = capture()
  const { report } = await buildLayers(
    await prepareBuild({ projectDir: dir, overrides: { verify: ['imports'] } }),
    { run: runProcess, log, docker: createDocker(noEngine, silentLogger) }
  )
  expect(report.layers.map(l => l.verify?.imports)).toEqual([
    expect.objectContaining({ skipped: expect.any(String) as string }) as object,
    expect.objectContaining({ skipped: expect.any(String) as string }) as object
  ])
  const skipped = log.lines.filter(line => line.includes('import check skipped'))
  expect(skipped).toEqual([
    expect.stringMatching(
      /^warning: import check skipped for python3\.12 x86_64: no Docker engine answered( at DOCKER_HOST=\S+)?: .*; the host has Python 3\.11\.\d+ x86_64, not 3\.12 x86_64\. To enable it, start a Docker engine that runs amd64 containers \(DOCKER_HOST\) with the runtime image public\.ecr\.aws\/lambda\/python:3\.12, or build on a host with Python 3\.12 on x86_64; --verify elf,sdk switches the import check off\.$/
    )
  ])
}, 120_000)

it('writes no escape codes to a stderr that is not a terminal', async () => {
  const dir = await twoLayerProject()
  const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
  const { stdout, stderr } = await exec('node', [cli, 'build', '-p', dir, '--verify', 'elf'])
  expect(stderr).toContain('[1/2] one python3.12 x86_64: installing')
  expect(stderr + stdout).not.toContain(String.fromCharCode(0x1b))
}, 120_000)
