// The job summary as rendered Markdown: the size table, the Mermaid chart against the limit, and
// the collapsible details per layer.
import path from 'node:path'
import type { Report } from '../src/report/report.js'
import { renderChart, renderSummary as render } from '../src/report/summary.js'
import { build, copyExample, remove } from '../__fixtures__/projects.js'

/** The summary as a reader sees it (non-breaking spaces keep sizes on one line). */
const renderSummary = (...args: Parameters<typeof render>) =>
  render(...args).replace(/\u00a0/g, ' ')

let report: Report
let dir: string
beforeAll(async () => {
  dir = await copyExample('uv-project')
  report = (await build(dir, { architectures: ['x86_64', 'arm64'], layers: ['base', 'nodeps'] }))
    .report
}, 300_000)
afterAll(() => remove(path.dirname(dir)))

it('renders a table row per layer with sizes, share of the limit and status; the cache said once', () => {
  const md = renderSummary({ ...report, cache: 'hit' })
  expect(md).toContain('## Lambda layers: uv-demo 0.1.0')
  expect(md).toContain(
    '4 layers · python3.12 · x86_64, arm64 · restored from the layer cache (nothing installed) · warn at 90% of 250.0 MiB'
  )
  expect(md).toContain('| # | layer | arch | zipped | unzipped | of limit | status |')
  expect(md).toContain('| ---: | --- | --- | ---: | ---: | ---: | --- |')
  const base = report.layers.find(l => l.layer === 'base' && l.architecture === 'arm64')!
  const row = md.split('\n').find(line => /^\| \d+ \| base \| arm64 \|/.test(line))
  expect(row).toMatch(
    /^\| \d+ \| base \| arm64 \| [\d.]+ (KiB|MiB) \| [\d.]+ (KiB|MiB) \| \d+\.\d% \| ok \|$/
  )
  expect(row).toContain(`${base.limitPercent.toFixed(1)}%`)
})

it('draws a horizontal Mermaid bar per layer with the warn and limit lines', () => {
  const chart = renderChart(report).split('\n')
  expect(chart[0]).toBe('```mermaid')
  expect(chart[2]).toBe('xychart-beta horizontal')
  expect(chart[4]).toBe(
    '  x-axis ["\u200b", "1 base x86_64", "2 base arm64", "3 nodeps x86_64", "4 nodeps arm64", "\u200b\u200b"]'
  )
  expect(chart[5]).toBe('  y-axis "MiB unzipped" 0 --> 275')
  const bars = /^ {2}bar \[(.*)\]$/.exec(chart[6]!)![1]!.split(', ').map(Number)
  expect(bars.slice(1, -1)).toEqual(
    report.layers.map(l => Number((l.unzippedBytes / 1048576).toFixed(1)))
  )
  expect(chart[7]).toBe('  line [225, 225, 225, 225, 225, 225]')
  expect(chart[8]).toBe('  line [250, 250, 250, 250, 250, 250]')
  expect(chart.at(-1)).toBe('```')
})

it('folds per-layer details: largest packages, slimming savings, SDK removal', () => {
  const md = renderSummary(report)
  expect(md).not.toContain('zip(s)')
  const details = md.split('<details>').slice(1)
  expect(details).toHaveLength(4)
  expect(details[0]).toMatch(
    /^<summary>1 base python3\.12 x86_64: [\d.]+ (KiB|MiB) unzipped, [\d,]+ files, largest \S+<\/summary>/
  )
  expect(details[0]).toContain('| package | version | unzipped | files |')
  expect(details[0]).toContain('| requests | 2.34.2 |')
  // Facts every layer shares are said once, above the per-layer blocks.
  expect(details[0]).toContain("The runtime's AWS SDK set is taken out")
  expect(details[0]).toContain('urllib3')
  expect(details[0]).toContain("Relying on the runtime's SDK: requests (urllib3).")
  expect(md).toContain('| what | files | saved |')
  expect(details[0]).toMatch(/Checks: (\d+ shared objects checked|no shared objects)/)
})
