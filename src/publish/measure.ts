// Measures the zips of a report given to `publish --report` instead of trusting its numbers:
// size on disk, SHA-256 and the unzipped size from the zip's own directory.
import { stat } from 'node:fs/promises'
import { LayerError, errorMessage } from '../errors.js'
import { eachZipEntry } from '../files/zip-read.js'
import { fileSha256 } from '../system/file-results.js'
import type { Logger } from '../system/log.js'
import type { LayerReport, Report } from '../report/report.js'

async function unzippedBytesOf(zipPath: string): Promise<number> {
  let total = 0
  await eachZipEntry(zipPath, entry => {
    if (!entry.name.endsWith('/')) total += entry.size
  })
  return total
}

/** The report with each layer's sizes and hashes as measured; a warning for each that differed. */
export async function measureReportZips(report: Report, log: Logger): Promise<Report> {
  const layers: LayerReport[] = []
  for (const layer of report.layers) {
    let measured: Pick<LayerReport, 'zippedBytes' | 'unzippedBytes' | 'sha256' | 'codeSha256'>
    try {
      const digest = Buffer.from(await fileSha256(layer.zipPath), 'hex')
      measured = {
        zippedBytes: (await stat(layer.zipPath)).size,
        unzippedBytes: await unzippedBytesOf(layer.zipPath),
        sha256: digest.toString('hex'),
        codeSha256: digest.toString('base64')
      }
    } catch (error) {
      throw new LayerError(
        `cannot read ${layer.zipPath} (layer ${layer.layer}): ${errorMessage(error)}`,
        { hint: 'Publish the report of a finished build, with its zips next to it.' }
      )
    }
    for (const key of ['zippedBytes', 'unzippedBytes', 'sha256'] as const) {
      if (layer[key] !== measured[key])
        log.warn(
          `${layer.fileName}: the report says ${key} ${layer[key]}, the zip has ${measured[key]}; publishing with the measured value`
        )
    }
    layers.push({ ...layer, ...measured })
  }
  return { ...report, layers }
}
