// Benchmark for the Shape and Package targets (issue 3): zip speed against Info-ZIP, the zip
// writer's peak memory, and the slimmed size against plain `pip install --target`, all measured on
// the parquet layer of examples/poetry-extras for python3.12 x86_64 in one run.
// Run it with scripts/bench/run.sh (compiles this file and the src files it imports, then runs it).
// Markdown tables go to stdout, progress to stderr. Environment:
//   BENCH_RUNS=3           runs of each zip variant (the median is reported)
//   BENCH_PYTHON=...       interpreter for the import check (default: python3.12 on PATH or pyenv)
//   BENCH_IMAGE=...        else an image for it (default lambda-layer-test/python:3.12)
//   BENCH_KEEP=1           keep the scratch folder (trees, zips, pip baseline)
import { execFile, spawn } from 'node:child_process'
import {
  access,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { defaultCacheDir } from '../../src/config/load.js'
import { SizeLimitError } from '../../src/errors.js'
import type { Overrides } from '../../src/config/options.js'
import { buildLayers, prepareBuild } from '../../src/pipeline.js'
import {
  ARCHITECTURES,
  pipPlatforms,
  RUNTIMES,
  type Architecture,
  type Runtime
} from '../../src/lambda/runtimes.js'
import { REPORT_FILE, type LayerReport, type Report } from '../../src/report/report.js'
import { silentLogger } from '../../src/system/log.js'
import { runProcess } from '../../src/system/process.js'
import { createTools } from '../../src/system/tools.js'
import type { ChildResult } from './zip-child.js'

const execFileAsync = promisify(execFile)

const REPO = path.resolve(process.argv[2] ?? process.cwd())
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'zip-child.js')
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3)
const IMAGE = process.env.BENCH_IMAGE ?? 'lambda-layer-test/python:3.12'
const EXAMPLE = 'poetry-extras'
const LAYER = 'parquet'
const RUNTIME: Runtime = 'python3.12'
const ARCH: Architecture = 'x86_64'

const SPEED_TARGET = 2.5
const SIZE_SLACK_PERCENT = 1
/** 256 MB, read strictly as 256,000,000 bytes (244.1 MiB). */
const MEMORY_TARGET_BYTES = 256_000_000
const SLIM_TARGET_PERCENT = 20
const SLIM_SDK_TARGET_PERCENT = 30

const started = performance.now()
const progress = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`
  )

// ---------------------------------------------------------------------------------------------
// Small helpers

async function run(
  command: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {}
) {
  const { stdout } = await execFileAsync(command, args, {
    cwd: options.cwd,
    timeout: options.timeoutMs ?? 0,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8'
  })
  return stdout
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false
  )

/** Spawns a command, waits for it, and returns its wall seconds and stdout; throws on failure. */
function timed(
  command: string,
  args: string[],
  cwd?: string
): Promise<{ seconds: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', code => {
      const seconds = (performance.now() - t) / 1000
      if (code !== 0) {
        reject(
          new Error(
            `${command} ${args.join(' ')} exited ${code}:\n${Buffer.concat(err).toString()}`
          )
        )
      } else resolve({ seconds, stdout: Buffer.concat(out).toString() })
    })
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
const fmtBytes = (n: number) => n.toLocaleString('en-US')
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const pct = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)} %`
const verdict = (ok: boolean) => (ok ? '**PASS**' : '**FAIL**')

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(row => `| ${row.join(' | ')} |`)
  ].join('\n')
}

/**
 * Entry count and compressed data bytes of a zip, from its central directory (no archive comment,
 * no Zip64 sizes: the layer is far below 4 GiB). The rest of the file is headers.
 */
async function zipLayout(file: string): Promise<{ entries: number; dataBytes: number }> {
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const tail = Buffer.alloc(Math.min(size, 22 + 20 + 56))
    await handle.read(tail, 0, tail.length, size - tail.length)
    const end = tail.length - 22
    if (tail.readUInt32LE(end) !== 0x06054b50)
      throw new Error(`${file}: no end of central directory`)
    let count = tail.readUInt16LE(end + 10)
    let cdSize = tail.readUInt32LE(end + 12)
    let cdStart = tail.readUInt32LE(end + 16)
    const zip64 = end - 20 - 56
    if (count === 0xffff && zip64 >= 0 && tail.readUInt32LE(zip64) === 0x06064b50) {
      count = Number(tail.readBigUInt64LE(zip64 + 32))
      cdSize = Number(tail.readBigUInt64LE(zip64 + 40))
      cdStart = Number(tail.readBigUInt64LE(zip64 + 48))
    }
    const cd = Buffer.alloc(cdSize)
    await handle.read(cd, 0, cdSize, cdStart)
    let dataBytes = 0
    let at = 0
    for (let i = 0; i < count; i++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`)
      dataBytes += cd.readUInt32LE(at + 20)
      at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32)
    }
    return { entries: count, dataBytes }
  } finally {
    await handle.close()
  }
}

/** Regular files below a folder: count and total bytes (what Lambda counts unzipped). */
async function treeSize(root: string): Promise<{ files: number; dirs: number; bytes: number }> {
  const total = { files: 0, dirs: 0, bytes: 0 }
  async function visit(dir: string) {
    for (const item of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name)
      if (item.isDirectory()) {
        total.dirs++
        await visit(full)
      } else if (item.isFile()) {
        total.files++
        total.bytes += (await lstat(full)).size
      }
    }
  }
  await visit(root)
  return total
}

/** Reads every file once so each zip variant starts from the same warm page cache. */
async function warm(root: string) {
  for (const item of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (item.isFile()) await readFile(path.join(item.parentPath, item.name))
  }
}

// ---------------------------------------------------------------------------------------------
// Machine

async function machine(): Promise<string> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '')
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  const zipVersion =
    /This is (Zip [^\n]+?),/.exec(await run('zip', ['-v']).catch(() => ''))?.[1] ?? 'zip: not found'
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1)
  const load = os
    .loadavg()
    .map(n => n.toFixed(1))
    .join(', ')
  return [
    '# lambda-layer benchmark: Shape and Package targets (issue 3)',
    '',
    `- machine: ${os.availableParallelism()} cores (nproc), ${model}, ${memory} GiB RAM, ${os.platform()} ${os.release()}`,
    `- node ${process.version}; ${zipVersion} (Info-ZIP); zlib ${process.versions.zlib}`,
    `- load average at start (1, 5, 15 min): ${load} — other work on the machine slows every variant, the multi-threaded ones most`,
    `- layer: \`${LAYER}\` of examples/${EXAMPLE}, ${RUNTIME} ${ARCH}; ${RUNS} run(s) per zip variant, medians`
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Builds through the real pipeline

async function copyExample(scratch: string): Promise<string> {
  const source = path.join(REPO, 'examples', EXAMPLE)
  const dir = path.join(scratch, EXAMPLE)
  await cp(source, dir, {
    recursive: true,
    filter: file =>
      !/(^|\/)(lambda-layers|dist|\.venv|__pycache__)(\/|$)/.test(path.relative(source, file))
  })
  return dir
}

async function buildLayer(
  projectDir: string,
  outputDir: string,
  overrides: Overrides
): Promise<LayerReport> {
  const prepared = await prepareBuild({
    projectDir,
    overrides: {
      runtime: [RUNTIME],
      architectures: [ARCH],
      layers: [LAYER],
      outputDir,
      ...overrides
    }
  })
  // The unslimmed layer is over Lambda's limit: the tool writes the zip and the report, then fails.
  await buildLayers(prepared, { run: runProcess, log: silentLogger }).catch((error: unknown) => {
    if (!(error instanceof SizeLimitError)) throw error
  })
  const reportPath = path.join(outputDir, REPORT_FILE)
  // The figures come from the JSON report the tool writes, as a user would read them.
  const report = JSON.parse(await readFile(reportPath, 'utf8')) as Report
  const layer = report.layers[0]
  if (!layer || report.layers.length !== 1) throw new Error(`expected one layer in ${reportPath}`)
  return layer
}

// ---------------------------------------------------------------------------------------------
// Zip speed and memory

interface Sample {
  seconds: number
  cpuSeconds?: number
  bytes: number
  maxRssKiB?: number
  entries: number
  dataBytes: number
}

interface Variant {
  label: string
  run: (out: string) => Promise<Omit<Sample, 'entries' | 'dataBytes'>>
}

function infoZip(tree: string, level: number, time: boolean): Variant {
  return {
    label: `Info-ZIP \`zip -q -r -X -${level}\``,
    run: async out => {
      const stats = `${out}.time`
      const zipArgs = ['-q', '-r', '-X', `-${level}`, out, 'python']
      const { seconds } = time
        ? await timed('/usr/bin/time', ['-f', '%U %S %M', '-o', stats, 'zip', ...zipArgs], tree)
        : await timed('zip', zipArgs, tree)
      const bytes = (await lstat(out)).size
      if (!time) return { seconds, bytes }
      const [user, system, rss] =
        (await readFile(stats, 'utf8')).trim().split('\n').pop()?.split(' ').map(Number) ?? []
      await rm(stats, { force: true })
      return { seconds, bytes, cpuSeconds: (user ?? 0) + (system ?? 0), maxRssKiB: rss }
    }
  }
}

function nodeChild(
  tree: string,
  mode: 'ours' | 'yazl',
  label: string,
  windowMiB?: number
): Variant {
  return {
    label,
    run: async out => {
      const args = [CHILD, mode, tree, out, '6', ...(windowMiB ? [String(windowMiB)] : [])]
      const { seconds, stdout } = await timed(process.execPath, args)
      const result = JSON.parse(stdout) as ChildResult
      return {
        seconds,
        bytes: (await lstat(out)).size,
        cpuSeconds: result.cpuSeconds,
        maxRssKiB: result.maxRssKiB
      }
    }
  }
}

async function zipRounds(tree: string, outDir: string) {
  const time = await exists('/usr/bin/time')
  const variants: Variant[] = [
    infoZip(tree, 6, time),
    infoZip(tree, 9, time),
    nodeChild(tree, 'yazl', 'yazl 3 straightforward (addFile per entry, level 6)'),
    nodeChild(tree, 'ours', '**ours** `writeZip` (level 6)')
  ]
  const samples = new Map<Variant, Sample[]>(variants.map(v => [v, []]))
  // Rounds interleave the variants so that machine noise spreads over all of them.
  for (let round = 1; round <= RUNS; round++) {
    for (const [index, variant] of variants.entries()) {
      const out = path.join(outDir, `v${index}-r${round}.zip`)
      const sample = await variant.run(out)
      const layout = await zipLayout(out)
      await rm(out, { force: true })
      samples.get(variant)?.push({ ...sample, ...layout })
      progress(
        `zip round ${round}/${RUNS}: ${variant.label}: ${sample.seconds.toFixed(2)} s, ${fmtBytes(sample.bytes)} bytes`
      )
    }
  }
  // Memory only: the writer with a smaller read-ahead window than its default (64 MiB), once each.
  const windows: { windowMiB: number; seconds: number; maxRssKiB: number }[] = []
  for (const windowMiB of [32, 16]) {
    const out = path.join(outDir, `window-${windowMiB}.zip`)
    const sample = await nodeChild(tree, 'ours', '', windowMiB).run(out)
    await rm(out, { force: true })
    windows.push({ windowMiB, seconds: sample.seconds, maxRssKiB: sample.maxRssKiB ?? 0 })
    progress(
      `ours with windowBytes ${windowMiB} MiB: ${sample.seconds.toFixed(2)} s, peak RSS ${((sample.maxRssKiB ?? 0) / 1024).toFixed(0)} MiB`
    )
  }
  return { variants, samples, windows }
}

// ---------------------------------------------------------------------------------------------
// pip baseline

async function pipBaseline(projectDir: string, scratch: string) {
  const tools = createTools({
    run: runProcess,
    log: silentLogger,
    toolDir: path.join(defaultCacheDir(), 'tools')
  })
  const poetry = await tools.poetry()
  const exported = await runProcess(
    poetry[0],
    [
      ...poetry.slice(1),
      'export',
      '--format',
      'requirements.txt',
      '--without-hashes',
      '--only',
      'main',
      '--extras',
      LAYER
    ],
    { cwd: projectDir, env: { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' } }
  )
  if (exported.code !== 0) throw new Error(`poetry export failed:\n${exported.stderr}`)
  // pip evaluates requirement markers against the interpreter running it (3.11 here), not against
  // --python-version: keep the lines whose markers hold on the target, as exact pins.
  const pins = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      'python3',
      [
        path.join(REPO, '__fixtures__', 'markers.py'),
        RUNTIMES[RUNTIME].python,
        ARCHITECTURES[ARCH]
      ],
      (error, stdout) =>
        error ? reject(new Error(error.message, { cause: error })) : resolve(stdout)
    )
    child.stdin?.end(exported.stdout)
  })
  const requirements = path.join(scratch, 'pip-requirements.txt')
  await writeFile(requirements, pins)
  const target = path.join(scratch, 'pip-target')
  const args = [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--target',
    target,
    '--no-deps',
    '--only-binary=:all:',
    ...pipPlatforms(RUNTIME, ARCH).flatMap(tag => ['--platform', tag]),
    '--python-version',
    RUNTIMES[RUNTIME].python,
    '--implementation',
    'cp',
    // pip 23 checks Requires-Python against the interpreter running it even with --python-version;
    // the pins were chosen for the target already, so this skips a check that does not apply.
    '--ignore-requires-python',
    '-r',
    requirements
  ]
  const { seconds } = await timed('python3', args)
  return { target, pins: pins.trim().split('\n').length, seconds, size: await treeSize(target) }
}

// ---------------------------------------------------------------------------------------------
// Import check

/** Top-level import names of every distribution in a site folder, from each dist-info's RECORD. */
async function topLevelModules(site: string): Promise<string[]> {
  const names = new Set<string>()
  for (const item of await readdir(site)) {
    if (!item.endsWith('.dist-info')) continue
    const record = await readFile(path.join(site, item, 'RECORD'), 'utf8').catch(() => '')
    for (const line of record.split('\n')) {
      const file = line.split(',')[0]?.replace(/^"|"$/g, '') ?? ''
      const [first, ...rest] = file.split('/')
      if (!first) continue
      const name = rest.length ? first : first.split('.')[0]
      if (!rest.length && !/\.(py|so)$/.test(first)) continue
      if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !first.endsWith('.data')) names.add(name)
    }
  }
  const present = []
  for (const name of [...names].sort()) {
    // The SDK may have been removed; import only what the layer contains.
    if (
      (await exists(path.join(site, name))) ||
      (await readdir(site)).some(f => f.startsWith(`${name}.`))
    )
      present.push(name)
  }
  return present
}

/** An interpreter of the runtime's Python version on this machine (BENCH_PYTHON, PATH, pyenv). */
async function hostPython(): Promise<string | undefined> {
  const want = RUNTIMES[RUNTIME].python
  const pyenv = path.join(process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv'), 'versions')
  const fromPyenv = (await readdir(pyenv).catch(() => [] as string[]))
    .filter(version => version.startsWith(`${want}.`))
    .map(version => path.join(pyenv, version, 'bin', `python${want}`))
  for (const candidate of [process.env.BENCH_PYTHON, `python${want}`, ...fromPyenv]) {
    if (!candidate) continue
    const version = await run(candidate, [
      '-c',
      'import sys; print("%d.%d" % sys.version_info[:2])'
    ])
      .then(out => out.trim())
      .catch(() => '')
    if (version === want) return candidate
  }
  return undefined
}

/** Imports every top-level module of the layer: on a host interpreter of the runtime's version
 * (site-packages off, so only the layer and the standard library are there), else in IMAGE. */
async function importCheck(zip: string, scratch: string): Promise<string> {
  const dir = path.join(scratch, 'import-check')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await run('unzip', ['-q', zip, '-d', dir])
  const modules = await topLevelModules(path.join(dir, 'python'))
  const what = `${modules.length} top-level modules of the slimmed layer (\`--runtime-packages keep\`): ${modules.join(', ')}`
  const script = [
    'import importlib, sys',
    `mods = ${JSON.stringify(modules)}`,
    'bad = []',
    'for m in mods:',
    '    try: importlib.import_module(m)',
    '    except Exception as e: bad.append(f"{m}: {type(e).__name__}: {e}")',
    'print("\\n".join(bad) if bad else "ok")',
    'sys.exit(1 if bad else 0)'
  ].join('\n')
  const report = (where: string, result: { code: number; stdout: string; stderr: string }) =>
    result.code === 0
      ? `import check ${where}: ${verdict(true)}, every one of ${what}`
      : `import check ${where}: ${verdict(false)}\n\n\`\`\`\n${result.stdout}${result.stderr}\`\`\`\n\n${what}`

  const python = await hostPython()
  if (python) {
    const result = await runProcess(python, ['-S', '-c', script], {
      env: { PYTHONPATH: path.join(dir, 'python') }
    })
    return report(
      `on the host's Python ${RUNTIMES[RUNTIME].python} (\`${python} -S\`, the layer on PYTHONPATH)`,
      result
    )
  }
  const skipped = `import check: skipped (no Python ${RUNTIMES[RUNTIME].python} on this machine — set BENCH_PYTHON — and`
  const engine = await run('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeoutMs: 15_000
  }).catch(() => undefined)
  if (!engine)
    return `${skipped} no Docker engine answers${process.env.DOCKER_HOST ? ` at ${process.env.DOCKER_HOST}` : ''}).\n\n${what}`
  const image = await run('docker', ['image', 'inspect', IMAGE], { timeoutMs: 15_000 }).catch(
    () => undefined
  )
  if (!image) return `${skipped} image ${IMAGE} is not in the Docker engine).\n\n${what}`
  const result = await runProcess('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    '-v',
    `${dir}:/opt:ro`,
    '-e',
    'PYTHONPATH=/opt/python',
    '--entrypoint',
    'python3',
    IMAGE,
    '-c',
    script
  ])
  return report(`in ${IMAGE}`, result)
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const header = await machine()
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-bench-'))
  progress(`scratch folder ${scratch}`)
  try {
    const projectDir = await copyExample(scratch)

    // 1. The tree: the layer as installed, unslimmed, SDK kept; unzipped from the tool's own zip.
    progress(
      `building ${LAYER} ${RUNTIME} ${ARCH} with --slim none --runtime-packages keep (the tree)`
    )
    const raw = await buildLayer(projectDir, path.join(scratch, 'out-raw'), {
      slim: ['none'],
      runtimePackages: 'keep'
    })
    const tree = path.join(scratch, 'tree')
    await mkdir(tree)
    await run('unzip', ['-q', raw.zipPath, '-d', tree])
    const treeStats = await treeSize(tree)
    if (treeStats.bytes !== raw.unzippedBytes)
      throw new Error(`unzipped tree ${treeStats.bytes} bytes, report ${raw.unzippedBytes}`)

    progress('building with the slimming rules, --runtime-packages keep')
    const slimKeep = await buildLayer(projectDir, path.join(scratch, 'out-keep'), {
      runtimePackages: 'keep'
    })
    progress('building with the slimming rules, --runtime-packages remove (the defaults)')
    const slimRemove = await buildLayer(projectDir, path.join(scratch, 'out-remove'), {
      runtimePackages: 'remove'
    })

    progress('pip baseline: poetry export + pip install --target')
    const pip = await pipBaseline(projectDir, scratch)
    progress(`pip baseline: ${fmtBytes(pip.size.bytes)} bytes in ${pip.seconds.toFixed(0)} s`)

    progress('import check')
    const imports = await importCheck(slimKeep.zipPath, scratch)

    progress('warming the page cache, then zip rounds')
    await warm(tree)
    const outDir = path.join(scratch, 'zips')
    await mkdir(outDir)
    const loadBefore = os.loadavg()[0] ?? 0
    const { variants, samples, windows } = await zipRounds(tree, outDir)
    const loadAfter = os.loadavg()[0] ?? 0
    progress('profile: read, CRC-32 and deflate -6 of every file, one after another')
    const { stdout } = await timed(process.execPath, [CHILD, 'profile', tree, '/dev/null', '6'])
    const profile = (JSON.parse(stdout) as ChildResult).profile

    // ----- output
    const lines: string[] = [header, '']
    lines.push(
      '## Tree',
      '',
      table(
        ['What', 'Files', 'Folders', 'Unzipped bytes', 'Source'],
        [
          [
            `\`${LAYER}\` layer, unslimmed, SDK kept`,
            fmtBytes(treeStats.files),
            fmtBytes(treeStats.dirs + 1),
            `${fmtBytes(treeStats.bytes)} (${mib(treeStats.bytes)} MiB)`,
            `pipeline (\`--slim none --runtime-packages keep\`, ${raw.installer}), its zip unzipped`
          ]
        ]
      ),
      ''
    )

    const [zip6, zip9, , ours] = variants
    const stat = (v: Variant | undefined) => {
      const list = (v && samples.get(v)) ?? []
      return {
        seconds: median(list.map(s => s.seconds)),
        cpu: list.every(s => s.cpuSeconds !== undefined)
          ? median(list.map(s => s.cpuSeconds ?? 0))
          : undefined,
        bytes: median(list.map(s => s.bytes)),
        rss: Math.max(...list.map(s => s.maxRssKiB ?? 0)),
        rssMedian: median(list.map(s => s.maxRssKiB ?? 0)),
        entries: list[0]?.entries ?? -1,
        dataBytes: list[0]?.dataBytes ?? 0,
        all: list.map(s => s.seconds.toFixed(2)).join(', ')
      }
    }
    const base = stat(zip6)
    const mine = stat(ours)
    const speedRows = variants.map(v => {
      const s = stat(v)
      return [
        v.label,
        s.seconds.toFixed(2),
        s.all,
        `${(base.seconds / s.seconds).toFixed(2)}×`,
        s.cpu === undefined ? '–' : s.cpu.toFixed(1),
        fmtBytes(s.bytes),
        v === zip6 ? '—' : pct((s.bytes / base.bytes - 1) * 100),
        fmtBytes(s.dataBytes),
        fmtBytes(s.bytes - s.dataBytes),
        fmtBytes(s.entries)
      ]
    })
    const speedup = base.seconds / mine.seconds
    const sizeDelta = (mine.bytes / base.bytes - 1) * 100
    lines.push(
      '## Zip speed',
      '',
      table(
        [
          'Variant',
          'Median wall s',
          'Runs (s)',
          'Speed vs zip -6',
          'CPU s (median)',
          'Zip bytes',
          'Size vs zip -6',
          'Compressed data bytes',
          'Headers bytes',
          'Entries'
        ],
        speedRows
      ),
      '',
      `Target: ours ≥ ${SPEED_TARGET}× faster than \`zip -6\` and ≤ +${SIZE_SLACK_PERCENT} % bytes. ` +
        `Speed ${speedup.toFixed(2)}× ${verdict(speedup >= SPEED_TARGET)}` +
        (speedup < SPEED_TARGET
          ? ` (needs ${(base.seconds / SPEED_TARGET).toFixed(2)} s, ${((mine.seconds / (base.seconds / SPEED_TARGET) - 1) * 100).toFixed(0)} % over)`
          : '') +
        `; size ${pct(sizeDelta)} ${verdict(sizeDelta <= SIZE_SLACK_PERCENT)}. ` +
        `Against \`zip -9\` (seed workflow): ${(stat(zip9).seconds / mine.seconds).toFixed(2)}× faster, size ${pct((mine.bytes / stat(zip9).bytes - 1) * 100)}.`,
      `Wall time includes process start (node ≈ 0.05 s) and, for the node variants, walking the tree. ` +
        `CPU: ours ${mine.cpu?.toFixed(1) ?? '–'} s against \`zip -6\`'s ${base.cpu?.toFixed(1) ?? '–'} s (${base.cpu && mine.cpu ? (base.cpu / mine.cpu).toFixed(2) : '–'}× less work). ` +
        `Load average (1 min) ${loadBefore.toFixed(1)} before the rounds, ${loadAfter.toFixed(1)} after, on ${os.availableParallelism()} cores.`,
      ''
    )

    const memoryRows = variants
      .filter(v => v !== zip9)
      .map(v => {
        const s = stat(v)
        return [v.label, (s.rss / 1024).toFixed(1), (s.rssMedian / 1024).toFixed(1)]
      })
    for (const w of windows) {
      memoryRows.push([
        `ours, \`windowBytes\` ${w.windowMiB} MiB (diagnostic, 1 run, ${w.seconds.toFixed(2)} s)`,
        (w.maxRssKiB / 1024).toFixed(1),
        ''
      ])
    }
    lines.push(
      '## Memory',
      '',
      table(
        ['Process (zips the tree, nothing else)', `Peak RSS MiB (max of ${RUNS})`, 'Median MiB'],
        memoryRows
      ),
      '',
      `Target: ours (walkTree + writeZip in its own node process, deflate workers included, VmHWM) ≤ 256 MB (${mib(MEMORY_TARGET_BYTES)} MiB): ` +
        `${(mine.rss / 1024).toFixed(1)} MiB ${verdict(mine.rss * 1024 <= MEMORY_TARGET_BYTES)}.`,
      ''
    )

    const smaller = (bytes: number) => (1 - bytes / pip.size.bytes) * 100
    const keepPct = smaller(slimKeep.unzippedBytes)
    const removePct = smaller(slimRemove.unzippedBytes)
    lines.push(
      '## Size',
      '',
      table(
        ['Layer', 'Unzipped bytes', 'Files', 'Smaller than pip', 'Target'],
        [
          [
            `plain \`pip install --target\` (${pip.pins} pins from \`poetry export\`, pip ${RUNTIMES[RUNTIME].python} manylinux tags, bytecode compiled)`,
            fmtBytes(pip.size.bytes),
            fmtBytes(pip.size.files),
            '— (baseline)',
            ''
          ],
          [
            'ours, no slimming, SDK kept (the tree above)',
            fmtBytes(raw.unzippedBytes),
            fmtBytes(raw.files),
            `${smaller(raw.unzippedBytes).toFixed(1)} %`,
            ''
          ],
          [
            'ours, slimming rules, `--runtime-packages keep`',
            fmtBytes(slimKeep.unzippedBytes),
            fmtBytes(slimKeep.files),
            `${keepPct.toFixed(1)} %`,
            `≥ ${SLIM_TARGET_PERCENT} % ${verdict(keepPct >= SLIM_TARGET_PERCENT)}`
          ],
          [
            'ours, slimming rules + SDK removal (defaults)',
            fmtBytes(slimRemove.unzippedBytes),
            fmtBytes(slimRemove.files),
            `${removePct.toFixed(1)} %`,
            `≥ ${SLIM_SDK_TARGET_PERCENT} % ${verdict(removePct >= SLIM_SDK_TARGET_PERCENT)}`
          ]
        ]
      ),
      '',
      `Bytes saved per rule (keep build): ${slimKeep.shape.slimming.map(r => `${r.rule} ${fmtBytes(r.bytes)} (${r.files} files)`).join('; ') || 'none'}. ` +
        `SDK removal: ${fmtBytes(slimRemove.shape.runtimePackages.bytesRemoved)} bytes (${slimRemove.shape.runtimePackages.found.map(p => p.name).join(', ')}).` +
        (slimKeep.shape.notices.length ? ` Notices: ${slimKeep.shape.notices.join(' ')}` : ''),
      'The pip baseline compiles bytecode with the host interpreter (CPython 3.11: `*.cpython-311.pyc`), as plain pip does; ' +
        "ours come from the JSON report (`unzippedBytes`), pip's is the sum of its file sizes.",
      '',
      imports,
      ''
    )

    if (profile) {
      const { libdeflate, zlib } = profile
      const serial = profile.readSeconds + profile.crcSeconds + libdeflate.seconds
      const cores = os.availableParallelism()
      const share = (seconds: number) => `${((seconds / serial) * 100).toFixed(0)} %`
      lines.push(
        '## Where ours spends its time (diagnostic: one pass, one thread, CPU seconds)',
        '',
        table(
          ['Step over all files', 'Seconds', 'Share of ours', 'Bytes after deflate'],
          [
            [
              'read (readFile, warm cache)',
              profile.readSeconds.toFixed(2),
              share(profile.readSeconds),
              ''
            ],
            ['CRC-32 (zlib.crc32)', profile.crcSeconds.toFixed(2), share(profile.crcSeconds), ''],
            [
              'deflate level 6, ours: libdeflate (WebAssembly)',
              libdeflate.seconds.toFixed(2),
              share(libdeflate.seconds),
              fmtBytes(libdeflate.bytes)
            ],
            [
              `… of which ${profile.large.files} files ≥ 1 MiB (${mib(profile.large.bytes)} of ${mib(profile.bytes)} MiB)`,
              libdeflate.largeSeconds.toFixed(2),
              share(libdeflate.largeSeconds),
              fmtBytes(libdeflate.largeBytes)
            ],
            ['sum, ours (one core)', serial.toFixed(2), '100 %', ''],
            [`ideal on ${cores} idle cores (sum / ${cores})`, (serial / cores).toFixed(2), '', ''],
            [
              `ours measured: CPU ${mine.cpu?.toFixed(1) ?? '–'} s; median wall`,
              mine.seconds.toFixed(2),
              '',
              ''
            ],
            [
              `\`zip -6\` measured (median wall; CPU ${base.cpu?.toFixed(1) ?? '–'} s)`,
              base.seconds.toFixed(2),
              '',
              ''
            ],
            [
              `needed for ${SPEED_TARGET}× (zip -6 / ${SPEED_TARGET})`,
              (base.seconds / SPEED_TARGET).toFixed(2),
              '',
              ''
            ],
            [
              "for comparison: deflate level 6 with Node's zlib (deflateRawSync)",
              zlib.seconds.toFixed(2),
              '',
              `${fmtBytes(zlib.bytes)} (${pct((zlib.bytes / libdeflate.bytes - 1) * 100)})`
            ],
            [
              `… of which files ≥ 1 MiB`,
              zlib.largeSeconds.toFixed(2),
              '',
              `${fmtBytes(zlib.largeBytes)} (${pct((zlib.largeBytes / libdeflate.largeBytes - 1) * 100)})`
            ]
          ]
        ),
        '',
        "Node's zlib (Chromium's fork) deflates about 1.2 % larger than Info-ZIP at level 6 and takes more CPU than libdeflate; " +
          'that is why the writer runs libdeflate as WebAssembly in worker threads.',
        ''
      )
    }
    process.stdout.write(lines.join('\n'))
    progress('done')
  } finally {
    if (process.env.BENCH_KEEP === '1') progress(`kept ${scratch}`)
    else await rm(scratch, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exit(1)
})
