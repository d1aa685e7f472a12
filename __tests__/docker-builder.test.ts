// The docker and auto builders against a real engine and the stand-in build image: compiling an
// sdist, the same content as native, files owned by the invoking user, a warm cache, clear errors.
import { execFileSync } from 'node:child_process'
import { chown, mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { autoBuilder } from '../src/build/auto.js'
import type { BuildRequest } from '../src/build/builder.js'
import { dockerBuilder } from '../src/build/docker.js'
import { nativeBuilder } from '../src/build/native.js'
import { DockerError, NoWheelError, LayerError } from '../src/errors.js'
import { renderReportTable } from '../src/report/table.js'
import type { LayerTarget } from '../src/plan/plan.js'
import { createDocker } from '../src/system/docker.js'
import { silentLogger, type Logger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { tools } from '../__fixtures__/expectations.js'
import { build, useScratch } from '../__fixtures__/projects.js'
import { openZip } from '../__fixtures__/zip.js'
import { BUILD_IMAGE, dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'
import { rejection } from '../__fixtures__/typed.js'

const hasEngine = dockerEngine()
const withDocker = hasEngine ? describe : describe.skip
const scratchDirs = useScratch()

const tempDir = () => scratchDirs.folder()

const target: LayerTarget = {
  layer: { name: 'base', extras: [], dependencies: true, includeProject: false },
  runtime: 'python3.11',
  architecture: 'x86_64',
  id: 'demo-1.0-base-python3.11-x86_64',
  sitePackages: 'python'
}

async function request(lines: string[], root?: string): Promise<BuildRequest> {
  const dir = root ?? (await tempDir())
  return {
    target,
    requirements: { lines, files: [], complete: true },
    siteDir: path.join(dir, 'site'),
    workDir: path.join(dir, 'work')
  }
}

/** A logger that keeps every line, debug included. */
function recorder(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: m => lines.push(m),
    warn: m => lines.push(m),
    debug: m => lines.push(m)
  }
}

/** A project whose single layer is a requirements file, built for python3.11 with the stand-ins. */
async function requirementsProject(requirements: string, extra = ''): Promise<string> {
  const dir = await tempDir()
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "docker-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "python3.11"\nbuild-image = "${BUILD_IMAGE}"\nruntime-image = "${RUNTIME_IMAGE}"\n${extra}\n[tool.lambda-layer.layers.base]\nrequirements = "requirements.txt"\n`
  )
  await writeFile(path.join(dir, 'requirements.txt'), requirements)
  return dir
}

/** name -> CRC-32 of every file entry of a zip. */
async function contentOf(zipPath: string): Promise<Map<string, number>> {
  const zip = await openZip(zipPath)
  zip.close()
  return new Map(zip.entries.filter(e => !e.name.endsWith('/')).map(e => [e.name, e.crc32]))
}

withDocker('the docker builder', () => {
  const docker = createDocker(runProcess, silentLogger)

  it('builds an sdist-only requirement through auto, and says which package forced Docker', async () => {
    const dir = await requirementsProject('docopt==0.6.2\n')
    const { report } = await build(dir, { verify: ['elf', 'sdk', 'imports'] })
    const [layer] = report.layers
    expect(layer!.builder).toBe('docker')
    expect(layer!.fallback).toEqual({ packages: ['docopt==0.6.2'] })
    // Imported in the stand-in runtime image.
    expect(layer!.verify!.imports).toMatchObject({
      where: RUNTIME_IMAGE,
      modules: [{ module: 'docopt', ok: true }],
      problems: []
    })
    const names = [...(await contentOf(layer!.zipPath)).keys()]
    expect(names).toContain('python/docopt.py')
    expect(names).toContain('python/docopt-0.6.2.dist-info/METADATA')
    expect(renderReportTable(report)).toContain(
      'base python3.11 x86_64: built in Docker for docopt==0.6.2; no shared objects; 1 modules imported in lambda-layer-test/python:3.11 (slowest: docopt'
    )
  })

  it('gives the same layer content as the native builder for the same wheels', async () => {
    const requirements = 'markupsafe==2.1.5\nidna==3.7\nattrs==23.2.0\n'
    const dir = await requirementsProject(requirements)
    const native = (await build(dir, { builder: 'native', installer: 'pip', verify: ['none'] }))
      .report.layers[0]!
    const docked = (await build(dir, { builder: 'docker', outputDir: 'docker', verify: ['none'] }))
      .report.layers[0]!
    expect(docked.builder).toBe('docker')
    expect(native.builder).toBe('native')
    const a = await contentOf(native.zipPath)
    const b = await contentOf(docked.zipPath)
    expect([...a.keys()]).toContain('python/markupsafe/_speedups.cpython-311-x86_64-linux-gnu.so')
    expect(b).toEqual(a)
  })

  it('leaves nothing owned by root, and a second build downloads nothing', async () => {
    const root = await tempDir()
    const cacheDir = path.join(root, 'cache')
    const req = await request(['docopt==0.6.2', 'idna==3.7'], root)
    // The invoking user here is root: build as another user to see whose files the container writes.
    for (const dir of [req.siteDir, cacheDir]) await mkdir(dir, { recursive: true })
    execFileSync('chown', ['-R', '4321:4321', root])
    const run = async (log: Logger) =>
      dockerBuilder({
        docker: createDocker(runProcess, log),
        log,
        projectDir: root,
        image: BUILD_IMAGE,
        cacheDir,
        user: '4321:4321'
      })(req)
    const first = recorder()
    await run(first)
    expect(first.lines.filter(l => /^\s*Downloading /.test(l)).length).toBeGreaterThanOrEqual(2)

    const owners = new Set<string>()
    async function walk(dir: string) {
      for (const name of await readdir(dir)) {
        const file = path.join(dir, name)
        const info = await stat(file)
        owners.add(`${info.uid}:${info.gid}`)
        if (info.isDirectory()) await walk(file)
      }
    }
    await walk(req.siteDir)
    await walk(cacheDir)
    expect([...owners]).toEqual(['4321:4321'])

    execFileSync('rm', ['-rf', req.siteDir])
    await mkdir(req.siteDir)
    await chown(req.siteDir, 4321, 4321)
    const second = recorder()
    await run(second)
    expect(second.lines.filter(l => /Downloading /.test(l))).toEqual([])
    expect(second.lines).toContain(
      'layer base (python3.11 x86_64): installed from the wheelhouse, nothing downloaded'
    )
    expect(await readdir(req.siteDir)).toEqual(
      expect.arrayContaining(['docopt.py', 'idna', 'docopt-0.6.2.dist-info'])
    )
  })

  it('passes the index settings without ever printing their credentials', async () => {
    const log = recorder()
    const root = await tempDir()
    await dockerBuilder({
      docker: createDocker(runProcess, log),
      log,
      projectDir: root,
      image: BUILD_IMAGE,
      cacheDir: path.join(root, 'cache'),
      env: {
        UV_INDEX_URL: 'https://token-user:s3cr3t-t0ken@pypi.org/simple',
        // pip refuses a PIP_CERT path that does not exist, so the install proves the bundle is
        // mounted where the container's PIP_CERT points.
        PIP_CERT: '/etc/ssl/certs/ca-certificates.crt'
      }
    })(await request(['idna==3.7'], root))
    const text = log.lines.join('\n')
    expect(text).toContain('Looking in indexes: https://token-user:****@pypi.org/simple')
    expect(text).not.toContain('s3cr3t-t0ken')
    expect(text).toMatch(
      /--mount type=bind,source=\/etc\/ssl\/certs\/ca-certificates\.crt,target=\/lambda-layer\/ca\.pem,readonly/
    )
    expect(text).toMatch(/--env PIP_CERT --env PIP_DISABLE_PIP_VERSION_CHECK --env PIP_INDEX_URL /)
  })

  it('names the package that fails to compile, with the compiler’s last lines', async () => {
    const root = await tempDir()
    const src = path.join(root, 'src', 'brokenc-1.0')
    await mkdir(src, { recursive: true })
    await writeFile(
      path.join(src, 'setup.py'),
      'from setuptools import setup, Extension\nsetup(name="brokenc", version="1.0", ext_modules=[Extension("brokenc", ["brokenc.c"])])\n'
    )
    await writeFile(
      path.join(src, 'brokenc.c'),
      '#include <Python.h>\n#error brokenc cannot compile\n'
    )
    await writeFile(
      path.join(src, 'PKG-INFO'),
      'Metadata-Version: 2.1\nName: brokenc\nVersion: 1.0\n'
    )
    execFileSync('tar', [
      '-C',
      path.join(root, 'src'),
      '-czf',
      path.join(root, 'brokenc-1.0.tar.gz'),
      'brokenc-1.0'
    ])
    const req = await request([], root)
    req.requirements = { lines: ['./brokenc-1.0.tar.gz'], files: [], complete: true }
    const error = await rejection(
      dockerBuilder({
        docker,
        log: silentLogger,
        projectDir: root,
        image: BUILD_IMAGE,
        cacheDir: path.join(root, 'cache')
      })(req),
      LayerError
    )
    expect(error.message).toMatch(
      /^layer base \(python3\.11 x86_64\): could not build brokenc from source in lambda-layer-test\/build-python3\.11:latest:\n/
    )
    expect(error.message).toContain('brokenc.c:2:2: error: #error brokenc cannot compile')
    expect(error.message.split('\n').length).toBeLessThanOrEqual(9)
  })

  it('says when the image is neither here nor pullable', async () => {
    const error = await rejection(
      dockerBuilder({
        docker,
        log: silentLogger,
        projectDir: await tempDir(),
        image: 'lambda-layer-test/no-such-image:{python}',
        cacheDir: await tempDir()
      })(await request(['idna==3.7'])),
      LayerError
    )
    expect(error).toBeInstanceOf(DockerError)
    expect(error.message).toMatch(
      /^image lambda-layer-test\/no-such-image:3\.11 \(build image for python3\.11 x86_64\) is not on this machine and could not be pulled: /
    )
  })

  it('says the container was killed', async () => {
    // A runner that reports what the kernel's OOM killer leaves: exit 137.
    const killed: Runner = async (command, args, options) =>
      args[0] === 'run' ? { code: 137, stdout: '', stderr: '' } : runProcess(command, args, options)
    const error = await rejection(
      dockerBuilder({
        docker: createDocker(killed, silentLogger),
        log: silentLogger,
        projectDir: await tempDir(),
        image: BUILD_IMAGE,
        cacheDir: await tempDir()
      })(await request(['idna==3.7'])),
      LayerError
    )
    expect(error.message).toBe(
      `layer base (python3.11 x86_64): the build container (${BUILD_IMAGE}) was killed (exit 137)`
    )
    expect(error.hint).toContain('out of memory')
  })
})

describe('without a Docker engine', () => {
  const nowhere: Runner = (command, args, options) =>
    runProcess(command, args, {
      ...options,
      env: { ...options?.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' }
    })
  const docker = createDocker(nowhere, silentLogger)

  it('the docker builder says how to choose the native builder', async () => {
    const error = await rejection(
      dockerBuilder({
        docker,
        log: silentLogger,
        projectDir: await tempDir(),
        image: BUILD_IMAGE,
        cacheDir: await tempDir()
      })(await request(['idna==3.7'])),
      LayerError
    )
    expect(error).toBeInstanceOf(DockerError)
    expect(error.message).toMatch(
      /^builder "docker" for layer base \(python3\.11 x86_64\) needs a Docker engine, but /
    )
    expect(error.hint).toContain('--builder native')
  })

  it('auto names the packages that need one', async () => {
    const log = silentLogger
    const native = nativeBuilder(
      { run: runProcess, tools, log, uvEnv: {}, pipCacheDir: await tempDir() },
      'uv'
    )
    const auto = autoBuilder({
      native,
      docker: () => Promise.reject(new Error('docker must not run')),
      engine: docker,
      log
    })
    const error = await rejection(auto(await request(['idna==3.7', 'docopt==0.6.2'])), LayerError)
    expect(error).toBeInstanceOf(DockerError)
    expect(error).not.toBeInstanceOf(NoWheelError)
    expect(error.message).toMatch(
      /^layer base \(python3\.11 x86_64\): docopt==0\.6\.2 has no wheel for python3\.11 x86_64 and must be built in Docker, but no Docker engine answered/
    )
  })
})
