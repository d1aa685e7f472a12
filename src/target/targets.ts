// One layer for one runtime and architecture, from its exported requirements to a checked zip:
// install (Build), Shape, zip and read back (Package), Verify, measure (Report) — or the update of
// the zip an earlier build made where a few packages changed (update.ts). A failure is returned
// with its stage, never thrown, so the other targets still build.
import { rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BuildError, errorMessage } from '../errors.js'
import { isLink, walkTree, withoutEmptyFolders } from '../files/tree.js'
import { packageUsage } from '../package/inventory.js'
import { zipFileName, type LayerTarget } from '../plan/plan.js'
import type { Exports } from '../project/export-all.js'
import { pinsOf, type Requirements } from '../project/requirements.js'
import { targetFailure } from '../report/failures.js'
import type { FailureStage, LayerReport, TargetFailure } from '../report/report.js'
import type { ShapeReport } from '../shape/shape.js'
import { inOrder, limiter } from '../system/in-order.js'
import { removeOnInterrupt } from '../system/interrupt.js'
import { guardPath } from '../system/paths.js'
import { stopwatch } from '../system/stopwatch.js'
import {
  bytecodeSharesOf,
  finishLayer,
  stageLayer,
  zipStaged,
  type BuildingContext,
  type TargetContext
} from './steps.js'
import { updateTarget } from './update.js'

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
 * from the layer cache (ctx.reuse), and one whose lines changed in a few packages updates the
 * newest kept zip of its slot (ctx.earlier). Results come in the order of the targets.
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
  const made = new Map<string, Promise<unknown>>()
  const shared = <T>(key: string, make: () => Promise<T>) => {
    if (!made.has(key)) made.set(key, make())
    return made.get(key) as Promise<T>
  }
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
        removeLater,
        shared
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
    const layer =
      (await updateEarlier(target, requirements, step, ctx, progress)) ??
      (await buildSteps(target, requirements, step, ctx, progress))
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

/**
 * The target updated from the newest kept zip of its slot, when there is one and an update gives
 * what a full build would; an update that fails before Verify leaves the full build to try.
 */
async function updateEarlier(
  target: LayerTarget,
  requirements: Requirements,
  step: string,
  ctx: BuildingContext,
  progress: { stage: FailureStage }
): Promise<LayerReport | undefined> {
  const earlier = await ctx.earlier?.(target)
  if (!earlier) return undefined
  try {
    return await updateTarget(target, requirements, earlier, step, ctx, progress)
  } catch (error) {
    if (progress.stage === 'verify') throw error
    ctx.log.info(`${step}: building in full: the update failed (${errorMessage(error)})`)
    return undefined
  }
}

async function buildSteps(
  target: LayerTarget,
  requirements: Requirements,
  step: string,
  ctx: BuildingContext,
  progress: { stage: FailureStage }
): Promise<LayerReport> {
  const { config, log } = ctx
  const started = Date.now()
  const stageDir = guardPath(path.join(ctx.workRoot, 'stage', target.id), 'staging folder')
  // Seconds per stage, the report's per-stage profile.
  const clock = stopwatch<string>()
  const staged = await stageLayer(target, requirements, stageDir, step, ctx, clock, progress)
  const { shape, bytecode } = staged
  progress.stage = 'package'
  const entries = withoutEmptyFolders(await walkTree(stageDir))
  const files = entries.filter(entry => entry.kind === 'file')
  const unlinked = files.filter(file => !isLink(stageDir, file))
  if (files.length === 0) {
    if (staged.what.length === 0) log.warn(`layer ${target.layer.name} is empty`)
    else throw emptyAfterShaping(target.layer.name, shape, config.pyprojectPath)
  }
  const written = await zipStaged(target, entries, step, ctx, clock)
  return finishLayer(target, written, entries, step, ctx, clock, progress, {
    built: staged.outcome,
    requirements: pinsOf(requirements),
    shape,
    packages: await packageUsage(entries, target.sitePackages),
    bytecode: bytecode && {
      ...bytecode,
      ...bytecodeSharesOf(unlinked, target, config)
    },
    started
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
