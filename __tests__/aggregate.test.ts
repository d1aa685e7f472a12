// mode: aggregate — the matrix jobs' report artifacts are found among this run's artifacts,
// downloaded, read (older report formats upgraded) and merged into one report.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { remove, scratch } from '../__fixtures__/projects.js'
import { sampleReport } from '../__fixtures__/reports.js'
import { collectReports, isReportArtifact, type ArtifactSource } from '../src/action/aggregate.js'
import { mergeReports } from '../src/report/merge.js'
import { REPORT_FILE, type Report } from '../src/report/report.js'

let dir: string
beforeAll(async () => {
  dir = await scratch('lambda-layer-aggregate-')
})
afterAll(() => remove(dir))

/** This run's artifacts as the artifact service lists them (a service that exists only on GitHub). */
function source(artifacts: { name: string; files: Record<string, string> }[]): ArtifactSource {
  return {
    list: () => Promise.resolve(artifacts.map((a, i) => ({ id: i + 1, name: a.name }))),
    async download(id, target) {
      for (const [name, text] of Object.entries(artifacts[id - 1]!.files))
        await writeFile(path.join(target, name), text)
      return target
    }
  }
}

it('downloads only report artifacts and merges their layers, failures and cache status', async () => {
  const [x86, arm] = sampleReport(2, { cache: 'hit' }).layers
  const one: Report = { ...sampleReport(1, { cache: 'hit' }), layers: [arm!] }
  const two: Report = {
    ...sampleReport(1, { cache: 'miss' }),
    layers: [x86!],
    failures: [
      {
        layer: 'sql',
        runtime: 'python3.12',
        architecture: 'arm64',
        fileName: 'x.zip',
        stage: 'install',
        error: 'no wheel'
      }
    ] as Report['failures']
  }
  const v1 = { ...structuredClone(two), version: 1, failures: undefined }
  v1.layers[0]!.layer = 'legacy'
  const reports = await collectReports(
    source([
      { name: 'demo-1.0.0-base-python3.12-x86_64.zip', files: { 'demo.zip': 'PK' } },
      {
        name: 'demo-1.0.0-report-base-python3.12-arm64',
        files: { [REPORT_FILE]: JSON.stringify(one) }
      },
      {
        name: 'demo-1.0.0-report-base-python3.12-x86_64',
        files: { [REPORT_FILE]: JSON.stringify(two) }
      },
      {
        name: 'demo-1.0.0-report-legacy-python3.12-x86_64',
        files: { [REPORT_FILE]: JSON.stringify(v1) }
      }
    ]),
    dir
  )
  expect(reports).toHaveLength(3)
  const merged = mergeReports(reports)
  expect(merged.layers.map(l => `${l.layer} ${l.architecture}`)).toEqual([
    'base arm64',
    'base x86_64',
    'legacy x86_64'
  ])
  expect(merged.failures).toHaveLength(1)
  expect(merged.cache).toBeUndefined()
  expect(isReportArtifact('demo-1.0.0-report-base-python3.12-x86_64')).toBe(true)
  expect(isReportArtifact('demo-1.0.0-base-python3.12-x86_64.zip')).toBe(false)
})

it('says what to do when the matrix uploaded no reports', async () => {
  await mkdir(dir, { recursive: true })
  const reports = await collectReports(source([]), dir)
  expect(() => mergeReports(reports)).toThrow('no lambda-layer reports to aggregate')
})
