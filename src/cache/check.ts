// The layer cache's two checks in a build: by the lock before any tool runs (when the lock alone
// determines every export), else by the exported requirements; a hit restores the zips and report.
import type { LayerTarget } from '../plan/plan.js'
import type { Requirements } from '../project/requirements.js'
import { finishReport, type WrittenReport } from '../report/finish.js'
import { errorMessage } from '../errors.js'
import type { Logger } from '../system/log.js'
import {
  exportedLayerKey,
  lockLayerKey,
  slotKeys,
  targetKeys,
  type KeyInputs
} from './layer-key.js'
import type { LayerCache } from './layer-store.js'
import { projectTreeHash } from './project-tree.js'

/** A build's outcome as the layer key names it; `cacheHit` when it came from the layer cache. */
export interface KeyedBuild extends WrittenReport {
  /** Hash of everything that shapes the zips: exported requirements, project wheel content, configuration, version. */
  layerKey: string
  /** The zips and report came from the layer cache; nothing was installed. */
  cacheHit: boolean
  /** The layer cache was off for this build (nothing reused or kept), though one was given. */
  cacheOff?: true
}

interface LayerCacheCheck {
  /** The layer cache this build reuses layers from and saves to; none when it is off. */
  store?: LayerCache
  /** A hit found by the lock's key, before any tool runs (undefined without a lock key or on a miss). */
  beforeTools(): Promise<KeyedBuild | undefined>
  /**
   * The build's layer key and each target's own key once the requirements are exported, and a hit
   * under the layer key if one is kept.
   */
  afterExport(
    requirements: Map<LayerTarget, Requirements>,
    projectWheel: string | undefined
  ): Promise<{
    layerKey: string
    targetKeys: Map<LayerTarget, string>
    /** Each target's slot, for targets whose zip an update can make (layer-key.ts slotKeys). */
    slots: Map<LayerTarget, string>
    hit?: KeyedBuild
  }>
}

/** The checks of one build against `store` (no store: every check is a miss, keys still computed). */
export async function checkLayerCache(
  inputs: KeyInputs,
  store: LayerCache | undefined,
  log: Logger
): Promise<LayerCacheCheck> {
  const { config, project } = inputs
  // A test command reads the project's own files too (its tests): then the keys cover them. A
  // project that cannot be hashed builds without the layer cache.
  let keyInputs: KeyInputs = inputs
  if (store && config.verify.testCommand) {
    try {
      const projectFiles = await projectTreeHash(project.dir, [config.outputDir, config.cacheDir])
      keyInputs = { ...inputs, projectFiles }
    } catch (error) {
      log.warn(
        `layer cache off for this build: the test command reads the project's files, and they could not all be read for the cache key (${errorMessage(error)}); every layer builds, and none is kept`
      )
      store = undefined
    }
  }
  const restore = async (layerKey: string): Promise<KeyedBuild | undefined> => {
    const restored = await store?.restore(layerKey, config.outputDir, log)
    if (!restored) return undefined
    log.info(`layers unchanged (layer cache ${layerKey.slice(0, 12)}): nothing to build`)
    return { ...(await finishReport(restored, config, log)), layerKey, cacheHit: true }
  }
  const lockKey = await lockLayerKey(keyInputs)
  return {
    store,
    beforeTools: async () => (lockKey ? restore(lockKey) : undefined),
    async afterExport(requirements, projectWheel) {
      const keys = await targetKeys(keyInputs, requirements, projectWheel)
      const slots = slotKeys(keyInputs, requirements)
      if (lockKey) return { layerKey: lockKey, targetKeys: keys, slots }
      const layerKey = exportedLayerKey(keys)
      return { layerKey, targetKeys: keys, slots, hit: await restore(layerKey) }
    }
  }
}
