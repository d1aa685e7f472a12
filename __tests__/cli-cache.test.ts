// The CLI's layer cache: an unchanged rerun restores the checked zips from the cache folder,
// installs nothing, and says so in the table; --no-cache builds again; --profile shows the stages.
import { execFile } from 'node:child_process'
import { appendFile, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { copyExample, REPO_ROOT, useScratch } from '../__fixtures__/projects.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()
const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

it('restores an unchanged build from the layer cache and marks the table "unchanged"', async () => {
  const dir = await copyExample('uv-project')
  scratchDirs.track(path.dirname(dir))
  // A comment unique to this run: its own layer key, never an entry left by an earlier run.
  await appendFile(path.join(dir, 'pyproject.toml'), `\n# ${Date.now()}-${process.pid}\n`)
  const args = [cli, 'build', '-p', dir, '-l', 'base', '--verify', 'elf', '--profile']
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
