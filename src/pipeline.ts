// The build pipeline: Config -> Project -> Plan -> Build -> Package -> Report, one plain step after another.
// The CLI and the action call `prepareBuild` then `buildLayers`; everything outside is passed in.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { nativeBuilder } from './build/native.js'
import { loadConfig } from './config/load.js'
import type { Config, Overrides } from './config/schema.js'
import { packageUsage, walkTree } from './package/inventory.js'
import { writeZip } from './package/zip.js'
import { planLayers, type LayerTarget } from './plan/plan.js'
import { createExporter, type ExportContext } from './project/export.js'
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
}

/** Reads and validates everything before any tool runs: bad input fails here, fast. */
export async function prepareBuild({
  projectDir,
  overrides,
  overrideName
}: PrepareOptions): Promise<PreparedBuild> {
  const dir = path.resolve(projectDir)
  const pyproject = await readPyproject(dir)
  const config = await loadConfig({ projectDir: dir, pyproject, overrides, overrideName })
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
  const exportFor = createExporter(exportContext, project)
  const build = nativeBuilder(
    { run, tools, log, uvEnv, pipCacheDir: path.join(config.cacheDir, 'pip') },
    config.installer
  )

  const workRoot = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-'))
  try {
    let projectWheel: string | undefined
    if (targets.some(target => target.layer.includeProject)) {
      projectWheel = await buildProjectWheel(
        exportContext,
        project,
        config.installer,
        path.join(workRoot, 'wheel')
      )
    }
    await mkdir(config.outputDir, { recursive: true })
    const layers: LayerReport[] = []
    for (const [index, target] of targets.entries()) {
      const step = `[${index + 1}/${targets.length}] ${target.layer.name} ${target.runtime} ${target.architecture}`
      const started = Date.now()
      log.info(`${step}: exporting requirements`)
      const requirements = await exportFor(target)
      const stageDir = path.join(workRoot, 'stage', target.id)
      const pins = pinsOf(requirements)
      const what = [
        pins.length ? `${pins.length} pinned packages` : '',
        ...requirements.files.map(file => path.relative(project.dir, file)),
        target.layer.includeProject ? project.name : ''
      ].filter(Boolean)
      log.info(`${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, native)`)
      const outcome = await build({
        target,
        requirements,
        projectWheel: target.layer.includeProject ? projectWheel : undefined,
        siteDir: path.join(stageDir, target.sitePackages),
        workDir: path.join(workRoot, 'work', target.id)
      })
      const entries = await walkTree(stageDir)
      if (!entries.some(entry => entry.kind === 'file'))
        log.warn(`layer ${target.layer.name} is empty`)
      const fileName = `${target.id}.zip`
      const zipPath = path.join(config.outputDir, fileName)
      log.info(`${step}: zipping ${entries.length} entries`)
      const zip = await writeZip(entries, zipPath)
      const unzippedBytes = entries.reduce((sum, entry) => sum + entry.size, 0)
      layers.push({
        layer: target.layer.name,
        runtime: target.runtime,
        architecture: target.architecture,
        fileName,
        zipPath,
        ...zip,
        unzippedBytes,
        files: entries.filter(entry => entry.kind === 'file').length,
        limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
        builder: outcome.builder,
        installer: outcome.installer,
        includesProject: target.layer.includeProject,
        requirements: pins,
        packages: await packageUsage(entries, target.sitePackages),
        seconds: Math.round((Date.now() - started) / 100) / 10
      })
      await rm(stageDir, { recursive: true, force: true })
    }
    const report: Report = {
      version: REPORT_VERSION,
      generator: { name: TOOL_NAME, version: VERSION },
      project: { name: project.name, version: project.version, lockKind: project.lockKind },
      tools: tools.versions(),
      limits: { unzippedBytes: UNZIPPED_LIMIT, directUploadZipBytes: DIRECT_UPLOAD_LIMIT },
      layers
    }
    const reportPath = await writeReport(report, config.outputDir)
    return { report, reportPath }
  } finally {
    await rm(workRoot, { recursive: true, force: true })
  }
}
