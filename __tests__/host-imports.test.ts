// The host import check is isolated: only the standard library, the layer and the runtime's SDK
// set are on sys.path. A package the host has but the layer lacks fails the check; pandas, whose
// python-dateutil the layer leaves to the runtime, imports with the SDK set after the layer.
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { VerifyError } from '../src/errors.js'
import { walkTree } from '../src/files/tree.js'
import { writeZip } from '../src/package/zip.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import type { LayerTarget } from '../src/plan/plan.js'
import { createDocker } from '../src/system/docker.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { importOnHost } from '../src/verify/host-imports.js'
import { DEFAULT_VERIFY } from '../src/config/verify-options.js'
import { DEFAULT_SDK_SET } from '../src/lambda/sdk.js'
import { sdkRequirements } from '../src/verify/sdk-set.js'
import { verifyLayer } from '../src/verify/verify.js'
import { extractZip } from '../src/files/zip-read.js'
import { useScratch } from '../__fixtures__/projects.js'
import { rejection } from '../__fixtures__/typed.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()

/** Docker commands go to a socket nobody listens on: no engine answers. */
const noEngine: Runner = (command, args, opts) =>
  runProcess(command, args, {
    ...opts,
    env: { ...opts?.env, DOCKER_HOST: 'unix:///nonexistent.sock' }
  })

const target: LayerTarget = {
  layer: { name: 'base', extras: [], dependencies: true, includeProject: false },
  runtime: 'python3.11',
  architecture: 'x86_64',
  id: 'demo-1.0-base-python3.11-x86_64',
  sitePackages: 'python'
}

let hostVersion = ''
let sdkCache = ''

beforeAll(async () => {
  const { stdout } = await exec('python3', [
    '-c',
    'import platform; print(platform.python_version())'
  ])
  hostVersion = stdout.trim()
  if (!hostVersion.startsWith('3.11.'))
    throw new Error(`these tests need a python3.11 host, not ${hostVersion}`)
  sdkCache = await scratchDirs.folder('lambda-layer-sdk-')
})

it('takes the declared SDK versions, else the image’s, else the pinned default', () => {
  expect(sdkRequirements({}).requirements).toEqual(
    Object.entries(DEFAULT_SDK_SET).map(([name, version]) => `${name}==${version}`)
  )
  expect(sdkRequirements({}).source).toBe('default')
  expect(sdkRequirements({ botocore: '1.35.0' })).toEqual({
    source: 'config',
    requirements: ['botocore==1.35.0', 'boto3'],
    resolve: true
  })
  expect(sdkRequirements({}, { boto3: '1.34.0', six: '1.16.0' }).source).toBe('image')
})

describe('a host that has a package the layer lacks', () => {
  let python = ''
  let zipPath = ''

  beforeAll(async () => {
    // A host interpreter (a venv) with hostonlypkg in its own site-packages.
    const dir = await scratchDirs.folder('lambda-layer-host-')
    await exec('python3', ['-m', 'venv', '--without-pip', path.join(dir, 'venv')])
    python = path.join(dir, 'venv', 'bin', 'python')
    const site = (
      await exec(python, ['-c', 'import sysconfig; print(sysconfig.get_path("purelib"))'])
    ).stdout.trim()
    await mkdir(path.join(site, 'hostonlypkg'), { recursive: true })
    await writeFile(path.join(site, 'hostonlypkg', '__init__.py'), 'VALUE = 1\n')
    // The layer: needshost imports hostonlypkg, which the layer does not carry.
    const stage = path.join(dir, 'stage', 'python')
    await mkdir(path.join(stage, 'needshost'), { recursive: true })
    await writeFile(path.join(stage, 'needshost', '__init__.py'), 'import hostonlypkg\n')
    const info = path.join(stage, 'needshost-1.0.dist-info')
    await mkdir(info)
    await writeFile(
      path.join(info, 'METADATA'),
      'Metadata-Version: 2.1\nName: needshost\nVersion: 1.0\n'
    )
    await writeFile(path.join(info, 'top_level.txt'), 'needshost\n')
    await writeFile(
      path.join(info, 'RECORD'),
      'needshost/__init__.py,,\nneedshost-1.0.dist-info/RECORD,,\n'
    )
    zipPath = path.join(dir, 'layer.zip')
    await writeZip(await walkTree(path.join(dir, 'stage')), zipPath)
  })

  it('the host itself imports it, even with -s (what the check used to run)', async () => {
    const { stdout } = await exec(python, [
      '-s',
      '-c',
      'import hostonlypkg; print(hostonlypkg.VALUE)'
    ])
    expect(stdout.trim()).toBe('1')
  })

  it('fails the check, naming the module and the missing package', async () => {
    const notices: string[] = []
    const error = await rejection(
      verifyLayer(zipPath, target, {
        docker: createDocker(noEngine, silentLogger),
        run: runProcess,
        log: silentLogger,
        options: { ...DEFAULT_VERIFY, checks: ['imports'] },
        runtimeImage: 'lambda-layer-test/none:{python}',
        imageRequired: false,
        runtimeVersions: {},
        projectDir: '/nonexistent',
        workDir: await scratchDirs.folder(),
        sdkCacheDir: sdkCache,
        hostPython: python,
        notice: (_key, message) => notices.push(message)
      }),
      VerifyError
    )
    expect(error).toBeInstanceOf(VerifyError)
    expect(error.problems).toEqual([
      `import needshost fails in host python ${hostVersion} with the default SDK set: ModuleNotFoundError: No module named 'hostonlypkg'`
    ])
    expect(notices).toEqual([
      expect.stringMatching(
        /^import check for python3\.11 x86_64 runs on the host's Python 3\.11\.\d+ \(isolated: the standard library, the layer and the runtime's SDK set only\), because no Docker engine answered/
      )
    ])
  }, 120_000)
})

describe('pandas, whose python-dateutil the runtime provides', () => {
  let dir = ''
  let zipPath = ''

  beforeAll(async () => {
    dir = await scratchDirs.folder('lambda-layer-pandas-')
    await mkdir(path.join(dir, 'req'))
    await writeFile(path.join(dir, 'req', 'pandas.txt'), 'pandas==2.2.3\nnumpy==2.2.6\n')
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      [
        '[project]',
        'name = "frames"',
        'version = "1.0.0"',
        '[tool.lambda-layer]',
        'runtime = "python3.11"',
        'builder = "native"',
        '[tool.lambda-layer.layers.base]',
        'requirements = "req/pandas.txt"',
        ''
      ].join('\n')
    )
  }, 60_000)

  it('imports on the host with the SDK set after the layer', async () => {
    const { report } = await buildLayers(
      await prepareBuild({
        projectDir: dir,
        overrides: { verify: ['imports'], cacheDir: path.join(dir, 'cache') }
      }),
      { run: runProcess, log: silentLogger, docker: createDocker(noEngine, silentLogger) }
    )
    const [layer] = report.layers
    zipPath = layer!.zipPath
    // The layer leaves python-dateutil and six to the runtime...
    expect(layer!.shape.runtimePackages.found.map(p => p.name)).toContain('python-dateutil')
    expect(layer!.packages.map(p => p.name)).not.toContain('python-dateutil')
    // ...and pandas imports, with the SDK set on the path after the layer.
    const imports = layer!.verify!.imports
    expect(imports).toMatchObject({
      where: `host python ${hostVersion} with the default SDK set`,
      problems: []
    })
    expect(imports && 'modules' in imports && imports.modules.map(m => m.module)).toContain(
      'pandas'
    )
  }, 600_000)

  it('without the SDK set, the same layer fails on dateutil', async () => {
    const layerDir = await scratchDirs.folder()
    await extractZip(zipPath, layerDir)
    const report = await importOnHost(layerDir, ['pandas'], {
      run: runProcess,
      python: 'python3',
      runtime: 'python3.11',
      hostVersion
    })
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^import pandas fails in host python 3\.11\.\d+: dateutil: No module named 'dateutil'$/
      )
    ])
  }, 120_000)
})

describe('a top-level module that loads only after its parent package', () => {
  it('imports once the layer’s other modules have, as psycopg_binary does after psycopg', async () => {
    // childmod refuses to load on its own (ImportError), as psycopg_binary does; parentpkg
    // imports it. A missing module stays a failure: ModuleNotFoundError is never retried.
    const layerDir = await scratchDirs.folder('lambda-layer-parent-')
    const python = path.join(layerDir, 'python')
    await mkdir(path.join(python, 'parentpkg'), { recursive: true })
    await writeFile(path.join(python, 'parentpkg', '__init__.py'), 'import childmod\n')
    await writeFile(
      path.join(python, 'childmod.py'),
      "import sys\nif 'parentpkg' not in sys.modules:\n    raise ImportError('the parentpkg package should be imported before childmod')\n"
    )
    await writeFile(path.join(python, 'lonely.py'), 'import not_a_real_module_xyz\n')
    const report = await importOnHost(layerDir, ['childmod', 'lonely', 'parentpkg'], {
      run: runProcess,
      python: 'python3',
      runtime: 'python3.11',
      hostVersion
    })
    expect(report.modules.find(m => m.module === 'childmod')).toMatchObject({
      ok: true,
      afterOthers: true
    })
    expect(report.modules.find(m => m.module === 'parentpkg')).toMatchObject({ ok: true })
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^import lonely fails in host python 3\.11\.\d+: ModuleNotFoundError: No module named 'not_a_real_module_xyz'$/
      )
    ])
  }, 60_000)
})
