// The steps of one target's build, shared by a full build (target.ts) and the update of an earlier
// zip (target-update.ts): stage (install, Shape, bytecode), zip, and finish (read back, Verify,
// report), each timed on the target's stopwatch.
import path from 'node:path'
import type { Builder, BuildOutcome } from '../build/builder.js'
import type { Config } from '../config/schema.js'
import { checkZip } from '../package/check.js'
import type { PackageUsage } from '../package/inventory.js'
import { writeZip, type ZipInput, type ZipResult } from '../package/zip.js'
import { DEFAULT_RUNTIME_IMAGE, imageFor } from '../lambda/images.js'
import { RUNTIMES } from '../lambda/runtimes.js'
import { zipFileName, type LayerTarget } from '../plan/plan.js'
import type { Project } from '../project/project.js'
import { pinsOf, type Pin, type Requirements } from '../project/requirements.js'
import { layerReport } from '../report/layer-report.js'
import type { FailureStage, LayerReport } from '../report/report.js'
import { compileBytecode, type BytecodeResult } from '../shape/bytecode.js'
import { shapeLayer, type ShapeReport } from '../shape/shape.js'
import { bytecodeShares, replaceSourcesWithBytecode } from '../shape/sourceless.js'
import { matcher } from '../shape/glob.js'
import type { TreeEntry } from '../files/tree.js'
import { withHeartbeat } from '../system/heartbeat.js'
import type { Logger } from '../system/log.js'
import type { Docker } from '../system/docker.js'
import { removeOnInterrupt, setActivity } from '../system/interrupt.js'
import { guardPath } from '../system/paths.js'
import type { Runner } from '../system/process.js'
import type { stopwatch } from '../system/stopwatch.js'
import { verifyLayer } from '../verify/verify.js'
import type { EarlierBuild } from '../cache/layer-store.js'

export interface TargetContext {
  config: Config
  project: Project
  build: Builder
  docker: Docker
  run: Runner
  log: Logger
  /** Scratch folder of this build; each target stages in its own subfolder. */
  workRoot: string
  projectWheel?: string
  /** Logs once per build per key (notices shared by many targets). */
  notice?: (key: string, message: string) => void
  /** Per-file results folder (cache layout `files`): compressed bytes, stripped shared objects. */
  resultsDir?: string
  /** The zip and report an earlier build made from the same inputs (layer cache), if one is kept. */
  reuse?: (target: LayerTarget) => Promise<LayerReport | undefined>
  /** The newest kept build of the target's slot (other requirement lines), if one is kept. */
  earlier?: (target: LayerTarget) => Promise<EarlierBuild | undefined>
}

/**
 * A target's context while it builds: its own logger, the turn-taking for installs, bytecode and
 * zips, and where a finished target's staging folder goes to be removed.
 */
export interface BuildingContext extends TargetContext {
  installing: <T>(fn: () => Promise<T>) => Promise<T>
  compiling: <T>(fn: () => Promise<T>) => Promise<T>
  zipping: <T>(fn: () => Promise<T>) => Promise<T>
  removeLater: (dir: string) => void
  /** Work the targets of this build share: the first to ask for `key` makes it, the rest wait. */
  shared: <T>(key: string, make: () => Promise<T>) => Promise<T>
}

export type Clock = ReturnType<typeof stopwatch<string>>

/** A staged tree: installed, shaped and compiled, with what each step reported. */
export interface Staged {
  /** What was installed, for the log ("12 pinned packages", requirement files, the project). */
  what: string[]
  outcome: BuildOutcome
  shape: ShapeReport
  bytecode?: BytecodeResult
}

/**
 * Installs `requirements` into `stageDir`, shapes it and compiles its bytecode (then takes out the
 * sources the python-sources rule removes), logging what each step found.
 */
export async function stageLayer(
  target: LayerTarget,
  requirements: Requirements,
  stageDir: string,
  step: string,
  ctx: BuildingContext,
  clock: Clock,
  progress: { stage: FailureStage },
  /** Looks at the installed tree before Shape changes it. */
  afterInstall?: () => Promise<void>
): Promise<Staged> {
  const { config, project, log } = ctx
  const pinned = pinsOf(requirements).length
  const what = [
    pinned ? `${pinned} pinned package${pinned === 1 ? '' : 's'}` : '',
    ...requirements.files.map(file => path.relative(project.dir, file)),
    target.layer.includeProject ? project.name : ''
  ].filter(Boolean)
  progress.stage = 'install'
  const outcome = await ctx.installing(() => {
    clock.skip() // waiting for another target's install is no stage of this one
    setActivity(`installing ${target.layer.name} ${target.runtime} ${target.architecture}`)
    log.info(
      `${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, ${config.builder})`
    )
    return withHeartbeat(log, `${step}: installing`, () =>
      ctx.build({
        target,
        requirements,
        projectWheel: target.layer.includeProject ? ctx.projectWheel : undefined,
        siteDir: path.join(stageDir, target.sitePackages),
        workDir: path.join(ctx.workRoot, 'work', target.id)
      })
    )
  })
  await afterInstall?.()
  clock.lap('install')
  progress.stage = 'shape'
  log.info(
    `${step}: shaping (runtime packages: ${config.shape.runtimePackages}; slim: ${config.shape.slim.join(', ') || 'none'})`
  )
  const shape = await shapeLayer(stageDir, target, config.shape, { ...ctx, timed: clock.set })
  for (const notice of shape.notices) log.warn(`layer ${target.layer.name}: ${notice}`)
  for (const { name, locked, runtime } of shape.runtimePackages.versionMismatches) {
    log.warn(
      `layer ${target.layer.name}: ${name} ${locked} is locked, but ${target.runtime} provides ${runtime}`
    )
  }
  for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
    log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`)
  }
  clock.lap('shape')
  // Compiled bytecode unless the `bytecode` rule removes it (then every cold start compiles).
  const bytecode = config.shape.slim.includes('bytecode')
    ? undefined
    : await ctx.compiling(() => {
        clock.skip() // waiting for another target's bytecode is no stage of this one
        return compileBytecode(
          path.join(stageDir, target.sitePackages),
          target.sitePackages,
          RUNTIMES[target.runtime].python,
          {
            run: ctx.run,
            log,
            docker: ctx.docker,
            resultsDir: ctx.resultsDir,
            images: [config.buildImage, config.runtimeImage].map(image =>
              imageFor(image, target.runtime, target.architecture)
            )
          }
        )
      })
  if (bytecode?.notice) log.warn(`layer ${target.layer.name}: ${bytecode.notice}`)
  else if (bytecode?.failed)
    log.info(`${step}: ${bytecode.failed} files did not compile to bytecode; they ship as source`)
  if (bytecode?.compiler && config.shape.slim.includes('python-sources')) {
    const removed = await replaceSourcesWithBytecode(
      path.join(stageDir, target.sitePackages),
      RUNTIMES[target.runtime].python,
      matcher(config.shape.keep)
    )
    shape.slimming.push({ rule: 'python-sources', ...removed })
  }
  if (bytecode) clock.lap('compile')
  return { what, outcome, shape, bytecode }
}

/**
 * What shedding the bytecode or the sources would save (the advice near the size limit), from a
 * staged layer's files (symlinks left out); none when the python-sources rule already shed them.
 */
export function bytecodeSharesOf(
  files: TreeEntry[],
  target: LayerTarget,
  config: Config
): { bytes?: number; sourcesBytes?: number } {
  if (config.shape.slim.includes('python-sources')) return {}
  const prefix = `${target.sitePackages}/`
  return bytecodeShares(
    files
      .filter(file => file.name.startsWith(prefix))
      .map(file => ({ path: file.name.slice(prefix.length), size: file.size })),
    RUNTIMES[target.runtime].python,
    matcher(config.shape.keep)
  )
}

/** A target's zip in the output folder, with its hashes and size. */
export interface WrittenZip {
  zipPath: string
  zip: ZipResult
}

/** Writes the target's zip into the output folder, in its turn. */
export async function zipStaged(
  target: LayerTarget,
  entries: ZipInput[],
  step: string,
  ctx: BuildingContext,
  clock: Clock
): Promise<WrittenZip> {
  const { config, log } = ctx
  const fileName = zipFileName(target)
  const zipPath = guardPath(path.join(config.outputDir, fileName), 'layer zip')
  setActivity(`zipping ${fileName}`)
  log.info(`${step}: zipping ${entries.filter(entry => entry.kind === 'file').length} files`)
  const zip = await ctx.zipping(() => {
    clock.skip() // waiting for another target's zip is no stage of this one
    return writeZip(entries, zipPath, {
      level: config.compressionLevel,
      epochSeconds: config.sourceDateEpoch,
      resultsDir: ctx.resultsDir
    })
  })
  // Until the report is written, a zip of this build is an unfinished output.
  removeOnInterrupt(zipPath)
  clock.lap('zip')
  return { zipPath, zip }
}

/** What a layer's report says beyond its zip and entries. */
interface LayerFacts {
  built: BuildOutcome
  requirements: Pin[]
  shape: ShapeReport
  packages: PackageUsage[]
  bytecode?: LayerReport['bytecode']
  /** When the target started (ms since the epoch). */
  started: number
}

/** Reads the zip back, verifies it, and reports the layer. */
export async function finishLayer(
  target: LayerTarget,
  { zipPath, zip }: WrittenZip,
  entries: { name: string; kind: 'file' | 'directory'; size: number }[],
  step: string,
  ctx: BuildingContext,
  clock: Clock,
  progress: { stage: FailureStage },
  facts: LayerFacts
): Promise<LayerReport> {
  const { config, project, log } = ctx
  await checkZip(zipPath, entries.length)
  clock.lap('check')
  progress.stage = 'verify'
  if (config.verify.checks.length || config.verify.testCommand) {
    log.info(
      `${step}: verifying (${[...config.verify.checks, ...(config.verify.testCommand ? ['test-command'] : [])].join(', ')})`
    )
  }
  const verify = await withHeartbeat(log, `${step}: verifying`, () =>
    verifyLayer(zipPath, target, {
      docker: ctx.docker,
      run: ctx.run,
      log,
      options: config.verify,
      runtimeImage: config.runtimeImage,
      imageRequired: config.runtimeImage !== DEFAULT_RUNTIME_IMAGE,
      runtimeVersions: config.shape.runtimePackageVersions,
      projectDir: project.dir,
      workDir: ctx.workRoot,
      sdkCacheDir: path.join(config.cacheDir, 'sdk'),
      notice: ctx.notice
    })
  )
  clock.lap('verify')
  for (const warning of verify?.warnings ?? []) log.warn(`layer ${target.layer.name}: ${warning}`)
  return layerReport({
    ...facts,
    target,
    zipPath,
    zip,
    entries,
    verify,
    warnPercent: config.sizeWarnPercent,
    stages: clock.seconds as Record<string, number>
  })
}
