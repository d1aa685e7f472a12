// A Poetry project ([tool.poetry], no [project] table) without poetry.lock: locked in a scratch copy
// with the pinned poetry and built from that lock; the project folder is left as it was.
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildFailedError, LayerError } from '../src/errors.js'
import type { Report } from '../src/report/report.js'
import { build, useScratch } from '../__fixtures__/projects.js'
import { distributionsIn, openZip } from '../__fixtures__/zip.js'
import { rejection } from '../__fixtures__/typed.js'

const scratchDirs = useScratch()

async function poetryProject(dependencies: string): Promise<string> {
  const dir = await scratchDirs.folder()
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    `[tool.poetry]\nname = "poetry-unlocked"\nversion = "0.2.0"\ndescription = ""\nauthors = ["Fixture <fixture@example.com>"]\npackage-mode = false\n\n[tool.poetry.dependencies]\npython = "^3.9"\n${dependencies}\n\n[tool.lambda-layer.layers.base]\n`
  )
  return dir
}

describe('a Poetry project without poetry.lock', () => {
  it('is locked in a scratch copy and built from that lock', async () => {
    const dir = await poetryProject('idna = ">=3.6,<3.8"\nattrs = "23.2.0"')
    const { report } = await build(dir, { runtime: ['python3.12'] })
    const zip = await openZip(report.layers[0]!.zipPath)
    try {
      const packages = Object.fromEntries(distributionsIn(zip.entries))
      expect(packages.attrs).toBe('23.2.0')
      expect(packages.idna).toBe('3.7')
    } finally {
      zip.close()
    }
    expect(report.project.lockKind).toBe('unlocked')
    // Nothing written into the project: no poetry.lock appears there.
    expect((await readdir(dir)).sort()).toEqual(['lambda-layers', 'pyproject.toml'])
  }, 300_000)

  it('says to run `poetry lock` when poetry cannot lock it', async () => {
    const dir = await poetryProject('no-such-package-lambda-layer-test = "1.0"')
    const error = await rejection(build(dir), LayerError)
    expect(error).toBeInstanceOf(BuildFailedError)
    const [failure] = (error as BuildFailedError<Report>).report.failures ?? []
    expect(failure?.stage).toBe('export')
    expect(failure?.error).toMatch(
      /^a Poetry project without poetry\.lock could not be locked here:\n/
    )
    expect(failure?.error).toContain('no-such-package-lambda-layer-test')
    expect(failure?.hint).toBe(`run \`poetry lock\` and commit poetry.lock (in ${dir}).`)
  }, 300_000)
})
