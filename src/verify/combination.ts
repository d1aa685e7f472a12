// Combinations verified together: a function sees its layers merged under /opt in order (a later
// layer's file replaces an earlier one's). Every module of every member that imported alone is
// imported again with all members merged that way; one that now fails is reported.
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Combination, Config } from '../config/schema.js'
import { BuildFailedError } from '../errors.js'
import { imageFor } from '../lambda/images.js'
import { builtCombinations } from '../plan/combinations.js'
import type { Architecture, Runtime } from '../lambda/runtimes.js'
import { invokingUser, type Docker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { isEmulated } from './emulation.js'
import { importOnHost } from './host-imports.js'
import { importInImage, type ImportReport } from './imports.js'
import { extractZip, readZip } from '../files/zip-read.js'

/** One declared combination on one runtime and architecture of the build. */
interface CombinationOnRuntime {
  name: string
  runtime: string
  architecture: string
  /** Member layers in mount order. */
  layers: string[]
}

export type CombinationImportReport = CombinationOnRuntime &
  ({ where: string; modules: number; problems: string[] } | { skipped: string })

/** What the combination check needs of each built layer (a CombinationMember has it). */
export interface CombinationMember {
  layer: string
  runtime: string
  architecture: string
  zipPath: string
  verify?: { imports?: ImportReport | { skipped: string } }
}

export interface CombinationContext {
  docker: Docker
  run: Runner
  /** Runtime image name or template. */
  runtimeImage: string
  /** Scratch folder for the merged /opt trees. */
  workDir: string
}

/** Imports every member's modules with all members merged, for each combination and runtime built. */
export async function verifyCombinations(
  combinations: Combination[],
  layers: CombinationMember[],
  ctx: CombinationContext
): Promise<CombinationImportReport[]> {
  const results: CombinationImportReport[] = []
  const built = builtCombinations(combinations, layers)
  for (const { combination, runtime, architecture, members } of built) {
    const set = { name: combination.name, runtime, architecture, layers: combination.layers }
    results.push(await verifyTogether(set, members, ctx))
  }
  return results
}

async function verifyTogether(
  set: CombinationOnRuntime,
  members: CombinationMember[],
  ctx: CombinationContext
): Promise<CombinationImportReport> {
  const alone = members.map(member => member.verify?.imports)
  const unchecked = members.find((_, i) => !alone[i] || 'skipped' in (alone[i] as object))
  if (unchecked) {
    return { ...set, skipped: `layer ${unchecked.layer} was not import-checked alone` }
  }
  const reports = alone as ImportReport[]
  const owner = new Map<string, string>()
  reports.forEach((report, i) => {
    for (const m of report.modules)
      if (m.ok && !owner.has(m.module)) owner.set(m.module, members[i]?.layer ?? '?')
  })
  const modules = [...owner.keys()]
  const dir = await mkdtemp(path.join(ctx.workDir, 'together-'))
  try {
    // Extracted in order into one tree: a later member's file replaces an earlier one's, as in /opt.
    const writer = new Map<string, string>()
    const replaced = new Map<string, Map<string, string[]>>() // earlier layer -> later layer -> files
    for (const member of members) {
      for (const name of (await readZip(member.zipPath, () => false)).names) {
        const earlier = writer.get(name)
        if (earlier && earlier !== member.layer && !name.endsWith('/')) {
          const byLater = replaced.get(earlier) ?? new Map<string, string[]>()
          byLater.set(member.layer, [...(byLater.get(member.layer) ?? []), name])
          replaced.set(earlier, byLater)
        }
        writer.set(name, member.layer)
      }
      await extractZip(member.zipPath, dir)
    }
    const report = await importTogether(dir, modules, set, reports[0]?.where ?? '', ctx)
    const label = `${set.name} (${set.layers.join(' + ')}, ${set.runtime} ${set.architecture})`
    const problems = report.modules
      .filter(m => !m.ok)
      .map(m => {
        const layer = owner.get(m.module) ?? '?'
        const culprits = [...(replaced.get(layer) ?? new Map<string, string[]>())].map(
          ([later, files]) =>
            `layer ${later} replaces ${files.length} of its files (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`
        )
        return `import ${m.module} (layer ${layer}) works alone but fails in combination ${label}: ${m.error}${culprits.length ? `; ${culprits.join('; ')}` : ''}`
      })
    const unfinished = report.problems.filter(p => p.startsWith('the import check did not finish'))
    return {
      ...set,
      where: report.where,
      modules: modules.length,
      problems: [...problems, ...unfinished]
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Imports where the members were imported alone: the runtime image, or the host's Python. */
async function importTogether(
  dir: string,
  modules: string[],
  set: CombinationOnRuntime,
  aloneWhere: string,
  ctx: CombinationContext
): Promise<ImportReport> {
  const runtime = set.runtime as Runtime
  const architecture = set.architecture as Architecture
  if (aloneWhere.startsWith('host python ')) {
    const hostVersion = aloneWhere.split(' ')[2] ?? ''
    return importOnHost(dir, modules, { run: ctx.run, python: 'python3', runtime, hostVersion })
  }
  const { engine } = await ctx.docker.engine()
  return importInImage(dir, modules, {
    docker: ctx.docker,
    image: imageFor(ctx.runtimeImage, runtime, architecture),
    user: invokingUser(),
    runtime,
    architecture,
    emulated: !!engine && isEmulated(engine.arch, architecture)
  })
}

/** The pipeline's hook: undefined when the import check is off or no combination is declared. */
export async function verifyCombinationImports(
  config: Config,
  layers: CombinationMember[],
  ctx: { docker: Docker; run: Runner; workRoot: string; log: Logger }
): Promise<CombinationImportReport[] | undefined> {
  if (!config.combinations.length || !config.verify.checks.includes('imports')) return undefined
  ctx.log.info(`verifying ${config.combinations.length} combination(s): members imported together`)
  const results = await verifyCombinations(config.combinations, layers, {
    docker: ctx.docker,
    run: ctx.run,
    runtimeImage: config.runtimeImage,
    workDir: ctx.workRoot
  })
  for (const r of results)
    if ('skipped' in r) ctx.log.warn(`combination ${r.name}: import check skipped: ${r.skipped}`)
  return results
}

/** Fails (after the report is written, carrying it) when a module breaks only in a combination. */
export function failCombinationImports<R>(
  results: CombinationImportReport[],
  written: { report: R; reportPath: string }
): void {
  const problems = results.flatMap(r => ('problems' in r ? r.problems : []))
  if (!problems.length) return
  throw new BuildFailedError(
    `layers fail when used together:\n  ${problems.join('\n  ')}`,
    written.report,
    written.reportPath,
    {
      hint: `Nothing was published. A later layer replaces files an earlier one needs: align the packages the combination's layers share, or move them into one layer. Report: ${written.reportPath}`
    }
  )
}
