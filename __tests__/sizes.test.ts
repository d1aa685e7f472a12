// Size thresholds: near-limit warnings, over-limit failures (after the report is written), the
// S3 marker for large zips, and combinations of layers one function uses together.
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { ConfigError, SizeLimitError } from '../src/errors.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import { runProcess } from '../src/system/process.js'
import { checkCombinations, needsS3, sizeProblems, sizeStatus } from '../src/report/sizes.js'
import type { LayerReport, Report } from '../src/report/report.js'
import { REPO_ROOT, scratch, TEST_VERIFY, useScratch } from '../__fixtures__/projects.js'
import { failedRun, readJson, rejection } from '../__fixtures__/typed.js'

const scratchDirs = useScratch()
const exec = promisify(execFile)

it('classifies sizes against the 262,144,000-byte limit', () => {
  expect(sizeStatus(100, 90)).toBe('ok')
  expect(sizeStatus(235_929_600, 90)).toBe('near-limit')
  expect(sizeStatus(262_144_000, 90)).toBe('near-limit')
  expect(sizeStatus(262_144_001, 90)).toBe('over-limit')
  expect(needsS3(50 * 1024 * 1024)).toBe(false)
  expect(needsS3(50 * 1024 * 1024 + 1)).toBe(true)
})

it('sums combinations per runtime and architecture', () => {
  const layer = (name: string, architecture: string, unzippedBytes: number) =>
    ({ layer: name, runtime: 'python3.12', architecture, unzippedBytes }) as LayerReport
  const layers = [
    layer('base', 'x86_64', 150_000_000),
    layer('parquet', 'x86_64', 120_000_000),
    layer('base', 'arm64', 1_000)
  ]
  const result = checkCombinations([{ name: 'api', layers: ['base', 'parquet'] }], layers, 90)
  expect(result).toEqual([
    {
      name: 'api',
      runtime: 'python3.12',
      architecture: 'x86_64',
      layers: ['base', 'parquet'],
      unzippedBytes: 270_000_000,
      limitPercent: (270_000_000 / 262_144_000) * 100,
      status: 'over-limit',
      // Without the zips' listings the members' sizes add up.
      summedBytes: 270_000_000,
      sharedPackages: [],
      duplicateLibraries: [],
      problems: [],
      notes: []
    }
  ])
})

it('says what shedding bytecode or sources would save, where it is at least 1 % of the layer', () => {
  const MiB = 1024 * 1024
  const layer = (name: string, bytecode?: LayerReport['bytecode']) =>
    ({
      layer: name,
      runtime: 'python3.12',
      architecture: 'x86_64',
      unzippedBytes: 240 * MiB,
      limitPercent: 96,
      status: 'near-limit',
      bytecode
    }) as LayerReport
  const { near } = sizeProblems(
    [
      layer('both', { failed: 0, bytes: 20 * MiB, sourcesBytes: 18 * MiB }),
      layer('tiny', { failed: 0, bytes: 3 * MiB, sourcesBytes: MiB }),
      // No bytecode beside the sources (the bytecode or python-sources rule on): nothing to say.
      layer('none')
    ],
    []
  )
  expect(near).toEqual([
    "layer both (python3.12 x86_64) is 240.0 MiB unzipped, 96.0% of Lambda's 250.0 MiB limit; the python-sources rule would save 18.0 MiB (cold starts as fast, tracebacks without source lines); the bytecode rule would save 20.0 MiB (each cold start compiles what it imports)",
    "layer tiny (python3.12 x86_64) is 240.0 MiB unzipped, 96.0% of Lambda's 250.0 MiB limit; the bytecode rule would save 3.0 MiB (each cold start compiles what it imports)",
    "layer none (python3.12 x86_64) is 240.0 MiB unzipped, 96.0% of Lambda's 250.0 MiB limit"
  ])
})

/** A project whose only layer installs a local wheel holding `bytes` of zeros. */
async function projectWithBigWheel(bytes: number, table = ''): Promise<string> {
  const dir = await scratch()
  scratchDirs.track(dir)
  const wheel = path.join(dir, 'blob-1.0-py3-none-any.whl')
  const script = `
import sys, zipfile, hashlib, base64
size = int(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    files = {'blob/__init__.py': b'', 'blob/data.bin': bytes(size)}
    meta = b'Metadata-Version: 2.1\\nName: blob\\nVersion: 1.0\\n'
    wheel = b'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n'
    files['blob-1.0.dist-info/METADATA'] = meta
    files['blob-1.0.dist-info/WHEEL'] = wheel
    record = []
    for name, data in files.items():
        z.writestr(name, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
        record.append(f'{name},sha256={digest},{len(data)}')
    record.append('blob-1.0.dist-info/RECORD,,')
    z.writestr('blob-1.0.dist-info/RECORD', '\\n'.join(record) + '\\n')
`
  const result = await runProcess('python3', ['-c', script, wheel, String(bytes)])
  if (result.code !== 0) throw new Error(result.stderr)
  await mkdir(path.join(dir, 'req'), { recursive: true })
  await writeFile(path.join(dir, 'req', 'blob.txt'), `${wheel}\n`)
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "big"\nversion = "1.0.0"\n[tool.lambda-layer]\n${table}\n[tool.lambda-layer.layers.blob]\nrequirements = "req/blob.txt"\n[tool.lambda-layer.layers.small]\nrequirements = "req/blob.txt"\n`
  )
  return dir
}

function capture() {
  const warnings: string[] = []
  return {
    warnings,
    log: { info: () => {}, debug: () => {}, warn: (m: string) => warnings.push(m) }
  }
}

it('warns near the limit and checks combinations', async () => {
  const dir = await projectWithBigWheel(
    3_000_000,
    'size-warn-percent = 1\n[tool.lambda-layer.combinations]\nboth = ["blob", "small"]'
  )
  const { warnings, log } = capture()
  const { report } = await buildLayers(
    await prepareBuild({ projectDir: dir, overrides: { verify: TEST_VERIFY } }),
    {
      run: runProcess,
      log
    }
  )
  expect(report.layers.map(l => l.status)).toEqual(['near-limit', 'near-limit'])
  expect(report.limits.warnPercent).toBe(1)
  expect(report.combinations).toEqual([
    expect.objectContaining({
      name: 'both',
      layers: ['blob', 'small'],
      // Both layers hold the same files: Lambda extracts them once.
      unzippedBytes: report.layers[0]!.unzippedBytes,
      summedBytes: report.layers[0]!.unzippedBytes * 2,
      status: 'near-limit'
    })
  ])
  expect(warnings).toEqual([
    expect.stringMatching(
      /^layer blob \(python3\.12 x86_64\) is 2\.9 MiB unzipped, 1\.1% of Lambda's 250\.0 MiB limit$/
    ),
    expect.stringMatching(/^layer small /),
    expect.stringMatching(
      /^combination both \(blob \+ small, python3\.12 x86_64\) is 2\.9 MiB unzipped, 1\.1% of/
    )
  ])
  const relaxed = await prepareBuild({
    projectDir: dir,
    overrides: { sizeWarnPercent: '90', verify: TEST_VERIFY }
  })
  expect(relaxed.config.sizeWarnPercent).toBe(90)
}, 120_000)

it('fails over the limit with what is too large, after writing the report', async () => {
  const dir = await projectWithBigWheel(263_000_000)
  const { log } = capture()
  const error = await rejection<SizeLimitError<Report>>(
    buildLayers(
      await prepareBuild({ projectDir: dir, overrides: { layers: ['blob'], verify: TEST_VERIFY } }),
      { run: runProcess, log }
    ),
    SizeLimitError
  )
  expect(error).toBeInstanceOf(SizeLimitError)
  expect(error.message).toMatch(
    /^over Lambda's unzipped size limit:\n {2}layer blob \(python3\.12 x86_64\) is 250\.\d MiB unzipped, 100\.\d% of Lambda's 250\.0 MiB limit$/
  )
  expect(error.hint).toContain('Nothing was published')
  const report = await readJson<Report>(path.join(dir, 'lambda-layers', 'lambda-layer-report.json'))
  expect(report.layers[0]!.status).toBe('over-limit')
  expect(error.report.layers[0]!.status).toBe('over-limit')

  // The CLI still prints the table with the largest packages, then the error, and exits 1.
  const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
  const result = await failedRun(
    exec('node', [cli, 'build', '-p', dir, '-l', 'blob', '--verify', 'elf'])
  )
  expect(result.code).toBe(1)
  expect(result.stdout).toMatch(/^blob\s+python3\.12\s+x86_64\s.*over limit\s+blob 250\.\d MiB$/m)
  expect(result.stdout).toMatch(
    /^blob python3\.12 x86_64: 0 shared objects checked|no shared objects/m
  )
  expect(result.stderr).toMatch(/^error: over Lambda's unzipped size limit:$/m)
}, 300_000)

it('rejects a bad threshold and unknown layers in a combination', async () => {
  const dir = await projectWithBigWheel(10, 'size-warn-percent = 0')
  await expect(
    prepareBuild({ projectDir: dir, overrides: { verify: TEST_VERIFY } })
  ).rejects.toThrow(
    new ConfigError(
      '[tool.lambda-layer] size-warn-percent = 0 is not valid: expected a whole number from 1 to 100'
    )
  )
  const other = await projectWithBigWheel(
    10,
    '[tool.lambda-layer.combinations]\napi = ["blob", "bolb"]'
  )
  await expect(prepareBuild({ projectDir: other })).rejects.toThrow(
    '[tool.lambda-layer.combinations] api: no layer "bolb" (did you mean "blob"?); layers: blob, small'
  )
})
