// The wheel decision end to end: a Poetry-locked project (markers on every line, as poetry export
// writes them) whose pins have no wheel for python3.11 — native names every blocker with the
// newest version that has a wheel, auto builds it in Docker — and Amazon Linux 2 accepting
// manylinux_2_24 wheels (pandas 2.3.3 for cp311) with the default uv installer.
import { cp, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildFailedError, LayerError } from '../src/errors.js'
import type { Report } from '../src/report/report.js'
import { incompatibleWheelTags } from '../__fixtures__/layers.js'
import { build, REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { distributionsIn, openZip } from '../__fixtures__/zip.js'
import { freePort } from '../__fixtures__/net.js'
import { BUILD_IMAGE, dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'
import { rejection } from '../__fixtures__/typed.js'

const scratchDirs = useScratch()

/** The one failed target of a build that must fail (the report still records it). */
async function onlyFailure(dir: string, overrides: Parameters<typeof build>[1]) {
  const error = await rejection(build(dir, overrides), LayerError)
  expect(error).toBeInstanceOf(BuildFailedError)
  const failures = (error as BuildFailedError<Report>).report.failures ?? []
  expect(failures).toHaveLength(1)
  return failures[0]!
}

async function noWheelProject(): Promise<string> {
  const dir = path.join(await scratchDirs.folder(), 'poetry-no-wheel')
  await cp(path.join(REPO_ROOT, '__fixtures__', 'projects', 'poetry-no-wheel'), dir, {
    recursive: true
  })
  return dir
}

async function contents(zipPath: string) {
  const zip = await openZip(zipPath)
  try {
    return {
      packages: Object.fromEntries(distributionsIn(zip.entries)),
      incompatible: await incompatibleWheelTags(zip, 'python3.11', 'x86_64')
    }
  } finally {
    zip.close()
  }
}

// The newest markupsafe with a cp311 wheel moves with PyPI: 3.x at the time of writing.
const BLOCKERS =
  /^layer base \(python3\.11 x86_64\): 2 packages have no compatible wheel:\n {2}- docopt 0\.6\.2 publishes only a source distribution; docopt publishes no x86_64 wheel at any version\n {2}- markupsafe 2\.0\.1 publishes no cp311 wheel; markupsafe 3\.\d+\.\d+ is the newest with a compatible wheel$/

describe('a locked project whose pins have no wheel for python3.11', () => {
  it.each(['uv', 'pip'] as const)(
    'native (%s) names every blocker with the newest version that has a wheel',
    async installer => {
      const dir = await noWheelProject()
      const failure = await onlyFailure(dir, { builder: 'native', installer })
      expect(failure.stage).toBe('install')
      expect(failure.error).toMatch(BLOCKERS)
      expect(failure.hint).toContain('builder "docker"')
    },
    120_000
  )

  it.each([
    ['uv', 'UV_DEFAULT_INDEX'],
    ['pip', 'PIP_INDEX_URL']
  ] as const)(
    'says the index (%s: %s) is unreachable rather than blaming a wheel, and never falls back to Docker',
    async (installer, variable) => {
      const dir = await noWheelProject()
      const saved = { ...process.env }
      process.env[variable] = `http://127.0.0.1:${await freePort()}/simple`
      try {
        const failure = await onlyFailure(dir, {
          builder: 'auto',
          installer,
          buildImage: 'no-such/image:1'
        })
        expect(failure.error).toMatch(
          /^layer base \(python3\.11 x86_64\): the package index could not be reached, so no package was checked or installed: could not read http:\/\/127\.0\.0\.1:\d+\/simple\/\w+\/: ECONNREFUSED/
        )
        expect(failure.hint).toContain('not a missing wheel')
      } finally {
        process.env = saved
      }
    },
    120_000
  )

  const withDocker = dockerEngine() ? it : it.skip
  withDocker(
    'auto builds it in Docker and says which packages forced that',
    async () => {
      const dir = await noWheelProject()
      const { report } = await build(dir, {
        builder: 'auto',
        buildImage: BUILD_IMAGE,
        runtimeImage: RUNTIME_IMAGE,
        verify: ['elf', 'imports']
      })
      const [layer] = report.layers
      expect(layer!.builder).toBe('docker')
      expect(layer!.fallback).toEqual({ packages: ['docopt==0.6.2', 'markupsafe==2.0.1'] })
      const { packages } = await contents(layer!.zipPath)
      // colorama applies only on Windows; six belongs to the runtime's SDK set and is removed.
      expect(packages).toEqual({ docopt: '0.6.2', markupsafe: '2.0.1' })
      expect(layer!.verify!.imports).toMatchObject({ problems: [] })
    },
    600_000
  )
})

describe('Amazon Linux 2 and manylinux_2_24 wheels', () => {
  it('installs pandas 2.3.3 for python3.11 with the default uv installer', async () => {
    const dir = await scratchDirs.folder()
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      `[project]\nname = "al2-pandas"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "python3.11"\n\n[tool.lambda-layer.layers.base]\nrequirements = "requirements.txt"\n`
    )
    await mkdir(dir, { recursive: true })
    await writeFile(
      path.join(dir, 'requirements.txt'),
      [
        'pandas==2.3.3 ; python_version >= "3.9"',
        'numpy==2.2.6 ; python_version >= "3.9"',
        'python-dateutil==2.9.0.post0',
        'pytz==2025.2',
        'tzdata==2025.2',
        'six==1.17.0',
        ''
      ].join('\n')
    )
    const { report } = await build(dir, { builder: 'native' })
    const [layer] = report.layers
    // uv has no manylinux_2_24/2_26 target: the layer is installed with pip's exact tag list.
    expect(layer!.installer).toBe('pip')
    const { packages, incompatible } = await contents(layer!.zipPath)
    expect(packages.pandas).toBe('2.3.3')
    expect(packages.numpy).toBe('2.2.6')
    expect(incompatible).toEqual([])
  }, 300_000)
})
