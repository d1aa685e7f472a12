// Layer keys: SHA-256 over everything that shapes the zips (exported requirements, the project
// wheel's content, every shaping option, the tool's version). The CLI and the action use the same.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { Config } from '../config/schema.js'
import type { LayerTarget } from '../plan/plan.js'
import type { Project } from '../project/project.js'
import type { Requirements } from '../project/requirements.js'
import { wheelContentHash } from '../project/wheel.js'
import { VERSION } from '../version.js'

export interface KeyInputs {
  config: Config
  project: Project
  targets: LayerTarget[]
}

/** The options that shape every zip, as hashed into the layer keys. */
function shapingOf({ config, project }: KeyInputs) {
  return {
    version: VERSION,
    project: [project.name, project.version],
    layout: config.layout,
    installer: config.installer,
    builder: config.builder,
    buildImage: config.buildImage,
    runtimeImage: config.runtimeImage,
    verify: config.verify,
    shape: config.shape,
    compressionLevel: config.compressionLevel,
    sizeWarnPercent: config.sizeWarnPercent,
    combinations: config.combinations,
    sourceDateEpoch: config.sourceDateEpoch
  }
}

/** Streams a file into a hash (no whole-file reads). */
async function hashFile(hash: ReturnType<typeof createHash>, file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
}

/**
 * The layer key of a poetry- or uv-locked project whose layers come from the lock alone (no
 * requirement files, no project wheel): pyproject.toml and the lock determine every export, so
 * hashing them stands in for the exports. Undefined otherwise.
 */
export async function lockLayerKey(inputs: KeyInputs): Promise<string | undefined> {
  const { project, targets } = inputs
  if (!project.lockFile || targets.some(t => t.layer.requirements || t.layer.includeProject))
    return undefined
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ ...shapingOf(inputs), lockKind: project.lockKind }))
  for (const target of targets)
    hash.update(JSON.stringify([target.id, target.sitePackages, target.layer]))
  await hashFile(hash, project.pyprojectPath)
  await hashFile(hash, project.lockFile)
  return hash.digest('hex')
}

/** The layer key from the exported requirements and the project wheel's content. */
export async function exportedLayerKey(
  inputs: KeyInputs,
  requirements: Map<LayerTarget, Requirements>,
  projectWheel: string | undefined
): Promise<string> {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(shapingOf(inputs)))
  for (const target of inputs.targets) {
    const req = requirements.get(target)
    if (!req) continue // its export failed: the target is recorded as failed, not built
    hash.update(
      JSON.stringify([
        target.id,
        target.sitePackages,
        target.layer.includeProject,
        req.lines,
        req.complete
      ])
    )
    for (const file of req.files) await hashFile(hash, file)
  }
  if (projectWheel) hash.update(await wheelContentHash(projectWheel))
  return hash.digest('hex')
}
