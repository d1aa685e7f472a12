// The Verify step on real layer zips: the ELF check on a shared object gcc builds here, imports in
// the stand-in runtime image (and on the host without an engine), SDK shadowing, and the
// project's own tests against the layer.
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildFailedError, DockerError, VerifyError, LayerError } from '../src/errors.js'
import type { Report } from '../src/report/report.js'
import { walkTree } from '../src/files/tree.js'
import { writeZip } from '../src/package/zip.js'
import type { LayerTarget } from '../src/plan/plan.js'
import type { Architecture, Runtime } from '../src/lambda/runtimes.js'
import { createDocker } from '../src/system/docker.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { checkElf } from '../src/verify/elf-check.js'
import { indexLayer } from '../src/verify/layer-index.js'
import { DEFAULT_VERIFY, type VerifyOptions } from '../src/config/verify-options.js'
import { verifyLayer } from '../src/verify/verify.js'
import { build, useScratch } from '../__fixtures__/projects.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'
import { rejection } from '../__fixtures__/typed.js'

const hasEngine = dockerEngine()
const withDocker = hasEngine ? describe : describe.skip
const scratchDirs = useScratch()

const tempDir = () => scratchDirs.folder()

const targetFor = (
  runtime: Runtime = 'python3.11',
  architecture: Architecture = 'x86_64'
): LayerTarget => ({
  layer: { name: 'base', extras: [], dependencies: true, includeProject: false },
  runtime,
  architecture,
  id: `demo-1.0-base-${runtime}-${architecture}`,
  sitePackages: 'python'
})

/**
 * A layer zip of distributions: each gets a dist-info with RECORD and top_level.txt listing the
 * files given for it (paths relative to python/).
 */
async function layerZip(dists: Record<string, Record<string, string | Buffer>>): Promise<string> {
  const root = await tempDir()
  const stage = path.join(root, 'stage')
  for (const [dist, files] of Object.entries(dists)) {
    const info = path.join(stage, 'python', `${dist}-1.0.dist-info`)
    await mkdir(info, { recursive: true })
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(stage, 'python', name)), { recursive: true })
      await writeFile(path.join(stage, 'python', name), content)
    }
    const record = [...Object.keys(files), `${dist}-1.0.dist-info/RECORD`]
    await writeFile(path.join(info, 'RECORD'), record.map(f => `${f},,`).join('\n') + '\n')
    await writeFile(
      path.join(info, 'METADATA'),
      `Metadata-Version: 2.1\nName: ${dist}\nVersion: 1.0\n`
    )
    const tops = [...new Set(Object.keys(files).map(f => f.split('/')[0]!.replace(/\..*$/, '')))]
    await writeFile(path.join(info, 'top_level.txt'), tops.join('\n') + '\n')
  }
  const zipPath = path.join(root, 'layer.zip')
  await writeZip(await walkTree(stage), zipPath)
  return zipPath
}

/** A shared object needing memfd_create@GLIBC_2.27, built with the host's gcc. */
function newGlibcObject(dir: string): Buffer {
  const source = path.join(dir, 'fast.c')
  execFileSync('sh', [
    '-c',
    `printf '#define _GNU_SOURCE\\n#include <sys/mman.h>\\nint make(void) { return memfd_create("x", 0); }\\n' > ${source}`
  ])
  const output = path.join(dir, 'fast.so')
  execFileSync('gcc', ['-shared', '-fPIC', '-o', output, source])
  return execFileSync('cat', [output])
}

const options = (over: Partial<VerifyOptions>): VerifyOptions => ({ ...DEFAULT_VERIFY, ...over })

function context(
  docker = createDocker(runProcess, silentLogger),
  over: Partial<VerifyOptions> = {}
) {
  return {
    docker,
    run: runProcess,
    log: silentLogger,
    options: options(over),
    runtimeImage: RUNTIME_IMAGE,
    imageRequired: true,
    runtimeVersions: {},
    projectDir: '/nonexistent',
    workDir: ''
  }
}

describe('the ELF check', () => {
  let zipPath: string
  const so = 'fastpkg/_fast.cpython-311-x86_64-linux-gnu.so'

  beforeAll(async () => {
    const dir = await tempDir()
    zipPath = await layerZip({
      fastpkg: { 'fastpkg/__init__.py': 'from ._fast import *\n', [so]: newGlibcObject(dir) }
    })
  })

  it('fails a shared object that needs a newer glibc than the runtime has, naming file, package and symbol', async () => {
    const index = await indexLayer(zipPath, 'python')
    const report = await checkElf(zipPath, index, 'python3.11', 'x86_64')
    expect(report.files).toBe(1)
    expect(report.newestGlibc).toBe('2.27')
    expect(report.problems).toEqual([
      `python/${so} (package fastpkg 1.0) needs GLIBC_2.27 (memfd_create), but python3.11 has glibc 2.26`
    ])
    const error = await rejection(
      verifyLayer(zipPath, targetFor(), {
        ...context(undefined, { checks: ['elf'] }),
        workDir: await tempDir()
      }),
      LayerError
    )
    expect(error).toBeInstanceOf(VerifyError)
    expect(error.message).toContain('GLIBC_2.27 (memfd_create)')
  })

  it('passes it for a runtime with glibc 2.34, and fails it for the other architecture', async () => {
    const index = await indexLayer(zipPath, 'python')
    expect((await checkElf(zipPath, index, 'python3.12', 'x86_64')).problems).toEqual([])
    expect((await checkElf(zipPath, index, 'python3.12', 'arm64')).problems).toEqual([
      `python/${so} (package fastpkg 1.0) is built for ELF machine 62, not aarch64 (183)`
    ])
  })
})

describe('the import check', () => {
  let zipPath: string

  beforeAll(async () => {
    zipPath = await layerZip({
      goodpkg: { 'goodpkg/__init__.py': 'import json\nVALUE = 1\n', 'goodmod.py': 'X = 2\n' },
      brokenpkg: { 'brokenpkg/__init__.py': 'import not_a_real_module_xyz\n' }
    })
  })

  withDocker('in the runtime image', () => {
    it('fails a module that imports a missing one, naming both, and times the rest', async () => {
      const error = await rejection(
        verifyLayer(zipPath, targetFor(), {
          ...context(undefined, { checks: ['imports'] }),
          workDir: await tempDir()
        }),
        LayerError
      )
      expect(error).toBeInstanceOf(VerifyError)
      expect(error.message).toBe(
        `layer base (python3.11 x86_64) failed verification:\n  import brokenpkg fails in ${RUNTIME_IMAGE}: ModuleNotFoundError: No module named 'not_a_real_module_xyz'`
      )
    })

    it('imports every top-level module one at a time, with its time', async () => {
      const report = await verifyLayer(zipPath, targetFor(), {
        ...context(undefined, { checks: ['imports'], skipImports: ['brokenpkg'] }),
        workDir: await tempDir()
      })
      const imports = report!.imports
      expect(imports && 'modules' in imports && imports.where).toBe(RUNTIME_IMAGE)
      const modules = imports && 'modules' in imports ? imports.modules : []
      expect(modules.map(m => m.module).sort()).toEqual(['goodmod', 'goodpkg'])
      for (const m of modules) {
        expect(m.ok).toBe(true)
        expect(m.seconds).toBeGreaterThan(0)
      }
    })
  })

  withDocker('with the runtime image out of reach', () => {
    it('skips, with the reason, when the default image cannot be pulled; fails for a named one', async () => {
      const ctx = {
        ...context(undefined, { checks: ['imports'] }),
        runtimeImage: 'lambda-layer-test/missing:{python}',
        imageRequired: false,
        workDir: await tempDir()
      }
      const report = await verifyLayer(zipPath, targetFor('python3.12'), ctx)
      expect(report!.imports).toEqual({
        skipped: expect.stringMatching(
          /^the runtime image lambda-layer-test\/missing:3\.12 is not available \(image lambda-layer-test\/missing:3\.12 \(runtime image for python3\.12 x86_64\) is not on this machine and could not be pulled: .*\); the host has Python 3\.11\.\d+ x86_64, not 3\.12 x86_64$/
        ) as string,
        enable: expect.stringMatching(/^start a Docker engine that runs amd64 containers/) as string
      })
      expect(report!.warnings[0]).toMatch(
        /^import check skipped for python3\.12 x86_64: the runtime image .*\. To enable it, start a Docker engine/
      )
      const error = await rejection(
        verifyLayer(zipPath, targetFor('python3.12'), {
          ...ctx,
          imageRequired: true
        }),
        LayerError
      )
      expect(error).toBeInstanceOf(DockerError)
    })
  })

  it('imports on the host when no engine answers and the host Python matches, and says so', async () => {
    const host = execFileSync('python3', [
      '-c',
      'import platform; print(platform.python_version())'
    ])
      .toString()
      .trim()
    if (!host.startsWith('3.11.')) throw new Error(`this test needs a python3.11 host, not ${host}`)
    const nowhere: Runner = (command, args, opts) =>
      runProcess(command, args, {
        ...opts,
        env: { ...opts?.env, DOCKER_HOST: 'unix:///nonexistent.sock' }
      })
    const error = await rejection(
      verifyLayer(zipPath, targetFor(), {
        ...context(createDocker(nowhere, silentLogger), { checks: ['imports'] }),
        workDir: await tempDir()
      }),
      LayerError
    )
    expect(error.message).toContain(
      `import brokenpkg fails in host python ${host} with the default SDK set: ModuleNotFoundError: No module named 'not_a_real_module_xyz'`
    )
  })
})

withDocker('verifying built layers in the stand-in runtime image', () => {
  async function project(requirements: string, table: string, files: Record<string, string> = {}) {
    const dir = await tempDir()
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      `[project]\nname = "verify-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "python3.11"\nruntime-image = "${RUNTIME_IMAGE}"\n${table}\n[tool.lambda-layer.layers.base]\nrequirements = "requirements.txt"\n`
    )
    await writeFile(path.join(dir, 'requirements.txt'), requirements)
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await writeFile(path.join(dir, name), text)
    }
    return dir
  }

  it('reports botocore alone in a layer as shadowing the runtime SDK, and fails with sdk-shadowing = "error"', async () => {
    const dir = await project('botocore==1.40.0\n', 'runtime-packages = "keep"\n')
    const { report } = await build(dir, { verify: ['sdk', 'imports'] })
    const sdk = report.layers[0]!.verify!.sdk!
    expect(sdk.source).toBe('image')
    expect(sdk.shadowed).toEqual(
      expect.arrayContaining([{ name: 'botocore', layer: '1.40.0', runtime: '1.40.0' }])
    )
    expect(sdk.missing).toEqual(['boto3', 's3transfer'])
    expect(sdk.problems[0]).toMatch(
      /^ships botocore 1\.40\.0, .* but not boto3, s3transfer: the runtime's copies of those will run against the layer's$/
    )
    expect(report.layers[0]!.verify!.warnings[0]).toMatch(/^SDK shadowing: ships botocore 1\.40\.0/)

    const error = await rejection<BuildFailedError<Report>>(
      build(dir, {
        verify: ['sdk'],
        sdkShadowing: 'error',
        outputDir: 'strict'
      }),
      BuildFailedError
    )
    // The target fails at Verify; the build ends with the report recording it.
    expect(error).toBeInstanceOf(BuildFailedError)
    expect(error.report.failures[0]).toMatchObject({ stage: 'verify' })
    expect(error.report.failures[0]!.error).toContain('ships botocore 1.40.0')
    expect(error.report.failures[0]!.hint).toContain('sdk-shadowing = "warn"')
  })

  it('runs the project tests against the layer at /opt: their exit status decides', async () => {
    const test = (assertion: string) =>
      `import unittest, idna\n\nclass T(unittest.TestCase):\n    def test_layer(self):\n        self.assertTrue(idna.__file__.startswith('/opt/python/'))\n        ${assertion}\n`
    const passing = await project(
      'idna==3.7\n',
      '[tool.lambda-layer.verify]\ntest-command = "python3.11 -m unittest discover -s tests"\n',
      {
        'tests/test_layer.py': test("self.assertEqual(idna.encode('ü.de'), b'xn--tda.de')")
      }
    )
    const { report } = await build(passing, {})
    expect(report.layers[0]!.verify!.testCommand).toMatchObject({ exitCode: 0, problems: [] })

    const failing = await project(
      'idna==3.7\n',
      '[tool.lambda-layer.verify]\ntest-command = ["python3.11", "-m", "unittest", "discover", "-s", "tests"]\n',
      {
        'tests/test_layer.py': test("self.assertEqual(idna.encode('ü.de'), b'wrong')")
      }
    )
    const error = await rejection<BuildFailedError<Report>>(build(failing, {}), BuildFailedError)
    expect(error).toBeInstanceOf(BuildFailedError)
    const [failure] = error.report.failures
    expect(failure).toMatchObject({
      stage: 'verify',
      hint: expect.stringContaining("project's tests") as string
    })
    expect(failure!.error).toContain('python3.11 -m unittest discover -s tests exited with 1')
    expect(failure!.error).toContain("AssertionError: b'xn--tda.de' != b'wrong'")
    expect(failure!.failedZip).toMatch(/\.zip\.failed$/)
  })
})
