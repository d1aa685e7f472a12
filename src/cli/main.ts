#!/usr/bin/env node
// The lambda-layer command line: parse flags, run the pipeline (and publishing), print the size
// table or JSON.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describeError, ConfigError, LayerError } from '../errors.js'
import { buildLayers, prepareBuild } from '../pipeline.js'
import { awsClients, publishLayers } from '../publish/index.js'
import { publishOptions } from '../publish/settings.js'
import { writeReport, type Report } from '../report/report.js'
import { renderPublishTable, renderReportTable } from '../report/table.js'
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
import { verifyCommand } from './verify.js'

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
    if (args.command === 'verify') {
      const { report, reportPath, failure } = await verifyCommand(args, { run: runProcess, log })
      process.stdout.write(
        args.json
          ? JSON.stringify(report, null, 2) + '\n'
          : `${renderReportTable(report)}\n\nReport: ${reportPath}\n`
      )
      if (failure) throw failure
      return 0
    }
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
      ? await readReport(args.report)
      : await build(args, log)
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
  } catch (error) {
    process.stderr.write(`error: ${describeError(error)}\n`)
    return error instanceof ConfigError ? 2 : 1
  }
}

async function build(args: CliArgs, log: ReturnType<typeof consoleLogger>) {
  const prepared = await prepareBuild({
    projectDir: args.projectDir,
    overrides: args.overrides,
    overrideName: key => FLAG_NAMES[key],
    imageOverrideName: key => IMAGE_FLAG_NAMES[key]
  })
  return buildLayers(prepared, { run: runProcess, log })
}

async function readReport(file: string): Promise<{ report: Report; reportPath: string }> {
  const reportPath = path.resolve(file)
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

process.exitCode = await runCli(process.argv.slice(2))
