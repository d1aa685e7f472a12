// The GitHub Action entry point: read inputs, run the pipeline, set outputs. Failures become
// one annotation and setFailed, here and nowhere else.
import * as core from '@actions/core'
import { describeError, LayerError } from '../errors.js'
import { buildLayers, prepareBuild } from '../pipeline.js'
import { renderReportTable } from '../report/table.js'
import type { Logger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { Outputs } from './constants.js'
import { INPUT_NAMES, loadInputs } from './inputs.js'

const actionLogger: Logger = {
  info: core.info,
  warn: message => core.warning(message),
  debug: core.debug
}

export async function run(): Promise<void> {
  try {
    const inputs = loadInputs()
    const prepared = await prepareBuild({
      projectDir: inputs.projectDir,
      overrides: inputs.overrides,
      overrideName: key => INPUT_NAMES[key]
    })
    const { report, reportPath } = await buildLayers(prepared, {
      run: runProcess,
      log: actionLogger
    })
    core.info(renderReportTable(report))
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
            unzippedBytes
          })
        )
      )
    )
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
