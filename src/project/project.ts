// The Python project as the pipeline sees it: name, version, extras, and how its dependencies are locked.
import path from 'node:path'
import { exists } from '../system/exists.js'
import { isTable, lineOf, tableAt, type Pyproject } from '../files/pyproject.js'
import { checkProjectName, checkProjectVersion } from './metadata.js'

/** How the project's dependencies are pinned: a lock file, or nothing (resolved for each target). */
export type LockKind = 'poetry' | 'uv' | 'unlocked'

export interface Project {
  dir: string
  pyprojectPath: string
  /** Normalized name (PEP 503), used in zip names. */
  name: string
  version: string
  /** Normalized names of the extras the project declares. */
  extras: string[]
  lockKind: LockKind
  /** Absolute path of poetry.lock or uv.lock. */
  lockFile?: string
  /** Whether pyproject.toml declares how to build the project's own wheel. */
  buildable: boolean
  /** A Poetry project with no [project] table: only Poetry can resolve its dependencies. */
  poetryOnly?: boolean
}

/** PEP 503 / PEP 685 normalization of project and extra names. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

export async function loadProject(dir: string, pyproject: Pyproject): Promise<Project> {
  const pep621 = tableAt(pyproject.data, 'project') ?? {}
  const poetry = tableAt(pyproject.data, 'tool', 'poetry') ?? {}
  const source = (key: string) => {
    const header = typeof pep621[key] === 'string' ? 'project' : 'tool.poetry'
    const given = typeof pep621[key] === 'string' || typeof poetry[key] === 'string'
    return {
      file: pyproject.path,
      line: given ? lineOf(pyproject.text, header, key) : undefined,
      label: given ? `[${header}] ${key}` : key === 'name' ? 'the project folder name' : key
    }
  }
  const name = checkProjectName(
    stringOr(pep621.name, stringOr(poetry.name, path.basename(dir))),
    source('name')
  )
  const version = checkProjectVersion(
    stringOr(pep621.version, stringOr(poetry.version, '0.0.0')),
    source('version')
  )

  const extras = new Set<string>()
  for (const table of [pep621['optional-dependencies'], poetry.extras]) {
    if (isTable(table)) for (const extra of Object.keys(table)) extras.add(normalizeName(extra))
  }

  let lockKind: LockKind = 'unlocked'
  let lockFile: string | undefined
  for (const [kind, file] of [
    ['poetry', 'poetry.lock'],
    ['uv', 'uv.lock']
  ] as const) {
    const candidate = path.join(dir, file)
    if (await exists(candidate)) {
      lockKind = kind
      lockFile = candidate
      break
    }
  }

  return {
    dir,
    pyprojectPath: pyproject.path,
    name: normalizeName(name),
    version,
    extras: [...extras].sort(),
    lockKind,
    lockFile,
    buildable: isTable(pyproject.data['build-system']) || Object.keys(poetry).length > 0,
    poetryOnly: !isTable(pyproject.data.project) && isTable(poetry.dependencies)
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback
}
