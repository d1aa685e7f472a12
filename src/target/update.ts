// Updates the newest kept zip of a target whose requirement lines changed in a few packages:
// installs, shapes and compiles only those packages (their earlier versions too, to know exactly
// which entries and figures were theirs), and writes the zip from the earlier zip's other entries,
// copied as they are, and the new files, in the same order as a full build. The zip's bytes and
// the report are those a full build would give. Whenever a package's files could change what Shape
// does with another package's (test or doc folders imported across packages, the runtime's SDK set,
// shared paths, another builder), the target builds in full instead.
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { BuildOutcome } from '../build/builder.js'
import type { EarlierBuild } from '../cache/layer-store.js'
import { isLink, walkTree, withoutEmptyFolders, type TreeEntry } from '../files/tree.js'
import { eachZipEntry } from '../files/zip-read.js'
import { RUNTIME_PROVIDED } from '../lambda/sdk.js'
import { largestFirst, packageUsage, type PackageUsage } from '../package/inventory.js'
import type { CopiedEntry, ZipInput } from '../package/zip.js'
import type { LayerTarget } from '../plan/plan.js'
import { parsePin, pinsOf, type Requirements } from '../project/requirements.js'
import type { FailureStage, LayerReport } from '../report/report.js'
import { readDistributions } from '../shape/distributions.js'
import { testOrDocImports } from '../shape/imports.js'
import { containingFolder, DOC_DIRS, TEST_DIRS } from '../shape/rules.js'
import type { RuleSavings, ShapeReport } from '../shape/shape.js'
import { guardPath } from '../system/paths.js'
import { stopwatch } from '../system/stopwatch.js'
import {
  bytecodeSharesOf,
  finishLayer,
  stageLayer,
  zipStaged,
  type BuildingContext,
  type Clock,
  type Staged
} from './steps.js'

/** At most this share of a layer's packages may change for an update; beyond it, a full build. */
const MAX_CHANGED_SHARE = 0.25

/** The lines of the packages that changed: as the earlier zip was built, and as they are now. */
interface Change {
  names: string[]
  before: string[]
  after: string[]
}

/** Why an update cannot give what a full build would: the target builds in full instead. */
class NotUpdatable extends Error {}

/**
 * The report of the target updated from `earlier`, or undefined when an update cannot give what a
 * full build would (the log says why; the caller then builds in full).
 */
export async function updateTarget(
  target: LayerTarget,
  requirements: Requirements,
  earlier: EarlierBuild,
  step: string,
  ctx: BuildingContext,
  progress: { stage: FailureStage }
): Promise<LayerReport | undefined> {
  const { log } = ctx
  const started = Date.now()
  const clock = stopwatch<string>()
  try {
    const change = changedLines(earlier.lines, requirements.lines)
    if (typeof change === 'string') throw new NotUpdatable(change)
    log.info(
      `${step}: ${change.names.length} of ${pinsOf(requirements).length} packages changed (${change.names.join(', ')}); updating the earlier zip`
    )
    const records = await recordsOf(earlier.zipPath)
    // Layers of one build that share a change (numpy in four layers) stage its packages once.
    const stage = async (name: string, lines: string[]) => {
      if (!lines.length) return undefined
      const key = JSON.stringify([lines, target.runtime, target.architecture, target.sitePackages])
      const part = await ctx.shared(`update ${key}`, () => {
        const id = createHash('sha256').update(key).digest('hex').slice(0, 16)
        const dir = guardPath(path.join(ctx.workRoot, 'parts', id), 'staging folder')
        return stagePart(target, lines, dir, `${step} (${name} versions)`, ctx, clock, progress)
      })
      checkAddable(part, earlier.layer, records, target.sitePackages)
      return part
    }
    const before = await stage('earlier', change.before)
    const after = await stage('changed', change.after)
    const parts = [before, after]

    progress.stage = 'package'
    const merged = mergedEntries(records, before?.entries ?? [], after?.entries ?? [])
    const written = await zipStaged(target, merged, step, ctx, clock)
    const layer = earlier.layer
    const built: BuildOutcome = after?.staged.outcome ?? {
      builder: layer.builder,
      installer: layer.installer as BuildOutcome['installer'],
      ...(layer.fallback ? { fallback: layer.fallback } : {})
    }
    const bytecode = layer.bytecode && {
      ...layer.bytecode,
      failed: updated(layer.bytecode.failed, parts, part => part.staged.bytecode?.failed),
      ...(layer.bytecode.bytes === undefined
        ? {}
        : { bytes: updated(layer.bytecode.bytes, parts, part => part.shares.bytes) }),
      ...(layer.bytecode.sourcesBytes === undefined
        ? {}
        : { sourcesBytes: updated(layer.bytecode.sourcesBytes, parts, p => p.shares.sourcesBytes) })
    }
    const shape = await updatedShape(layer.shape, change.names, parts, target.sitePackages)
    for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
      if (change.names.includes(name))
        log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`)
    }
    return await finishLayer(target, written, merged, step, ctx, clock, progress, {
      built,
      requirements: pinsOf(requirements),
      shape,
      packages: await updatedPackages(layer.packages, parts, target.sitePackages),
      bytecode,
      started
    })
  } catch (error) {
    if (!(error instanceof NotUpdatable)) throw error
    log.info(`${step}: building in full: ${error.message}`)
    return undefined
  }
}

/**
 * The packages whose lines differ (by name; a package's lines taken together), or why the lines
 * cannot be updated: other lines (index options) changed, nothing or too much changed, or a
 * changed package is in the runtime's SDK set (Shape takes that set out as a whole).
 */
export function changedLines(earlier: string[], now: string[]): Change | string {
  const split = (lines: string[]) => {
    const byName = new Map<string, string[]>()
    const other: string[] = []
    for (const line of lines) {
      const name = parsePin(line)?.name
      if (!name) other.push(line)
      else byName.set(name, [...(byName.get(name) ?? []), line])
    }
    return { byName, other }
  }
  const was = split(earlier)
  const is = split(now)
  if (was.other.join('\n') !== is.other.join('\n')) return 'the index options changed'
  const names = [...new Set([...was.byName.keys(), ...is.byName.keys()])]
    .filter(name => was.byName.get(name)?.join('\n') !== is.byName.get(name)?.join('\n'))
    .sort()
  if (names.length === 0) return 'no package changed'
  if (names.length > Math.max(1, is.byName.size * MAX_CHANGED_SHARE))
    return `${names.length} of ${is.byName.size} packages changed`
  const sdk = names.filter(name => (RUNTIME_PROVIDED as readonly string[]).includes(name))
  if (sdk.length)
    return `${sdk.join(', ')} ${sdk.length > 1 ? 'are' : 'is'} in the runtime's SDK set`
  const lines = (side: typeof was) => [
    ...is.other,
    ...names.flatMap(name => side.byName.get(name) ?? [])
  ]
  return {
    names,
    before: names.some(name => was.byName.has(name)) ? lines(was) : [],
    after: names.some(name => is.byName.has(name)) ? lines(is) : []
  }
}

/** Some packages installed, shaped and compiled alone, with their entries and bytecode shares. */
interface Part {
  staged: Staged
  entries: TreeEntry[]
  /** Test or doc folders their code imports (relative to site-packages), wherever they are. */
  imports: string[]
  shares: { bytes?: number; sourcesBytes?: number }
}

/**
 * Installs, shapes and compiles `lines` alone. Refused when the installed packages hold a test or
 * doc folder (Shape keeps one when another package imports it) or symlinks.
 */
async function stagePart(
  target: LayerTarget,
  lines: string[],
  stageDir: string,
  step: string,
  ctx: BuildingContext,
  clock: Clock,
  progress: { stage: FailureStage }
): Promise<Part> {
  const site = target.sitePackages
  let imports: string[] = []
  const inspect = async () => {
    const files = (await walkTree(stageDir)).filter(entry => entry.kind === 'file')
    if (files.some(file => isLink(stageDir, file)))
      throw new NotUpdatable('a changed package holds symlinks')
    const relative = files
      .filter(file => file.name.startsWith(`${site}/`))
      .map(file => ({ ...file, path: file.name.slice(site.length + 1) }))
    const inFolder = relative.find(
      file => containingFolder(file.path, TEST_DIRS, 0) ?? containingFolder(file.path, DOC_DIRS, 1)
    )
    if (inFolder) throw new NotUpdatable(`${inFolder.path} is in a test or doc folder`)
    imports = testOrDocImports(relative.filter(file => file.path.endsWith('.py')))
  }
  const requirements = { lines, files: [], complete: true }
  const staged = await stageLayer(
    target,
    requirements,
    stageDir,
    step,
    ctx,
    clock,
    progress,
    inspect
  )
  const entries = withoutEmptyFolders(await walkTree(stageDir))
  const files = entries.filter(entry => entry.kind === 'file')
  return { staged, entries, imports, shares: bytecodeSharesOf(files, target, ctx.config) }
}

/**
 * Refuses a part whose figures cannot be added to or taken from the earlier build's: installed or
 * compiled otherwise, with notices of its own, or importing a test or doc folder another package
 * may hold (the folder's parent is in the earlier zip), which Shape keeps or removes because of it.
 */
function checkAddable(part: Part, layer: LayerReport, records: Records, site: string): void {
  for (const folder of part.imports) {
    const parent = path.posix.dirname(folder)
    if (parent === '.' || records.byName.has(`${site}/${parent}`))
      throw new NotUpdatable(`a changed package imports ${folder}, which another package may hold`)
  }
  const { outcome, shape, bytecode } = part.staged
  if (outcome.builder !== layer.builder || outcome.installer !== layer.installer)
    throw new NotUpdatable(
      `installed with ${outcome.builder}/${outcome.installer}, the earlier zip with ${layer.builder}/${layer.installer}`
    )
  if (JSON.stringify(outcome.fallback) !== JSON.stringify(layer.fallback))
    throw new NotUpdatable("the Docker fallback differs from the earlier zip's")
  if (shape.notices.length || shape.runtimePackages.found.length)
    throw new NotUpdatable('Shape had notices for a changed package')
  if (
    bytecode?.compiler !== layer.bytecode?.compiler ||
    bytecode?.notice !== layer.bytecode?.notice
  )
    throw new NotUpdatable("the bytecode was compiled elsewhere than the earlier zip's")
}

/** `value` without what `before` held and with what `after` holds. */
function updated(
  value: number,
  [before, after]: (Part | undefined)[],
  of: (part: Part) => number | undefined
): number {
  return value - (before ? (of(before) ?? 0) : 0) + (after ? (of(after) ?? 0) : 0)
}

/** A record in the earlier zip: its entry and where its local record lies. */
interface EarlierRecord {
  name: string
  kind: 'file' | 'directory'
  size: number
  copied: CopiedEntry['copied']
}

/** The earlier zip's records, in zip order and by name. */
interface Records {
  list: EarlierRecord[]
  byName: Map<string, EarlierRecord>
}

async function recordsOf(zipPath: string): Promise<Records> {
  const list: EarlierRecord[] = []
  const { offset: end } = await eachZipEntry(zipPath, entry => {
    const directory = entry.name.endsWith('/')
    list.push({
      name: directory ? entry.name.slice(0, -1) : entry.name,
      kind: directory ? 'directory' : 'file',
      size: entry.size,
      copied: {
        zip: zipPath,
        offset: entry.raw.localHeaderOffset,
        bytes: 0,
        // The permission bits with the file type's (a folder, a regular file), as written.
        mode: (directory ? 0o40000 : 0o100000) | entry.mode
      }
    })
  })
  // Records lie end to end up to the central directory (checked when the zip was written).
  list.forEach((record, index) => {
    record.copied.bytes = (list[index + 1]?.copied.offset ?? end) - record.copied.offset
  })
  return { list, byName: new Map(list.map(record => [record.name, record])) }
}

/**
 * The updated zip's entries, sorted as walkTree sorts: the earlier zip's, without the files the
 * earlier versions made (`before`) and with the changed versions' files (`after`); the folders
 * that hold a file. Refused when the earlier zip does not hold what the earlier versions made, or
 * a changed package's file is another package's too.
 */
function mergedEntries(records: Records, before: TreeEntry[], after: TreeEntry[]): ZipInput[] {
  const gone = new Set<string>()
  for (const entry of before) {
    if (entry.kind !== 'file') continue
    if (records.byName.get(entry.name)?.kind !== 'file')
      throw new NotUpdatable(`the earlier zip does not hold ${entry.name}`)
    gone.add(entry.name)
  }
  const files = new Map<string, ZipInput>()
  for (const record of records.list)
    if (record.kind === 'file' && !gone.has(record.name)) files.set(record.name, record)
  const made = new Map(after.map(entry => [entry.name, entry]))
  for (const entry of after) {
    if (entry.kind !== 'file') continue
    if (files.has(entry.name))
      throw new NotUpdatable(`${entry.name} belongs to another package too`)
    files.set(entry.name, entry)
  }
  const merged = [...files.values()]
  const folders = new Set<string>()
  for (const name of files.keys()) {
    for (let cut = name.lastIndexOf('/'); cut > 0; cut = name.lastIndexOf('/', cut - 1)) {
      const folder = name.slice(0, cut)
      if (folders.has(folder)) break
      folders.add(folder)
      const entry = records.byName.get(folder) ?? made.get(folder)
      if (entry?.kind !== 'directory') throw new NotUpdatable(`${folder} is no folder in the zip`)
      merged.push(entry)
    }
  }
  if (!merged.some(entry => entry.kind === 'file'))
    throw new NotUpdatable('the updated layer would be empty')
  return merged.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** The earlier Shape report with the changed packages' rule savings and SDK needs updated. */
async function updatedShape(
  shape: ShapeReport,
  changed: string[],
  [before, after]: (Part | undefined)[],
  site: string
): Promise<ShapeReport> {
  const savings = new Map<RuleSavings['rule'], RuleSavings>()
  const add = (items: RuleSavings[], sign: number) => {
    for (const { rule, files, bytes } of items) {
      const item = savings.get(rule) ?? { rule, files: 0, bytes: 0 }
      savings.set(rule, {
        rule,
        files: item.files + sign * files,
        bytes: item.bytes + sign * bytes
      })
    }
  }
  add(shape.slimming, 1)
  add(before?.staged.shape.slimming ?? [], -1)
  add(after?.staged.shape.slimming ?? [], 1)
  // Every rule that removed a file; python-sources is always named once it ran.
  const slimming = [...savings.values()].filter(
    item => item.files > 0 || item.rule === 'python-sources'
  )
  // Packages staying in the layer that need a removed SDK member name it again, the changed ones anew.
  const runtime = shape.runtimePackages
  let reliesOnRuntime = runtime.reliesOnRuntime.filter(item => !changed.includes(item.name))
  if (runtime.mode === 'remove') {
    const members = new Set(runtime.found.map(item => item.name))
    for (const dist of after ? await readDistributions(after.entries, site) : []) {
      const needs = dist.requires.filter(name => members.has(name)).sort()
      if (needs.length) reliesOnRuntime.push({ name: dist.name, needs })
    }
    reliesOnRuntime = reliesOnRuntime.sort((a, b) => (a.name < b.name ? -1 : 1))
  }
  return { ...shape, runtimePackages: { ...runtime, reliesOnRuntime }, slimming }
}

/** The earlier report's packages without the earlier versions' files and with the changed ones'. */
async function updatedPackages(
  packages: PackageUsage[],
  [before, after]: (Part | undefined)[],
  site: string
): Promise<PackageUsage[]> {
  const usage = new Map(packages.map(item => [item.name, item]))
  const apply = async (part: Part | undefined, sign: number) => {
    for (const item of part ? await packageUsage(part.entries, site) : []) {
      const was = usage.get(item.name) ?? { ...item, unzippedBytes: 0, files: 0 }
      usage.set(item.name, {
        name: item.name,
        version: sign > 0 ? item.version : was.version,
        unzippedBytes: was.unzippedBytes + sign * item.unzippedBytes,
        files: was.files + sign * item.files
      })
    }
  }
  await apply(before, -1)
  await apply(after, 1)
  return [...usage.values()].filter(item => item.files > 0).sort(largestFirst)
}
