// End to end on the uv and requirement-file examples, an unlocked PEP 621 project, the glibc
// ceiling of Amazon Linux 2 runtimes, and the export and install errors users meet.
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildFailedError, LayerError } from '../src/errors.js'
import type { Report } from '../src/report/report.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { applicablePins, toolOutput, tools } from '../__fixtures__/expectations.js'
import { foreignSharedObjects, incompatibleWheelTags } from '../__fixtures__/layers.js'
import { build, copyExample, scratch, TEST_VERIFY, useScratch } from '../__fixtures__/projects.js'
import { distributionsIn, openZip } from '../__fixtures__/zip.js'
import { RUNTIME_PROVIDED } from '../src/lambda/sdk.js'
import { rejection } from '../__fixtures__/typed.js'

const RUNTIME_SET = new Set<string>(RUNTIME_PROVIDED)

const scratchDirs = useScratch()
async function example(name: string) {
  const dir = await copyExample(name)
  scratchDirs.track(path.dirname(dir))
  return dir
}

async function packagesOf(zipPath: string) {
  const zip = await openZip(zipPath)
  try {
    return Object.fromEntries(distributionsIn(zip.entries))
  } finally {
    zip.close()
  }
}

describe('examples/uv-project', () => {
  it('builds base, yaml and nodeps with exactly what uv export lists', async () => {
    const dir = await example('uv-project')
    const { report } = await build(dir)
    expect(report.layers.map(l => l.fileName)).toEqual([
      'uv-demo-0.1.0-base-python3.12-x86_64.zip',
      'uv-demo-0.1.0-yaml-python3.12-x86_64.zip',
      'uv-demo-0.1.0-nodeps-python3.12-x86_64.zip'
    ])
    const uv = await tools.uv()
    const exportArgs = ['export', '--frozen', '--no-dev', '--no-hashes', '--no-emit-project']
    const base = applicablePins(await toolOutput(uv, exportArgs, dir), 'python3.12', 'x86_64')
    const yaml = applicablePins(
      await toolOutput(uv, [...exportArgs, '--extra', 'yaml'], dir),
      'python3.12',
      'x86_64'
    )
    const [baseLayer, yamlLayer, nodeps] = report.layers
    // The runtime's SDK set (urllib3 here) is removed from the layers by default.
    const withoutSdk = (pins: Map<string, string>) =>
      Object.fromEntries([...pins].filter(([name]) => !RUNTIME_SET.has(name)))
    expect(await packagesOf(baseLayer!.zipPath)).toEqual(withoutSdk(base))
    expect(await packagesOf(yamlLayer!.zipPath)).toEqual(withoutSdk(yaml))
    expect(base.has('urllib3')).toBe(true)
    expect(yaml.has('pyyaml')).toBe(true)
    expect(base.has('pytest')).toBe(false)
    expect(await packagesOf(nodeps!.zipPath)).toEqual({ 'uv-demo': '0.1.0' })
    expect(report.project).toEqual({ name: 'uv-demo', version: '0.1.0', lockKind: 'uv' })
  })

  it('says uv.lock is out of date and how to fix it', async () => {
    const dir = await example('uv-project')
    const pyproject = path.join(dir, 'pyproject.toml')
    await writeFile(
      pyproject,
      (await readFile(pyproject, 'utf8')).replace('"attrs>=23"', '"attrs>=23", "six>=1.16"')
    )
    const error = await rejection(build(dir), LayerError)
    // An export failure fails the target; the report records it (stage export).
    expect(error).toBeInstanceOf(BuildFailedError)
    const [failure] = (error as BuildFailedError<Report>).report.failures ?? []
    expect(failure?.stage).toBe('export')
    expect(failure?.error).toBe('uv.lock is out of date with pyproject.toml')
    expect(failure?.hint).toBe(`Run \`uv lock\` in ${dir} and commit uv.lock.`)
  })
})

describe('examples/requirements', () => {
  it('installs requirement files as given, with their nested -r', async () => {
    const dir = await example('requirements')
    const { report } = await build(dir)
    const [base, extra] = report.layers
    const basePackages = await packagesOf(base!.zipPath)
    expect(Object.keys(basePackages)).toEqual(
      expect.arrayContaining(['numpy', 'requests', 'idna', 'certifi'])
    )
    expect(Object.keys(basePackages)).not.toContain('urllib3') // the runtime provides it
    expect(basePackages.requests).toBe('2.32.3')
    expect(basePackages.pyyaml).toBeUndefined()
    const extraPackages = await packagesOf(extra!.zipPath)
    expect(extraPackages).toEqual({ ...basePackages, pyyaml: '6.0.2' })
    expect(report.project.lockKind).toBe('unlocked')
  })

  it.each(['uv', 'pip'])(
    'picks the newest numpy that glibc 2.26 allows on python3.11 arm64 with %s',
    async installer => {
      const dir = await example('requirements')
      const { report } = await build(dir, {
        runtime: ['python3.11'],
        architectures: ['arm64'],
        layers: ['base'],
        installer
      })
      const [layer] = report.layers
      expect(layer!.fileName).toBe('req-demo-0.1.0-base-python3.11-arm64.zip')
      const packages = await packagesOf(layer!.zipPath)
      // numpy 2.3 and later publish manylinux_2_28 wheels only: too new for Amazon Linux 2.
      expect(packages.numpy).toBe('2.2.6')
      const zip = await openZip(layer!.zipPath)
      try {
        expect(await incompatibleWheelTags(zip, 'python3.11', 'arm64')).toEqual([])
        expect(await foreignSharedObjects(zip, 'arm64')).toEqual([])
      } finally {
        zip.close()
      }
    }
  )

  it('installs for a newer Python than the host with pip', async () => {
    const dir = await example('requirements')
    const { report } = await build(dir, { layers: ['base'], installer: 'pip' })
    const packages = await packagesOf(report.layers[0]!.zipPath)
    expect(Object.keys(packages)).toEqual(expect.arrayContaining(['numpy', 'requests']))
    const zip = await openZip(report.layers[0]!.zipPath)
    try {
      expect(await incompatibleWheelTags(zip, 'python3.12', 'x86_64')).toEqual([])
    } finally {
      zip.close()
    }
  })

  it('names the package, version, runtime and architecture that have no wheel', async () => {
    const dir = await example('requirements')
    await writeFile(path.join(dir, 'requirements', 'base.txt'), 'six==1.16.0\ndocopt==0.6.2\n')
    const error = await rejection(build(dir, { layers: ['base'], builder: 'native' }), LayerError)
    expect(error).toBeInstanceOf(BuildFailedError)
    const [failure] = (error as BuildFailedError<Report>).report.failures ?? []
    expect(failure?.error).toBe(
      'layer base (python3.12 x86_64): 1 package has no compatible wheel:\n  - docopt 0.6.2 publishes only a source distribution; docopt publishes no x86_64 wheel at any version'
    )
    expect(failure?.hint).toContain('builder "docker"')
  })
})

describe('poetry projects', () => {
  it('says poetry.lock is out of date and how to fix it', async () => {
    const dir = await example('poetry-extras')
    const pyproject = path.join(dir, 'pyproject.toml')
    await writeFile(
      pyproject,
      (await readFile(pyproject, 'utf8')).replace(
        '"boto3>=1.34",',
        '"boto3>=1.34",\n    "six>=1.16",'
      )
    )
    const error = await rejection(build(dir, { layers: ['base'] }), LayerError)
    // An export failure fails the target; the report records it (stage export).
    expect(error).toBeInstanceOf(BuildFailedError)
    const [failure] = (error as BuildFailedError<Report>).report.failures ?? []
    expect(failure?.stage).toBe('export')
    expect(failure?.error).toBe('poetry.lock is out of date with pyproject.toml')
    expect(failure?.hint).toBe(`Run \`poetry lock\` in ${dir} and commit poetry.lock.`)
  })
})

describe('an unlocked PEP 621 project', () => {
  it('resolves for the target, and an extras-only layer holds just what the extra adds', async () => {
    const dir = path.join(await scratch(), 'plain')
    scratchDirs.track(path.dirname(dir))
    await mkdir(dir, { recursive: true })
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      `[project]
name = "plain"
version = "2.0.0"
dependencies = ["requests==2.32.3"]
[project.optional-dependencies]
yaml = ["pyyaml==6.0.2"]
[tool.lambda-layer.layers.base]
[tool.lambda-layer.layers.yaml]
extras = ["yaml"]
dependencies = false
`
    )
    const { report } = await build(dir, { architectures: ['arm64'] })
    const [base, yaml] = report.layers
    expect(Object.keys(await packagesOf(base!.zipPath)).sort()).toEqual([
      'certifi',
      'charset-normalizer',
      'idna',
      'requests'
    ])
    expect(base!.shape.runtimePackages.found.map(p => p.name)).toEqual(['urllib3'])
    expect(await packagesOf(yaml!.zipPath)).toEqual({ pyyaml: '6.0.2' })
    expect(yaml!.requirements).toEqual([{ name: 'pyyaml', version: '6.0.2' }])
  })
})

describe('layouts', () => {
  it('puts packages under python/lib/python3.X/site-packages with layout site-packages', async () => {
    const dir = await example('uv-project')
    const { report } = await build(dir, {
      layout: 'site-packages',
      layers: ['nodeps'],
      runtime: ['python3.13']
    })
    const zip = await openZip(report.layers[0]!.zipPath)
    try {
      expect(zip.entries.map(e => e.name)).toContain(
        'python/lib/python3.13/site-packages/uv_demo/__init__.py'
      )
      expect(
        zip.entries.every(
          e =>
            ['python/', 'python/lib/', 'python/lib/python3.13/'].includes(e.name) ||
            e.name.startsWith('python/lib/python3.13/site-packages/')
        )
      ).toBe(true)
    } finally {
      zip.close()
    }
  })
})

describe('reproducibility', () => {
  it('builds byte-identical zips from another folder, umask and time', async () => {
    const first = await example('uv-project')
    const second = await example('uv-project')
    const a = await build(first)
    const previous = process.umask(0o077)
    let b
    try {
      const now = new Date()
      await utimes(path.join(second, 'src', 'uv_demo', '__init__.py'), now, now)
      b = await build(second)
    } finally {
      process.umask(previous)
    }
    expect(b.report.layers.map(l => l.sha256)).toEqual(a.report.layers.map(l => l.sha256))
    for (const [i, layer] of a.report.layers.entries()) {
      expect(await readFile(b.report.layers[i]!.zipPath)).toEqual(await readFile(layer.zipPath))
    }
  })

  it('stamps SOURCE_DATE_EPOCH into every entry', async () => {
    const dir = await example('uv-project')
    const prepared = await prepareBuild({
      projectDir: dir,
      overrides: { layers: ['nodeps'], verify: TEST_VERIFY },
      env: { SOURCE_DATE_EPOCH: '1700000000' }
    })
    const { report } = await buildLayers(prepared, { run: runProcess, log: silentLogger })
    const zip = await openZip(report.layers[0]!.zipPath)
    zip.close()
    const stamp = new Date(1700000000 * 1000)
    expect(zip.entries[0]!.lastModified.getUTCFullYear()).toBe(stamp.getUTCFullYear())
    const local = zip.entries[0]!.lastModified
    // yauzl reads DOS fields as local time; they hold the UTC clock of the epoch.
    expect([local.getHours(), local.getMinutes()]).toEqual([
      stamp.getUTCHours(),
      stamp.getUTCMinutes()
    ])
    await expect(
      prepareBuild({ projectDir: dir, env: { SOURCE_DATE_EPOCH: 'yesterday' } })
    ).rejects.toThrow(
      'environment variable SOURCE_DATE_EPOCH "yesterday" is not valid: expected a whole number from 0 to 4102444800'
    )
  })
})
