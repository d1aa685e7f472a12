// One layer for one runtime and architecture, from its exported requirements to a checked zip:
// install (Build), Shape, zip and read back (Package), Verify, measure (Report). A failure is
// returned with its stage, never thrown, so the other targets still build.
import { rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Builder } from './build/builder.js'
import { BuildError } from './errors.js'
import type { Config } from './config/schema.js'
import { checkZip } from './package/check.js'
import { isLink, walkTree, withoutEmptyFolders } from './files/tree.js'
import { writeZip } from './package/zip.js'
import { DEFAULT_RUNTIME_IMAGE, imageFor } from './lambda/images.js'
import { RUNTIMES } from './lambda/runtimes.js'
import { zipFileName, type LayerTarget } from './plan/plan.js'
import type { Exports } from './project/export-all.js'
import type { Project } from './project/project.js'
import { pinsOf, type Requirements } from './project/requirements.js'
import { targetFailure } from './report/failures.js'
import { layerReport } from './report/layer-report.js'
import type { FailureStage, LayerReport, TargetFailure } from './report/report.js'
import { compileBytecode } from './shape/bytecode.js'
import { shapeLayer, type ShapeReport } from './shape/shape.js'
import { bytecodeShares, replaceSourcesWithBytecode } from './shape/sourceless.js'
import { matcher } from './shape/glob.js'
import { withHeartbeat } from './system/heartbeat.js'
import { inOrder, limiter } from './system/in-order.js'
import type { Logger } from './system/log.js'
import type { Docker } from './system/docker.js'
import { removeOnInterrupt, setActivity } from './system/interrupt.js'
import { guardPath } from './system/paths.js'
import type { Runner } from './system/process.js'
import { stopwatch } from './system/stopwatch.js'
import { verifyLayer } from './verify/verify.js'

interface TargetContext {
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
}

/**
 * A target's context while it builds: its own logger, the turn-taking for installs, bytecode and
 * zips, and where a finished target's staging folder goes to be removed.
 */
interface BuildingContext extends TargetContext {
  installing: <T>(fn: () => Promise<T>) => Promise<T>
  compiling: <T>(fn: () => Promise<T>) => Promise<T>
  zipping: <T>(fn: () => Promise<T>) => Promise<T>
  removeLater: (dir: string) => void
}

/** A built layer, or the target's failure. */
type TargetOutcome = { layer: LayerReport } | { failure: TargetFailure }

/**
 * How many targets build at once: two overlap one target's download and install (network, disk)
 * with another's shaping and compression (CPU); more would only split the same cores further.
 * Native installs take turns, and so does bytecode: the second target compiles after the first
 * one stored the bytecode of the files they share (numpy, pandas), so it takes those from the
 * per-file results instead of compiling them at the same time.
 */
const TARGETS_AT_ONCE = Math.min(2, os.availableParallelism())

/**
 * Builds every target whose export succeeded, two at a time, each in its own log group; the log
 * reads in target order all the same. Native installs (downloads, links), bytecode and zipping
 * (which already use every core; zipping holds files in memory) are one target at a time, so a
 * target takes the files it shares with the one before from the per-file results instead of
 * compiling them at the same time; Docker installs, which may compile packages, run side by side.
 * A target whose export failed is recorded as failed at export, and a zip an earlier run left
 * under its name is removed; a target an earlier build made from the same inputs takes that zip
 * from the layer cache (ctx.reuse). Results come in the order of the targets.
 */
export async function buildTargets(
  targets: LayerTarget[],
  exported: Exports<LayerTarget>,
  ctx: TargetContext
): Promise<{ layers: LayerReport[]; failures: TargetFailure[] }> {
  const installing = limiter(ctx.config.builder === 'docker' ? TARGETS_AT_ONCE : 1)
  const compiling = limiter(1)
  const zipping = limiter(1)
  // Staging folders are removed while the next targets build: each of their thousands of folders
  // is a system call that waits for the disk, which the next target need not wait for.
  const removals: Promise<void>[] = []
  const removeLater = (dir: string) => void removals.push(rm(dir, { recursive: true, force: true }))
  const title = (target: LayerTarget, index: number) =>
    `[${index + 1}/${targets.length}] ${target.layer.name} ${target.runtime} ${target.architecture}`
  const outcomes = await inOrder(
    targets,
    { limit: TARGETS_AT_ONCE, log: ctx.log, title },
    async (target, log, index): Promise<TargetOutcome> => {
      const pinned = exported.requirements.get(target)
      if (!pinned) {
        await rm(path.join(ctx.config.outputDir, zipFileName(target)), { force: true })
        return { failure: targetFailure(target, 'export', exported.errors.get(target)) }
      }
      const reused = await ctx.reuse?.(target)
      if (reused) {
        // Until the report is written, it is an unfinished output, like a zip this build made.
        removeOnInterrupt(reused.zipPath)
        await rm(path.join(ctx.config.outputDir, `${zipFileName(target)}.failed`), { force: true })
        log.info(
          `${title(target, index)}: unchanged since an earlier build, taken from the layer cache`
        )
        return { layer: { ...reused, reused: true } }
      }
      return buildTarget(target, pinned, title(target, index), {
        ...ctx,
        log,
        installing,
        compiling,
        zipping,
        removeLater
      })
    }
  ).finally(() => Promise.all(removals))
  const layers: LayerReport[] = []
  const failures: TargetFailure[] = []
  for (const outcome of outcomes) {
    if ('layer' in outcome) layers.push(outcome.layer)
    else failures.push(outcome.failure)
  }
  return { layers, failures }
}

/**
 * Builds one target. A failure is recorded with the stage it happened in; a zip that failed Verify
 * is moved aside to `NAME.zip.failed`, and a zip left from an earlier run under the final name is
 * removed, so no upload of `*.zip` ships a layer this run did not pass.
 */
async function buildTarget(
  target: LayerTarget,
  requirements: Requirements,
  /** How the log names this target: "[1/3] base python3.12 x86_64". */
  step: string,
  ctx: BuildingContext
): Promise<TargetOutcome> {
  const fileName = zipFileName(target)
  const zipPath = path.join(ctx.config.outputDir, fileName)
  const progress = { stage: 'install' as FailureStage }
  try {
    const layer = await buildSteps(target, requirements, step, ctx, progress)
    await rm(`${zipPath}.failed`, { force: true })
    return { layer }
  } catch (error) {
    let failedZip: string | undefined
    if (progress.stage === 'verify') {
      failedZip = `${zipPath}.failed`
      await rename(zipPath, failedZip).catch(() => (failedZip = undefined))
    }
    await rm(zipPath, { force: true })
    const failure = targetFailure(target, progress.stage, error, failedZip)
    ctx.log.warn(`${step} failed at ${progress.stage}: ${failure.error.split('\n')[0]}`)
    return { failure }
  } finally {
    ctx.removeLater(guardPath(path.join(ctx.workRoot, 'stage', target.id), 'staging folder'))
  }
}

async function buildSteps(
  target: LayerTarget,
  requirements: Requirements,
  step: string,
  ctx: BuildingContext,
  progress: { stage: FailureStage }
): Promise<LayerReport> {
  const { config, project, log } = ctx
  const started = Date.now()
  const stageDir = guardPath(path.join(ctx.workRoot, 'stage', target.id), 'staging folder')
  const pins = pinsOf(requirements)
  const what = [
    pins.length ? `${pins.length} pinned packages` : '',
    ...requirements.files.map(file => path.relative(project.dir, file)),
    target.layer.includeProject ? project.name : ''
  ].filter(Boolean)
  // Seconds per stage, the report's per-stage profile.
  const clock = stopwatch<string>()
  const lap = clock.lap
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

  lap('install')
  progress.stage = 'shape'
  log.info(
    `${step}: shaping (runtime packages: ${config.shape.runtimePackages}; slim: ${config.shape.slim.join(', ') || 'none'})`
  )
  const shape = await shapeLayer(stageDir, target, config.shape, {
    ...ctx,
    timed: clock.set
  })
  for (const notice of shape.notices) log.warn(`layer ${target.layer.name}: ${notice}`)
  for (const { name, locked, runtime } of shape.runtimePackages.versionMismatches) {
    log.warn(
      `layer ${target.layer.name}: ${name} ${locked} is locked, but ${target.runtime} provides ${runtime}`
    )
  }
  for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
    log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`)
  }

  lap('shape')
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
  const sourceless = config.shape.slim.includes('python-sources')
  if (bytecode?.compiler && sourceless) {
    const removed = await replaceSourcesWithBytecode(
      path.join(stageDir, target.sitePackages),
      RUNTIMES[target.runtime].python,
      matcher(config.shape.keep)
    )
    shape.slimming.push({ rule: 'python-sources', ...removed })
  }
  if (bytecode) lap('compile')
  progress.stage = 'package'
  const entries = withoutEmptyFolders(await walkTree(stageDir))
  const files = entries.filter(entry => entry.kind === 'file')
  // What shedding the bytecode or the sources would save, for the advice near the size limit.
  const prefix = `${target.sitePackages}/`
  const shares =
    bytecode?.compiler && !sourceless
      ? bytecodeShares(
          files
            .filter(file => file.name.startsWith(prefix) && !isLink(stageDir, file))
            .map(file => ({ path: file.name.slice(prefix.length), size: file.size })),
          RUNTIMES[target.runtime].python,
          matcher(config.shape.keep)
        )
      : undefined
  if (files.length === 0) {
    if (what.length === 0) log.warn(`layer ${target.layer.name} is empty`)
    else throw emptyAfterShaping(target.layer.name, shape, config.pyprojectPath)
  }
  const fileName = zipFileName(target)
  const zipPath = guardPath(path.join(config.outputDir, fileName), 'layer zip')
  setActivity(`zipping ${fileName}`)
  log.info(`${step}: zipping ${files.length} files`)
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
  lap('zip')
  await checkZip(zipPath, entries.length)
  lap('check')
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
  lap('verify')
  for (const warning of verify?.warnings ?? []) log.warn(`layer ${target.layer.name}: ${warning}`)
  return layerReport({
    target,
    zipPath,
    zip,
    entries,
    built: outcome,
    requirements: pins,
    shape,
    bytecode: bytecode && { ...bytecode, ...shares },
    verify,
    warnPercent: config.sizeWarnPercent,
    started,
    stages: clock.seconds as Record<string, number>
  })
}

/**
 * The error of a layer Shape left empty, naming what took everything: the runtime's SDK set
 * (runtime-packages = "remove") when the layer held it, else the slim exclude globs.
 */
function emptyAfterShaping(layer: string, shape: ShapeReport, pyprojectPath: string) {
  const sdk = shape.runtimePackages.mode === 'remove' ? shape.runtimePackages.found : []
  if (sdk.length)
    return new BuildError(
      `layer ${layer} is empty after shaping: its packages (${sdk.map(p => `${p.name} ${p.version}`).join(', ')}) are in the runtime's SDK set, which runtime-packages = "remove" takes out`,
      {
        file: pyprojectPath,
        hint: 'The runtime provides these packages: drop the layer, or set runtime-packages = "keep" in [tool.lambda-layer] to ship your own versions.'
      }
    )
  return new BuildError(`layer ${layer} is empty after shaping: every installed file was removed`, {
    file: pyprojectPath,
    hint: 'Check [tool.lambda-layer.slim] exclude: its globs match everything (e.g. "**").'
  })
}
