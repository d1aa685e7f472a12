// The layer cache: finished zips and their report kept under the layer key, in the cache folder.
// An unchanged rerun restores them into the output folder, each zip checked against the hash the
// report records (streamed, never read whole), and installs nothing. Each entry also names the
// target key (cache/layer-key.ts) each zip was built under: a build with some targets changed
// reuses the zips of the others.
import { errorMessage } from '../errors.js'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseReport } from '../report/read.js'
import { REPORT_FILE, type LayerReport, type Report } from '../report/report.js'
import type { Logger } from '../system/log.js'
import { fileSha256, placeFile, touch } from '../system/file-results.js'
import { guardPath } from '../system/paths.js'
import { layerEntryDir, type CacheLayout } from './layout.js'

/** Finished layers kept between runs; the key covers everything that shapes the zips. */
export interface LayerCache {
  /**
   * The layers saved under `layerKey`, placed in `outputDir` and checked against their recorded
   * hashes; undefined on a miss or when a zip does not match (then the build runs).
   */
  restore(layerKey: string, outputDir: string, log: Logger): Promise<Report | undefined>
  /**
   * The zip an earlier build made under a target's own key, placed in `outputDir` as `fileName`
   * (the project's version may have changed) and checked against its recorded hash, with its
   * layer's report; undefined when none is kept or it does not match (then the target builds).
   */
  reuse(
    targetKey: string,
    fileName: string,
    outputDir: string,
    log: Logger
  ): Promise<LayerReport | undefined>
  /** Keeps a finished build's zips and report under `layerKey`, with each zip's target key by file name. */
  save(layerKey: string, report: Report, targetKeys: Record<string, string>): Promise<void>
}

/** In an entry: the target key each zip was built under, `{ "<file name>": "<target key>" }`. */
const TARGETS_FILE = 'targets.json'

/** Layer-cache entries kept in the folder, at most; the least recently used go first. */
const MAX_LAYER_ENTRIES = 6

/** The layer cache in the cache folder: `layers/v1/lambda-layer-v1-layers-{key}/`. */
export function folderLayerCache(layout: CacheLayout): LayerCache & {
  entryDir(layerKey: string): string
} {
  // Where each target key's zip is kept, read from the entries once, on the first reuse.
  let kept: Promise<Map<string, { entry: string; fileName: string }>> | undefined
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
          layer.zipPath = await placeChecked(entry, layer, outputDir)
        }
      } catch (error) {
        log.warn(`cached layers are unusable (${errorMessage(error)}); building them again`)
        await rm(entry, { recursive: true, force: true })
        return undefined
      }
      await touch(entry)
      return report
    },

    async reuse(targetKey, fileName, outputDir, log) {
      kept ??= keptTargets(layout.layers)
      const found = (await kept).get(targetKey)
      if (!found) return undefined
      try {
        const report = parseReport(await readFile(path.join(found.entry, REPORT_FILE), 'utf8'))
        const layer = report.layers.find(item => item.fileName === found.fileName)
        if (!layer) return undefined
        await mkdir(outputDir, { recursive: true })
        const zipPath = await placeChecked(found.entry, layer, outputDir, fileName)
        await touch(found.entry)
        return { ...layer, fileName, zipPath }
      } catch (error) {
        log.warn(
          `the cached ${found.fileName} is unusable (${errorMessage(error)}); building it again`
        )
        return undefined
      }
    },

    async save(layerKey, report, targetKeys) {
      const entry = layerEntryDir(layout, layerKey)
      const partial = `${entry}.partial-${process.pid}`
      await rm(partial, { recursive: true, force: true })
      await mkdir(partial, { recursive: true })
      try {
        for (const layer of report.layers)
          await placeFile(layer.zipPath, path.join(partial, layer.fileName))
        await writeFile(path.join(partial, REPORT_FILE), JSON.stringify(report, null, 2) + '\n')
        await writeFile(
          path.join(partial, TARGETS_FILE),
          JSON.stringify(targetKeys, null, 2) + '\n'
        )
        await rm(entry, { recursive: true, force: true })
        await rename(partial, entry)
      } finally {
        await rm(partial, { recursive: true, force: true })
      }
      await evictLayerEntries(layout.layers, MAX_LAYER_ENTRIES)
    }
  }
}

/**
 * Places a kept layer's zip in `outputDir` as `fileName` (unless a zip with its hash is already
 * there) and checks it against the hash its report records; resolves to its path.
 */
async function placeChecked(
  entry: string,
  layer: LayerReport,
  outputDir: string,
  fileName = layer.fileName
): Promise<string> {
  // The report is read from the cache folder: its file names must not lead out of the output folder.
  if (path.basename(layer.fileName) !== layer.fileName || !layer.fileName.endsWith('.zip'))
    throw new Error(`${JSON.stringify(layer.fileName)} is not a zip file name`)
  const zipPath = guardPath(path.join(outputDir, fileName), 'layer zip')
  const present = await fileSha256(zipPath).catch(() => undefined)
  if (present !== layer.sha256) {
    await placeFile(path.join(entry, layer.fileName), zipPath)
    if ((await fileSha256(zipPath)) !== layer.sha256)
      throw new Error(`${layer.fileName} does not match its recorded hash`)
  }
  return zipPath
}

/** Where each target key's zip is kept: the most recently used entry that holds it. */
async function keptTargets(
  root: string
): Promise<Map<string, { entry: string; fileName: string }>> {
  const found = new Map<string, { entry: string; fileName: string }>()
  for (const name of await entriesNewestFirst(root)) {
    const entry = path.join(root, name)
    const keys: unknown = await readFile(path.join(entry, TARGETS_FILE), 'utf8')
      .then(text => JSON.parse(text) as unknown)
      .catch(() => undefined)
    if (!keys || typeof keys !== 'object') continue
    for (const [fileName, key] of Object.entries(keys)) {
      if (typeof key === 'string' && !found.has(key)) found.set(key, { entry, fileName })
    }
  }
  return found
}

/** The entries' folder names, the most recently used first. */
async function entriesNewestFirst(root: string): Promise<string[]> {
  const names = (await readdir(root).catch(() => [] as string[])).filter(
    name => !name.includes('.partial-')
  )
  const dated = await Promise.all(
    names.map(async name => ({
      name,
      time: (await stat(path.join(root, name)).catch(() => undefined))?.mtimeMs ?? 0
    }))
  )
  return dated.sort((a, b) => b.time - a.time).map(item => item.name)
}

/** Removes the least recently used entries beyond `keep`. */
async function evictLayerEntries(root: string, keep: number): Promise<void> {
  for (const name of (await entriesNewestFirst(root)).slice(keep))
    await rm(path.join(root, name), { recursive: true, force: true })
}
