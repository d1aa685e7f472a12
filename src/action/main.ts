// The GitHub Action entry point: read inputs, run the pipeline (and publishing), set outputs.
// Failures become one annotation and setFailed, here and nowhere else.
import * as core from '@actions/core'
import { describeError, LayerError } from '../errors.js'
import { buildLayers, prepareBuild } from '../pipeline.js'
import { awsClients, publishLayers } from '../publish/index.js'
import { publishOptions } from '../publish/settings.js'
import { writeReport } from '../report/report.js'
import { renderPublishTable, renderReportTable } from '../report/table.js'
import type { Logger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { Outputs } from './constants.js'
import { INPUT_NAMES, loadInputs, PUBLISH_INPUT_NAMES } from './inputs.js'

const actionLogger: Logger = {
  info: core.info,
  warn: message => core.warning(message),
  debug: core.debug
}

export async function run(): Promise<void> {
  try {
    const inputs = loadInputs()
    const options = inputs.publish
      ? publishOptions(inputs.publish, process.env, key => PUBLISH_INPUT_NAMES[key])
      : undefined
    const prepared = await prepareBuild({
      projectDir: inputs.projectDir,
      overrides: inputs.overrides,
      overrideName: key => INPUT_NAMES[key]
    })
    let { report, reportPath } = await buildLayers(prepared, { run: runProcess, log: actionLogger })
    core.info(renderReportTable(report))
    if (options) {
      const clients = awsClients()
      try {
        report = {
          ...report,
          publish: await publishLayers(report, options, {
            clients: clients.clientsFor,
            log: actionLogger
          })
        }
      } finally {
        clients.destroy()
      }
      reportPath = await writeReport(report, prepared.config.outputDir)
      core.info(renderPublishTable(report))
    }
    core.setOutput(Outputs.ReportPath, reportPath)
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
                  row.layer === layer &&
                  row.runtime === runtime &&
                  row.architecture === architecture
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
  } catch (error) {
    if (error instanceof LayerError) {
      core.error(describeError(error), {
        title: error.name,
        file: error.file,
        startLine: error.line
      })
    }
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

process.on('unhandledRejection', error => core.setFailed(describeError(error)))

await run()
