// Partial builds: one failing target does not stop the others. Every target is attempted, the
// other zips are written, the report records each failure (stage, error, hint), a zip that failed
// Verify is moved aside, the CLI prints the table and the failures and exits 1, and publishing
// refuses the report.
import { execFile } from 'node:child_process'
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { BuildFailedError, LayerError } from '../src/errors.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import { PublishError, publishLayers } from '../src/publish/index.js'
import type { Report } from '../src/report/report.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { makeWheel } from '../__fixtures__/wheels.js'
import { failedRun, rejection } from '../__fixtures__/typed.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()

/** An x86_64 shared object, as a package built on the host would carry. */
async function x86SharedObject(dir: string): Promise<Buffer> {
  const source = path.join(dir, 'fast.c')
  await writeFile(source, 'int answer(void) { return 42; }\n')
  const output = path.join(dir, 'fast.so')
  await exec('gcc', ['-shared', '-fPIC', '-o', output, source])
  return readFile(output)
}

/**
 * Three layers for x86_64 and arm64 (six targets): `pure` builds everywhere; `tagged` installs a
 * wheel published only for x86_64 (arm64 fails to install); `native` ships an x86_64 shared object
 * in a wheel tagged for any platform (arm64 installs, then fails Verify's ELF check).
 */
async function partialProject(): Promise<string> {
  const dir = await scratchDirs.folder('lambda-layer-partial-')
  const wheels = path.join(dir, 'wheels')
  await mkdir(wheels)
  await mkdir(path.join(dir, 'req'))
  const pure = await makeWheel(wheels, {
    name: 'purepkg',
    files: { 'purepkg/__init__.py': 'X = 1\n' }
  })
  const tagged = await makeWheel(wheels, {
    name: 'taggedpkg',
    tag: 'py3-none-manylinux2014_x86_64',
    files: { 'taggedpkg/__init__.py': 'X = 1\n' }
  })
  const native = await makeWheel(wheels, {
    name: 'nativepkg',
    files: {
      'nativepkg/__init__.py': '',
      'nativepkg/_fast.abi3.so': await x86SharedObject(dir)
    }
  })
  await writeFile(path.join(dir, 'req', 'pure.txt'), `${pure}\n`)
  await writeFile(path.join(dir, 'req', 'tagged.txt'), `${tagged}\n`)
  await writeFile(path.join(dir, 'req', 'native.txt'), `${native}\n`)
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "partial"',
      'version = "1.0.0"',
      '[tool.lambda-layer]',
      'runtime = ["python3.12"]',
      'architectures = ["x86_64", "arm64"]',
      'builder = "native"',
      '[tool.lambda-layer.verify]',
      'imports = false',
      'sdk = false',
      '[tool.lambda-layer.layers.pure]',
      'requirements = "req/pure.txt"',
      '[tool.lambda-layer.layers.tagged]',
      'requirements = "req/tagged.txt"',
      '[tool.lambda-layer.layers.native]',
      'requirements = "req/native.txt"',
      ''
    ].join('\n')
  )
  return dir
}

const id = (layer: string, arch: string) => `partial-1.0.0-${layer}-python3.12-${arch}.zip`

describe('a build with one failing target per layer', () => {
  let dir: string
  let out: string
  let error: BuildFailedError<Report>

  beforeAll(async () => {
    dir = await partialProject()
    out = path.join(dir, 'lambda-layers')
    // A zip an earlier run left under a final name must not survive this run's failure.
    await mkdir(out, { recursive: true })
    await writeFile(path.join(out, id('tagged', 'arm64')), 'stale')
    error = await rejection(
      buildLayers(await prepareBuild({ projectDir: dir }), {
        run: runProcess,
        log: silentLogger
      }),
      BuildFailedError
    )
  }, 300_000)

  it('writes the other zips and only those under their final names', async () => {
    expect(error).toBeInstanceOf(BuildFailedError)
    const zips = (await readdir(out)).filter(name => name.endsWith('.zip')).sort()
    expect(zips).toEqual([
      id('native', 'x86_64'),
      id('pure', 'arm64'),
      id('pure', 'x86_64'),
      id('tagged', 'x86_64')
    ])
  })

  it('records each failure in the report with its stage, error and hint', async () => {
    const report = JSON.parse(
      await readFile(path.join(out, 'lambda-layer-report.json'), 'utf8')
    ) as Report
    expect(report.version).toBe(2)
    expect(report.layers.map(l => l.fileName).sort()).toHaveLength(4)
    expect(report.failures).toEqual([
      expect.objectContaining({
        layer: 'tagged',
        architecture: 'arm64',
        fileName: id('tagged', 'arm64'),
        stage: 'install',
        error: expect.stringMatching(/taggedpkg/) as string
      }),
      expect.objectContaining({
        layer: 'native',
        architecture: 'arm64',
        stage: 'verify',
        error: expect.stringContaining(
          'python/nativepkg/_fast.abi3.so (package nativepkg 1.0) is built for ELF machine 62, not aarch64'
        ) as string,
        hint: expect.stringContaining('Fix the packages named above') as string,
        failedZip: path.join(out, `${id('native', 'arm64')}.failed`)
      })
    ])
    await access(path.join(out, `${id('native', 'arm64')}.failed`))
    expect(error.message).toBe(
      '2 of 6 targets failed: tagged python3.12 arm64 (install), native python3.12 arm64 (verify)'
    )
    expect(error.report.failures).toHaveLength(2)
  })

  it('the CLI prints the table and the failures, then the error, and exits 1', async () => {
    const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
    const result = await failedRun(exec('node', [cli, 'build', '-p', dir]))
    expect(result.code).toBe(1)
    const stdout: string = result.stdout
    expect(stdout).toMatch(/^pure\s+python3\.12\s+x86_64\s/m)
    expect(stdout).toMatch(/^tagged\s+python3\.12\s+x86_64\s/m)
    expect(stdout).toContain('Failed targets:\n  tagged python3.12 arm64 failed at install: ')
    expect(stdout).toContain('  native python3.12 arm64 failed at verify: ')
    expect(stdout).toContain(`zip moved aside: ${path.join(out, id('native', 'arm64'))}.failed`)
    expect(stdout).toContain(`Report: ${path.join(out, 'lambda-layer-report.json')}`)
    expect(result.stderr).toContain('error: 2 of 6 targets failed: ')
  }, 300_000)

  it('publishing refuses the report before any AWS call', async () => {
    const report = JSON.parse(
      await readFile(path.join(out, 'lambda-layer-report.json'), 'utf8')
    ) as Report
    const refused = await rejection(
      publishLayers(
        report,
        { regions: ['eu-west-1'] },
        {
          clients: () => {
            throw new Error('no AWS call may happen')
          },
          log: silentLogger
        }
      ),
      PublishError
    )
    expect(refused.reason).toBe('failed-targets')
    expect(refused.message).toBe(
      'the build failed for 2 target(s): tagged python3.12 arm64 (install), native python3.12 arm64 (verify); nothing was published'
    )
  })
})

it('names the SDK set when it was all a layer held (runtime-packages = "remove")', async () => {
  const dir = await scratchDirs.folder('lambda-layer-sdk-only-')
  const six = await makeWheel(dir, {
    name: 'six',
    version: '1.16.0',
    files: { 'six.py': 'X = 1\n' }
  })
  await writeFile(path.join(dir, 'sdk.txt'), `${six}\n`)
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "sdk-only"',
      'version = "1.0.0"',
      '[tool.lambda-layer]',
      'runtime = "python3.12"',
      'builder = "native"',
      '[tool.lambda-layer.verify]',
      'imports = false',
      'sdk = false',
      '[tool.lambda-layer.layers.sdk]',
      'requirements = "sdk.txt"',
      ''
    ].join('\n')
  )
  const failed = (await rejection(
    buildLayers(await prepareBuild({ projectDir: dir }), {
      run: runProcess,
      log: silentLogger
    }),
    LayerError
  )) as BuildFailedError<Report>
  expect(failed).toBeInstanceOf(BuildFailedError)
  const [failure] = failed.report.failures
  expect(failure).toMatchObject({ layer: 'sdk', stage: 'package' })
  expect(failure?.error).toContain(
    `layer sdk is empty after shaping: its packages (six 1.16.0) are in the runtime's SDK set`
  )
  expect(failure?.hint).toContain('runtime-packages = "keep"')
}, 120_000)
