// The lambda-layer command line: parse flags, run the pipeline (and publishing), print the size
// table or JSON.
import { describeError, ConfigError } from '../errors.js'
import { folderLayerCache } from '../cache/layer-store.js'
import { cacheLayout } from '../cache/layout.js'
import { buildLayers, plannedZips, prepareBuild } from '../pipeline.js'
import { checkPublishPlan } from '../publish/early-check.js'
import { measureReportZips } from '../publish/measure.js'
import type { PublishOptions } from '../publish/options.js'
import { publishAndRecord } from '../publish/record.js'
import { publishOptionLabel, publishOptions } from '../publish/settings.js'
import { failureLines, reportOf } from '../report/failures.js'
import { readReportFile } from '../report/read.js'
import type { Report } from '../report/report.js'
import { renderProfile } from '../report/profile.js'
import { renderPublishTable, renderReportTable } from '../report/table.js'
import { asLayerError } from '../system/fs-errors.js'
import { handleInterrupts } from '../system/interrupt.js'
import { consoleLogger } from '../system/log.js'
import { runProcess } from '../system/process.js'
import { VERSION } from '../version.js'
import { optionLabel } from '../config/options.js'
import { parseCli, type CliArgs } from './args.js'
import { USAGE } from './usage.js'
import { runtimeInfoCommand } from './runtime-info.js'
import { verifyCommand } from './verify.js'
import { capYoungGeneration } from '../system/memory.js'

/** Runs one CLI invocation; returns the exit code (0 ok, 1 failed, 2 bad usage). */
export async function runCli(argv: string[]): Promise<number> {
  let json = false
  try {
    const args = parseCli(argv)
    json = args.json
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
      const { report, reportPath } = await verifyCommand(args, { run: runProcess, log })
      present(report, reportPath, args.json)
      return 0
    }
    if (args.command === 'runtime-info') {
      process.stdout.write(await runtimeInfoCommand(args, { run: runProcess, log }))
      return 0
    }
    // Publishing options are checked before anything is built.
    const options =
      args.command === 'publish'
        ? publishOptions(args.publish, process.env, key => publishOptionLabel(key, 'cli'))
        : undefined
    const built = args.report
      ? await measuredReport(args.report, log)
      : await build(args, log, options)
    const unchanged = 'cacheHit' in built && built.cacheHit === true
    const { report, reportPath } = options ? await publishAndRecord(built, options, log) : built
    present(report, reportPath, args.json, { unchanged, profile: args.profile })
    return 0
  } catch (caught) {
    const error = asLayerError(caught)
    // A build that failed after writing its report still shows it: the table, the failed
    // targets and the Verify lines come first, then the error.
    const failed = reportOf(error)
    if (failed) present(failed.report, failed.reportPath, json)
    process.stderr.write(`error: ${describeError(error)}\n`)
    return error instanceof ConfigError ? 2 : 1
  }
}

/**
 * The report on stdout: JSON, or the size table (marked unchanged when it came from the layer
 * cache) with the failed targets, publish rows and, with --profile, seconds per stage.
 */
function present(
  report: Report,
  reportPath: string,
  json: boolean,
  { unchanged = false, profile = false } = {}
) {
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    return
  }
  const publish = renderPublishTable(report)
  const failures = failureLines(report)
  process.stdout.write(
    [
      renderReportTable(report, { unchanged }),
      ...(failures.length ? [`Failed targets:\n${failures.map(f => `  ${f}`).join('\n')}`] : []),
      ...(publish ? [publish] : []),
      ...(profile ? [renderProfile(report, unchanged)] : []),
      `Report: ${reportPath}`
    ].join('\n\n') + '\n'
  )
}

async function build(
  args: CliArgs,
  log: ReturnType<typeof consoleLogger>,
  options: PublishOptions | undefined
) {
  const prepared = await prepareBuild({
    projectDir: args.projectDir,
    overrides: args.overrides,
    overrideName: key => optionLabel(key, 'cli')
  })
  if (options) checkPublishPlan(options, prepared.project, plannedZips(prepared))
  // The layer cache in the cache folder: an unchanged rerun restores the zips and installs nothing.
  const layerCache = args.noCache
    ? undefined
    : folderLayerCache(cacheLayout(prepared.config.cacheDir))
  return buildLayers(prepared, { run: runProcess, log, layerCache })
}

/** A report given to `publish --report`, its zips measured rather than taken on its word. */
async function measuredReport(file: string, log: ReturnType<typeof consoleLogger>) {
  const { report, reportPath } = await readReportFile(file)
  return { report: await measureReportZips(report, log), reportPath }
}

process.on('unhandledRejection', error => {
  process.stderr.write(`error: ${describeError(error)}\n`)
  process.exit(1)
})

capYoungGeneration()
handleInterrupts(line => process.stderr.write(`error: ${line}\n`))
// Exit now: a hung filesystem call (a folder on /proc) must not keep the process alive.
process.exit(await runCli(process.argv.slice(2)))
