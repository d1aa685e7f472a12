// Builds the project's own wheel with its own tool: `poetry build` for Poetry projects,
// `uv build` otherwise (`pip wheel --no-deps` with the pip installer).
import { createHash } from 'node:crypto'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { ProjectError } from '../errors.js'
import { eachZipEntry } from '../files/zip-read.js'
import type { Installer } from '../config/schema.js'
import type { ExportContext } from './export.js'
import type { Project } from './project.js'
import { tail } from '../system/process.js'
import { buildBackendEnv } from './build-env.js'
import { checkProjectFiles } from './source-check.js'

export async function buildProjectWheel(
  ctx: ExportContext,
  project: Project,
  installer: Installer,
  outDir: string,
  /** Folders inside the project that are not its sources (the output folder). */
  skipFolders: string[] = []
): Promise<string> {
  await checkProjectFiles(project.dir, skipFolders)
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  // The backend runs project code: it gets no AWS keys, tokens or index passwords.
  const baseEnv = await buildBackendEnv(
    process.env,
    path.join(path.dirname(outDir), 'index-config')
  )
  let command: readonly string[]
  let args: string[]
  let env: Record<string, string> = {}
  if (project.lockKind === 'poetry') {
    command = await ctx.tools.poetry()
    args = ['build', '--format', 'wheel', '--output', outDir]
    env = { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' }
  } else if (installer === 'pip') {
    command = await ctx.tools.python()
    args = [
      '-m',
      'pip',
      'wheel',
      '--no-deps',
      '--disable-pip-version-check',
      '--wheel-dir',
      outDir,
      project.dir
    ]
  } else {
    command = await ctx.tools.uv()
    args = ['build', '--wheel', '--out-dir', outDir, project.dir]
    env = ctx.uvEnv
  }
  ctx.log.info(`Building the ${project.name} wheel`)
  ctx.log.debug([...command, ...args].join(' '))
  const [executable, ...prefix] = command
  const result = await ctx.run(executable as string, [...prefix, ...args], {
    cwd: project.dir,
    env,
    baseEnv
  })
  if (result.code !== 0) {
    throw new ProjectError(
      `could not build the wheel of ${project.name}:\n${tail(result.stderr + result.stdout)}`,
      {
        file: project.pyprojectPath,
        hint: 'Check [build-system] in pyproject.toml; the same command must work on your machine.'
      }
    )
  }
  const wheels = (await readdir(outDir)).filter(name => name.endsWith('.whl'))
  if (wheels.length !== 1 || !wheels[0]) {
    throw new ProjectError(
      `building ${project.name} produced ${wheels.length} wheels in ${outDir}, expected one`
    )
  }
  return path.join(outDir, wheels[0])
}

/**
 * SHA-256 over a wheel's entries (names and content, in name order), not its bytes: a rebuilt
 * wheel with new timestamps but the same files has the same content hash.
 */
export async function wheelContentHash(wheel: string): Promise<string> {
  const digests: string[] = []
  await eachZipEntry(wheel, async entry => {
    const hash = createHash('sha256')
    for await (const chunk of await entry.open()) hash.update(chunk as Buffer)
    digests.push(`${entry.name}\0${hash.digest('hex')}`)
  })
  return createHash('sha256').update(digests.sort().join('\n')).digest('hex')
}
