// The job summary as rendered Markdown: the size table, the Mermaid chart against the limit, and
// the collapsible details per layer.
import path from 'node:path'
import type { Report } from '../src/report/report.js'
import { renderChart, renderSummary } from '../src/report/summary.js'
import { build, copyExample, remove } from '../__fixtures__/projects.js'

let report: Report
let dir: string
beforeAll(async () => {
  dir = await copyExample('uv-project')
  report = (await build(dir, { architectures: ['x86_64', 'arm64'], layers: ['base', 'nodeps'] }))
    .report
}, 300_000)
afterAll(() => remove(path.dirname(dir)))

it('renders a table row per layer with sizes, share of the limit, status and cache', () => {
  const md = renderSummary(report, { cacheHit: true })
  expect(md).toContain('## Lambda layers: uv-demo 0.1.0')
  expect(md).toContain('4 layer zip(s), restored from cache.')
  expect(md).toContain(
    '| layer | runtime | arch | zipped | unzipped | of 250.0 MiB | status | cache |'
  )
  const base = report.layers.find(l => l.layer === 'base' && l.architecture === 'arm64')!
  const row = md.split('\n').find(line => line.startsWith('| base | python3.12 | arm64 |'))
  expect(row).toMatch(
    /^\| base \| python3\.12 \| arm64 \| [\d.]+ (KiB|MiB) \| [\d.]+ (KiB|MiB) \| \d+\.\d% \| ok \| hit \|$/
  )
  expect(row).toContain(`${base.limitPercent.toFixed(1)}%`)
})

it('draws a Mermaid bar per layer with the limit as a line', () => {
  const chart = renderChart(report).split('\n')
  expect(chart[0]).toBe('```mermaid')
  expect(chart[1]).toBe('xychart-beta')
  expect(chart[3]).toBe(
    '  x-axis ["base python3.12 x86_64", "base python3.12 arm64", "nodeps python3.12 x86_64", "nodeps python3.12 arm64"]'
  )
  expect(chart[4]).toBe('  y-axis "MiB" 0 --> 250')
  const bars = /^ {2}bar \[(.*)\]$/.exec(chart[5]!)![1]!.split(', ').map(Number)
  expect(bars).toEqual(report.layers.map(l => Number((l.unzippedBytes / 1048576).toFixed(1))))
  expect(chart[6]).toBe('  line [250.0, 250.0, 250.0, 250.0]')
  expect(chart.at(-1)).toBe('```')
})

it('folds per-layer details: largest packages, slimming savings, SDK removal', () => {
  const md = renderSummary(report)
  expect(md).toContain('4 layer zip(s), built.')
  const details = md.split('<details>').slice(1)
  expect(details).toHaveLength(4)
  expect(details[0]).toMatch(
    /^<summary>base python3\.12 x86_64: [\d.]+ (KiB|MiB) unzipped, \d+ files<\/summary>/
  )
  expect(details[0]).toContain('| package | version | unzipped | files |')
  expect(details[0]).toContain('| requests | 2.34.2 |')
  expect(details[0]).toContain('**Removed, provided by the runtime**')
  expect(details[0]).toContain('urllib3 2.8.0')
  expect(details[0]).toContain("**Relying on the runtime's SDK**: requests (urllib3)")
  expect(details[0]).toContain('| rule | files | saved |')
  expect(details[0]).toMatch(
    /\*\*Build and verification\*\*: (\d+ shared objects checked|no shared objects)/
  )
})
