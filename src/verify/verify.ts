// The Verify step on one written layer zip, before anything could be published: ELF check, import
// check, SDK shadowing check and the project's test command. Failures throw a VerifyError.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { DockerError, VerifyError } from '../errors.js'
import { dockerArch, imageFor } from '../lambda/images.js'
import type { LayerTarget } from '../plan/plan.js'
import { ARCHITECTURES, RUNTIMES } from '../lambda/runtimes.js'
import { RUNTIME_PROVIDED } from '../lambda/sdk.js'
import { invokingUser, type Docker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { coldStart, type ColdStart } from './cold-start.js'
import { checkElf, type ElfReport } from './elf-check.js'
import { emulationMissing, isEmulated, isExecFormatError } from './emulation.js'
import { importOnHost } from './host-imports.js'
import { importInImage, type ImportReport } from './imports.js'
import { indexLayer, topLevelModules } from './layer-index.js'
import type { VerifyOptions } from '../config/verify-options.js'
import { runtimeInfo, type RuntimeInfo } from './runtime-info.js'
import { sdkSetFolder } from './sdk-set.js'
import { checkSdk, type SdkReport } from './sdk.js'
import { runTestCommand, type TestCommandReport } from './test-command.js'
import { extractZip } from '../files/zip-read.js'

export interface VerifyReport {
  elf?: ElfReport
  /** The import check, or why it was skipped. */
  imports?: ImportReport | SkippedImports
  sdk?: SdkReport
  /** Cold-start cost from the import check: total import time and the slowest modules. */
  coldStart?: ColdStart
  testCommand?: TestCommandReport
  /** Findings that do not fail the build (SDK shadowing with sdk-shadowing = "warn", skipped checks). */
  warnings: string[]
}

/** Why the import check could not run, and what would let it run. */
export interface SkippedImports {
  skipped: string
  enable?: string
}

interface VerifyContext {
  docker: Docker
  run: Runner
  log: Logger
  options: VerifyOptions
  /** Runtime image name or template. */
  runtimeImage: string
  /** The user named the runtime image: fail when it is missing (the default image may be skipped). */
  imageRequired: boolean
  /** SDK versions the user declares for the runtime (runtime-package-versions). */
  runtimeVersions: Record<string, string>
  projectDir: string
  /** Scratch folder; the layer is extracted below it. */
  workDir: string
  /** Cached folder for the runtime's SDK set (the host import check); defaults below workDir. */
  sdkCacheDir?: string
  /** The host's Python for the host import check (default python3). */
  hostPython?: string
  /** Logs a message once per build for each key (one notice per cause, not one per target). */
  notice?: (key: string, message: string) => void
}

const infos = new WeakMap<Docker, Map<string, Promise<RuntimeInfo>>>()

/** What the runtime image provides, asked once per image and engine. */
function cachedRuntimeInfo(docker: Docker, image: string, target: LayerTarget) {
  const byImage = infos.get(docker) ?? new Map<string, Promise<RuntimeInfo>>()
  infos.set(docker, byImage)
  let info = byImage.get(image)
  if (!info) {
    info = runtimeInfo(docker, image, target.runtime, target.architecture)
    byImage.set(image, info)
  }
  return info
}

export async function verifyLayer(
  zipPath: string,
  target: LayerTarget,
  ctx: VerifyContext
): Promise<VerifyReport | undefined> {
  const { options } = ctx
  const on = new Set(options.checks)
  if (on.size === 0 && !options.testCommand) return undefined
  const report: VerifyReport = { warnings: [] }
  const errors: string[] = []
  const causes = new Set<VerifyCause>()
  const index = await indexLayer(zipPath, target.sitePackages)
  const image = imageFor(ctx.runtimeImage, target.runtime, target.architecture)
  const { engine, reason } = await ctx.docker.engine()
  let unusable = engine ? undefined : reason
  // An engine of the other architecture runs the image under QEMU emulation, when registered.
  const emulated = !!engine && isEmulated(engine.arch, target.architecture)
  const needsImage = on.has('imports') || on.has('sdk') || !!options.testCommand
  let info: RuntimeInfo | undefined
  if (!unusable && needsImage) {
    try {
      info = await cachedRuntimeInfo(ctx.docker, image, target)
    } catch (error) {
      if (emulated && engine && error instanceof Error && isExecFormatError(error.message)) {
        unusable = emulationMissing(engine.arch, target.architecture)
      } else {
        // The default image may be out of reach (no registry access): checks fall back or are
        // skipped with a warning. An image the user named must be there.
        if (ctx.imageRequired || !(error instanceof DockerError)) throw error
        unusable = `the runtime image ${image} is not available (${error.message.split('\n')[0]})`
      }
    }
  }
  if (on.has('elf')) {
    const cxx = info?.libstdcxx
      ? {
          glibcxx: info.libstdcxx.glibcxx,
          cxxabi: info.libstdcxx.cxxabi,
          source: `${info.libstdcxx.path} in ${image}`
        }
      : undefined
    report.elf = await checkElf(zipPath, index, target.runtime, target.architecture, cxx)
    errors.push(...report.elf.problems)
    if (report.elf.problems.length) causes.add('packages')
  }
  if (info && info.python.split('.').slice(0, 2).join('.') !== RUNTIMES[target.runtime].python) {
    errors.push(
      `runtime image ${image} has Python ${info.python}, not ${RUNTIMES[target.runtime].python}`
    )
    causes.add('image')
  }

  const layerDir = path.join(ctx.workDir, 'verify', target.id)
  const needsTree = on.has('imports') || options.testCommand
  if (needsTree) await extractZip(zipPath, layerDir)
  try {
    if (on.has('imports')) {
      const skip = new Set(options.skipImports)
      const modules = topLevelModules(index).filter(name => !skip.has(name))
      report.imports = await checkImports(layerDir, modules, target, image, unusable, {
        ...ctx,
        emulated
      })
      if ('skipped' in report.imports) {
        const { skipped, enable } = report.imports
        const where = `${target.runtime} ${target.architecture}`
        const message = `import check skipped for ${where}: ${skipped}.${enable ? ` To enable it, ${enable}.` : ''}`
        if (ctx.notice) ctx.notice(`imports-skipped:${where}:${skipped}`, message)
        else report.warnings.push(message)
      } else {
        errors.push(...report.imports.problems)
        report.coldStart = coldStart(report.imports)
      }
      if (!('skipped' in report.imports) && report.imports.problems.length) {
        causes.add('packages')
        if (needsNewerSdk(report.imports.problems)) causes.add('runtime-sdk')
      }
    }
    if (options.testCommand) {
      if (unusable) {
        errors.push(
          `test-command needs a Docker engine for ${target.architecture}, but ${unusable}`
        )
        causes.add('docker')
      } else {
        report.testCommand = await runTestCommand(layerDir, options.testCommand, {
          docker: ctx.docker,
          log: ctx.log,
          image,
          user: invokingUser(),
          runtime: target.runtime,
          architecture: target.architecture,
          projectDir: ctx.projectDir,
          layerName: target.layer.name
        })
        errors.push(...report.testCommand.problems)
        if (report.testCommand.problems.length) causes.add('tests')
      }
    }
  } finally {
    if (needsTree) await rm(layerDir, { recursive: true, force: true })
  }

  if (on.has('sdk')) {
    report.sdk = sdkCheck(index, info, ctx.runtimeVersions)
    if (options.sdkShadowing === 'error') errors.push(...report.sdk.problems)
    if (options.sdkShadowing === 'error' && report.sdk.problems.length) causes.add('sdk')
    else report.warnings.push(...report.sdk.problems.map(problem => `SDK shadowing: ${problem}`))
  }
  if (errors.length) {
    throw new VerifyError(
      `${target.layer.name} (${target.runtime} ${target.architecture})`,
      errors,
      { hint: verifyHint(causes) }
    )
  }
  return report
}

type VerifyCause = 'packages' | 'image' | 'docker' | 'tests' | 'sdk' | 'runtime-sdk'

/** The way out for each kind of Verify failure, most specific first. */
const HINTS: Record<VerifyCause, string> = {
  docker:
    'Start a Docker engine for that architecture (DOCKER_HOST; arm64 on x86_64 needs QEMU binfmt), or remove test-command.',
  image:
    'Point runtime-image (--runtime-image) at the image of this runtime, e.g. public.ecr.aws/lambda/python:{python}.',
  tests: "Fix the project's tests or the layer's packages; the test output is above.",
  'runtime-sdk':
    'A package in the layer needs a newer AWS SDK than the runtime provides (the layer leaves boto3 & co. to the runtime): ship the SDK set in the layer (runtime-packages = "keep"), or pin that package to a release that works with the runtime\'s SDK.',
  sdk: 'Remove the SDK packages from the layer (runtime-packages = "remove"), ship the whole set, or set sdk-shadowing = "warn".',
  packages:
    'Fix the packages named above (pin versions with compatible wheels), or switch a check off in [tool.lambda-layer.verify] (--verify).'
}

/** An import failed inside the runtime's SDK set (e.g. aiobotocore importing a name botocore lacks). */
export function needsNewerSdk(problems: string[]): boolean {
  return problems.some(problem =>
    /(?:cannot import name \S+ from '|No module named ')(?:boto3|botocore|s3transfer)[.']/.test(
      problem
    )
  )
}

export function verifyHint(causes: Set<VerifyCause>): string {
  const ways = (Object.keys(HINTS) as VerifyCause[]).filter(c => causes.has(c)).map(c => HINTS[c])
  return `Nothing was published. ${ways.join(' ') || HINTS.packages}`
}

async function checkImports(
  layerDir: string,
  modules: string[],
  target: LayerTarget,
  image: string,
  unusable: string | undefined,
  ctx: VerifyContext & { emulated: boolean }
): Promise<ImportReport | SkippedImports> {
  if (modules.length === 0) return { where: image, modules: [], problems: [] }
  if (!unusable) {
    return importInImage(layerDir, modules, {
      docker: ctx.docker,
      image,
      user: invokingUser(),
      runtime: target.runtime,
      architecture: target.architecture,
      emulated: ctx.emulated
    })
  }
  const python = ctx.hostPython ?? 'python3'
  const host = await ctx
    .run(python, ['-c', 'import platform; print(platform.python_version(), platform.machine())'])
    .catch(() => undefined)
  const [version = '', machine = ''] = host?.code === 0 ? host.stdout.trim().split(/\s+/) : []
  const wanted = RUNTIMES[target.runtime].python
  const where = `${target.runtime} ${target.architecture}`
  if (
    version.split('.').slice(0, 2).join('.') === wanted &&
    machine === ARCHITECTURES[target.architecture]
  ) {
    ctx.notice?.(
      `host-imports:${where}:${unusable}`,
      `import check for ${where} runs on the host's Python ${version} (isolated: the standard library, the layer and the runtime's SDK set only), because ${unusable}`
    )
    const sdk = await sdkSetFolder(
      ctx.run,
      'python3',
      wanted,
      ctx.sdkCacheDir ?? path.join(ctx.workDir, 'sdk-set'),
      ctx.runtimeVersions
    )
    return importOnHost(layerDir, modules, {
      run: ctx.run,
      python,
      runtime: target.runtime,
      hostVersion: version,
      sdkDir: sdk.dir,
      sdkLabel: `the ${sdk.source === 'config' ? 'declared' : sdk.source} SDK set`
    })
  }
  const hostPython = version ? `Python ${version} ${machine}` : 'no Python'
  return {
    skipped: `${unusable}; the host has ${hostPython}, not ${wanted} ${ARCHITECTURES[target.architecture]}`,
    enable: `start a Docker engine that runs ${dockerArch(target.architecture)} containers (DOCKER_HOST) with the runtime image ${image}, or build on a host with Python ${wanted} on ${ARCHITECTURES[target.architecture]}; --verify elf,sdk switches the import check off`
  }
}

function sdkCheck(
  index: Awaited<ReturnType<typeof indexLayer>>,
  info: RuntimeInfo | undefined,
  declared: Record<string, string>
): SdkReport {
  if (info) return checkSdk(index, new Map(info.packages.map(p => [p.name, p.version])), 'image')
  const names = RUNTIME_PROVIDED.filter(name => name !== 'awslambdaric')
  const versions = new Map<string, string>(names.map(name => [name, declared[name] ?? '']))
  return checkSdk(index, versions, Object.keys(declared).length ? 'config' : 'names')
}
