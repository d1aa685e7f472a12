// `lambda-layer verify ZIP|ARN…`: the Verify checks and the size table for layer zips built
// elsewhere (SAM, pip install -t + zip, a published version by ARN). Runtime and architecture are
// given, or read from the layer: GetLayerVersion's metadata, a "-python3.X-ARCH.zip" file name,
// the python/lib/python3.X folder and the machine of its shared objects.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, VerifyError } from '../errors.js'
import { ELF_HEADER_BYTES, ELF_MACHINE, readElfHeader } from '../files/elf-header.js'
import { walkTree } from '../files/tree.js'
import { packageUsage } from '../package/inventory.js'
import { DEFAULT_RUNTIME_IMAGE } from '../lambda/images.js'
import type { LayerTarget } from '../plan/plan.js'
import {
  ARCHITECTURES,
  ARCHITECTURE_NAMES,
  RUNTIME_NAMES,
  sitePackagesPath,
  type Architecture,
  type Runtime
} from '../lambda/runtimes.js'
import type { ClientsFor } from '../publish/clients.js'
import { failureOf } from '../report/failures.js'
import { sizeStatus, needsS3 } from '../report/sizes.js'
import { UNZIPPED_LIMIT } from '../lambda/limits.js'
import type { LayerReport, TargetFailure } from '../report/report.js'
import type { Docker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { fetchLayer, parseLayerArn } from './fetch-layer.js'
import type { VerifyOptions } from '../config/verify-options.js'
import { verifyLayer } from '../verify/verify.js'
import { eachZipEntry, entryHead, extractZip } from '../files/zip-read.js'
import { unshapedReport } from '../shape/shape.js'

interface ExternalVerifyOptions {
  /** Runtimes and architectures to check each zip for; empty: read from the layer. */
  runtimes: Runtime[]
  architectures: Architecture[]
  runtimeImage: string
  verify: VerifyOptions
  /** Where ARN downloads go (and the report). */
  outputDir: string
  sizeWarnPercent: number
}

interface ExternalContext {
  docker: Docker
  run: Runner
  log: Logger
  /** AWS clients per region (ARNs only). */
  clientsFor?: ClientsFor
}

interface Source {
  label: string
  zipPath: string
  runtimes: string[]
  architectures: string[]
}

/** Verifies every zip or ARN for each runtime and architecture; failures are collected, not thrown. */
export async function verifyExternal(
  sources: string[],
  options: ExternalVerifyOptions,
  ctx: ExternalContext
): Promise<{ layers: LayerReport[]; failures: TargetFailure[] }> {
  if (!sources.length) {
    throw new ConfigError('verify needs at least one layer zip or layer version ARN', {
      hint: 'lambda-layer verify my-layer.zip arn:aws:lambda:eu-west-1:123456789012:layer:deps:3'
    })
  }
  await mkdir(options.outputDir, { recursive: true })
  const workDir = await mkdtemp(path.join(options.outputDir, '.verify-'))
  const layers: LayerReport[] = []
  const failures: TargetFailure[] = []
  try {
    for (const text of sources) {
      const source = await resolveSource(text, options.outputDir, ctx)
      for (const target of await targetsOf(source, options)) {
        ctx.log.info(`verifying ${source.label} for ${target.runtime} ${target.architecture}`)
        const started = Date.now()
        const names = {
          layer: source.label,
          runtime: target.runtime,
          architecture: target.architecture,
          fileName: path.basename(source.zipPath)
        }
        let verify
        try {
          verify = await verifyLayer(source.zipPath, target, {
            docker: ctx.docker,
            run: ctx.run,
            log: ctx.log,
            options: options.verify,
            runtimeImage: options.runtimeImage,
            imageRequired: options.runtimeImage !== DEFAULT_RUNTIME_IMAGE,
            runtimeVersions: {},
            projectDir: process.cwd(),
            workDir
          })
        } catch (error) {
          if (!(error instanceof VerifyError)) throw error
          failures.push(failureOf(names, 'verify', error))
          continue
        }
        for (const warning of verify?.warnings ?? []) ctx.log.warn(`${source.label}: ${warning}`)
        layers.push({
          ...(await sizesOf(source.zipPath, target, workDir, options.sizeWarnPercent)),
          ...names,
          ...(verify ? { verify } : {}),
          seconds: Math.round((Date.now() - started) / 100) / 10
        })
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
  return { layers, failures }
}

async function resolveSource(text: string, dir: string, ctx: ExternalContext): Promise<Source> {
  const arn = parseLayerArn(text)
  if (arn) {
    if (!ctx.clientsFor) throw new ConfigError(`${text}: verifying by ARN needs AWS clients`)
    const fetched = await fetchLayer(arn, dir, ctx.clientsFor)
    ctx.log.info(`downloaded ${text} to ${fetched.zipPath}`)
    return { label: `${arn.name}:${arn.version}`, ...fetched }
  }
  if (text.startsWith('arn:')) {
    throw new ConfigError(`${text} is not a layer version ARN`, {
      hint: 'Give arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION (with the version number).'
    })
  }
  const zipPath = path.resolve(text)
  await readFile(zipPath).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read layer zip ${text}: ${error.code ?? error.message}`, {
      hint: 'Give the path of a layer zip, or a layer version ARN.'
    })
  })
  const named = /-(python3\.\d+)-(x86_64|arm64)\.zip$/.exec(path.basename(zipPath))
  return {
    label: path.basename(zipPath, '.zip'),
    zipPath,
    runtimes: named ? [named[1] as string] : [],
    architectures: named ? [named[2] as string] : []
  }
}

/** Runtimes x architectures: given, else from metadata, else from the zip's folders and ELF files. */
async function targetsOf(source: Source, options: ExternalVerifyOptions): Promise<LayerTarget[]> {
  const names: string[] = []
  const machines = new Set<number | undefined>()
  await eachZipEntry(source.zipPath, async entry => {
    names.push(entry.name)
    if (/\.so(\.\d+)*$/.test(entry.name))
      machines.add(readElfHeader(await entryHead(entry, ELF_HEADER_BYTES))?.machine)
  })
  const versions = [
    ...new Set(names.flatMap(n => /^python\/lib\/python(3\.\d+)\//.exec(n)?.[1] ?? []))
  ]
  const fromElf = ARCHITECTURE_NAMES.filter(a => machines.has(ELF_MACHINE[ARCHITECTURES[a]]))
  const runtimes = pick(
    options.runtimes,
    source.runtimes,
    versions.map(v => `python${v}`),
    RUNTIME_NAMES,
    'runtime',
    source.label
  ) as Runtime[]
  const architectures = pick(
    options.architectures,
    source.architectures,
    fromElf.length === 1 ? fromElf : [],
    ARCHITECTURE_NAMES,
    'architecture',
    source.label
  ) as Architecture[]
  return runtimes.flatMap(runtime =>
    architectures.map(architecture => {
      const site = sitePackagesPath(runtime, 'site-packages')
      return {
        layer: { name: source.label, extras: [], dependencies: true, includeProject: false },
        runtime,
        architecture,
        id: `${source.label}-${runtime}-${architecture}`,
        sitePackages: names.some(n => n.startsWith(`${site}/`)) ? site : 'python'
      }
    })
  )
}

function pick(
  given: string[],
  metadata: string[],
  inferred: string[],
  known: readonly string[],
  what: string,
  label: string
): string[] {
  const chosen = [given, metadata, inferred].find(list => list.length) ?? []
  const usable = chosen.filter(name => known.includes(name))
  if (!usable.length) {
    const flag = what === 'runtime' ? '--runtime' : '--architectures'
    throw new ConfigError(
      `${label}: cannot tell its ${what}${chosen.length ? ` (${chosen.join(', ')} is not one Lambda Python supports)` : ''}`,
      { hint: `Name it with ${flag} (${known.join(', ')}).` }
    )
  }
  return usable
}

/** The size columns of the table: zipped, unzipped, files, share of the limit, largest packages. */
async function sizesOf(zipPath: string, target: LayerTarget, workDir: string, warn: number) {
  const data = await readFile(zipPath)
  const dir = path.join(workDir, 'sizes', target.id)
  await extractZip(zipPath, dir)
  try {
    const entries = await walkTree(dir)
    const files = entries.filter(e => e.kind === 'file')
    const unzippedBytes = files.reduce((sum, e) => sum + e.size, 0)
    const report: Omit<LayerReport, 'layer' | 'runtime' | 'architecture' | 'seconds' | 'fileName'> =
      {
        zipPath,
        sha256: createHash('sha256').update(data).digest('hex'),
        codeSha256: createHash('sha256').update(data).digest('base64'),
        zippedBytes: data.length,
        unzippedBytes,
        files: files.length,
        limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
        status: sizeStatus(unzippedBytes, warn),
        needsS3: needsS3(data.length),
        builder: 'external',
        installer: 'external',
        includesProject: false,
        requirements: [],
        packages: await packageUsage(entries, target.sitePackages),
        shape: unshapedReport('keep')
      }
    return report
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
