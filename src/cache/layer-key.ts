// Layer keys: SHA-256 over everything that shapes the zips (exported requirements, the project
// wheel's content, every shaping option, the tool's version), for a whole build and for each of its
// targets (a target whose own key is unchanged is reused). The CLI and the action use the same.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../config/schema.js'
import type { LayerTarget } from '../plan/plan.js'
import { localPathOf, lockHasLocalPaths } from '../project/local-paths.js'
import type { Project } from '../project/project.js'
import type { Requirements } from '../project/requirements.js'
import { wheelContentHash } from '../project/wheel.js'
import { VERSION } from '../version.js'

export interface KeyInputs {
  config: Config
  project: Project
  targets: LayerTarget[]
  /** With a test command: the hash of the project's files it may read (cache/project-tree.ts). */
  projectFiles?: string
}

/** The options that shape every zip, as hashed into the layer keys. */
function shapingOf({ config, project, projectFiles }: KeyInputs) {
  return {
    version: VERSION,
    projectFiles,
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
  // Local files the lock points at (wheels) shape the layers too: the exports' keys cover them.
  if (lockHasLocalPaths(await readFile(project.lockFile, 'utf8'))) return undefined
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ ...shapingOf(inputs), lockKind: project.lockKind }))
  for (const target of targets)
    hash.update(JSON.stringify([target.id, target.sitePackages, target.layer]))
  await hashFile(hash, project.pyprojectPath)
  await hashFile(hash, project.lockFile)
  return hash.digest('hex')
}

/**
 * Each exported target's own key: the shaping options, the target and its layer, its exported
 * requirements and requirement files, and the project wheel's content when the layer holds the
 * project. Nothing else goes into a target's zip: a target whose key is unchanged has the same zip.
 * The project's version names the zip but goes into it only with the project's wheel, so a layer
 * without the project keeps its key across versions (its zip is reused under the new name).
 */
export async function targetKeys(
  inputs: KeyInputs,
  requirements: Map<LayerTarget, Requirements>,
  projectWheel: string | undefined
): Promise<Map<LayerTarget, string>> {
  const { project } = inputs
  const shaping = JSON.stringify({ ...shapingOf(inputs), project: project.name })
  const wheel = projectWheel ? await wheelContentHash(projectWheel) : ''
  const keys = new Map<LayerTarget, string>()
  for (const target of inputs.targets) {
    const req = requirements.get(target)
    if (!req) continue // its export failed: the target is recorded as failed, not built
    const hash = createHash('sha256').update(shaping)
    const { runtime, architecture, sitePackages, layer } = target
    const version = layer.includeProject ? project.version : undefined
    // The requirement file by its place in the project (its content is hashed below): the same
    // project checked out elsewhere keeps its keys.
    const requirementFile = layer.requirements && path.relative(project.dir, layer.requirements)
    hash.update(
      JSON.stringify([
        version,
        runtime,
        architecture,
        sitePackages,
        { ...layer, requirements: requirementFile },
        req.lines,
        req.complete
      ])
    )
    for (const file of req.files) await hashFile(hash, file)
    // A local wheel or archive a line points at, by its content.
    for (const line of req.lines) {
      const local = localPathOf(line, project.dir)
      if (local) await hashFile(hash, local.absolute)
    }
    if (layer.includeProject) hash.update(wheel)
    keys.set(target, hash.digest('hex'))
  }
  return keys
}

/** The layer key of a build from its targets' own keys (targetKeys). */
export function exportedLayerKey(keys: Map<LayerTarget, string>): string {
  const hash = createHash('sha256')
  for (const [target, key] of keys) hash.update(`${target.id}\0${key}\n`)
  return hash.digest('hex')
}

/**
 * Each target's slot: its key without its requirement lines (the shaping options, the target and
 * its layer), for targets whose zip comes from pinned lines alone (no requirement files, no project
 * wheel, no local paths). The newest zip of a slot can be updated where only a few lines changed.
 */
export function slotKeys(
  inputs: KeyInputs,
  requirements: Map<LayerTarget, Requirements>
): Map<LayerTarget, string> {
  const { project } = inputs
  const shaping = JSON.stringify({ ...shapingOf(inputs), project: project.name })
  const slots = new Map<LayerTarget, string>()
  for (const target of inputs.targets) {
    const req = requirements.get(target)
    const { runtime, architecture, sitePackages, layer } = target
    if (!req?.complete || req.files.length || layer.includeProject || layer.requirements) continue
    if (req.lines.some(line => localPathOf(line, project.dir))) continue
    const hash = createHash('sha256').update(shaping)
    hash.update(JSON.stringify(['slot', runtime, architecture, sitePackages, layer]))
    slots.set(target, hash.digest('hex'))
  }
  return slots
}
