// Publishing as both adapters do it: publish the report's layers, then write the report again with
// what Publish did, beside the report it came from.
import path from 'node:path'
import { writeReport, type Report } from '../report/report.js'
import type { Logger } from '../system/log.js'
import { awsClients, type RegionalClients } from './clients.js'
import { publishLayers } from './index.js'
import type { PublishOptions } from './options.js'

/**
 * Publishes and rewrites the report (in the folder of `reportPath`) with the publish result; the
 * AWS clients are made by `connect` (default: the standard credential chain) and closed after.
 */
export async function publishAndRecord(
  written: { report: Report; reportPath: string },
  options: PublishOptions,
  log: Logger,
  connect: () => RegionalClients = awsClients
): Promise<{ report: Report; reportPath: string }> {
  const clients = connect()
  let report: Report
  try {
    const publish = await publishLayers(written.report, options, {
      clients: clients.clientsFor,
      log
    })
    report = { ...written.report, publish }
  } finally {
    clients.destroy()
  }
  const reportPath = await writeReport(report, path.dirname(written.reportPath))
  return { report, reportPath }
}
