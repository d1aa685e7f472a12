// The build pipeline: Config -> Project -> Plan -> Build -> Shape -> Package -> Report, one plain
// step after another. The CLI and the action call `prepareBuild` then `buildLayers`; everything
// outside (processes, logging, tools) is passed in.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Builder } from './build/builder.js'
import { nativeBuilder } from './build/native.js'
import { loadConfig } from './config/load.js'
import type { Config, Overrides } from './config/schema.js'
import { SizeLimitError } from './errors.js'
import { checkZip } from './package/check.js'
import { packageUsage, walkTree } from './package/inventory.js'
import { writeZip } from './package/zip.js'
import { planLayers, type LayerTarget } from './plan/plan.js'
import { createExporter, type Exporter, type ExportContext } from './project/export.js'
import { loadProject, type Project } from './project/project.js'
import { readPyproject } from './project/pyproject.js'
import { pinsOf } from './project/requirements.js'
import { buildProjectWheel } from './project/wheel.js'
import {
  DIRECT_UPLOAD_LIMIT,
  REPORT_VERSION,
  UNZIPPED_LIMIT,
  writeReport,
  type LayerReport,
  type Report
} from './report/report.js'
import { checkCombinations, needsS3, sizeProblems, sizeStatus } from './report/sizes.js'
import { shapeLayer } from './shape/shape.js'
import type { Logger } from './system/log.js'
import type { Runner } from './system/process.js'
import { createTools, type Tools } from './system/tools.js'
import { TOOL_NAME, VERSION } from './version.js'

export interface PreparedBuild {
  config: Config
  project: Project
  targets: LayerTarget[]
}

export interface PrepareOptions {
  projectDir: string
  overrides?: Overrides
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
  const config = await loadConfig({ projectDir: dir, pyproject, overrides, overrideName, env })
  const project = await loadProject(dir, pyproject)
  const targets = planLayers(config, project, pyproject.text)
  return { config, project, targets }
}

export interface BuildContext {
  run: Runner
  log: Logger
  /** Defaults to tools installed under the config's cache folder. */
  tools?: Tools
}

export interface BuildResult {
  report: Report
  reportPath: string
}

interface Steps {
  config: Config
  project: Project
  exportFor: Exporter
  build: Builder
  ctx: BuildContext
  workRoot: string
  projectWheel?: string
}

export async function buildLayers(
  { config, project, targets }: PreparedBuild,
  ctx: BuildContext
): Promise<BuildResult> {
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
    const steps: Steps = {
      config,
      project,
      ctx,
      workRoot,
      exportFor: createExporter(exportContext, project),
      build: nativeBuilder(
        { run, tools, log, uvEnv, pipCacheDir: path.join(config.cacheDir, 'pip') },
        config.installer
      )
    }
    if (targets.some(target => target.layer.includeProject)) {
      steps.projectWheel = await buildProjectWheel(
        exportContext,
        project,
        config.installer,
        path.join(workRoot, 'wheel')
      )
    }
    await mkdir(config.outputDir, { recursive: true })
    const layers: LayerReport[] = []
    for (const [index, target] of targets.entries()) {
      layers.push(await buildTarget(target, `[${index + 1}/${targets.length}]`, steps))
    }
    const combinations = checkCombinations(config.combinations, layers, config.sizeWarnPercent)
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
      combinations
    }
    const reportPath = await writeReport(report, config.outputDir)
    const { over, near } = sizeProblems(layers, combinations)
    for (const line of near) log.warn(line)
    if (over.length) throw new SizeLimitError(over, reportPath, config.pyprojectPath)
    return { report, reportPath }
  } finally {
    await rm(workRoot, { recursive: true, force: true })
  }
}

/** One layer for one runtime and architecture: export, install, shape, zip, check, measure. */
async function buildTarget(
  target: LayerTarget,
  counter: string,
  steps: Steps
): Promise<LayerReport> {
  const { config, project, ctx } = steps
  const { log } = ctx
  const step = `${counter} ${target.layer.name} ${target.runtime} ${target.architecture}`
  const started = Date.now()
  log.info(`${step}: exporting requirements`)
  const requirements = await steps.exportFor(target)
  const stageDir = path.join(steps.workRoot, 'stage', target.id)
  const pins = pinsOf(requirements)
  const what = [
    pins.length ? `${pins.length} pinned packages` : '',
    ...requirements.files.map(file => path.relative(project.dir, file)),
    target.layer.includeProject ? project.name : ''
  ].filter(Boolean)
  log.info(`${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, native)`)
  const outcome = await steps.build({
    target,
    requirements,
    projectWheel: target.layer.includeProject ? steps.projectWheel : undefined,
    siteDir: path.join(stageDir, target.sitePackages),
    workDir: path.join(steps.workRoot, 'work', target.id)
  })

  log.info(
    `${step}: shaping (runtime packages: ${config.shape.runtimePackages}; slim: ${config.shape.slim.join(', ') || 'none'})`
  )
  const shape = await shapeLayer(stageDir, target, config.shape, ctx)
  for (const notice of shape.notices) log.warn(`layer ${target.layer.name}: ${notice}`)
  for (const { name, locked, runtime } of shape.runtimePackages.versionMismatches) {
    log.warn(
      `layer ${target.layer.name}: ${name} ${locked} is locked, but ${target.runtime} provides ${runtime}`
    )
  }
  for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
    log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`)
  }

  const entries = await walkTree(stageDir)
  const files = entries.filter(entry => entry.kind === 'file')
  if (files.length === 0) log.warn(`layer ${target.layer.name} is empty`)
  const fileName = `${target.id}.zip`
  const zipPath = path.join(config.outputDir, fileName)
  log.info(`${step}: zipping ${files.length} files`)
  const zip = await writeZip(entries, zipPath, {
    level: config.compressionLevel,
    epochSeconds: config.sourceDateEpoch
  })
  await checkZip(zipPath, entries.length)
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
    installer: outcome.installer,
    includesProject: target.layer.includeProject,
    requirements: pins,
    packages: await packageUsage(entries, target.sitePackages),
    shape,
    seconds: Math.round((Date.now() - started) / 100) / 10
  }
  await rm(stageDir, { recursive: true, force: true })
  return report
}
