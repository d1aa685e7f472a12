// The layer cache: finished zips and their report kept under the layer key, in the cache folder.
// An unchanged rerun restores them into the output folder, each zip checked against the hash the
// report records (streamed, never read whole), and installs nothing. Each entry also names the
// target key (cache/layer-key.ts) each zip was built under: a build with some targets changed
// reuses the zips of the others, and the slot each zip fills (its target with any requirements) with
// the lines it was built from: a target whose requirements changed a little updates that zip.
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
  /**
   * The newest kept build of a target slot (cache/layer-key.ts slotKeys): its zip in the cache,
   * checked against its recorded hash, its report and the requirement lines it was built from.
   */
  earlier?(slot: string, log: Logger): Promise<EarlierBuild | undefined>
  /**
   * Keeps a finished build's zips and report under `layerKey`, with each zip's target key and
   * slot by file name.
   */
  save(
    layerKey: string,
    report: Report,
    targetKeys: Record<string, string>,
    slots?: Record<string, KeptSlot>
  ): Promise<void>
}

/** In an entry: the slot of a zip and the requirement lines it was built from. */
export interface KeptSlot {
  slot: string
  lines: string[]
}

/** An earlier build of a slot: the zip (read, never moved), its layer's report, its lines. */
export interface EarlierBuild {
  zipPath: string
  layer: LayerReport
  lines: string[]
}

/** In an entry: the target key each zip was built under, `{ "<file name>": "<target key>" }`. */
const TARGETS_FILE = 'targets.json'
/** In an entry: `{ "<file name>": KeptSlot }`. */
const SLOTS_FILE = 'slots.json'

/** Layer-cache entries kept in the folder, at most; the least recently used go first. */
const MAX_LAYER_ENTRIES = 6

/** The layer cache in the cache folder: `layers/v1/lambda-layer-v1-layers-{key}/`. */
export function folderLayerCache(layout: CacheLayout): Required<LayerCache> & {
  entryDir(layerKey: string): string
} {
  // Where each target key's zip is kept, read from the entries once, on the first reuse.
  let kept: Promise<Map<string, { entry: string; fileName: string }>> | undefined
  let keptSlots: ReturnType<typeof newestByKey<{ key: string; lines: string[] }>> | undefined
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

    async earlier(slot, log) {
      keptSlots ??= newestByKey(layout.layers, SLOTS_FILE, value => {
        const { slot, lines } = (value ?? {}) as Partial<KeptSlot>
        const valid = typeof slot === 'string' && Array.isArray(lines)
        return valid && lines.every(line => typeof line === 'string')
          ? { key: slot, lines }
          : undefined
      })
      const found = (await keptSlots).get(slot)
      if (!found) return undefined
      try {
        const report = parseReport(await readFile(path.join(found.entry, REPORT_FILE), 'utf8'))
        const layer = report.layers.find(item => item.fileName === found.fileName)
        if (!layer || path.basename(layer.fileName) !== layer.fileName) return undefined
        const zipPath = path.join(found.entry, layer.fileName)
        if ((await fileSha256(zipPath)) !== layer.sha256)
          throw new Error(`${layer.fileName} does not match its recorded hash`)
        return { zipPath, layer, lines: found.lines }
      } catch (error) {
        log.warn(
          `the cached ${found.fileName} is unusable (${errorMessage(error)}); not updating it`
        )
        return undefined
      }
    },

    async save(layerKey, report, targetKeys, slots = {}) {
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
        await writeFile(path.join(partial, SLOTS_FILE), JSON.stringify(slots) + '\n')
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
function keptTargets(root: string) {
  return newestByKey(root, TARGETS_FILE, value =>
    typeof value === 'string' ? { key: value } : undefined
  )
}

/**
 * From every entry's `file` (`{ "<zip file name>": value }`), each value `pick` accepts by its
 * `key`, from the most recently used entry that holds it, with that entry and the zip's file name.
 */
async function newestByKey<T extends { key: string }>(
  root: string,
  file: string,
  pick: (value: unknown) => T | undefined
): Promise<Map<string, T & { entry: string; fileName: string }>> {
  const found = new Map<string, T & { entry: string; fileName: string }>()
  for (const name of await entriesNewestFirst(root)) {
    const entry = path.join(root, name)
    const values: unknown = await readFile(path.join(entry, file), 'utf8')
      .then(text => JSON.parse(text) as unknown)
      .catch(() => undefined)
    if (!values || typeof values !== 'object') continue
    for (const [fileName, value] of Object.entries(values)) {
      const picked = pick(value)
      if (!picked) continue
      if (!found.has(picked.key)) found.set(picked.key, { ...picked, entry, fileName })
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
