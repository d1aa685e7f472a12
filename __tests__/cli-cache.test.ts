// The CLI's layer cache: an unchanged rerun restores the checked zips from the cache folder,
// installs nothing, and says so in the table; --no-cache builds again; --profile shows the stages.
// A build where only some targets changed reuses the others' zips, byte for byte what a build
// without the cache makes.
import { execFile } from 'node:child_process'
import { appendFile, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { copyExample, REPO_ROOT, scratch, useScratch } from '../__fixtures__/projects.js'

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
})
