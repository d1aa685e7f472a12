// The cache folder's layout, defined once: where pinned tools, installer downloads, finished
// layers and per-file results live under the cache folder (`--cache-dir`, `cache-directory`).
import path from 'node:path'

/** Bump to drop every cache entry written by older versions (keys and folders carry it). */
export const CACHE_VERSION = 'v1'

/**
 * The per-file results' own version, bumped when their layout changes (v2: one folder per kind and
 * settings); trimming the results removes the folders of other versions.
 */
export const FILE_RESULTS_VERSION = 'v2'

export interface CacheLayout {
  root: string
  /** Pinned tools (uv, poetry with its export plugin). */
  tools: string
  /** uv's cache. */
  uv: string
  /** pip's download cache (native builder with installer = "pip"). */
  pip: string
  /** Wheelhouse and pip cache of the docker builder. */
  pipDocker: string
  /** Finished layers (zips and report), one folder per layer key. */
  layers: string
  /** The folder a layer-cache entry passes through to and from the action's cache service. */
  layerTransfer: string
  /** Per-file results, content-addressed: compressed bytes, stripped shared objects. */
  files: string
}

export function cacheLayout(root: string): CacheLayout {
  return {
    root,
    tools: path.join(root, 'tools'),
    uv: path.join(root, 'uv'),
    pip: path.join(root, 'pip'),
    pipDocker: path.join(root, 'pip-docker'),
    layers: path.join(root, 'layers', CACHE_VERSION),
    layerTransfer: path.join(root, 'layers', `transfer-${CACHE_VERSION}`),
    files: path.join(root, 'files', FILE_RESULTS_VERSION)
  }
}

/** The folders the installer cache carries between runs. */
export function installerCachePaths(layout: CacheLayout): string[] {
  return [layout.uv, layout.pip, layout.pipDocker, layout.tools]
}

/** What every layer-cache key starts with. */
export const LAYER_CACHE_PREFIX = `lambda-layer-${CACHE_VERSION}-layers-`

/**
 * The layer-cache key of a layer key, the name of its folder; the action's cache service keys an
 * entry by it with the build's scope inserted (action/cache.ts).
 */
export function layerCacheKey(layerKey: string): string {
  return `${LAYER_CACHE_PREFIX}${layerKey}`
}

/** The folder holding the layers saved under a layer key. */
export function layerEntryDir(layout: CacheLayout, layerKey: string): string {
  return path.join(layout.layers, layerCacheKey(layerKey))
}
