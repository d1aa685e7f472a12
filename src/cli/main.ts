#!/usr/bin/env node
// The lambda-layer command line: parse flags, run the pipeline, print the size table or JSON.
import { describeError, ConfigError } from '../errors.js'
import { buildLayers, prepareBuild } from '../pipeline.js'
import { renderReportTable } from '../report/table.js'
import { consoleLogger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { VERSION } from '../version.js'
import { FLAG_NAMES, parseCli, USAGE } from './args.js'

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
    const prepared = await prepareBuild({
      projectDir: args.projectDir,
      overrides: args.overrides,
      overrideName: key => FLAG_NAMES[key]
    })
    const { report, reportPath } = await buildLayers(prepared, { run: runProcess, log })
    if (args.json) {
      process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    } else {
      process.stdout.write(`${renderReportTable(report)}\n\nReport: ${reportPath}\n`)
    }
    return 0
  } catch (error) {
    process.stderr.write(`error: ${describeError(error)}\n`)
    return error instanceof ConfigError ? 2 : 1
  }
}

process.on('unhandledRejection', error => {
  process.stderr.write(`error: ${describeError(error)}\n`)
  process.exit(1)
})

process.exitCode = await runCli(process.argv.slice(2))
