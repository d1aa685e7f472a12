// Local path dependencies: a wheel file the project depends on by path installs (uv writes its
// path relative to the project, the installer gets it absolute) and keys its layer by content, so
// a rebuilt wheel rebuilds the layer; a local package folder, which is not built, is an error at
// export naming it and the way out.
import { execFile } from 'node:child_process'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { build, REPO_ROOT, scratch, useScratch } from '../__fixtures__/projects.js'
import { openZip } from '../__fixtures__/zip.js'
import { ProjectError } from '../src/errors.js'
import { lockHasLocalPaths, withAbsoluteLocalPaths } from '../src/project/local-paths.js'
import { rejection } from '../__fixtures__/typed.js'
import { BUILD_IMAGE, dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'

const exec = promisify(execFile)
const scratchDirs = useScratch()
const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

/** Writes `dep-1.0-py3-none-any.whl` holding `dep/__init__.py` = `VALUE = value`, byte-stable. */
async function writeWheel(file: string, value: number): Promise<void> {
  const script = `
import sys, zipfile, hashlib, base64
files = {
    'dep/__init__.py': ('VALUE = %s\\n' % sys.argv[2]).encode(),
    'dep-1.0.dist-info/METADATA': b'Metadata-Version: 2.1\\nName: dep\\nVersion: 1.0\\n',
    'dep-1.0.dist-info/WHEEL': b'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n',
}
record = []
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for name, data in files.items():
        z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
        record.append('%s,sha256=%s,%d' % (name, digest, len(data)))
    record.append('dep-1.0.dist-info/RECORD,,')
    z.writestr(zipfile.ZipInfo('dep-1.0.dist-info/RECORD', (1980, 1, 1, 0, 0, 0)), '\\n'.join(record) + '\\n')
`
  await mkdir(path.dirname(file), { recursive: true })
  await exec('python3', ['-c', script, file, String(value)])
}

it('installs a wheel the project depends on by path, and builds again when that wheel changes', async () => {
  const dir = path.join(await scratch(), 'local-wheel')
  const cacheDir = await scratch()
  scratchDirs.track(path.dirname(dir), cacheDir)
  await cp(path.join(REPO_ROOT, '__fixtures__', 'projects', 'local-wheel'), dir, {
    recursive: true
  })
  const wheel = path.join(dir, 'wheels', 'dep-1.0-py3-none-any.whl')
  const args = [cli, 'build', '-p', dir, '--verify', 'elf', '--cache-dir', cacheDir]
  const zipPath = path.join(
    dir,
    'lambda-layers',
    'local-wheel-demo-1.0.0-base-python3.12-x86_64.zip'
  )
  const value = async () => {
    const zip = await openZip(zipPath)
    const text = (await zip.read('python/dep/__init__.py')).toString()
    zip.close()
    return text
  }

  await writeWheel(wheel, 1)
  await exec('node', args)
  expect(await value()).toBe('VALUE = 1\n')
  const unchanged = await exec('node', args)
  expect(unchanged.stdout).toContain('unchanged (restored from the layer cache')

  // The same path, other content: the lock did not change, the layer is built again.
  await writeWheel(wheel, 2)
  const rebuilt = await exec('node', args)
  expect(rebuilt.stdout).not.toContain('unchanged')
  expect(await value()).toBe('VALUE = 2\n')
  expect(await readFile(path.join(dir, 'uv.lock'), 'utf8')).toContain('path = "wheels/')
}, 300_000)

const withDocker = dockerEngine() ? describe : describe.skip

withDocker('in the build image', () => {
  it('installs a wheel outside the project that a lock names by path', async () => {
    const root = await scratch()
    scratchDirs.track(root)
    const dir = path.join(root, 'app')
    await cp(path.join(REPO_ROOT, '__fixtures__', 'projects', 'local-wheel'), dir, {
      recursive: true
    })
    // The lock names ../wheels: outside the project, the build mounts the wheel's folder.
    for (const file of ['pyproject.toml', 'uv.lock']) {
      const text = await readFile(path.join(dir, file), 'utf8')
      await writeFile(path.join(dir, file), text.replaceAll('"wheels/', '"../wheels/'))
    }
    await writeWheel(path.join(root, 'wheels', 'dep-1.0-py3-none-any.whl'), 3)
    const { report } = await build(dir, {
      builder: 'docker',
      runtime: ['python3.11'],
      buildImage: BUILD_IMAGE,
      runtimeImage: RUNTIME_IMAGE
    })
    const zip = await openZip(report.layers[0]!.zipPath)
    expect((await zip.read('python/dep/__init__.py')).toString()).toBe('VALUE = 3\n')
    zip.close()
    expect(report.layers[0]!.builder).toBe('docker')
  }, 300_000)
})

describe('local paths in exported requirements', () => {
  const project = '/work/app'
  it('makes relative paths absolute and keeps the rest of the line', () => {
    expect(
      withAbsoluteLocalPaths(
        [
          'idna==3.10',
          `../wheels/dep-1.0-py3-none-any.whl ; python_version >= "3.10"`,
          'dep @ file:///srv/wheels/dep-1.0-py3-none-any.whl',
          '--index-url https://pypi.org/simple',
          'remote @ file://server/share/remote-1.0-py3-none-any.whl'
        ],
        project,
        'uv.lock',
        () => 'file'
      )
    ).toEqual([
      'idna==3.10',
      `/work/wheels/dep-1.0-py3-none-any.whl ; python_version >= "3.10"`,
      'dep @ file:///srv/wheels/dep-1.0-py3-none-any.whl',
      '--index-url https://pypi.org/simple',
      'remote @ file://server/share/remote-1.0-py3-none-any.whl'
    ])
  })

  it('names each local package folder, editable or not, and the way out', async () => {
    const folders = (file: string) => (file.endsWith('.whl') ? 'file' : 'folder')
    const error = await rejection(
      Promise.resolve().then(() =>
        withAbsoluteLocalPaths(
          ['-e ../libs/util', './vendored', 'core @ file:///work/libs/core', 'idna==3.10'],
          project,
          '/work/app/uv.lock',
          folders
        )
      ),
      ProjectError
    )
    expect(error.message).toBe(
      'the project depends on local packages ../libs/util, vendored, ../libs/core: layers are installed from wheels, and local packages are not built'
    )
    expect(error.hint).toMatch(
      /^Depend on a built wheel of each instead \(`uv build --wheel \.\.\/libs\/util`/
    )
  })

  it('says when a local path does not exist', () => {
    expect(() =>
      withAbsoluteLocalPaths(['../gone.whl'], project, 'uv.lock', () => undefined)
    ).toThrow('the project depends on ../gone.whl, which does not exist')
  })

  it('finds local paths in poetry.lock and uv.lock', () => {
    expect(lockHasLocalPaths('[package.source]\ntype = "directory"\nurl = "../libs/util"\n')).toBe(
      true
    )
    expect(lockHasLocalPaths('[package.source]\ntype = "file"\nurl = "../dep.whl"\n')).toBe(true)
    expect(lockHasLocalPaths('source = { editable = "../libs/util" }')).toBe(true)
    expect(lockHasLocalPaths('source = { path = "wheels/dep.whl" }')).toBe(true)
    expect(lockHasLocalPaths('source = { registry = "https://pypi.org/simple" }')).toBe(false)
    // The project itself.
    expect(lockHasLocalPaths('source = { editable = "." }')).toBe(false)
    expect(lockHasLocalPaths('source = { virtual = "." }')).toBe(false)
    expect(lockHasLocalPaths('[package.source]\ntype = "legacy"\nurl = "https://x"\n')).toBe(false)
  })
})
