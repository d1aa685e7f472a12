// The action's two caches (@actions/cache): the installer's downloads and pinned tools, keyed by
// the lock files with a restore prefix; and finished layers, the same entries and keys as the
// CLI's layer cache (src/cache), moved by the cache service (an earlier build's entry by prefix). A cache service failure is a
// warning, never a failed build.
import { errorMessage } from '../errors.js'
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import {
  CACHE_VERSION,
  cacheLayout,
  installerCachePaths,
  LAYER_CACHE_PREFIX
} from '../cache/layout.js'
import { folderLayerCache, type LayerCache } from '../cache/layer-store.js'
import type { PreparedBuild } from '../pipeline.js'

/** The cache service seam: @actions/cache in the action, a test's own in tests. */
export interface CacheService {
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

/** @actions/cache, with every failure turned into a warning. */
export const githubCache: CacheService = {
  async restore(paths, key, restoreKeys) {
    try {
      return await cache.restoreCache(paths, key, restoreKeys)
    } catch (error) {
      core.warning(`cache restore failed for ${key}: ${errorMessage(error)}`)
      return undefined
    }
  },
  async save(paths, key) {
    try {
      await cache.saveCache(paths, key)
    } catch (error) {
      core.warning(`cache save failed for ${key}: ${errorMessage(error)}`)
    }
  }
}

/** A key part from free text: no commas (not allowed in keys), nothing but [A-Za-z0-9._+-]. */
export function keyPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._+-]/g, c => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

interface InstallerKey {
  key: string
  restoreKeys: string[]
  paths: string[]
}

/**
 * The installer cache: uv/pip downloads and pinned tools, keyed by version, runner, runtimes,
 * target architectures, builder and installer, and the hash of the lock and requirement files.
 */
export async function installerCacheKey(
  { config, project }: PreparedBuild,
  runner: { os: string; arch: string }
): Promise<InstallerKey> {
  const hash = createHash('sha256')
  const files = [
    project.pyprojectPath,
    project.lockFile,
    ...config.layers.map(layer => layer.requirements)
  ]
  for (const file of files.filter((f): f is string => !!f).sort()) {
    hash.update(path.basename(file))
    hash.update(await readFile(file))
  }
  const prefix = [
    'lambda-layer',
    CACHE_VERSION,
    'deps',
    runner.os,
    runner.arch,
    config.runtimes.join('+'),
    config.architectures.join('+'),
    config.builder,
    config.installer
  ]
    .map(keyPart)
    .join('-')
  return {
    key: `${prefix}-${hash.digest('hex').slice(0, 32)}`,
    restoreKeys: [`${prefix}-`],
    paths: installerCachePaths(cacheLayout(config.cacheDir))
  }
}

/**
 * The path as the cache service should see it: relative to the workspace when inside it, so an
 * entry saved from one checkout folder restores into another (the service versions entries by
 * their path strings).
 */
export function cachePath(absolute: string, workspace = process.cwd()): string {
  const relative = path.relative(workspace, absolute)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute
}

/**
 * What the cache service's layer-cache keys name after their version: the project and its targets
 * (layer, runtime, architecture), so the earlier build a miss restores by prefix is one of the same
 * targets (in a matrix, the job's own), whatever the project's version.
 */
export function layerScope({ project, targets }: PreparedBuild): string {
  const names = targets.map(t => `${t.layer.name}/${t.runtime}/${t.architecture}`).sort()
  const digest = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16)
  return `${keyPart(project.name)}-${digest}`
}

/**
 * The layer cache of the cache folder (as the CLI's), with the cache service behind it, where an
 * entry's key is `lambda-layer-v1-layers-{scope}-{layer key}` (layerScope). Entries travel through
 * one folder (the service keeps an entry under its paths), so when the service holds no entry under
 * the layer key it hands back the newest one of the same scope (restore by prefix): the targets
 * whose own keys did not change take their zips from it.
 */
export function layerCache(service: CacheService, cacheDir: string, scope: string): LayerCache {
  const layout = cacheLayout(cacheDir)
  const local = folderLayerCache(layout)
  const prefix = `${LAYER_CACHE_PREFIX}${scope}-`
  const serviceKey = (layerKey: string) => `${prefix}${layerKey}`
  let asked = false
  return {
    async restore(layerKey, outputDir, log) {
      const here = await local.restore(layerKey, outputDir, log)
      if (here || asked) return here
      asked = true
      const key = serviceKey(layerKey)
      await rm(layout.layerTransfer, { recursive: true, force: true })
      const found = await service.restore([cachePath(layout.layerTransfer)], key, [prefix])
      const foundKey = found?.startsWith(prefix) ? found.slice(prefix.length) : undefined
      if (!foundKey || !/^[0-9a-f]{64}$/.test(foundKey)) return undefined
      try {
        const entry = local.entryDir(foundKey)
        await rm(entry, { recursive: true, force: true })
        await mkdir(layout.layers, { recursive: true })
        await rename(layout.layerTransfer, entry)
      } catch (error) {
        log.warn(`cache restore of ${found} left no entry: ${errorMessage(error)}`)
        return undefined
      }
      return found === key ? local.restore(layerKey, outputDir, log) : undefined
    },
    reuse: (targetKey, fileName, outputDir, log) =>
      local.reuse(targetKey, fileName, outputDir, log),
    earlier: (slot, log) => local.earlier(slot, log),
    async save(layerKey, report, targetKeys, slots) {
      await local.save(layerKey, report, targetKeys, slots)
      const entry = local.entryDir(layerKey)
      const key = serviceKey(layerKey)
      try {
        await rm(layout.layerTransfer, { recursive: true, force: true })
        await rename(entry, layout.layerTransfer)
        try {
          await service.save([cachePath(layout.layerTransfer)], key)
        } finally {
          await rename(layout.layerTransfer, entry)
        }
      } catch (error) {
        core.warning(`cache save failed for ${key}: ${errorMessage(error)}`)
      }
    }
  }
}
