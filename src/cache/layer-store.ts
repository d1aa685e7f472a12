// The layer cache: finished zips and their report kept under the layer key, in the cache folder.
// An unchanged rerun restores them into the output folder, each zip checked against the hash the
// report records (streamed, never read whole), and installs nothing.
import { errorMessage } from '../errors.js'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseReport } from '../report/read.js'
import { REPORT_FILE, type Report } from '../report/report.js'
import type { Logger } from '../system/log.js'
import { fileSha256, placeFile, touch } from '../system/file-results.js'
import { layerEntryDir, type CacheLayout } from './layout.js'

/** Finished layers kept between runs; the key covers everything that shapes the zips. */
export interface LayerCache {
  /**
   * The layers saved under `layerKey`, placed in `outputDir` and checked against their recorded
   * hashes; undefined on a miss or when a zip does not match (then the build runs).
   */
  restore(layerKey: string, outputDir: string, log: Logger): Promise<Report | undefined>
  /** Keeps a finished build's zips and report under `layerKey`. */
  save(layerKey: string, report: Report): Promise<void>
}

/** Layer-cache entries kept in the folder, at most; the least recently used go first. */
const MAX_LAYER_ENTRIES = 6

/** The layer cache in the cache folder: `layers/v1/lambda-layer-v1-layers-{key}/`. */
export function folderLayerCache(layout: CacheLayout): LayerCache & {
  entryDir(layerKey: string): string
} {
  return {
    entryDir: layerKey => layerEntryDir(layout, layerKey),

    async restore(layerKey, outputDir, log) {
      const entry = layerEntryDir(layout, layerKey)
      let report: Report
      try {
        report = parseReport(await readFile(path.join(entry, REPORT_FILE), 'utf8'))
      } catch {
        return undefined
      }
      try {
        await mkdir(outputDir, { recursive: true })
        for (const layer of report.layers) {
          const zipPath = path.join(outputDir, layer.fileName)
          const present = await fileSha256(zipPath).catch(() => undefined)
          if (present !== layer.sha256) {
            await placeFile(path.join(entry, layer.fileName), zipPath)
            if ((await fileSha256(zipPath)) !== layer.sha256)
              throw new Error(`${layer.fileName} does not match its recorded hash`)
          }
          layer.zipPath = zipPath
        }
      } catch (error) {
        log.warn(`cached layers are unusable (${errorMessage(error)}); building them again`)
        await rm(entry, { recursive: true, force: true })
        return undefined
      }
      await touch(entry)
      return report
    },

    async save(layerKey, report) {
      const entry = layerEntryDir(layout, layerKey)
      const partial = `${entry}.partial-${process.pid}`
      await rm(partial, { recursive: true, force: true })
      await mkdir(partial, { recursive: true })
      try {
        for (const layer of report.layers)
          await placeFile(layer.zipPath, path.join(partial, layer.fileName))
        await writeFile(path.join(partial, REPORT_FILE), JSON.stringify(report, null, 2) + '\n')
        await rm(entry, { recursive: true, force: true })
        await rename(partial, entry)
      } finally {
        await rm(partial, { recursive: true, force: true })
      }
      await evictLayerEntries(layout.layers, MAX_LAYER_ENTRIES)
    }
  }
}

/** Removes the least recently used entries beyond `keep`. */
async function evictLayerEntries(root: string, keep: number): Promise<void> {
  const names = (await readdir(root).catch(() => [] as string[])).filter(
    name => !name.includes('.partial-')
  )
  if (names.length <= keep) return
  const dated = await Promise.all(
    names.map(async name => ({
      name,
      time: (await stat(path.join(root, name)).catch(() => undefined))?.mtimeMs ?? 0
    }))
  )
  dated.sort((a, b) => b.time - a.time)
  for (const { name } of dated.slice(keep))
    await rm(path.join(root, name), { recursive: true, force: true })
}
