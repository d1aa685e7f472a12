// The base branch's report in the Actions cache: pushes to the default branch save this run's
// report under a key for that branch and configuration; a pull request restores the newest one
// for its base branch (the prefix match returns the most recent entry).
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../report/report.js'
import { CACHE_VERSION } from '../cache/layout.js'
import { cachePath, keyPart, type CacheService } from './cache.js'

/** Inside the workspace, so the cache entry's path is the same in every run. */
const FOLDER = '.lambda-layer-base-report'

function baseReportPrefix(branch: string, configKey: string): string {
  const config = createHash('sha256').update(configKey).digest('hex').slice(0, 12)
  return `lambda-layer-${CACHE_VERSION}-report-${keyPart(branch)}-${config}-`
}

function location(workspace: string, configKey: string) {
  const dir = path.join(
    workspace,
    FOLDER,
    createHash('sha256').update(configKey).digest('hex').slice(0, 12)
  )
  return { dir, file: path.join(dir, 'lambda-layer-report.json') }
}

/** Saves `report` as the newest base report of `branch` (the run id keeps keys unique). */
export async function saveBaseReport(
  service: CacheService,
  report: Report,
  branch: string,
  configKey: string,
  runId: string,
  workspace = process.cwd()
): Promise<string> {
  const { dir, file } = location(workspace, configKey)
  await mkdir(dir, { recursive: true })
  await writeFile(file, JSON.stringify(report))
  const key = `${baseReportPrefix(branch, configKey)}${keyPart(runId)}`
  try {
    await service.save([cachePath(file, workspace)], key)
  } finally {
    await rm(path.join(workspace, FOLDER), { recursive: true, force: true })
  }
  return key
}

/** The newest base report of `branch`, parsed but not yet checked (compare.readBaseReport does). */
export async function restoreBaseReport(
  service: CacheService,
  branch: string,
  configKey: string,
  workspace = process.cwd()
): Promise<{ key: string; data: unknown } | undefined> {
  const { dir, file } = location(workspace, configKey)
  const prefix = baseReportPrefix(branch, configKey)
  try {
    await mkdir(dir, { recursive: true })
    const key = await service.restore([cachePath(file, workspace)], prefix, [prefix])
    if (!key) return undefined
    return { key, data: JSON.parse(await readFile(file, 'utf8')) as unknown }
  } catch {
    return { key: prefix, data: { corrupt: true } }
  } finally {
    await rm(path.join(workspace, FOLDER), { recursive: true, force: true })
  }
}
