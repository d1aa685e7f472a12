// The AWS SDK set every Lambda Python runtime ships: removed from a layer as one consistent set
// (or kept whole), with warnings where the locked versions differ from the runtime's.
import { RUNTIME_PROVIDED } from '../lambda/sdk.js'
import type { RuntimePackagesMode } from '../config/schema.js'
import { sameVersion } from '../system/versions.js'
import type { Distribution } from './distributions.js'

export interface RemovedPackage {
  name: string
  version: string
  files: number
  bytes: number
}

export interface RuntimePackagesReport {
  mode: RuntimePackagesMode
  /** Distributions of the SDK set found in the layer (removed, or kept with mode "keep"). */
  found: RemovedPackage[]
  /** Bytes removed (0 with mode "keep"). */
  bytesRemoved: number
  /** Packages staying in the layer that need a removed one: they will use the runtime's copy. */
  reliesOnRuntime: { name: string; needs: string[] }[]
  /** Locked versions that differ from the versions declared for the runtime. */
  versionMismatches: { name: string; locked: string; runtime: string }[]
}

interface RuntimePackagesPlan {
  report: RuntimePackagesReport
  /** Zip paths to delete (files and the dist-info folders' content). */
  remove: Set<string>
}

/**
 * Decides what to do with the SDK set in a layer. With "remove", every member present goes
 * together, so the layer never ships part of the set (e.g. botocore without boto3) that would
 * shadow the runtime's copy of the rest.
 */
export function planRuntimePackages(
  distributions: Distribution[],
  sizes: Map<string, number>,
  mode: RuntimePackagesMode,
  runtimeVersions: Record<string, string>
): RuntimePackagesPlan {
  const provided = new Set<string>(RUNTIME_PROVIDED)
  const members = distributions.filter(dist => provided.has(dist.name))
  const remove = new Set<string>()
  const found = members.map(dist => {
    const files = [
      ...new Set([
        ...dist.files,
        ...[...sizes.keys()].filter(f => f.startsWith(`${dist.infoDir}/`))
      ])
    ].filter(file => sizes.has(file))
    if (mode === 'remove') for (const file of files) remove.add(file)
    return {
      name: dist.name,
      version: dist.version,
      files: files.length,
      bytes: files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)
    }
  })
  const memberNames = new Set(members.map(dist => dist.name))
  const reliesOnRuntime =
    mode === 'remove'
      ? distributions
          .filter(dist => !memberNames.has(dist.name))
          .map(dist => ({
            name: dist.name,
            needs: dist.requires.filter(name => memberNames.has(name)).sort()
          }))
          .filter(item => item.needs.length > 0)
          .sort((a, b) => (a.name < b.name ? -1 : 1))
      : []
  const versionMismatches = members
    .map(dist => ({ name: dist.name, locked: dist.version, runtime: runtimeVersions[dist.name] }))
    .filter(
      (item): item is { name: string; locked: string; runtime: string } =>
        !!item.runtime && !sameVersion(item.runtime, item.locked)
    )
  return {
    remove,
    report: {
      mode,
      found: found.sort((a, b) => (a.name < b.name ? -1 : 1)),
      bytesRemoved: mode === 'remove' ? found.reduce((sum, item) => sum + item.bytes, 0) : 0,
      reliesOnRuntime,
      versionMismatches
    }
  }
}
