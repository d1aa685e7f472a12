// Updating an earlier zip where a few packages changed: the changed packages alone are installed,
// shaped and compiled, the other entries are copied from the earlier zip, and the zip and report
// are what a build without the cache makes, for a version bump, an addition and a removal (real uv
// resolving real packages), natively and in the build image (then verified in the runtime
// stand-in). Lines that cannot be updated say why.
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isDeepStrictEqual, promisify } from 'node:util'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { changedLines } from '../src/target/update.js'
import { BUILD_IMAGE, dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'

const withDocker = dockerEngine() ? describe : describe.skip

const exec = promisify(execFile)
const scratchDirs = useScratch()
const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

describe('changedLines', () => {
  const pins = ['annotated-types==0.6.0', 'attrs==23.2.0', 'idna==3.6', 'six==1.16.0']

  it('names the packages whose lines changed, with their lines before and after', () => {
    const now = ['annotated-types==0.7.0', ...pins.slice(1)]
    expect(changedLines(pins, now)).toEqual({
      names: ['annotated-types'],
      before: ['annotated-types==0.6.0'],
      after: ['annotated-types==0.7.0']
    })
    expect(changedLines(pins, pins.slice(1))).toEqual({
      names: ['annotated-types'],
      before: ['annotated-types==0.6.0'],
      after: []
    })
    const marked = [...pins, 'certifi==2024.2.2 ; python_version >= "3.8"']
    expect(changedLines(pins, marked)).toMatchObject({ names: ['certifi'], before: [] })
  })

  it('keeps the index options on both sides, and says why when lines cannot be updated', () => {
    const index = '--extra-index-url https://example.org/simple'
    const change = changedLines(
      [index, ...pins],
      [index, 'idna==3.7', ...pins.slice(0, 2), pins[3]!]
    )
    expect(change).toMatchObject({ before: [index, 'idna==3.6'], after: [index, 'idna==3.7'] })
    expect(changedLines(pins, [index, ...pins])).toBe('the index options changed')
    expect(changedLines(pins, pins)).toBe('no package changed')
    expect(changedLines(pins, ['attrs==24.1.0', 'idna==3.7', ...pins.slice(2, 3)])).toMatch(
      /packages changed$/
    )
    expect(changedLines([...pins, 'boto3==1.34.0'], [...pins, 'boto3==1.35.0'])).toBe(
      "boto3 is in the runtime's SDK set"
    )
  })
})

describe('a build with a few packages changed', () => {
  const pyproject = (dependencies: string[], python = '3.12', more = '') => `[project]
name = "update-demo"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ${JSON.stringify(dependencies)}

[tool.lambda-layer]
runtime = "python${python}"
architectures = ["x86_64"]
${more}
[tool.lambda-layer.layers.base]
`
  /** The layer's report without what differs between any two builds (times, where, reused). */
  const layerOf = async (out: string) => {
    const text = await readFile(path.join(out, 'lambda-layer-report.json'), 'utf8')
    const layer = (JSON.parse(text) as { layers: Record<string, unknown>[] }).layers[0]
    for (const key of ['seconds', 'stages', 'zipPath', 'reused', 'verify']) delete layer?.[key]
    return layer
  }

  /**
   * A project in a folder of its own: `first` builds it into its own cache folder; each `step`
   * writes its changed pyproject.toml and builds it with that cache and without, checking that
   * the log says `said`, the zips are the same bytes and the reports the same figures.
   */
  const scenario = async (zipName: string, flags: string[]) => {
    const dir = await scratchDirs.folder('lambda-layer-update-')
    const cacheDir = path.join(dir, 'cache')
    const project = path.join(dir, 'project')
    await mkdir(project)
    const build = (out: string, ...more: string[]) =>
      exec('node', [cli, 'build', '-p', project, ...flags, '-o', out, ...more])
    const write = (text: string) => writeFile(path.join(project, 'pyproject.toml'), text)
    return {
      first: async (text: string) => {
        await write(text)
        await build(path.join(dir, 'first'), '--cache-dir', cacheDir)
      },
      step: async (what: string, text: string, said: string) => {
        await write(text)
        const updated = path.join(dir, 'updated')
        const full = path.join(dir, 'full')
        const run = await build(updated, '--cache-dir', cacheDir)
        expect([what, run.stderr]).toEqual([what, expect.stringContaining(said)])
        if (!said.startsWith('building in full')) {
          expect(run.stderr).toContain('updating the earlier zip')
          expect(run.stderr).not.toContain('building in full')
        }
        await build(full, '--no-cache')
        const same = (await readFile(path.join(updated, zipName))).equals(
          await readFile(path.join(full, zipName))
        )
        expect([what, same]).toEqual([what, true])
        const reports = [await layerOf(updated), await layerOf(full)]
        expect([what, isDeepStrictEqual(reports[0], reports[1])]).toEqual([what, true])
        return run
      }
    }
  }

  // six is in the runtime's SDK set: Shape takes it out, and a package needing it relies on the runtime.
  const deps = ['attrs==23.2.0', 'certifi==2024.2.2', 'idna==3.6', 'packaging==24.0', 'six==1.16.0']

  it('updates the earlier zip to the bytes and report a build without the cache makes', async () => {
    const { first, step } = await scenario('update-demo-0.1.0-base-python3.12-x86_64.zip', [
      '--verify',
      'none'
    ])
    await first(pyproject(['annotated-types==0.6.0', ...deps]))
    // What changes, and what the log says about it.
    const steps: [string, string[], string][] = [
      ['a version bump', ['annotated-types==0.7.0', ...deps], 'updating the earlier zip'],
      [
        'an addition',
        ['annotated-types==0.7.0', ...deps, 'asttokens==2.4.1'],
        "asttokens relies on the runtime's six"
      ],
      ['a removal', ['annotated-types==0.7.0', ...deps.slice(1), 'asttokens==2.4.1'], 'updating'],
      // A package's test folder stays when another package imports it: Shape decides it across
      // packages, so the layer builds in full.
      [
        'a package with tests',
        ['annotated-types==0.7.0', ...deps.slice(1), 'asttokens==2.4.1', 'isodate==0.6.1'],
        'building in full: isodate/tests/__init__.py is in a test or doc folder'
      ]
    ]
    for (const [what, dependencies, said] of steps) await step(what, pyproject(dependencies), said)
  })

  withDocker('with the docker builder', () => {
    it('updates the earlier zip in the build image, and the updated zip passes Verify', async () => {
      const more = `builder = "docker"\nbuild-image = "${BUILD_IMAGE}"\nruntime-image = "${RUNTIME_IMAGE}"\n`
      const { first, step } = await scenario('update-demo-0.1.0-base-python3.11-x86_64.zip', [
        '--verify',
        'imports,elf'
      ])
      await first(pyproject(['annotated-types==0.6.0', ...deps], '3.11', more))
      const text = pyproject(['annotated-types==0.7.0', ...deps], '3.11', more)
      const run = await step('a version bump', text, 'installing 1 pinned package (uv, docker)')
      expect(run.stderr).toContain('verifying (imports, elf)')
    })
  })
})
