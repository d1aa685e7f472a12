// The Shape step: takes out what the runtime already provides and slims the installed tree in
// place, reporting files and bytes removed by each rule.
import { unlinkSync } from 'node:fs'
import path from 'node:path'
import type { RuntimePackagesMode, ShapeOptions, SlimRule } from '../config/schema.js'
import { walkTree } from '../files/tree.js'
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../lambda/runtimes.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { readDistributions } from './distributions.js'
import { matcher } from './glob.js'
import { importedFiles } from './imports.js'
import { planRuntimePackages, type RuntimePackagesReport } from './runtime-packages.js'
import { containingFolder, deletionRule, DOC_DIRS, TEST_DIRS } from './rules.js'
import { stripSharedObjects } from './strip.js'

export interface RuleSavings {
  rule: SlimRule | 'exclude'
  files: number
  bytes: number
}

export interface ShapeReport {
  runtimePackages: RuntimePackagesReport
  slimming: RuleSavings[]
  /** Files in test or doc folders kept because a package imports them at run time. */
  keptImported: string[]
  notices: string[]
}

/** The report of a layer nothing was taken out of (built elsewhere, or a test's layer). */
export function unshapedReport(mode: RuntimePackagesMode): ShapeReport {
  return {
    runtimePackages: {
      mode,
      found: [],
      bytesRemoved: 0,
      reliesOnRuntime: [],
      versionMismatches: []
    },
    slimming: [],
    keptImported: [],
    notices: []
  }
}

interface ShapeTarget {
  sitePackages: string
  runtime: Runtime
  architecture: Architecture
}

export async function shapeLayer(
  stageDir: string,
  target: ShapeTarget,
  options: ShapeOptions,
  ctx: {
    run: Runner
    log: Logger
    resultsDir?: string
    /** Told how long a timed part took (the strip rule), for the build's profile. */
    timed?: (stage: string, seconds: number) => void
  }
): Promise<ShapeReport> {
  const entries = await walkTree(stageDir)
  const site = target.sitePackages
  const files = entries.filter(entry => entry.kind === 'file')
  const sizes = new Map(files.map(file => [file.name, file.size]))
  const distributions = await readDistributions(entries, site)
  const runtime = planRuntimePackages(
    distributions,
    sizes,
    options.runtimePackages,
    options.runtimePackageVersions
  )

  const relative = (name: string) =>
    name.startsWith(`${site}/`) ? name.slice(site.length + 1) : name
  const keep = matcher(options.keep)
  const exclude = matcher(options.exclude)
  const enabled = new Set(options.slim)
  const remaining = files.filter(file => !runtime.remove.has(file.name))

  const candidates = new Set<string>()
  for (const file of remaining) {
    const rel = relative(file.name)
    const folder = containingFolder(rel, TEST_DIRS, 0) ?? containingFolder(rel, DOC_DIRS, 1)
    if (folder) candidates.add(folder)
  }
  const pythonFiles = remaining
    .filter(file => file.name.endsWith('.py'))
    .map(file => ({ path: relative(file.name), source: file.source, identity: file.identity }))
  const imported =
    enabled.has('tests') || enabled.has('docs')
      ? importedFiles(candidates, pythonFiles)
      : new Set<string>()

  const machine = ARCHITECTURES[target.architecture]
  const rulePlatform = { python: RUNTIMES[target.runtime].python, machine }
  const savings = new Map<RuleSavings['rule'], RuleSavings>()
  const doomed = [...runtime.remove]
  const survivors = []
  for (const file of remaining) {
    const rel = relative(file.name)
    const rule = keep(rel)
      ? undefined
      : (deletionRule(rel, rulePlatform, enabled, imported) ??
        (exclude(rel) ? 'exclude' : undefined))
    if (!rule) {
      survivors.push(file)
      continue
    }
    const item = savings.get(rule) ?? { rule, files: 0, bytes: 0 }
    item.files++
    item.bytes += file.size
    savings.set(rule, item)
    doomed.push(file.name)
  }
  // Synchronous: thousands of small removals (test suites), each one system call. The folders they
  // leave empty stay until the staging folder goes: the zip leaves out folders that hold no file
  // (withoutEmptyFolders), and removing each one here would hold up the build.
  for (const name of doomed) removeFile(path.join(stageDir, name))

  const notices: string[] = []
  if (enabled.has('strip')) {
    const stripStart = Date.now()
    const stripped = await stripSharedObjects(
      survivors
        .filter(file => !keep(relative(file.name)))
        .map(file => ({ path: relative(file.name), source: file.source, size: file.size })),
      machine,
      options.noStrip,
      ctx
    )
    if (stripped.files)
      savings.set('strip', { rule: 'strip', files: stripped.files, bytes: stripped.bytes })
    if (stripped.notice) notices.push(stripped.notice)
    ctx.timed?.('strip', (Date.now() - stripStart) / 1000)
  }
  return {
    runtimePackages: runtime.report,
    slimming: [...savings.values()],
    keptImported: [...imported].sort(),
    notices
  }
}

/** Removes a file; one already gone is fine. */
function removeFile(file: string): void {
  try {
    unlinkSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
