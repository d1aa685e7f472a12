// Exports each layer's pinned requirements with the project's own tool: `poetry export` for
// poetry.lock, `uv export` for uv.lock, `uv pip compile` for an unlocked PEP 621 project.
import { ProjectError } from '../errors.js'
import type { LayerSpec } from '../config/schema.js'
import { uvPlatform, RUNTIMES, type Architecture, type Runtime } from '../lambda/runtimes.js'
import type { Logger } from '../system/log.js'
import { tail, type Runner } from '../system/process.js'
import type { Tools } from '../system/tools.js'
import type { Project } from './project.js'
import { runPoetryBatch, type PoetryRun } from './poetry-batch.js'
import { inScratchCopy, lockScratchCopy, POETRY_ENV } from './poetry-scratch-lock.js'
import { withAbsoluteLocalPaths } from './local-paths.js'
import { requirementLines, subtract, type Requirements } from './requirements.js'

export interface ExportContext {
  run: Runner
  tools: Tools
  log: Logger
  /** Environment for uv (cache folder, no interpreter downloads). */
  uvEnv: Record<string, string>
}

/** What an export depends on: the layer's extras and, for an unlocked project, the target runtime. */
export interface ExportTarget {
  layer: LayerSpec
  runtime: Runtime
  architecture: Architecture
}

export type Exporter = (target: ExportTarget) => Promise<Requirements>

/**
 * An exporter for one project; exports are memoized (a lock export does not depend on the target).
 * A poetry.lock's exports for all of `targets` run in one poetry process, on the first request.
 */
export function createExporter(
  ctx: ExportContext,
  project: Project,
  targets: ExportTarget[] = []
): Exporter {
  const memo = new Map<string, Promise<string[]>>()
  // A Poetry project without poetry.lock is locked once, in a scratch copy, and exported from there.
  let scratchLock: Promise<string> | undefined
  let poetryRuns: Promise<Map<string, PoetryRun> | undefined> | undefined
  const pinned = (extras: string[], target: ExportTarget) => {
    const sorted = [...extras].sort()
    const perTarget = project.lockKind === 'unlocked' && !project.poetryOnly
    const key = perTarget
      ? `${sorted.join()}|${target.runtime}|${target.architecture}`
      : sorted.join()
    let lines = memo.get(key)
    if (!lines) {
      if (project.lockKind === 'unlocked' && project.poetryOnly) {
        scratchLock ??= lockScratchCopy(ctx, project)
        const poetryProject = { ...project, lockKind: 'poetry' as const }
        lines = scratchLock.then(lock =>
          inScratchCopy(project, lock, dir =>
            exportPins(ctx, { ...poetryProject, dir }, sorted, target)
          )
        )
      } else if (project.lockKind === 'poetry') {
        poetryRuns ??= exportPoetrySets(ctx, project, extrasSetsOf(targets))
        lines = poetryRuns.then(runs => {
          const run = runs?.get(key)
          if (!run) return exportPins(ctx, project, sorted, target)
          if (run.code !== 0) throw exportError(project, run.stderr + run.stdout)
          return requirementLines(run.stdout)
        })
      } else {
        lines = exportPins(ctx, project, sorted, target)
      }
      memo.set(key, lines)
    }
    return lines
  }

  return async target => {
    const layer: LayerSpec = target.layer
    let lines: string[] = []
    if (layer.dependencies) {
      lines = await pinned(layer.extras, target)
    } else if (layer.extras.length) {
      lines = subtract(await pinned(layer.extras, target), await pinned([], target))
    }
    lines = withAbsoluteLocalPaths(lines, project.dir, project.lockFile ?? project.pyprojectPath)
    const files = layer.requirements ? [layer.requirements] : []
    return { lines, files, complete: files.length === 0 }
  }
}

/** Every extras set the targets export, sorted (a layer of extras alone also needs the base set). */
function extrasSetsOf(targets: ExportTarget[]): string[][] {
  const sets = new Map<string, string[]>()
  for (const { layer } of targets) {
    if (!layer.dependencies && !layer.extras.length) continue
    for (const extras of layer.dependencies ? [layer.extras] : [layer.extras, []]) {
      const sorted = [...extras].sort()
      sets.set(sorted.join(), sorted)
    }
  }
  return [...sets.values()]
}

/** `poetry export` of each extras set, from one process; undefined when that cannot be done. */
async function exportPoetrySets(ctx: ExportContext, project: Project, sets: string[][]) {
  if (sets.length < 2) return undefined
  const poetry = await ctx.tools.poetry()
  const argLists = sets.map(poetryExportArgs)
  ctx.log.debug(`${poetry.join(' ')}, in one process: ${argLists.map(a => a.join(' ')).join('; ')}`)
  const runs = await runPoetryBatch(ctx.run, poetry, argLists, {
    cwd: project.dir,
    env: POETRY_ENV
  })
  return runs && new Map(sets.map((extras, index) => [extras.join(), runs[index] as PoetryRun]))
}

function poetryExportArgs(extras: string[]): string[] {
  return [
    'export',
    '--format',
    'requirements.txt',
    '--without-hashes',
    '--only',
    'main',
    ...extras.flatMap(extra => ['--extras', extra])
  ]
}

async function exportPins(
  ctx: ExportContext,
  project: Project,
  extras: string[],
  target: ExportTarget
) {
  const { command, args, env } = await exportCommand(ctx, project, extras, target)
  ctx.log.debug(`${[...command, ...args].join(' ')}`)
  const result = await ctx.run(command[0], [...command.slice(1), ...args], {
    cwd: project.dir,
    env
  })
  if (result.code !== 0) throw exportError(project, result.stderr + result.stdout)
  return requirementLines(result.stdout)
}

async function exportCommand(
  ctx: ExportContext,
  project: Project,
  extras: string[],
  target: ExportTarget
) {
  switch (project.lockKind) {
    case 'poetry':
      return { command: await ctx.tools.poetry(), args: poetryExportArgs(extras), env: POETRY_ENV }
    case 'uv':
      return {
        command: await ctx.tools.uv(),
        args: [
          'export',
          '--locked',
          '--format',
          'requirements-txt',
          '--no-hashes',
          '--no-header',
          '--no-annotate',
          '--no-emit-project',
          '--no-default-groups',
          ...extras.flatMap(extra => ['--extra', extra])
        ],
        env: ctx.uvEnv
      }
    case 'unlocked':
      return {
        command: await ctx.tools.uv(),
        args: [
          'pip',
          'compile',
          'pyproject.toml',
          '--quiet',
          '--no-header',
          '--no-annotate',
          '--only-binary',
          ':all:',
          '--python-version',
          RUNTIMES[target.runtime].python,
          '--python-platform',
          uvPlatform(target.runtime, target.architecture),
          ...extras.flatMap(extra => ['--extra', extra])
        ],
        env: ctx.uvEnv
      }
  }
}

function exportError(project: Project, output: string): ProjectError {
  const lockName = project.lockKind === 'poetry' ? 'poetry.lock' : 'uv.lock'
  if (
    /changed significantly since poetry\.lock|poetry\.lock was last generated|needs to be updated|lockfile.*out of date/i.test(
      output
    )
  ) {
    const fix = project.lockKind === 'poetry' ? 'poetry lock' : 'uv lock'
    return new ProjectError(`${lockName} is out of date with pyproject.toml`, {
      file: project.lockFile,
      hint: `Run \`${fix}\` in ${project.dir} and commit ${lockName}.`
    })
  }
  const tool = { poetry: 'poetry export', uv: 'uv export', unlocked: 'uv pip compile' }[
    project.lockKind
  ]
  return new ProjectError(`${tool} failed for ${project.pyprojectPath}:\n${tail(output)}`, {
    file: project.lockFile ?? project.pyprojectPath,
    hint:
      project.lockKind === 'unlocked'
        ? 'Check that every dependency publishes a wheel for the target runtime and that the index is reachable.'
        : undefined
  })
}
