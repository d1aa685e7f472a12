// The CLI's layer cache: an unchanged rerun restores the checked zips from the cache folder,
// installs nothing, and says so in the table; --no-cache builds again; --profile shows the stages.
// A build where only some targets changed reuses the others' zips, byte for byte what a build
// without the cache makes (and across the project's versions); with a test command, the keys cover
// the project's files, so a changed test runs again.
import { execFile } from 'node:child_process'
import { appendFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { copyExample, REPO_ROOT, scratch, useScratch } from '../__fixtures__/projects.js'
import { checkLayerCache } from '../src/cache/check.js'
import { targetKeys } from '../src/cache/layer-key.js'
import { folderLayerCache } from '../src/cache/layer-store.js'
import { cacheLayout } from '../src/cache/layout.js'
import { projectTreeHash } from '../src/cache/project-tree.js'
import { prepareBuild } from '../src/pipeline.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'

const withDocker = dockerEngine() ? describe : describe.skip

const exec = promisify(execFile)
const scratchDirs = useScratch()
const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

it('restores an unchanged build from the layer cache and marks the table "unchanged"', async () => {
  const dir = await copyExample('uv-project')
  // A cache folder of its own: never an entry left by an earlier run.
  const cacheDir = await scratch()
  scratchDirs.track(path.dirname(dir), cacheDir)
  const args = [cli, 'build', '-p', dir, '-l', 'base', '--verify', 'elf', '--cache-dir', cacheDir]
  args.push('--profile')
  const first = await exec('node', args)
  expect(first.stdout).not.toContain('unchanged')
  expect(first.stdout).toMatch(/profile \(seconds[^\n]*\n\nlayer +runtime +arch +install s/)
  const zip = path.join(dir, 'lambda-layers', 'uv-demo-0.1.0-base-python3.12-x86_64.zip')
  const bytes = await readFile(zip)

  await rm(path.join(dir, 'lambda-layers'), { recursive: true })
  const second = await exec('node', [...args, '--verbose'])
  expect(second.stdout).toContain(
    'uv-demo 0.1.0: 1 layer, unchanged (restored from the layer cache, nothing rebuilt)'
  )
  expect(second.stdout).toMatch(/base +python3\.12 +x86_64 .* ok, unchanged/)
  expect(second.stderr).toContain('layers unchanged (layer cache')
  expect(second.stderr).not.toMatch(/pip install|uv export/)
  expect(await readFile(zip)).toEqual(bytes)

  const third = await exec('node', [...args.slice(0, -1), '--no-cache'])
  expect(third.stdout).not.toContain('unchanged')
  expect(await readFile(zip)).toEqual(bytes)
})

it('reuses the zips of layers whose own inputs did not change, as a build without the cache makes them', async () => {
  const dir = await copyExample('uv-project')
  const cacheDir = await scratch()
  scratchDirs.track(path.dirname(dir), cacheDir)
  const args = [cli, 'build', '-p', dir, '-l', 'base', '-l', 'nodeps', '--verify', 'elf']
  const cached = [...args, '--cache-dir', cacheDir, '--profile']
  await exec('node', cached)
  const zip = (layer: string) =>
    readFile(path.join(dir, 'lambda-layers', `uv-demo-0.1.0-${layer}-python3.12-x86_64.zip`))
  const nodeps = await zip('nodeps')

  // The project's own code changes: only the nodeps layer (its wheel) is built again.
  const code = path.join(dir, 'src', 'uv_demo', '__init__.py')
  await appendFile(code, '\nANSWER = 42\n')
  const second = await exec('node', cached)
  expect(second.stderr).toContain(
    '[1/2] base python3.12 x86_64: unchanged since an earlier build, taken from the layer cache'
  )
  expect(second.stderr).not.toMatch(/base python3\.12 x86_64: installing/)
  expect(second.stderr).toMatch(/nodeps python3\.12 x86_64: installing/)
  expect(second.stdout).toMatch(/base +python3\.12 +x86_64 .* ok, unchanged/)
  expect(second.stdout).toMatch(/nodeps +python3\.12 +x86_64 .* ok +uv-demo/)
  expect(second.stdout).toMatch(/base +python3\.12 +x86_64 +(?: +)reused/)
  expect(await zip('nodeps')).not.toEqual(nodeps)
  const reused = await zip('base')

  // Without the cache, the same bytes.
  await exec('node', [...args, '--no-cache'])
  expect(await zip('base')).toEqual(reused)

  // A new version of the project: the base zip (which does not hold it) is reused under its new name.
  const bump = async (file: string, from: string | RegExp, to: string) => {
    const text = await readFile(path.join(dir, file), 'utf8')
    await writeFile(path.join(dir, file), text.replace(from, to))
  }
  await bump('pyproject.toml', /^version = "0\.1\.0"$/m, 'version = "0.2.0"')
  await bump(
    'uv.lock',
    'name = "uv-demo"\nversion = "0.1.0"',
    'name = "uv-demo"\nversion = "0.2.0"'
  )
  const third = await exec('node', cached)
  expect(third.stdout).toContain('uv-demo 0.2.0: 2 layers')
  expect(third.stderr).toContain('[1/2] base python3.12 x86_64: unchanged since an earlier build')
  expect(third.stderr).toMatch(/nodeps python3\.12 x86_64: installing/)
  expect(
    await readFile(path.join(dir, 'lambda-layers', 'uv-demo-0.2.0-base-python3.12-x86_64.zip'))
  ).toEqual(reused)
})

withDocker('with a test command', () => {
  it('runs the project tests again when they change: the layer keys cover the project files', async () => {
    const dir = await copyExample('uv-project')
    const cacheDir = await scratch()
    scratchDirs.track(path.dirname(dir), cacheDir)
    const testFile = path.join(dir, 'tests', 'test_layer.py')
    const test = (expected: string) =>
      `import unittest, idna\n\nclass T(unittest.TestCase):\n    def test_layer(self):\n        self.assertEqual(idna.encode('ü.de'), ${expected})\n`
    await writeFile(testFile, test("b'xn--tda.de'"))
    const args = [cli, 'build', '-p', dir, '-l', 'base', '--runtime', 'python3.11']
    args.push('--runtime-image', RUNTIME_IMAGE, '--verify', 'elf', '--cache-dir', cacheDir)
    args.push('--test-command', 'python3.11 -m unittest discover -s tests -p test_layer.py')
    await exec('node', args)
    const unchanged = await exec('node', args)
    expect(unchanged.stderr).toContain('layers unchanged (layer cache')

    // A changed test is run again (and now fails): neither the build nor its layer is restored.
    await writeFile(testFile, test("b'wrong'"))
    const failed = await exec('node', args).then(
      () => undefined,
      (error: { stderr: string }) => error.stderr
    )
    expect(failed).toContain('base python3.11 x86_64 failed at verify')
    expect(failed).not.toContain('taken from the layer cache')
  })
})

it('hashes the project files a test command may read, not the folders the build or tools write', async () => {
  const dir = await scratch()
  scratchDirs.track(dir)
  const put = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  await put('tests/test_a.py', 'assert True\n')
  const out = path.join(dir, 'lambda-layers')
  const hash = () => projectTreeHash(dir, [out])
  const first = await hash()
  await put('lambda-layers/x.zip', 'zip')
  await put('.git/HEAD', 'ref')
  await put('tests/__pycache__/test_a.cpython-312.pyc', 'pyc')
  await put('.venv/bin/python', 'python')
  expect(await hash()).toBe(first)
  await put('tests/test_a.py', 'assert False\n')
  const changed = await hash()
  expect(changed).not.toBe(first)
  await symlink('test_a.py', path.join(dir, 'tests', 'alias.py'))
  const linked = await hash()
  expect(linked).not.toBe(changed)
  // Environments are left out by what they hold, not by name: a fixture folder named env counts.
  await put('venv2/pyvenv.cfg', 'home = /usr/bin')
  await put('conda/conda-meta/history', '')
  await put('conda/lib/x.py', '')
  expect(await hash()).toBe(linked)
  await put('tests/env/fixture.json', '{}')
  const fixture = await hash()
  expect(fixture).not.toBe(linked)
  // A cache folder that holds the whole project leaves out nothing of it.
  expect(await projectTreeHash(dir, [out, path.dirname(dir)])).toBe(fixture)
  await put('tests/env/fixture.json', '{"changed": true}')
  expect(await projectTreeHash(dir, [out, path.dirname(dir)])).not.toBe(fixture)
})

it('builds without the layer cache, saying why, when the project files a test command reads cannot be hashed', async () => {
  const dir = await copyExample('uv-project')
  const cacheDir = await scratch()
  scratchDirs.track(path.dirname(dir), cacheDir)
  await appendFile(
    path.join(dir, 'pyproject.toml'),
    '\n[tool.lambda-layer.verify]\ntest-command = "python -c pass"\n'
  )
  const prepared = await prepareBuild({ projectDir: dir })
  const warnings: string[] = []
  const log = { info: () => {}, debug: () => {}, warn: (line: string) => warnings.push(line) }
  const store = folderLayerCache(cacheLayout(cacheDir))
  const inputs = { ...prepared, project: { ...prepared.project, dir: path.join(dir, 'gone') } }
  const check = await checkLayerCache(inputs, store, log)
  expect(check.store).toBeUndefined()
  expect(warnings).toEqual([
    expect.stringMatching(
      /^layer cache off for this build: the test command reads the project's files, and they could not all be read for the cache key \((Error: )?ENOENT.*\); every layer builds, and none is kept$/
    )
  ])
  // Readable, the project keeps the cache.
  expect((await checkLayerCache(prepared, store, log)).store).toBe(store)
  await expect(projectTreeHash(dir, [], 3)).rejects.toThrow('the project holds more than 3 files')
})

it('keys a layer by its requirement file where the project has it, wherever the project is checked out', async () => {
  const keysOf = async () => {
    const dir = path.join(await scratch(), 'checkout')
    scratchDirs.track(path.dirname(dir))
    await mkdir(dir)
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      '[project]\nname = "req-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer.layers.base]\nrequirements = "req/base.txt"\n'
    )
    await mkdir(path.join(dir, 'req'))
    await writeFile(path.join(dir, 'req', 'base.txt'), 'idna==3.10\n')
    const prepared = await prepareBuild({ projectDir: dir })
    const target = prepared.targets[0]!
    const requirements = { lines: [], files: [target.layer.requirements!], complete: false }
    const keys = await targetKeys(prepared, new Map([[target, requirements]]), undefined)
    return { dir, key: keys.get(target) }
  }
  const first = await keysOf()
  const second = await keysOf()
  expect(second.dir).not.toBe(first.dir)
  expect(second.key).toBe(first.key)
})
