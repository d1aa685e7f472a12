// The build pipeline: Config -> Project -> Plan -> Build -> Shape -> Package -> Report, one plain
// step after another. The CLI and the action call `prepareBuild` then `buildLayers`; everything
// outside (processes, logging, tools, the layer cache) is passed in.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createBuilder } from './build/select.js'
import { exportedLayerKey, lockLayerKey } from './cache/layer-key.js'
import type { LayerCache } from './cache/layer-store.js'
import { cacheLayout } from './cache/layout.js'
import { loadConfig } from './config/load.js'
import type { Config } from './config/schema.js'
import type { Overrides } from './config/options.js'
import { SizeLimitError } from './errors.js'
import { combinationsConflict, failureOf, targetsFailed } from './report/failures.js'
import { planLayers, type LayerTarget } from './plan/plan.js'
import { createExporter, type ExportContext } from './project/export.js'
import { loadProject, type Project } from './project/project.js'
import { readPyproject } from './files/pyproject.js'
import type { Requirements } from './project/requirements.js'
import { buildProjectWheel } from './project/wheel.js'
import {
  REPORT_VERSION,
  writeReport,
  type LayerReport,
  type Report,
  type TargetFailure
} from './report/report.js'
import { DIRECT_UPLOAD_LIMIT, UNZIPPED_LIMIT } from './lambda/limits.js'
import { combinationListings } from './report/combinations.js'
import { combinationConflicts } from './report/notes.js'
import { checkCombinations, sizeProblems } from './report/sizes.js'
import { createDocker, type Docker } from './system/docker.js'
import { withHeartbeat } from './system/heartbeat.js'
import { ensureWritableFolder } from './system/folders.js'
import { forgetOnInterrupt, removeOnInterrupt, setActivity } from './system/interrupt.js'
import { noticeOnce, type Logger } from './system/log.js'
import { lockOutputFolder } from './system/output-lock.js'
import { allowWritesUnder, guardPath } from './system/paths.js'
import type { Runner } from './system/process.js'
import { evictFiles, fileCacheLimit } from './system/file-results.js'
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
  overrides?: Overrides
  /** How an override is named in errors (default: its CLI flag). */
  overrideName?: (key: keyof Overrides) => string
  env?: Record<string, string | undefined>
}

/** Reads and validates everything before any tool runs: bad input fails here, fast. */
export async function prepareBuild({
  projectDir,
  overrides,
  overrideName,
  env
}: PrepareOptions): Promise<PreparedBuild> {
  const dir = path.resolve(projectDir)
  const pyproject = await readPyproject(dir)
  const config = await loadConfig({
    projectDir: dir,
    pyproject,
    overrides,
    overrideName,
    env
  })
  const project = await loadProject(dir, pyproject)
  const targets = planLayers(config, project, pyproject.text)
  return { config, project, targets }
}

/** The zips a prepared build will write, as publishing names them (layer, runtime, architecture). */
export function plannedZips({ targets }: PreparedBuild) {
  return targets.map(target => ({
    layer: target.layer.name,
    runtime: target.runtime,
    architecture: target.architecture
  }))
}

export type { LayerCache } from './cache/layer-store.js'

export interface BuildContext {
  run: Runner
  log: Logger
  /** Defaults to tools installed under the config's cache folder. */
  tools?: Tools
  /** Finished layers kept between runs (src/cache): the CLI's folder, or the action's service. */
  layerCache?: LayerCache
  /** Runs once before the first tool runs, only when the layer cache has no hit (the action restores its installer cache here). */
  beforeTools?: () => Promise<void>
  /** The Docker engine for the docker builder and Verify; defaults to the `docker` CLI. */
  docker?: Docker
  /** Environment read for settings such as LAMBDA_LAYER_FILE_CACHE_MB; defaults to process.env. */
  env?: Record<string, string | undefined>
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
  const cache = cacheLayout(config.cacheDir)
  const tools = ctx.tools ?? createTools({ run, log, toolDir: cache.tools, uvCacheDir: cache.uv })
  const uvEnv = {
    UV_CACHE_DIR: cache.uv,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1'
  }
  const exportContext: ExportContext = { run, tools, log, uvEnv }
  // The tool's own folders, proven writable before anything runs; it writes nowhere else.
  setActivity('setting up the output and cache folders')
  await ensureWritableFolder(config.outputDir, 'output folder')
  await ensureWritableFolder(config.cacheDir, 'cache folder')
  const unlock = await lockOutputFolder(config.outputDir)
  const workRoot = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-'))
  removeOnInterrupt(workRoot)
  const disallow = allowWritesUnder(config.outputDir, config.cacheDir, workRoot)
  try {
    const fromCache = async (layerKey: string): Promise<BuildResult | undefined> => {
      const restored = await ctx.layerCache?.restore(layerKey, config.outputDir, log)
      if (!restored) return undefined
      log.info(`layers unchanged (layer cache ${layerKey.slice(0, 12)}): nothing to build`)
      return { ...(await finish(restored, config, log)), layerKey, cacheHit: true }
    }
    // When the lock alone determines every export, the cache is checked before any tool runs.
    const lockKey = await lockLayerKey(prepared)
    const early = lockKey ? await fromCache(lockKey) : undefined
    if (early) return early
    setActivity('preparing the build')
    await ctx.beforeTools?.()

    const prepareSeconds: { tools?: number; wheel?: number; export?: number } = {}
    let mark = Date.now()
    const lap = (stage: keyof typeof prepareSeconds) => {
      prepareSeconds[stage] = Math.round((Date.now() - mark) / 100) / 10
      mark = Date.now()
    }
    const projectWheel = targets.some(target => target.layer.includeProject)
      ? await buildProjectWheel(
          exportContext,
          project,
          config.installer,
          path.join(workRoot, 'wheel'),
          [config.outputDir, config.cacheDir]
        )
      : undefined
    if (projectWheel) lap('wheel')
    const exportFor = createExporter(exportContext, project)
    const requirements = new Map<LayerTarget, Requirements>()
    const failures: TargetFailure[] = []
    for (const target of targets) {
      setActivity(`exporting requirements of ${target.layer.name}`)
      const what = `exporting requirements: ${target.layer.name} ${target.runtime} ${target.architecture}`
      log.info(what)
      try {
        requirements.set(target, await withHeartbeat(log, what, () => exportFor(target)))
      } catch (error) {
        const failure = failureOf(targetNames(target), 'export', error)
        failures.push(failure)
        log.warn(`${what} failed: ${failure.error.split('\n')[0]}`)
      }
    }
    lap('export')
    const layerKey = lockKey ?? (await exportedLayerKey(prepared, requirements, projectWheel))
    const hit = lockKey ? undefined : await fromCache(layerKey)
    if (hit) return hit

    await mkdir(guardPath(config.outputDir, 'output folder'), { recursive: true })
    const docker = ctx.docker ?? createDocker(run, log)
    const build = createBuilder(config, {
      run,
      tools,
      log,
      uvEnv,
      pipCacheDir: cache.pip,
      dockerCacheDir: cache.pipDocker,
      docker
    })
    const layers: LayerReport[] = []
    const notice = noticeOnce(log)
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
        projectWheel,
        notice,
        resultsDir: cache.files
      })
      if ('layer' in outcome) layers.push(outcome.layer)
      else failures.push(outcome.failure)
    }
    // Failures in the order of the targets, exports and builds alike.
    const order = targets.map(target => `${target.id}.zip`)
    failures.sort((a, b) => order.indexOf(a.fileName) - order.indexOf(b.fileName))
    if (failures.length) await removeStaleZips(failures, config.outputDir)
    const evicted = await evictFiles(cache.files, fileCacheLimit(ctx.env))
    if (evicted.files)
      log.info(`per-file cache: ${evicted.files} least recently used results removed`)
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
      prepareSeconds,
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
    failCombinationImports(together ?? [], finished) // before caching: a failed set is not kept
    await ctx.layerCache?.save(layerKey, report)
    return { ...finished, layerKey, cacheHit: false }
  } finally {
    await rm(guardPath(workRoot, 'temporary folder'), { recursive: true, force: true })
    forgetOnInterrupt(workRoot)
    disallow()
    await unlock()
  }
}

/**
 * Writes the report, warns near the limit, and fails when a target failed or a size is over the
 * limit; the error carries the report, so the table, summary and outputs still appear.
 */
async function finish(report: Report, config: Config, log: Logger) {
  const reportPath = await writeReport(report, config.outputDir)
  // With the report written, the zips are finished outputs: an interrupt now leaves them.
  for (const layer of report.layers) forgetOnInterrupt(layer.zipPath)
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
