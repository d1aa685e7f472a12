// The native builder's wheel decision for one target: reads the pinned requirements (lines and
// requirement files), asks the index in force, and turns the answer into typed errors.
import { readFile } from 'node:fs/promises'
import type { Installer } from '../../config/schema.js'
import { BuildError, NetworkError, NoWheelError, layerLabel } from '../../errors.js'
import type { BuildRequest } from '../builder.js'
import { checkAvailability, pinnedFor, type Availability } from './availability.js'
import {
  createIndexClient,
  IndexUnreachable,
  redactUrl,
  type Fetch,
  type IndexClient
} from './index-client.js'
import { indexLocations } from './index-locations.js'

export interface WheelDecider {
  /** Blockers become a NoWheelError naming all of them; an unreachable index a NetworkError. */
  decide(request: BuildRequest, installer: Installer): Promise<Availability | undefined>
}

/** One decider per build: index answers are shared by every target. */
export function createWheelDecider(
  env: Record<string, string | undefined> = process.env,
  fetchImpl?: Fetch
): WheelDecider {
  const clients = new Map<string, IndexClient>()
  return {
    async decide({ target, requirements }, installer) {
      const fileLines = await Promise.all(
        requirements.files.map(file => readFile(file, 'utf8').catch(() => ''))
      )
      const lines = [...requirements.lines, ...fileLines.flatMap(text => text.split('\n'))]
      const pins = pinnedFor(lines, target.runtime, target.architecture, target.layer.extras)
      if (pins.length === 0) return undefined
      const where = await indexLocations(installer, env, lines)
      if (!where) return undefined
      const key = JSON.stringify(where)
      let client = clients.get(key)
      if (!client) {
        client = createIndexClient(where, { fetch: fetchImpl })
        clients.set(key, client)
      }
      const label = layerLabel(target)
      let availability: Availability
      try {
        availability = await checkAvailability(pins, target.runtime, target.architecture, client)
      } catch (error) {
        if (!(error instanceof IndexUnreachable)) throw error
        throw new NetworkError(
          `${label}: the package index could not be reached, so no package was checked or installed: ${error.message}`,
          {
            hint: `Check the network, proxy and credentials for ${redactUrl(error.url.replace(/[^/]+\/$/, ''))} (index settings: PIP_INDEX_URL, UV_INDEX_URL, UV_DEFAULT_INDEX, pip.conf). This is not a missing wheel: Docker would not help.`
          }
        )
      }
      if (availability.unknown.length) {
        const names = availability.unknown.map(p => `${p.name}==${p.version}`).join(', ')
        throw new BuildError(
          `${label}: ${names} not found on the package index (${where.indexes.map(redactUrl).join(', ') || 'no index'})`,
          {
            hint: 'Check the package name, or point the installer at the index that publishes it (PIP_INDEX_URL / UV_INDEX_URL, or --extra-index-url in the lock).'
          }
        )
      }
      if (availability.blockers.length) {
        throw new NoWheelError(
          availability.blockers.map(b => ({ name: b.name, version: b.version })),
          target.runtime,
          target.architecture,
          target.layer.name,
          availability.blockers.map(b => b.reason)
        )
      }
      return availability
    }
  }
}
