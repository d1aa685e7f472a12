// One layer for one runtime and architecture, from its exported requirements to a checked zip:
// install (Build), Shape, zip and read back (Package), Verify, measure (Report). A failure is
// returned with its stage, never thrown, so the other targets still build.
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Builder } from './build/builder.js'
import { BuildError } from './errors.js'
import type { Config } from './config/schema.js'
import { checkZip } from './package/check.js'
import { duplicateLibraries } from './package/duplicates.js'
import { packageUsage } from './package/inventory.js'
import { walkTree } from './files/tree.js'
import { writeZip } from './package/zip.js'
import { DEFAULT_RUNTIME_IMAGE, imageFor } from './lambda/images.js'
import { RUNTIMES } from './lambda/runtimes.js'
import type { LayerTarget } from './plan/plan.js'
import type { Project } from './project/project.js'
import { pinsOf, type Requirements } from './project/requirements.js'
import { failureOf } from './report/failures.js'
import type { FailureStage, LayerReport, TargetFailure } from './report/report.js'
import { UNZIPPED_LIMIT } from './lambda/limits.js'
import { needsS3, sizeStatus } from './report/sizes.js'
import { compileBytecode } from './shape/bytecode.js'
import { shapeLayer } from './shape/shape.js'
import { withHeartbeat } from './system/heartbeat.js'
import type { Logger } from './system/log.js'
import type { Docker } from './system/docker.js'
import { removeOnInterrupt, setActivity } from './system/interrupt.js'
import { guardPath } from './system/paths.js'
import type { Runner } from './system/process.js'
import { verifyLayer } from './verify/verify.js'

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
}

/** A built layer, or the target's failure. */
export type TargetOutcome = { layer: LayerReport } | { failure: TargetFailure }

/**
 * Builds one target. A failure is recorded with the stage it happened in; a zip that failed Verify
 * is moved aside to `NAME.zip.failed`, and a zip left from an earlier run under the final name is
 * removed, so no upload of `*.zip` ships a layer this run did not pass.
 */
export async function buildTarget(
  target: LayerTarget,
  requirements: Requirements,
  counter: string,
  ctx: TargetContext
): Promise<TargetOutcome> {
  const fileName = `${target.id}.zip`
  const zipPath = path.join(ctx.config.outputDir, fileName)
  const progress = { stage: 'install' as FailureStage }
  try {
    const layer = await buildSteps(target, requirements, counter, ctx, progress)
    await rm(`${zipPath}.failed`, { force: true })
    return { layer }
  } catch (error) {
    let failedZip: string | undefined
    if (progress.stage === 'verify') {
      failedZip = `${zipPath}.failed`
      await rename(zipPath, failedZip).catch(() => (failedZip = undefined))
    }
    await rm(zipPath, { force: true })
    const failure = failureOf(
      {
        layer: target.layer.name,
        runtime: target.runtime,
        architecture: target.architecture,
        fileName
      },
      progress.stage,
      error,
      failedZip
    )
    ctx.log.warn(
      `${counter} ${target.layer.name} ${target.runtime} ${target.architecture} failed at ${progress.stage}: ${failure.error.split('\n')[0]}`
    )
    return { failure }
  } finally {
    await rm(guardPath(path.join(ctx.workRoot, 'stage', target.id), 'staging folder'), {
      recursive: true,
      force: true
    })
  }
}

async function buildSteps(
  target: LayerTarget,
  requirements: Requirements,
  counter: string,
  ctx: TargetContext,
  progress: { stage: FailureStage }
): Promise<LayerReport> {
  const { config, project, log } = ctx
  const step = `${counter} ${target.layer.name} ${target.runtime} ${target.architecture}`
  const started = Date.now()
  const stageDir = guardPath(path.join(ctx.workRoot, 'stage', target.id), 'staging folder')
  const pins = pinsOf(requirements)
  const what = [
    pins.length ? `${pins.length} pinned packages` : '',
    ...requirements.files.map(file => path.relative(project.dir, file)),
    target.layer.includeProject ? project.name : ''
  ].filter(Boolean)
  setActivity(`installing ${target.layer.name} ${target.runtime} ${target.architecture}`)
  log.info(
    `${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, ${config.builder})`
  )
  const stages: Record<string, number> = {}
  let mark = Date.now()
  /** Seconds since the last mark, added to a stage (the report's per-stage profile). */
  const lap = (stage: string) => {
    const now = Date.now()
    stages[stage] = Math.round(((stages[stage] ?? 0) * 1000 + now - mark) / 100) / 10
    mark = now
  }
  const outcome = await withHeartbeat(log, `${step}: installing`, () =>
    ctx.build({
      target,
      requirements,
      projectWheel: target.layer.includeProject ? ctx.projectWheel : undefined,
      siteDir: path.join(stageDir, target.sitePackages),
      workDir: path.join(ctx.workRoot, 'work', target.id)
    })
  )

  lap('install')
  progress.stage = 'shape'
  log.info(
    `${step}: shaping (runtime packages: ${config.shape.runtimePackages}; slim: ${config.shape.slim.join(', ') || 'none'})`
  )
  const shape = await shapeLayer(stageDir, target, config.shape, {
    ...ctx,
    timed: (stage, seconds) => (stages[stage] = Math.round(seconds * 10) / 10)
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
    : await compileBytecode(
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
  if (bytecode?.notice) log.warn(`layer ${target.layer.name}: ${bytecode.notice}`)
  else if (bytecode?.failed)
    log.info(`${step}: ${bytecode.failed} files did not compile to bytecode; they ship as source`)
  if (bytecode) lap('compile')
  progress.stage = 'package'
  const entries = await walkTree(stageDir)
  const files = entries.filter(entry => entry.kind === 'file')
  if (files.length === 0) {
    if (what.length === 0) log.warn(`layer ${target.layer.name} is empty`)
    else
      throw new BuildError(
        `layer ${target.layer.name} is empty after shaping: every installed file was removed`,
        {
          file: config.pyprojectPath,
          hint: 'Check [tool.lambda-layer.slim] exclude: its globs match everything (e.g. "**").'
        }
      )
  }
  const fileName = `${target.id}.zip`
  const zipPath = guardPath(path.join(config.outputDir, fileName), 'layer zip')
  setActivity(`zipping ${fileName}`)
  log.info(`${step}: zipping ${files.length} files`)
  const zip = await writeZip(entries, zipPath, {
    level: config.compressionLevel,
    epochSeconds: config.sourceDateEpoch,
    resultsDir: ctx.resultsDir
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
  const unzippedBytes = files.reduce((sum, entry) => sum + entry.size, 0)
  const report: LayerReport = {
    layer: target.layer.name,
    runtime: target.runtime,
    architecture: target.architecture,
    fileName,
    zipPath,
    ...zip,
    unzippedBytes,
    files: files.length,
    limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
    status: sizeStatus(unzippedBytes, config.sizeWarnPercent),
    needsS3: needsS3(zip.zippedBytes),
    builder: outcome.builder,
    ...(outcome.fallback ? { fallback: outcome.fallback } : {}),
    installer: outcome.installer,
    includesProject: target.layer.includeProject,
    requirements: pins,
    packages: await packageUsage(entries, target.sitePackages),
    duplicateLibraries: duplicateLibraries(files.map(f => ({ path: f.name, bytes: f.size }))),
    shape,
    ...(bytecode ? { bytecode } : {}),
    ...(verify ? { verify } : {}),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    stages
  }
  return report
}
