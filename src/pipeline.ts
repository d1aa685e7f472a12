// The build pipeline: Config -> Project -> Plan -> Build -> Shape -> Package -> Report, one plain
// step after another. The CLI and the action call `prepareBuild` then `buildLayers`; everything
// outside (processes, logging, tools, the layer cache) is passed in.
import path from 'node:path'
import { createBuilder } from './build/select.js'
import { checkLayerCache, type KeyedBuild } from './cache/check.js'
import type { KeptSlot, LayerCache } from './cache/layer-store.js'
import { cacheLayout } from './cache/layout.js'
import { trimFileResults } from './cache/evict.js'
import { loadConfig } from './config/load.js'
import type { Config } from './config/schema.js'
import type { Overrides } from './config/options.js'
import { planLayers, zipFileName, type LayerTarget } from './plan/plan.js'
import { createExporter } from './project/export.js'
import { exportTargets } from './project/export-all.js'
import { loadProject, type Project } from './project/project.js'
import { readPyproject } from './files/pyproject.js'
import { buildProjectWheel } from './project/wheel.js'
import { assembleReport } from './report/assemble.js'
import { finishReport } from './report/finish.js'
import { createDocker, type Docker } from './system/docker.js'
import { setActivity } from './system/interrupt.js'
import { bothInOrder } from './system/in-order.js'
import { noticeOnce, type Logger } from './system/log.js'
import type { Runner } from './system/process.js'
import { stopwatch } from './system/stopwatch.js'
import { createTools, type Tools } from './system/tools.js'
import { openWorkspace } from './system/workspace.js'
import { buildTargets } from './target/targets.js'
import { failCombinationImports, verifyCombinationImports } from './verify/combination.js'

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

/** What a build produced: the report, its path and layer key, and whether the layer cache held it. */
export type BuildResult = KeyedBuild

export async function buildLayers(
  prepared: PreparedBuild,
  ctx: BuildContext
): Promise<BuildResult> {
  const { config, project, targets } = prepared
  const { run, log } = ctx
  const cache = cacheLayout(config.cacheDir)
  const tools = ctx.tools ?? createTools({ run, log, toolDir: cache.tools, uvCacheDir: cache.uv })
  const uvEnv = { UV_CACHE_DIR: cache.uv, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' }
  const workspace = await openWorkspace(config.outputDir, config.cacheDir)
  const { workRoot } = workspace
  try {
    const layerCache = await checkLayerCache(prepared, ctx.layerCache, log)
    const early = await layerCache.beforeTools()
    if (early) return early
    setActivity('preparing the build')
    await ctx.beforeTools?.()

    const clock = stopwatch<'tools' | 'wheel' | 'export'>()
    const exportContext = { run, tools, log, uvEnv }
    const needsWheel = targets.some(target => target.layer.includeProject)
    const buildWheel = async (log: Logger) => {
      if (!needsWheel) return undefined
      const started = Date.now()
      const wheelDir = path.join(workRoot, 'wheel')
      const outputs = [config.outputDir, config.cacheDir]
      const wheel = await buildProjectWheel(
        { ...exportContext, log },
        project,
        config.installer,
        wheelDir,
        outputs
      )
      clock.set('wheel', (Date.now() - started) / 1000)
      return wheel
    }
    const exportAll = async (log: Logger) => {
      const started = Date.now()
      const exporter = createExporter({ ...exportContext, log }, project, targets)
      const exports = await exportTargets(targets, exporter, log)
      clock.set('export', (Date.now() - started) / 1000)
      return exports
    }
    // The project's wheel builds while the requirements export.
    const [projectWheel, exported] = await bothInOrder(log, buildWheel, exportAll)
    // Installing the pinned tools (a first run's bootstrap), part of the wheel and export seconds.
    const toolSeconds = tools.installSeconds?.() ?? 0
    if (toolSeconds > 0) clock.set('tools', toolSeconds)
    const { layerKey, targetKeys, slots, hit } = await layerCache.afterExport(
      exported.requirements,
      projectWheel
    )
    if (hit) return hit

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
    const { layers, failures } = await buildTargets(targets, exported, {
      config,
      project,
      build,
      docker,
      run,
      log,
      workRoot,
      projectWheel,
      notice: noticeOnce(log),
      resultsDir: cache.files,
      reuse: async target => {
        const key = targetKeys.get(target)
        if (!key) return undefined
        return layerCache.store?.reuse(key, zipFileName(target), config.outputDir, log)
      },
      earlier: async target => {
        const slot = slots.get(target)
        return slot ? layerCache.store?.earlier?.(slot, log) : undefined
      }
    })
    await trimFileResults(cache.files, ctx.env, log)
    const together = await verifyCombinationImports(config, layers, { docker, run, workRoot, log })
    const report = await assembleReport({
      config,
      project,
      tools: tools.versions(),
      layers,
      failures,
      prepareSeconds: clock.seconds,
      combinationImports: together
    })
    const finished = await finishReport(report, config, log)
    failCombinationImports(together ?? [], finished) // before caching: a failed set is not kept
    const keysByFile: Record<string, string> = {}
    for (const [target, key] of targetKeys) keysByFile[zipFileName(target)] = key
    const slotsByFile: Record<string, KeptSlot> = {}
    for (const [target, slot] of slots) {
      const lines = exported.requirements.get(target)?.lines
      if (lines) slotsByFile[zipFileName(target)] = { slot, lines }
    }
    await layerCache.store?.save(layerKey, report, keysByFile, slotsByFile)
    const off = ctx.layerCache && !layerCache.store ? { cacheOff: true as const } : {}
    return { ...finished, layerKey, cacheHit: false, ...off }
  } finally {
    await workspace.close()
  }
}
