// The action's verify-only mode: the Verify checks and the report for layer zips built elsewhere
// or published layer versions by ARN (input layer-zips), instead of building.
import * as core from '@actions/core'
import path from 'node:path'
import { ConfigError } from '../errors.js'
import { reportOf } from '../report/failures.js'
import { renderReportTable } from '../report/table.js'
import type { Logger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { verifyZips } from '../external/verify-zips.js'
import { option, optionLabel } from '../config/options.js'
import { writeUntrusted } from './log-safety.js'
import type { ActionInputs } from './inputs.js'

export async function verifyOnly(inputs: ActionInputs, log: Logger) {
  if (!inputs.layerZips.length) {
    throw new ConfigError(`mode verify-only needs input ${option('layerZips').input}`, {
      hint: `List layer zips (relative to ${option('projectDir').input}) or layer version ARNs in ${option('layerZips').input}.`
    })
  }
  return verifyZips(
    {
      sources: inputs.layerZips,
      runtimes: inputs.overrides.runtime,
      architectures: inputs.overrides.architectures,
      overrides: inputs.overrides,
      outputDir: inputs.overrides.outputDir,
      baseDir: path.resolve(inputs.projectDir),
      nameOf: key => optionLabel(key, 'action')
    },
    { run: runProcess, log }
  ).then(
    result => {
      writeUntrusted(renderReportTable(result.report), core.info)
      return result
    },
    (error: unknown) => {
      const reported = reportOf(error)
      if (reported) writeUntrusted(renderReportTable(reported.report), core.info)
      throw error
    }
  )
}
