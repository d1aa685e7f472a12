// Shared test fixtures: example projects copied into scratch folders, and the pipeline run on them.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Overrides } from '../src/config/options.js'
import { buildLayers, prepareBuild, type BuildResult } from '../src/pipeline.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const EXAMPLES = path.join(REPO_ROOT, 'examples')

/** A fresh scratch folder, removed by the returned cleanup. */
export async function scratch(prefix = 'lambda-layer-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix))
}

/** Copies an example project (without build output) into a scratch folder. */
export async function copyExample(name: string): Promise<string> {
  const dir = path.join(await scratch(), name)
  await cp(path.join(EXAMPLES, name), dir, {
    recursive: true,
    filter: source =>
      !/(^|\/)(lambda-layers|dist|\.venv|__pycache__)(\/|$)/.test(path.relative(EXAMPLES, source))
  })
  return dir
}

/**
 * Verify checks the build tests run unless they choose: the ELF check only, since only python3.11
 * has a stand-in runtime image (tests of imports and SDK shadowing name it and pass --verify).
 */
export const TEST_VERIFY = ['elf']

/** Runs prepare + build on a project with overrides, logging nothing. */
export async function build(projectDir: string, overrides: Overrides = {}): Promise<BuildResult> {
  const prepared = await prepareBuild({
    projectDir,
    overrides: { verify: TEST_VERIFY, ...overrides }
  })
  return buildLayers(prepared, { run: runProcess, log: silentLogger })
}

export async function remove(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/**
 * Folders a test file creates and wants gone after its tests: `track` ones made elsewhere
 * (e.g. copyExample's parent), or make a new one with `folder`.
 */
export function useScratch(): {
  folder(prefix?: string): Promise<string>
  track(...dirs: string[]): void
} {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await remove(dir)
  })
  return {
    folder: async prefix => {
      const dir = await scratch(prefix)
      dirs.push(dir)
      return dir
    },
    track: (...more) => {
      dirs.push(...more)
    }
  }
}
