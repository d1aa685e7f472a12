// Regression tests for the hardening pieces a user cannot reach one by one from the catalogue:
// the path guard, the output lock, atomic writes, time limits, filesystem messages, the build
// backend's environment, workflow-command escaping, and measuring the zips of `publish --report`.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeUntrusted } from '../src/action/log-safety.js'
import { parseCli } from '../src/cli/args.js'
import { describeError } from '../src/errors.js'
import { isImageReference } from '../src/lambda/image-ref.js'
import { buildBackendEnv } from '../src/project/build-env.js'
import { checkProjectName, checkProjectVersion } from '../src/project/metadata.js'
import { measureReportZips } from '../src/publish/measure.js'
import type { Report } from '../src/report/report.js'
import { writeFileAtomic } from '../src/system/atomic.js'
import { fsError } from '../src/system/fs-errors.js'
import { silentLogger, type Logger } from '../src/system/log.js'
import { LOCK_FILE, lockOutputFolder } from '../src/system/output-lock.js'
import { allowWritesUnder, guardPath } from '../src/system/paths.js'
import { runProcess } from '../src/system/process.js'
import { withTimeLimit } from '../src/system/time-limit.js'
import { prepareBuild } from '../src/pipeline.js'
import { walkTree } from '../src/files/tree.js'
import { writeZip } from '../src/package/zip.js'
import { useScratch } from '../__fixtures__/projects.js'
import { readJson } from '../__fixtures__/typed.js'

const scratch = useScratch()
const where = { file: 'pyproject.toml', label: '[project] version' }

it('accepts PEP 440 versions and PEP 508 names, and refuses paths and newlines', () => {
  for (const version of ['1.0', '2.0rc1', '1.0.post1', '1!2.0.dev3', '1.0+local.7', 'v1.2'])
    expect(checkProjectVersion(version, where)).toBe(version)
  for (const version of ['/../../tmp/x', '1.0\n::error::x', '../1', '1.0/2', ''])
    expect(() => checkProjectVersion(version, where)).toThrow(/is not a valid version/)
  for (const name of ['demo', 'my_pkg.x', 'A-1']) expect(checkProjectName(name, where)).toBe(name)
  for (const name of ['../evil', 'a/b', '-x', 'x\ny', '.hidden'])
    expect(() => checkProjectName(name, where)).toThrow(/not a valid Python project name/)
})

it('guards every write: inside the allowed folders only, while they are allowed', async () => {
  const dir = await scratch.folder()
  const release = allowWritesUnder(path.join(dir, 'out'), path.join(dir, 'cache'))
  try {
    expect(guardPath(path.join(dir, 'out', 'a.zip'), 'layer zip')).toBe(
      path.join(dir, 'out', 'a.zip')
    )
    expect(() => guardPath(path.join(dir, 'out', '..', 'x.zip'), 'layer zip')).toThrow(
      /refusing to write layer zip .*x\.zip: it is outside/
    )
    expect(() => guardPath('/tmp/x/keep', 'install folder')).toThrow(/refusing to write/)
  } finally {
    release()
  }
})

it('checks image names against the reference grammar, never as flags', () => {
  for (const image of [
    'public.ecr.aws/sam/build-python{python}:latest-{arch}',
    'localhost:5000/team/img@sha256:' + 'a'.repeat(64),
    'lambda-stand-in:3.11'
  ])
    expect(isImageReference(image)).toBe(true)
  for (const image of ['--privileged', '-v/:/host', 'Team/x', 'a b', 'x:tag with space'])
    expect(isImageReference(image)).toBe(false)
})

it('splits comma lists on the command line as in the file, whitespace trimmed', async () => {
  const dir = await scratch.folder()
  await writeFile(path.join(dir, 'pyproject.toml'), '[project]\nname = "demo"\nversion = "1"\n')
  for (const argv of [
    ['-r', 'python3.12,python3.11', '-a', 'x86_64, arm64'],
    ['--runtime=python3.12,python3.11', '-a', 'x86_64', '-a', 'arm64 '],
    ['-r', ' python3.12 ', '-r', 'python3.11', '--architectures=x86_64,arm64']
  ]) {
    const args = parseCli(['build', '-p', dir, ...argv])
    const { config } = await prepareBuild({ projectDir: dir, overrides: args.overrides })
    expect(config.runtimes).toEqual(['python3.12', 'python3.11'])
    expect(config.architectures).toEqual(['x86_64', 'arm64'])
  }
})

it('lets one build hold an output folder, names the holder, and takes over a dead one', async () => {
  const dir = await scratch.folder()
  const release = await lockOutputFolder(dir)
  await expect(lockOutputFolder(dir)).rejects.toThrow(
    new RegExp(`another build is writing to .*: process ${process.pid} on `)
  )
  await release()
  await expect(readdir(dir)).resolves.toEqual([])
  const host = (await import('node:os')).hostname()
  await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 7, host }))
  const again = await lockOutputFolder(dir)
  expect((await readJson<{ pid: number }>(path.join(dir, LOCK_FILE))).pid).toBe(process.pid)
  await again()
})

it('writes through a unique temporary name: a failed write leaves neither name', async () => {
  const dir = await scratch.folder()
  const file = path.join(dir, 'report.json')
  await writeFileAtomic(file, 'one')
  await Promise.all([writeFileAtomic(file, 'two'), writeFileAtomic(file, 'three')])
  expect(['two', 'three']).toContain(await readFile(file, 'utf8'))
  expect(await readdir(dir)).toEqual(['report.json'])
  await mkdir(path.join(dir, 'sub.json'))
  await expect(writeFileAtomic(path.join(dir, 'sub.json'), 'x')).rejects.toThrow()
  expect((await readdir(dir)).sort()).toEqual(['report.json', 'sub.json'])
})

it('zips two builds into one path without sharing a partial file', async () => {
  const dir = await scratch.folder()
  const tree = path.join(dir, 'tree')
  await mkdir(path.join(tree, 'python'), { recursive: true })
  await writeFile(path.join(tree, 'python', 'a.py'), 'x = 1\n'.repeat(5000))
  const entries = await walkTree(tree)
  const zipPath = path.join(dir, 'out.zip')
  const [a, b] = await Promise.all([writeZip(entries, zipPath), writeZip(entries, zipPath)])
  expect(a.sha256).toBe(b.sha256)
  expect((await stat(zipPath)).size).toBe(a.zippedBytes)
  expect(await readdir(dir)).toEqual(['out.zip', 'tree'])
})

it('gives a step that never settles a time limit, and a tool run too', async () => {
  await expect(withTimeLimit(new Promise(() => {}), 200, 'setting up /proc/nope')).rejects.toThrow(
    'setting up /proc/nope did not finish within 0 s'
  )
  const started = Date.now()
  await expect(runProcess('sleep', ['30'], { timeoutMs: 300 })).rejects.toThrow(
    /sleep 30 did not finish within 0.3 s/
  )
  expect(Date.now() - started).toBeLessThan(5000)
})

it('turns filesystem errors into one line naming the path, the cause and the fix', () => {
  const error = Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    syscall: 'write',
    path: '/out/x.zip'
  })
  expect(describeError(fsError(error))).toBe(
    'cannot write /out/x.zip: no space left on the device (ENOSPC)\n  hint: Free space on that disk, or point the folder elsewhere.'
  )
  expect(describeError(new TypeError('boom'))).not.toMatch(/\bat .*:\d+:\d+/)
})

it('gives the build backend no credentials: index settings go into private config files', async () => {
  const dir = await scratch.folder()
  const env = await buildBackendEnv(
    {
      PATH: '/usr/bin',
      HOME: '/root',
      LC_ALL: 'C.UTF-8',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
      AWS_SESSION_TOKEN: 'aws-token',
      GITHUB_TOKEN: 'ghp_secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      POETRY_HTTP_BASIC_PRIVATE_PASSWORD: 'poetry-secret',
      PIP_INDEX_URL: 'https://u:pip-secret@index.example/simple',
      UV_EXTRA_INDEX_URL: 'https://u:uv-secret@extra.example/simple'
    },
    path.join(dir, 'config')
  )
  expect(Object.keys(env).sort()).toEqual(
    ['HOME', 'LC_ALL', 'PATH', 'PIP_CONFIG_FILE', 'UV_CONFIG_FILE'].sort()
  )
  expect(JSON.stringify(env)).not.toMatch(/secret|token/)
  const pip = await readFile(env.PIP_CONFIG_FILE as string, 'utf8')
  expect(pip).toContain('index-url = https://u:pip-secret@index.example/simple')
  expect(await readFile(env.UV_CONFIG_FILE as string, 'utf8')).toContain(
    'extra-index-url = ["https://u:uv-secret@extra.example/simple"]'
  )
  expect((await stat(env.PIP_CONFIG_FILE as string)).mode & 0o077).toBe(0)
})

it('pauses workflow commands around untrusted text that holds one', () => {
  const lines: string[] = []
  writeUntrusted('demo 1.0: 1 layer', line => lines.push(line))
  expect(lines).toEqual(['demo 1.0: 1 layer'])
  lines.length = 0
  writeUntrusted('version 1.0\n::error title=x::pwned\n  ::warning::y', line => lines.push(line))
  const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0] ?? '')?.[1]
  expect(token).toBeDefined()
  expect(lines.slice(1)).toEqual([
    'version 1.0\n::error title=x::pwned\n  ::warning::y',
    `::${token}::`
  ])
})

it("publishes the measured sizes of a report's zips, not the recorded ones", async () => {
  const dir = await scratch.folder()
  const tree = path.join(dir, 'tree')
  await mkdir(path.join(tree, 'python'), { recursive: true })
  await writeFile(path.join(tree, 'python', 'big.bin'), Buffer.alloc(300_000, 1))
  const zipPath = path.join(dir, 'x.zip')
  const zip = await writeZip(await walkTree(tree), zipPath)
  const warnings: string[] = []
  const log: Logger = { ...silentLogger, warn: line => warnings.push(line) }
  const report = {
    layers: [
      {
        layer: 'base',
        fileName: 'x.zip',
        zipPath,
        ...zip,
        sha256: 'f'.repeat(64),
        unzippedBytes: 1
      }
    ]
  } as unknown as Report
  const measured = await measureReportZips(report, log)
  expect(measured.layers[0]).toMatchObject({ unzippedBytes: 300_000, sha256: zip.sha256 })
  expect(warnings.join('\n')).toMatch(/the report says unzippedBytes 1, the zip has 300000/)
})
