#!/usr/bin/env node
// The lambda-layer command line: parse flags, run the pipeline (and publishing), print the size
// table or JSON.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describeError, ConfigError, LayerError } from '../errors.js'
import { buildLayers, plannedZips, prepareBuild } from '../pipeline.js'
import { awsClients, publishLayers } from '../publish/index.js'
import { checkPublishPlan } from '../publish/early-check.js'
import type { PublishOptions } from '../publish/options.js'
import { measureReportZips } from '../publish/measure.js'
import { publishOptions } from '../publish/settings.js'
import { writeReport, type Report } from '../report/report.js'
import { renderPublishTable, renderReportTable } from '../report/table.js'
import { asLayerError } from '../system/fs-errors.js'
import { handleInterrupts } from '../system/interrupt.js'
import { consoleLogger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { VERSION } from '../version.js'
import {
  FLAG_NAMES,
  IMAGE_FLAG_NAMES,
  parseCli,
  PUBLISH_FLAG_NAMES,
  USAGE,
  type CliArgs
} from './args.js'
import { runtimeInfoCommand } from './runtime-info.js'

/** Runs one CLI invocation; returns the exit code (0 ok, 1 failed, 2 bad usage). */
export async function runCli(argv: string[]): Promise<number> {
  try {
    const args = parseCli(argv)
    if (args.command === 'help') {
      process.stdout.write(USAGE)
      return 0
    }
    if (args.command === 'version') {
      process.stdout.write(`${VERSION}\n`)
      return 0
    }
    const log = consoleLogger(args.verbose)
    if (args.command === 'runtime-info') {
      process.stdout.write(await runtimeInfoCommand(args, { run: runProcess, log }))
      return 0
    }
    // Publishing options are checked before anything is built.
    const options =
      args.command === 'publish'
        ? publishOptions(args.publish, process.env, key => PUBLISH_FLAG_NAMES[key])
        : undefined
    let { report, reportPath } = args.report
      ? await readReport(args.report, log)
      : await build(args, log, options)
    if (options) {
      const clients = awsClients()
      try {
        report = {
          ...report,
          publish: await publishLayers(report, options, { clients: clients.clientsFor, log })
        }
      } finally {
        clients.destroy()
      }
      reportPath = await writeReport(report, path.dirname(reportPath))
    }
    if (args.json) {
      process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    } else {
      const publish = renderPublishTable(report)
      process.stdout.write(
        `${renderReportTable(report)}\n${publish ? `\n${publish}\n` : ''}\nReport: ${reportPath}\n`
      )
    }
    return 0
  } catch (caught) {
    const error = asLayerError(caught)
    process.stderr.write(`error: ${describeError(error)}\n`)
    return error instanceof ConfigError ? 2 : 1
  }
}

async function build(
  args: CliArgs,
  log: ReturnType<typeof consoleLogger>,
  options: PublishOptions | undefined
) {
  const prepared = await prepareBuild({
    projectDir: args.projectDir,
    overrides: args.overrides,
    overrideName: key => FLAG_NAMES[key],
    imageOverrideName: key => IMAGE_FLAG_NAMES[key]
  })
  if (options) checkPublishPlan(options, prepared.project, plannedZips(prepared))
  return buildLayers(prepared, { run: runProcess, log })
}

async function readReport(
  file: string,
  log: ReturnType<typeof consoleLogger>
): Promise<{ report: Report; reportPath: string }> {
  const reportPath = path.resolve(file)
  const { report } = await parseReport(file, reportPath)
  // The zips are measured, not taken on the report's word.
  return { report: await measureReportZips(report, log), reportPath }
}

async function parseReport(file: string, reportPath: string) {
  try {
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as Report
    if (report.version !== 1 || !Array.isArray(report.layers))
      throw new Error('not a lambda-layer report (version 1)')
    return { report, reportPath }
  } catch (error) {
    throw new LayerError(
      `--report ${file}: ${error instanceof Error ? error.message : String(error)}`,
      {
        hint: 'Pass the lambda-layer-report.json written by `lambda-layer build`.'
      }
    )
  }
}

process.on('unhandledRejection', error => {
  process.stderr.write(`error: ${describeError(error)}\n`)
  process.exit(1)
})

handleInterrupts(line => process.stderr.write(`error: ${line}\n`))
// Exit now: a hung filesystem call (a folder on /proc) must not keep the process alive.
process.exit(await runCli(process.argv.slice(2)))
