// The build pipeline: Config -> Project -> Plan -> Build -> Shape -> Package -> Report, one plain
// step after another. The CLI and the action call `prepareBuild` then `buildLayers`; everything
// outside (processes, logging, tools, the layer cache) is passed in.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createBuilder } from './build/select.js'
import { loadConfig } from './config/load.js'
import type { Config, ImageOverrides, Overrides } from './config/schema.js'
import { LayerError, SizeLimitError } from './errors.js'
import { combinationsConflict, failureOf, targetsFailed } from './report/failures.js'
import { planLayers, type LayerTarget } from './plan/plan.js'
import { createExporter, type ExportContext } from './project/export.js'
import { loadProject, type Project } from './project/project.js'
import { readPyproject } from './files/pyproject.js'
import type { Requirements } from './project/requirements.js'
import { buildProjectWheel, wheelContentHash } from './project/wheel.js'
import {
  REPORT_FILE,
  REPORT_VERSION,
  writeReport,
  type LayerReport,
  type Report,
  type TargetFailure
} from './report/report.js'
import { DIRECT_UPLOAD_LIMIT, UNZIPPED_LIMIT } from './lambda/limits.js'
import { combinationListings } from './report/combinations.js'
import { combinationConflicts } from './report/notes.js'
import { parseReport } from './report/read.js'
import { checkCombinations, sizeProblems } from './report/sizes.js'
import { createDocker, type Docker } from './system/docker.js'
import type { Logger } from './system/log.js'
import type { Runner } from './system/process.js'
import { createTools, type Tools } from './system/tools.js'
import { buildTarget } from './target.js'
import { failCombinationImports, verifyCombinationImports } from './verify/combination.js'
import { TOOL_NAME, VERSION } from './version.js'

export interface PreparedBuild {
  config: Config
  project: Project
  targets: LayerTarget[]
}

export interface PrepareOptions {
  projectDir: string
  overrides?: Overrides & ImageOverrides
  overrideName?: (key: keyof Overrides) => string
  imageOverrideName?: (key: keyof ImageOverrides) => string
  env?: Record<string, string | undefined>
}

/** Reads and validates everything before any tool runs: bad input fails here, fast. */
export async function prepareBuild({
  projectDir,
  overrides,
  overrideName,
  imageOverrideName,
  env
}: PrepareOptions): Promise<PreparedBuild> {
  const dir = path.resolve(projectDir)
  const pyproject = await readPyproject(dir)
  const config = await loadConfig({
    projectDir: dir,
    pyproject,
    overrides,
    overrideName,
    imageOverrideName,
    env
  })
  const project = await loadProject(dir, pyproject)
  const targets = planLayers(config, project, pyproject.text)
  return { config, project, targets }
}

/** Finished layers kept between runs (the action's cache); the key covers everything that shapes the zips. */
export interface LayerCache {
  /** Restores the output folder saved under `key`; true on an exact hit. */
  restore(key: string, outputDir: string): Promise<boolean>
}

export interface BuildContext {
  run: Runner
  log: Logger
  /** Defaults to tools installed under the config's cache folder. */
  tools?: Tools
  layerCache?: LayerCache
  /** Runs once before the first tool runs, only when the layer cache has no hit (the action restores its installer cache here). */
  beforeTools?: () => Promise<void>
  /** The Docker engine for the docker builder and Verify; defaults to the `docker` CLI. */
  docker?: Docker
}

export interface BuildResult {
  report: Report
  reportPath: string
  /** Hash of everything that shapes the zips: exported requirements, project wheel content, configuration, version. */
  layerKey: string
  /** The zips and report came from the layer cache; nothing was installed. */
  cacheHit: boolean
}

export async function buildLayers(
  prepared: PreparedBuild,
  ctx: BuildContext
): Promise<BuildResult> {
  const { config, project, targets } = prepared
  const { run, log } = ctx
  const tools = ctx.tools ?? createTools({ run, log, toolDir: path.join(config.cacheDir, 'tools') })
  const uvEnv = {
    UV_CACHE_DIR: path.join(config.cacheDir, 'uv'),
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1'
  }
  const exportContext: ExportContext = { run, tools, log, uvEnv }
  const workRoot = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-'))
  try {
    const fromCache = async (layerKey: string): Promise<BuildResult | undefined> => {
      if (!ctx.layerCache || !(await ctx.layerCache.restore(layerKey, config.outputDir)))
        return undefined
      const restored = await restoredReport(config.outputDir, log)
      if (!restored) return undefined
      log.info(`layers restored from cache (${layerKey.slice(0, 12)}): nothing to install`)
      return { ...(await finish(restored, config, log)), layerKey, cacheHit: true }
    }
    // When the lock alone determines every export, the cache is checked before any tool runs.
    const lockKey = await lockFingerprint(prepared)
    const early = lockKey ? await fromCache(lockKey) : undefined
    if (early) return early
    await ctx.beforeTools?.()

    const projectWheel = targets.some(target => target.layer.includeProject)
      ? await buildProjectWheel(
          exportContext,
          project,
          config.installer,
          path.join(workRoot, 'wheel')
        )
      : undefined
    const exportFor = createExporter(exportContext, project)
    const requirements = new Map<LayerTarget, Requirements>()
    const failures: TargetFailure[] = []
    for (const target of targets) {
      log.info(
        `exporting requirements: ${target.layer.name} ${target.runtime} ${target.architecture}`
      )
      try {
        requirements.set(target, await exportFor(target))
      } catch (error) {
        failures.push(failureOf(targetNames(target), 'export', error))
        log.warn(`${target.layer.name} ${target.runtime} ${target.architecture}: export failed`)
      }
    }
    const layerKey = lockKey ?? (await fingerprint(prepared, requirements, projectWheel))
    const hit = lockKey ? undefined : await fromCache(layerKey)
    if (hit) return hit

    await mkdir(config.outputDir, { recursive: true })
    const docker = ctx.docker ?? createDocker(run, log)
    const build = createBuilder(config, {
      run,
      tools,
      log,
      uvEnv,
      pipCacheDir: path.join(config.cacheDir, 'pip'),
      docker
    })
    const layers: LayerReport[] = []
    for (const [index, target] of targets.entries()) {
      const counter = `[${index + 1}/${targets.length}]`
      const pinned = requirements.get(target)
      if (!pinned) continue // its export failed
      const outcome = await buildTarget(target, pinned, counter, {
        config,
        project,
        build,
        docker,
        run,
        log,
        workRoot,
        projectWheel
      })
      if ('layer' in outcome) layers.push(outcome.layer)
      else failures.push(outcome.failure)
    }
    // Failures in the order of the targets, exports and builds alike.
    const order = targets.map(target => `${target.id}.zip`)
    failures.sort((a, b) => order.indexOf(a.fileName) - order.indexOf(b.fileName))
    if (failures.length) await removeStaleZips(failures, config.outputDir)
    const report: Report = {
      version: REPORT_VERSION,
      generator: { name: TOOL_NAME, version: VERSION },
      project: { name: project.name, version: project.version, lockKind: project.lockKind },
      tools: tools.versions(),
      limits: {
        unzippedBytes: UNZIPPED_LIMIT,
        directUploadZipBytes: DIRECT_UPLOAD_LIMIT,
        warnPercent: config.sizeWarnPercent
      },
      layers,
      failures,
      combinations: checkCombinations(
        config.combinations,
        layers,
        config.sizeWarnPercent,
        await combinationListings(
          layers.filter(l => config.combinations.some(c => c.layers.includes(l.layer)))
        )
      )
    }
    const together = await verifyCombinationImports(config, layers, { docker, run, workRoot, log })
    if (together) report.combinationImports = together
    const finished = await finish(report, config, log)
    failCombinationImports(together ?? [], finished)
    return { ...finished, layerKey, cacheHit: false }
  } finally {
    await rm(workRoot, { recursive: true, force: true })
  }
}

/**
 * Writes the report, warns near the limit, and fails when a target failed or a size is over the
 * limit; the error carries the report, so the table, summary and outputs still appear.
 */
async function finish(report: Report, config: Config, log: Logger) {
  const reportPath = await writeReport(report, config.outputDir)
  const { over, near } = sizeProblems(report.layers, report.combinations)
  for (const line of near) log.warn(line)
  const conflicts = combinationConflicts(report)
  if (report.failures.length) throw targetsFailed(report, reportPath, over, conflicts)
  if (conflicts.length) throw combinationsConflict(report, reportPath, over, conflicts)
  if (over.length) throw new SizeLimitError(over, report, reportPath, config.pyprojectPath)
  return { report, reportPath }
}

function targetNames(target: LayerTarget) {
  return {
    layer: target.layer.name,
    runtime: target.runtime,
    architecture: target.architecture,
    fileName: `${target.id}.zip`
  }
}

/** Zips an earlier run left under the final name of a target whose export failed this time. */
async function removeStaleZips(failures: TargetFailure[], outputDir: string) {
  for (const failure of failures)
    if (failure.stage === 'export')
      await rm(path.join(outputDir, failure.fileName), { force: true })
}

/** The options that shape every zip, as hashed into the layer keys. */
function shapingOf({ config, project }: PreparedBuild) {
  return {
    version: VERSION,
    project: [project.name, project.version],
    layout: config.layout,
    installer: config.installer,
    builder: config.builder,
    buildImage: config.buildImage,
    runtimeImage: config.runtimeImage,
    verify: config.verify,
    shape: config.shape,
    compressionLevel: config.compressionLevel,
    sizeWarnPercent: config.sizeWarnPercent,
    combinations: config.combinations,
    sourceDateEpoch: config.sourceDateEpoch
  }
}

/**
 * The layer key of a poetry- or uv-locked project whose layers come from the lock alone (no
 * requirement files, no project wheel): pyproject.toml and the lock determine every export, so
 * hashing them stands in for the exports. Undefined otherwise.
 */
async function lockFingerprint(prepared: PreparedBuild): Promise<string | undefined> {
  const { project, targets } = prepared
  if (!project.lockFile || targets.some(t => t.layer.requirements || t.layer.includeProject))
    return undefined
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ ...shapingOf(prepared), lockKind: project.lockKind }))
  for (const target of targets)
    hash.update(JSON.stringify([target.id, target.sitePackages, target.layer]))
  hash.update(await readFile(project.pyprojectPath))
  hash.update(await readFile(project.lockFile))
  return hash.digest('hex')
}

/** SHA-256 over everything that shapes the zips. */
async function fingerprint(
  prepared: PreparedBuild,
  requirements: Map<LayerTarget, Requirements>,
  projectWheel: string | undefined
): Promise<string> {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(shapingOf(prepared)))
  for (const target of prepared.targets) {
    const req = requirements.get(target)
    if (!req) continue // its export failed: the target is recorded as failed, not built
    hash.update(
      JSON.stringify([
        target.id,
        target.sitePackages,
        target.layer.includeProject,
        req.lines,
        req.complete
      ])
    )
    for (const file of req.files) hash.update(await readFile(file))
  }
  if (projectWheel) hash.update(await wheelContentHash(projectWheel))
  return hash.digest('hex')
}

/** The report of restored layers, if every zip is there with the recorded hash. */
async function restoredReport(outputDir: string, log: Logger): Promise<Report | undefined> {
  try {
    const report = parseReport(await readFile(path.join(outputDir, REPORT_FILE), 'utf8'))
    for (const layer of report.layers) {
      const zipPath = path.join(outputDir, layer.fileName)
      const digest = createHash('sha256')
        .update(await readFile(zipPath))
        .digest('hex')
      if (digest !== layer.sha256)
        throw new LayerError(`${layer.fileName} does not match its recorded hash`)
      layer.zipPath = zipPath
    }
    return report
  } catch (error) {
    log.warn(
      `restored layers are unusable (${error instanceof Error ? error.message : String(error)}); building them again`
    )
    return undefined
  }
}
