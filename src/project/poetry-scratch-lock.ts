// A Poetry project without poetry.lock: only Poetry can resolve [tool.poetry] dependencies, so
// lock a scratch copy of pyproject.toml with the pinned poetry (the project folder is not touched).
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ProjectError } from '../errors.js'
import type { Logger } from '../system/log.js'
import { tail, type Runner } from '../system/process.js'
import type { Tools } from '../system/tools.js'
import type { Project } from './project.js'

export const POETRY_ENV = { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' }

/** A scratch folder with a copy of pyproject.toml (and a lock, when given); removed after `use`. */
export async function inScratchCopy<T>(
  project: Project,
  lockText: string | undefined,
  use: (dir: string) => Promise<T>
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-poetry-'))
  try {
    await copyFile(project.pyprojectPath, path.join(dir, 'pyproject.toml'))
    if (lockText !== undefined) await writeFile(path.join(dir, 'poetry.lock'), lockText)
    return await use(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Locks a scratch copy and returns the lock; fails with what to run when poetry cannot lock it. */
export async function lockScratchCopy(
  ctx: { run: Runner; tools: Tools; log: Logger },
  project: Project
): Promise<string> {
  const poetry = await ctx.tools.poetry()
  ctx.log.warn(
    `${project.pyprojectPath} has [tool.poetry] dependencies and no poetry.lock: locking a scratch copy with poetry ${ctx.tools.versions().poetry ?? ''} (today's versions; commit poetry.lock for reproducible layers)`
  )
  return inScratchCopy(project, undefined, async dir => {
    const result = await ctx.run(poetry[0], [...poetry.slice(1), 'lock'], {
      cwd: dir,
      env: POETRY_ENV
    })
    if (result.code !== 0) {
      throw new ProjectError(
        `a Poetry project without poetry.lock could not be locked here:\n${tail(result.stderr + result.stdout)}`,
        {
          file: project.pyprojectPath,
          hint: `run \`poetry lock\` and commit poetry.lock (in ${project.dir}).`
        }
      )
    }
    return readFile(path.join(dir, 'poetry.lock'), 'utf8')
  })
}
