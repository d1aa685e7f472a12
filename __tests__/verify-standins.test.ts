// Verify in the newer stand-ins (scripts/ci/standins.sh): an arm64 layer imported in the arm64
// runtime image under QEMU emulation, an x86_64 shared object in an arm64 layer failing there,
// and a python3.13 layer built in the Debian 13 build image and imported in its runtime image.
import { VerifyError } from '../src/errors.js'
import type { LayerTarget } from '../src/plan/plan.js'
import { createDocker } from '../src/system/docker.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { DEFAULT_VERIFY } from '../src/config/verify-options.js'
import { verifyLayer } from '../src/verify/verify.js'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build, useScratch } from '../__fixtures__/projects.js'
import {
  ARM64_RUNTIME_IMAGE,
  PY313_RUNTIME_IMAGE,
  RUNTIME_TEMPLATE,
  standinImages
} from './helpers/docker.js'
import { rejection } from '../__fixtures__/typed.js'

const withStandins = standinImages() ? describe : describe.skip
const scratch = useScratch()
const EMULATED = `${ARM64_RUNTIME_IMAGE} (linux/arm64, emulated)`

async function project(runtime: string, requirements: string): Promise<string> {
  const dir = await scratch.folder()
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "standin-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "${runtime}"\nruntime-image = "${RUNTIME_TEMPLATE}"\n\n[tool.lambda-layer.layers.base]\nrequirements = "requirements.txt"\n`
  )
  await writeFile(path.join(dir, 'requirements.txt'), requirements)
  return dir
}

const arm64Target = (id: string): LayerTarget => ({
  layer: { name: 'base', extras: [], dependencies: true, includeProject: false },
  runtime: 'python3.11',
  architecture: 'arm64',
  id,
  sitePackages: 'python'
})

const context = async (run: Runner = runProcess) => ({
  docker: createDocker(run, silentLogger),
  run,
  log: silentLogger,
  options: { ...DEFAULT_VERIFY, checks: ['imports' as const] },
  runtimeImage: RUNTIME_TEMPLATE,
  imageRequired: true,
  runtimeVersions: {},
  projectDir: '/nonexistent',
  workDir: await scratch.folder()
})

withStandins('arm64 layers under QEMU emulation', () => {
  let x86Zip: string
  beforeAll(async () => {
    const dir = await project('python3.11', 'orjson==3.10.15\n')
    x86Zip = (await build(dir, { verify: ['elf'] })).report.layers[0]!.zipPath
  })

  it('imports an arm64 layer (orjson, a compiled extension) in the arm64 runtime image, timed', async () => {
    const dir = await project('python3.11', 'orjson==3.10.15\nidna==3.7\n')
    const { report } = await build(dir, { architectures: ['arm64'], verify: ['elf', 'imports'] })
    const verify = report.layers[0]!.verify!
    expect(verify.elf!.problems).toEqual([])
    expect(verify.imports).toMatchObject({ where: EMULATED, problems: [] })
    const modules = 'modules' in verify.imports! ? verify.imports.modules : []
    expect(modules.map(m => [m.module, m.ok]).sort()).toEqual([
      ['idna', true],
      ['orjson', true]
    ])
    expect(verify.coldStart).toMatchObject({ modules: 2, where: EMULATED })
  })

  it('fails an x86_64 shared object in an arm64 layer: statically, and when the emulated runtime imports it', async () => {
    const error = await rejection(
      verifyLayer(x86Zip, arm64Target('x86-in-arm64'), {
        ...(await context()),
        options: { ...DEFAULT_VERIFY, checks: ['elf', 'imports'] }
      }),
      VerifyError
    )
    expect(error).toBeInstanceOf(VerifyError)
    expect(error.problems).toEqual([
      'python/orjson/orjson.cpython-311-x86_64-linux-gnu.so (package orjson 3.10.15) is built for ELF machine 62, not aarch64 (183)',
      expect.stringMatching(
        new RegExp(
          `^import orjson fails in ${EMULATED.replace(/[.()/]/g, '\\$&')}: (ModuleNotFoundError|ImportError): .*orjson`
        )
      )
    ])
  })

  it('says how to enable emulation when the engine cannot run arm64 programs', async () => {
    // The engine's answer without a registered emulator, for runs of arm64 containers.
    const noQemu: Runner = (command, args, options) =>
      args[0] === 'run' && args.includes('linux/arm64')
        ? Promise.resolve({
            code: 1,
            stdout: '',
            stderr: 'exec /usr/bin/python3.11: exec format error\n'
          })
        : runProcess(command, args, options)
    const report = await verifyLayer(x86Zip, arm64Target('no-qemu'), {
      ...(await context(noQemu)),
      imageRequired: false
    })
    expect(report!.imports).toMatchObject({
      skipped: expect.stringContaining(
        'the Docker engine runs amd64 and cannot run linux/arm64 programs: no QEMU emulation is registered. Enable it with `docker run --privileged --rm tonistiigi/binfmt --install arm64`'
      ) as string
    })
    expect(report!.warnings[0]).toContain('docker/setup-qemu-action')
  })
})

withStandins('python3.13 stand-ins (Debian 13)', () => {
  it('builds a package without a wheel in the python3.13 build image and imports the layer in the python3.13 runtime image', async () => {
    const dir = await project('python3.13', 'docopt==0.6.2\norjson==3.10.15\n')
    const { report } = await build(dir, {
      builder: 'docker',
      buildImage: 'lambda-layer-test/build-python{python}:latest',
      verify: ['elf', 'imports']
    })
    const layer = report.layers[0]!
    expect(layer.builder).toBe('docker')
    expect(layer.packages.map(p => p.name).sort()).toEqual(['docopt', 'orjson'])
    expect(layer.verify!.imports).toMatchObject({ where: PY313_RUNTIME_IMAGE, problems: [] })
    const modules = 'modules' in layer.verify!.imports! ? layer.verify!.imports.modules : []
    expect(modules.map(m => m.module).sort()).toEqual(['docopt', 'orjson'])
  })
})
