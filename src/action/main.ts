// What the action does (run(), called by index.ts): read inputs, restore caches, run the pipeline
// (and publishing), upload artifacts, write the job summary and outputs. Failures become one
// annotation and setFailed, here and nowhere else.
import * as core from '@actions/core'
import { describeError, errorMessage, LayerError } from '../errors.js'
import { buildLayers, plannedZips, prepareBuild, type PreparedBuild } from '../pipeline.js'
import { checkPublishPlan } from '../publish/early-check.js'
import { publishAndRecord } from '../publish/record.js'
import { optionLabel } from '../config/options.js'
import { publishOptionLabel, publishOptions } from '../publish/settings.js'
import { failureLines, reportOf } from '../report/failures.js'
import { writeReport, type Report } from '../report/report.js'
import { renderPublishTable, renderReportTable } from '../report/table.js'
import { asLayerError } from '../system/fs-errors.js'
import type { Logger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { githubArtifacts, uploadArtifacts } from './artifacts.js'
import { githubCache, installerCacheKey, layerCache, layerScope } from './cache.js'
import { Outputs } from './constants.js'
import { aggregate } from './aggregate.js'
import { configKey, presentReport } from './present.js'
import { loadReportInputs } from './report-inputs.js'
import { renderSummary } from '../report/summary.js'
import { actionLogger, info } from './logger.js'
import { verifyOnly } from './verify-only.js'
import { loadInputs, type ActionInputs } from './inputs.js'

export async function run(): Promise<void> {
  const log = actionLogger()
  try {
    const reportInputs = loadReportInputs()
    if (reportInputs.mode === 'aggregate') return await aggregate(reportInputs, githubCache)
    const inputs = loadInputs()
    if (inputs.mode === 'verify-only') {
      // Like a build: the table, failed targets, summary and outputs first, then the error.
      let failure: Error | undefined
      const { report, reportPath } = await verifyOnly(inputs, log).catch((error: unknown) => {
        const reported = reportOf(error)
        if (!reported) throw error
        failure = reported.error
        return reported
      })
      for (const line of failureLines(report)) core.error(line, { title: 'Layer target failed' })
      if (inputs.summary) await core.summary.addRaw(renderSummary(report)).write()
      setOutputs(report, reportPath, false)
      if (failure) throw failure
      return
    }
    const options = inputs.publish
      ? publishOptions(inputs.publish, process.env, key => publishOptionLabel(key, 'action'))
      : undefined
    const prepared = await prepareBuild({
      projectDir: inputs.projectDir,
      overrides: inputs.overrides,
      overrideName: key => optionLabel(key, 'action')
    })
    if (options) checkPublishPlan(options, prepared.project, plannedZips(prepared))
    // A build that failed after writing its report (a failed target, a size over the limit)
    // still gets its table, artifacts, job summary and outputs; its error is raised after them.
    let failure: Error | undefined
    const built = await build(prepared, inputs, log).catch((error: unknown) => {
      const reported = reportOf(error)
      if (!reported) throw error
      failure = reported.error
      return { ...reported, cacheHit: false }
    })
    const { cacheHit } = built
    let report: Report = {
      ...built.report,
      cache: inputs.cache && !('cacheOff' in built) ? (cacheHit ? 'hit' : 'miss') : 'off'
    }
    let reportPath = await writeReport(report, prepared.config.outputDir)
    info(renderReportTable(report))
    for (const line of failureLines(report)) core.error(line, { title: 'Layer target failed' })
    if (options && !failure) {
      const published = await publishAndRecord({ report, reportPath }, options, log)
      report = published.report
      reportPath = published.reportPath
      info(renderPublishTable(report))
    }
    const problems: string[] = []
    if (inputs.uploadArtifacts) {
      try {
        const uploaded = await uploadArtifacts(
          report,
          reportPath,
          githubArtifacts,
          inputs.retentionDays
        )
        info(`uploaded artifacts: ${uploaded.map(u => u.name).join(', ')}`)
      } catch (error) {
        problems.push(errorMessage(error))
        failure ??= error instanceof Error ? error : new Error(errorMessage(error))
      }
    }
    setOutputs(report, reportPath, cacheHit)
    const { overrides } = inputs
    await presentReport(
      report,
      {
        inputs: reportInputs,
        summary: inputs.summary,
        problems,
        failed: !!failure,
        configKey: configKey(inputs.projectDir, [
          overrides.layers,
          overrides.runtime,
          overrides.architectures
        ])
      },
      { cache: githubCache }
    )
    if (failure) throw failure
  } catch (caught) {
    const error = asLayerError(caught)
    if (error instanceof LayerError) {
      core.error(describeError(error), {
        title: error.name,
        file: error.file,
        startLine: error.line
      })
    }
    core.setFailed(errorMessage(error))
  }
}

/** Builds with both caches: installer downloads (restore prefix) and finished layers (exact key, src/cache). */
async function build(prepared: PreparedBuild, inputs: ActionInputs, log: Logger) {
  if (!inputs.cache) return buildLayers(prepared, { run: runProcess, log })
  const runner = {
    os: process.env.RUNNER_OS ?? process.platform,
    arch: process.env.RUNNER_ARCH ?? process.arch
  }
  const installer = await installerCacheKey(prepared, runner)
  let restoredKey: string | undefined
  // Downloads and tools are restored only when the layers are not in the cache.
  const beforeTools = async () => {
    restoredKey = await githubCache.restore(installer.paths, installer.key, installer.restoreKeys)
    info(
      restoredKey ? `installer cache restored (${restoredKey})` : 'installer cache: no entry yet'
    )
  }
  const result = await buildLayers(prepared, {
    run: runProcess,
    log,
    layerCache: layerCache(githubCache, prepared.config.cacheDir, layerScope(prepared)),
    beforeTools
  })
  // The layer cache saved its own entry; the installer cache is saved when it changed.
  if (!result.cacheHit && restoredKey !== installer.key)
    await githubCache.save(installer.paths, installer.key)
  return result
}

function setOutputs(report: Report, reportPath: string, cacheHit: boolean) {
  core.setOutput(Outputs.ReportPath, reportPath)
  core.setOutput(Outputs.CacheHit, String(cacheHit))
  core.setOutput(
    Outputs.Layers,
    JSON.stringify(
      report.layers.map(
        ({ layer, runtime, architecture, zipPath, sha256, zippedBytes, unzippedBytes }) => ({
          layer,
          runtime,
          architecture,
          zipPath,
          sha256,
          zippedBytes,
          unzippedBytes,
          published: report.publish?.layers
            .filter(
              row =>
                row.layer === layer && row.runtime === runtime && row.architecture === architecture
            )
            .map(({ region, status, version, versionArn, s3Key }) => ({
              region,
              status,
              version,
              versionArn,
              s3Key
            }))
        })
      )
    )
  )
  core.setOutput(Outputs.Published, JSON.stringify(report.publish?.layers ?? []))
  core.setOutput(Outputs.Failed, JSON.stringify(report.failures))
}
