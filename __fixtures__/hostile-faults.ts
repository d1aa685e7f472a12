// The catalogue of hostile inputs, part 2: project contents, filesystem faults, action inputs and
// publishing options. Each fails before anything is installed.
import { execFile } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { HostileCase } from './hostile-cases.js'
import type { Sandbox } from './sentinel.js'

const exec = promisify(execFile)

/** A project whose layer holds its own wheel, with a package folder `demo/`. */
const WHEEL_PROJECT = `[project]
name = "demo"
version = "1.0"
dependencies = []
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"
[tool.lambda-layer.layers.nodeps]
dependencies = false
include-project = true
`

const inPackage = (name: string, make: (file: string, box: Sandbox) => Promise<unknown>) => {
  return async (box: Sandbox) => {
    const dir = path.join(box.project, 'demo')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, '__init__.py'), '')
    await make(path.join(dir, name), box)
  }
}

const contents = (
  name: string,
  setup: (box: Sandbox) => Promise<void>,
  names: string
): HostileCase => ({
  name,
  kind: 'project',
  pyproject: WHEEL_PROJECT,
  setup,
  code: 1,
  names,
  fix: /hint: (Replace the link|Remove it)/
})

/** A small tmpfs at `dir` (root only): mounted with `options`, unmounted by the cleanup. */
const tmpfs =
  (dir: string, options: string, fill = false) =>
  async () => {
    await mkdir(dir, { recursive: true })
    await exec('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir])
    if (fill) await exec('dd', ['if=/dev/zero', `of=${dir}/fill`, 'bs=4k']).catch(() => undefined)
    return async () => {
      await exec('umount', [dir])
    }
  }

const fault = (
  name: string,
  args: (box: Sandbox) => string[],
  names: (box: Sandbox) => string,
  fix: RegExp,
  setup?: HostileCase['setup']
): HostileCase => ({ name, kind: 'filesystem', args, names, fix, setup, code: 1 })

const input = (name: string, inputs: Record<string, string>, names: string): HostileCase => ({
  name,
  kind: 'action',
  inputs,
  code: 1,
  names,
  fix: /expected|hint:/
})

const AWS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' }

const publish = (name: string, flags: string[], names: string, env = {}): HostileCase => ({
  name,
  kind: 'publish',
  args: box => ['publish', '-p', box.project, '--cache-dir', box.cache, ...flags],
  env: { AWS_REGION: 'eu-west-1', ...AWS, ...env },
  code: 2,
  names,
  fix: /expected|hint:|Use /
})

export const FAULT_CASES: HostileCase[] = [
  contents(
    'symlink to the process environment',
    inPackage('env.txt', file => symlink('/proc/self/environ', file)),
    'demo/env.txt'
  ),
  contents(
    'symlink to /etc/passwd',
    inPackage('passwd', file => symlink('/etc/passwd', file)),
    'demo/passwd'
  ),
  contents(
    'relative symlink into the sentinel folder',
    inPackage('secret.txt', file => symlink('../../sentinel/keep/deep/secret.txt', file)),
    'demo/secret.txt'
  ),
  contents(
    'symlinked folder leaving the project',
    inPackage('etc', file => symlink('/etc', file)),
    'demo/etc'
  ),
  contents(
    'dangling symlink outside',
    inPackage('gone', file => symlink('/nonexistent/file', file)),
    'demo/gone'
  ),
  {
    // The walk leaves out the cache folder, but not the project it holds.
    ...contents(
      'symlink to /etc/passwd, the cache folder holding the project',
      inPackage('passwd', file => symlink('/etc/passwd', file)),
      'demo/passwd'
    ),
    args: box => ['--cache-dir', box.root]
  },
  contents(
    'FIFO in the package',
    inPackage('pipe', file => exec('mkfifo', [file])),
    'demo/pipe'
  ),
  contents(
    'device in the package',
    inPackage('null', file => exec('mknod', [file, 'c', '1', '3'])),
    'demo/null'
  ),
  fault(
    'output folder is a file',
    () => ['-o', 'pyproject.toml'],
    box => path.join(box.project, 'pyproject.toml'),
    /is a file, not a folder/
  ),
  fault(
    'output folder below a file',
    () => ['-o', 'pyproject.toml/sub'],
    box => path.join(box.project, 'pyproject.toml'),
    /hint:/
  ),
  fault(
    'cache folder is a file',
    box => ['--cache-dir', path.join(box.sentinel, 'keep', 'note.txt')],
    box => path.join(box.sentinel, 'keep', 'note.txt'),
    /is a file, not a folder/
  ),
  fault(
    'cache folder on /proc (mkdir never settles)',
    () => ['--cache-dir', '/proc/nope'],
    () => '/proc/nope',
    /hint: Choose a folder on a writable disk/
  ),
  fault(
    'output folder on a read-only filesystem',
    box => ['-o', path.join(box.root, 'ro', 'out')],
    box => path.join(box.root, 'ro'),
    /read-only.*\n.*hint: Choose a writable folder/,
    box => tmpfs(path.join(box.root, 'ro'), 'ro,size=64k')()
  ),
  {
    ...fault(
      'output folder on a full disk',
      box => ['-o', path.join(box.root, 'full', 'out')],
      box => path.join(box.root, 'full'),
      /no space left.*\n.*hint: Free space/,
      box => tmpfs(path.join(box.root, 'full'), 'size=64k', true)()
    ),
    outputDir: box => path.join(box.root, 'full', 'out')
  },
  fault(
    'output folder locked by a running build',
    () => [],
    () => 'process 1 on',
    /hint: Wait for it to finish/,
    async box => {
      const out = path.join(box.project, 'lambda-layers')
      await mkdir(out)
      const host = (await import('node:os')).hostname()
      await writeFile(
        path.join(out, '.lambda-layer.lock'),
        JSON.stringify({ pid: 1, host, started: 'earlier' })
      )
    }
  ),
  fault(
    'pyproject.toml is a folder',
    box => ['-p', path.join(box.root, 'sentinel')],
    () => 'no pyproject.toml',
    /hint: Point --project/
  ),
  input('action: unknown runtime', { runtime: 'python3.8' }, 'python3.8'),
  input('action: bad architecture list', { architectures: 'x86_64,sparc' }, 'sparc'),
  input('action: publish not a boolean', { publish: 'yes' }, 'yes'),
  input(
    'action: runtime image read as a flag',
    { 'runtime-image': '--privileged' },
    '--privileged'
  ),
  input('action: output folder with a newline', { 'output-dir': 'a\nb' }, 'a\\nb'),
  input('action: negative compression level', { 'compression-level': '-1' }, '-1'),
  input('action: retention over 90 days', { 'retention-days': '400' }, '400'),
  input('action: unknown slim rule', { slim: 'bytecod' }, 'bytecod'),
  {
    ...input('action: version with a workflow command', {}, 'is not a valid version'),
    pyproject: '[project]\nname = "demo"\nversion = "1.0\\n::error title=x::pwned"\n'
  },
  publish('unknown region', ['--region', 'mars-1'], 'mars-1'),
  publish('region listed twice', ['--region', 'eu-west-1,eu-west-1'], 'eu-west-1'),
  publish('bucket name with capitals', ['--bucket', 'Bad_Bucket'], 'Bad_Bucket'),
  publish('short account id', ['--grant-account', '123'], '123'),
  publish('bad organization id', ['--grant-organization', 'x'], 'x'),
  publish('license too long', ['--license', 'x'.repeat(600)], '--license'),
  publish('git sha not hex', ['--git-sha', 'zzz'], 'zzz'),
  publish('layer name template with a slash', ['--layer-name-template', '{project}/{layer}'], '/'),
  publish(
    'layer name template giving one name to two zips',
    ['--layer-name-template', '{project}', '-r', 'python3.11,python3.12'],
    'demo'
  ),
  publish('function asking for an unknown layer', ['--function', 'fn=ghost'], 'ghost'),
  publish('no region at all', [], '--region', { AWS_REGION: '', AWS_DEFAULT_REGION: '' }),
  {
    ...publish('report that does not exist', [], 'nothing.json'),
    args: box => ['publish', '--report', path.join(box.root, 'nothing.json')],
    code: 1
  }
]
