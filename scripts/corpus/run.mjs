// The corpus: real-world dependency sets (scripts/corpus/sets/<set>/{poetry,uv}, each with its
// committed lock) built with the CLI the way users run it, for each runtime and architecture,
// ending in one results table (built / failed with the diagnosis, sizes, Verify).
//   npm run corpus                                   # every set, both locks, python3.11/3.12 (+3.13
//                                                    # when its stand-in build image exists) x x86_64, arm64
//   npm run corpus -- --quick                        # the CI subset (see QUICK)
//   npm run corpus -- --sets data,web-api --locks uv --runtimes python3.12 --architectures arm64
//   npm run corpus -- --recheck DIR --out DIR2  # an earlier run's rows against today's expect.json
// Environment: CORPUS_OUT (scratch and results; default $TMPDIR/lambda-layer-corpus),
// CORPUS_BUILD_IMAGE (default lambda-layer-test/build-python{python}:latest, the stand-ins).
// Results: <out>/results.md (the table) and <out>/results.json; exit 0 when every row matched its
// expectation in sets/<set>/expect.json (built, or failed naming the cause), 1 otherwise.
import { execFileSync, spawn } from 'node:child_process'
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Buffer } from 'node:buffer'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SETS = path.join(REPO, 'scripts', 'corpus', 'sets')
// CORPUS_CLI: a copy of dist/cli/index.js to run (so a rebuild during a long run changes nothing).
const CLI = process.env.CORPUS_CLI ?? path.join(REPO, 'dist', 'cli', 'index.js')
/** The CI subset: one wheel-only set through the native builder, the Docker fallback, one diagnosis. */
const QUICK = {
  sets: ['aws-tooling', 'sdist-only'],
  locks: ['uv'],
  runtimes: ['python3.11', 'python3.12'],
  architectures: ['x86_64']
}

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sets: { type: 'string' },
    locks: { type: 'string' },
    runtimes: { type: 'string' },
    architectures: { type: 'string' },
    builder: { type: 'string' },
    out: { type: 'string' },
    recheck: { type: 'string' }
  }
})
const list = value =>
  value
    ?.split(',')
    .map(item => item.trim())
    .filter(Boolean)
const allSets = (await readdir(SETS, { withFileTypes: true }))
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()
const buildImage = process.env.CORPUS_BUILD_IMAGE ?? 'lambda-layer-test/build-python{python}:latest'
const hasImage = name => {
  try {
    execFileSync('docker', ['image', 'inspect', name], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const defaultRuntimes = ['python3.11', 'python3.12']
if (hasImage(buildImage.replace('{python}', '3.13'))) defaultRuntimes.push('python3.13')
const plan = {
  sets: list(values.sets) ?? (values.quick ? QUICK.sets : allSets),
  locks: list(values.locks) ?? (values.quick ? QUICK.locks : ['poetry', 'uv']),
  runtimes: list(values.runtimes) ?? (values.quick ? QUICK.runtimes : defaultRuntimes),
  architectures:
    list(values.architectures) ?? (values.quick ? QUICK.architectures : ['x86_64', 'arm64'])
}
const out = path.resolve(
  values.out ?? process.env.CORPUS_OUT ?? path.join(os.tmpdir(), 'lambda-layer-corpus')
)
await mkdir(out, { recursive: true })

/** Runs the CLI; resolves with its exit code, output kept in a log file per project. */
function cli(args, logFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks = []
    const keep = chunk => chunks.push(chunk)
    child.stdout.on('data', keep)
    child.stderr.on('data', chunk => {
      keep(chunk)
      for (const line of chunk.toString('utf8').split('\n'))
        if (/^\[\d+\/\d+\]|failed|error/i.test(line)) process.stderr.write(`    ${line}\n`)
    })
    child.on('error', reject)
    child.on('close', async code => {
      await writeFile(logFile, Buffer.concat(chunks))
      resolve(code ?? 1)
    })
  })
}

const rows = []
const started = Date.now()
if (values.recheck) {
  // Re-check an earlier run's rows against the sets' current expect.json, and print its table.
  const earlier = JSON.parse(await readFile(path.join(values.recheck, 'results.json'), 'utf8'))
  for (const row of earlier.rows) {
    const expect = JSON.parse(
      await readFile(path.join(SETS, row.set, 'expect.json'), 'utf8').catch(() => '{}')
    )
    rows.push({ ...row, expected: expected(expect, row) })
  }
  plan.sets = []
}
for (const set of plan.sets) {
  const expect = JSON.parse(
    await readFile(path.join(SETS, set, 'expect.json'), 'utf8').catch(() => '{}')
  )
  for (const lock of plan.locks) {
    const source = path.join(SETS, set, lock)
    const project = path.join(out, 'projects', `${set}-${lock}`)
    await rm(project, { recursive: true, force: true })
    await cp(source, project, { recursive: true })
    process.stderr.write(`corpus: ${set} (${lock}) ...\n`)
    const t0 = Date.now()
    const args = [
      'build',
      '--project',
      project,
      ...plan.runtimes.flatMap(runtime => ['--runtime', runtime]),
      ...plan.architectures.flatMap(arch => ['--architectures', arch]),
      '--build-image',
      buildImage,
      ...(values.builder ? ['--builder', values.builder] : [])
    ]
    const code = await cli(args, path.join(out, `${set}-${lock}.log`))
    const seconds = Math.round((Date.now() - t0) / 1000)
    const report = JSON.parse(
      await readFile(path.join(project, 'lambda-layers', 'lambda-layer-report.json'), 'utf8').catch(
        () => 'null'
      )
    )
    if (!report) {
      const log = await readFile(path.join(out, `${set}-${lock}.log`), 'utf8')
      rows.push({
        set,
        lock,
        runtime: '*',
        architecture: '*',
        result: 'failed',
        stage: 'config',
        diagnosis: log.trim().split('\n').slice(-3).join(' '),
        seconds,
        code
      })
      continue
    }
    for (const layer of report.layers) {
      rows.push({
        set,
        lock,
        runtime: layer.runtime,
        architecture: layer.architecture,
        result: 'built',
        builder: layer.fallback
          ? `docker (for ${layer.fallback.packages.join(', ')})`
          : layer.builder,
        installer: layer.installer,
        zipped: layer.zippedBytes,
        unzipped: layer.unzippedBytes,
        limitPercent: layer.limitPercent,
        verify: verifySummary(layer.verify),
        seconds: layer.seconds
      })
    }
    for (const failure of report.failures ?? []) {
      rows.push({
        set,
        lock,
        runtime: failure.runtime,
        architecture: failure.architecture,
        result: 'failed',
        stage: failure.stage,
        diagnosis: failure.error,
        hint: failure.hint
      })
    }
    for (const row of rows.filter(r => r.set === set && r.lock === lock))
      row.expected = expected(expect, row)
  }
}

/** The set's expectation for a row: "built", or a failure whose text must match a pattern. */
function expected(expect, row) {
  const key = `${row.runtime} ${row.architecture}`
  const rule =
    expect[key] ?? expect[row.runtime] ?? expect[row.architecture] ?? expect['*'] ?? 'built'
  if (rule === 'built') return row.result === 'built'
  if (row.result !== 'failed') return false
  return new RegExp(rule, 's').test(`${row.diagnosis}\n${row.hint ?? ''}`)
}

function verifySummary(verify) {
  if (!verify) return 'not run'
  const parts = []
  if (verify.elf) parts.push(`elf ok (${verify.elf.files} .so)`)
  if (verify.imports) {
    if ('skipped' in verify.imports) parts.push('imports skipped')
    else {
      const ok = verify.imports.modules.filter(m => m.ok).length
      parts.push(`imports ${ok}/${verify.imports.modules.length} ok`)
    }
  }
  if (verify.sdk) parts.push(verify.sdk.problems.length ? 'shadows SDK' : 'sdk ok')
  return parts.join(', ') || 'none'
}

const mib = bytes => (bytes === undefined ? '' : `${(bytes / 1048576).toFixed(1)} MiB`)
const cell = text =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ⏎ ')
const order = (a, b) =>
  a.set.localeCompare(b.set) ||
  a.lock.localeCompare(b.lock) ||
  a.runtime.localeCompare(b.runtime) ||
  a.architecture.localeCompare(b.architecture)
rows.sort(order)
const table = [
  '| set | lock | runtime | arch | result | built with / diagnosis | zipped | unzipped (% of limit) | verify | as expected |',
  '| --- | --- | --- | --- | --- | --- | ---: | ---: | --- | --- |',
  ...rows.map(r =>
    r.result === 'built'
      ? `| ${r.set} | ${r.lock} | ${r.runtime} | ${r.architecture} | built | ${cell(r.builder)} (${r.installer}) | ${mib(r.zipped)} | ${mib(r.unzipped)} (${r.limitPercent.toFixed(0)}%) | ${cell(r.verify)} | ${r.expected ? 'yes' : '**no**'} |`
      : `| ${r.set} | ${r.lock} | ${r.runtime} | ${r.architecture} | failed at ${r.stage} | ${cell(r.diagnosis).slice(0, 600)}${r.hint ? ` — hint: ${cell(r.hint).slice(0, 300)}` : ''} | | | | ${r.expected ? 'yes' : '**no**'} |`
  )
]
const built = rows.filter(r => r.result === 'built').length
const unexpected = rows.filter(r => !r.expected)
const summary = `${rows.length} targets: ${built} built, ${rows.length - built} failed; ${unexpected.length} not as expected; ${Math.round((Date.now() - started) / 1000)} s`
await writeFile(path.join(out, 'results.md'), `${table.join('\n')}\n\n${summary}\n`)
await writeFile(path.join(out, 'results.json'), JSON.stringify({ plan, rows }, null, 2))
console.log(table.join('\n'))
console.log(`\n${summary}\nresults: ${path.join(out, 'results.md')}`)
process.exitCode = unexpected.length ? 1 : 0
