// mode: aggregate — runs after a matrix: downloads every job's report artifact of this workflow
// run, merges them, and writes one job summary and one PR comment (and the base report on pushes
// to the default branch), as a build job would.
import { mkdir, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'
import { LayerError, errorMessage } from '../errors.js'
import { mergeReports } from '../report/merge.js'
import { parseReport } from '../report/read.js'
import { REPORT_FILE, writeReport, type Report } from '../report/report.js'
import type { CacheService } from './cache.js'
import { Outputs } from './constants.js'
import { presentReport, type PresentDeps } from './present.js'
import type { ReportInputs } from './report-inputs.js'

/** The download seam: @actions/artifact in the action. */
export interface ArtifactSource {
  list(): Promise<{ id: number; name: string }[]>
  download(id: number, dir: string): Promise<string>
}

const githubArtifactSource: ArtifactSource = {
  async list() {
    const { artifacts } = await new DefaultArtifactClient().listArtifacts({ latest: true })
    return artifacts.map(a => ({ id: a.id, name: a.name }))
  },
  async download(id, dir) {
    const { downloadPath } = await new DefaultArtifactClient().downloadArtifact(id, { path: dir })
    return downloadPath ?? dir
  }
}

/** Report artifacts are named "{project}-{version}-report-{layers}-{runtimes}-{architectures}". */
export const isReportArtifact = (name: string) => /-report-/.test(name) && !name.endsWith('.zip')

export async function collectReports(source: ArtifactSource, dir: string): Promise<Report[]> {
  const reports: Report[] = []
  for (const artifact of (await source.list()).filter(a => isReportArtifact(a.name))) {
    const target = path.join(dir, String(artifact.id))
    await mkdir(target, { recursive: true })
    const where = await source.download(artifact.id, target)
    const files = await readdir(where)
    if (!files.includes(REPORT_FILE)) continue
    try {
      reports.push(parseReport(await readFile(path.join(where, REPORT_FILE), 'utf8')))
    } catch (error) {
      throw new LayerError(
        `artifact ${artifact.name}: ${REPORT_FILE} is not a report this action reads`,
        {
          hint: `Re-run the job that uploaded it. (${errorMessage(error)})`
        }
      )
    }
  }
  return reports
}

export async function aggregate(
  inputs: ReportInputs,
  cache: CacheService,
  source: ArtifactSource = githubArtifactSource,
  deps: Partial<PresentDeps> = {}
): Promise<void> {
  const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'lambda-layer-aggregate')
  const reports = await collectReports(source, dir)
  const report = mergeReports(reports)
  core.info(`aggregated ${reports.length} reports: ${report.layers.length} layers`)
  const reportPath = await writeReport(report, dir)
  core.setOutput(Outputs.ReportPath, reportPath)
  core.setOutput(
    Outputs.Layers,
    JSON.stringify(
      report.layers.map(({ layer, runtime, architecture, sha256, zippedBytes, unzippedBytes }) => ({
        layer,
        runtime,
        architecture,
        sha256,
        zippedBytes,
        unzippedBytes
      }))
    )
  )
  await presentReport(
    report,
    { inputs, summary: true, configKey: `aggregate ${report.project.name}` },
    { cache, ...deps }
  )
}
