// The job summary and the PR comment as GitHub shows them: rendered by a real Markdown renderer
// (marked, GitHub's Markdown styles) and Mermaid in headless Chromium, for 1, 10 and 20 layers.
// Screenshots are review artifacts in docs/review/ (UPDATE_SCREENSHOTS=1 rewrites them).
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, renderMarkdown, type Rendered } from '../__fixtures__/render.js'
import { REPO_ROOT, remove, scratch } from '../__fixtures__/projects.js'
import { sampleReport } from '../__fixtures__/reports.js'
import { renderComment } from '../src/report/comment.js'
import { compareReports, readBaseReport } from '../src/report/compare.js'
import type { Report } from '../src/report/report.js'
import { renderSummary } from '../src/report/summary.js'

const bin = chromium()
const describeChromium = bin ? describe : describe.skip
const MIB = 1024 * 1024

/** 20 layers: most fine, some near the limit, one over, and a combination of two. */
function twenty(): Report {
  const report = sampleReport(20, {
    mib: [12, 40, 236, 242, 60, 80, 110, 230, 30, 25, 263, 140, 15, 18, 90, 95, 150, 160, 5, 6],
    cache: 'hit'
  })
  const [a, b] = report.layers
  report.combinations.push({
    name: 'api',
    runtime: 'python3.12',
    architecture: 'x86_64',
    layers: [a!.layer, b!.layer],
    unzippedBytes: 52 * MIB,
    limitPercent: ((52 * MIB) / 262_144_000) * 100,
    status: 'ok'
  })
  return report
}

const CASES: [string, () => string][] = [
  ['summary-1-layer', () => renderSummary(sampleReport(1, { mib: [231], cache: 'miss' }))],
  [
    'summary-10-layers',
    () => renderSummary(sampleReport(10, { importSkipped: true, cache: 'off' }))
  ],
  ['summary-20-layers', () => renderSummary(twenty())],
  [
    'comment-10-layers',
    () => {
      const head = sampleReport(10)
      const base = structuredClone(head)
      base.layers[2]!.unzippedBytes -= 12 * MIB
      base.layers[2]!.packages = base.layers[2]!.packages.map(p =>
        p.name === 'numpy'
          ? { ...p, version: '1.26.4', unzippedBytes: p.unzippedBytes - 12 * MIB }
          : p
      )
      base.layers[5]!.unzippedBytes += 3 * MIB
      return renderComment(head, {
        key: '.',
        baseRef: 'main',
        comparison: compareReports(head, readBaseReport(base)),
        runUrl: 'https://github.com/o/r/actions/runs/1'
      })
    }
  ]
]

describeChromium('rendered in headless Chromium', () => {
  let out: string
  const rendered = new Map<string, Rendered>()
  beforeAll(async () => {
    out =
      process.env.UPDATE_SCREENSHOTS === '1'
        ? path.join(REPO_ROOT, 'docs', 'review')
        : await scratch('lambda-layer-screens-')
    await mkdir(out, { recursive: true })
    for (const [name, markdown] of CASES)
      rendered.set(
        name,
        await renderMarkdown(bin as string, markdown(), {
          screenshot: path.join(out, `${name}.png`)
        })
      )
  }, 300_000)
  afterAll(() => (process.env.UPDATE_SCREENSHOTS === '1' ? undefined : remove(out)))

  /** Bars Mermaid drew with a positive width (rows of other series get none). */
  const bars = (html: string) =>
    html.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#/g)?.length ?? 0

  it.each(CASES.map(([name]) => name))('%s: Mermaid draws the chart, no error', name => {
    const { html } = rendered.get(name)!
    expect(html).not.toMatch(/Syntax error|Parse error/)
    expect(html.match(/aria-roledescription="xychart"/g)).toHaveLength(1)
    expect(bars(html)).toBe(name.includes('-1-') ? 1 : name.includes('-20-') ? 21 : 10)
  })

  it('draws one bar per layer and combination, labelled, with both lines across the chart', () => {
    const { html } = rendered.get('summary-20-layers')!
    const svg = html.slice(html.indexOf('aria-roledescription="xychart"'))
    for (const label of ['1 base py3.12 x86_64', '20 nodeps py3.13 arm64', 'C1 api py3.12 x86_64'])
      expect(svg).toContain(`>${label}<`)
    // Three statuses -> three bar series; drawn bars (positive width): 20 layers + 1 combination.
    expect(svg.match(/class="bar-plot-\d+"/g)).toHaveLength(3)
    const widths = [
      ...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="#/g)
    ]
    expect(widths.filter(w => Number(w[1]) > 0)).toHaveLength(21)
    expect(svg.match(/class="line-plot-\d+"/g)).toHaveLength(2)
  })

  it('right-aligns the number columns', () => {
    const { html } = rendered.get('summary-10-layers')!
    expect(html).toMatch(/<th align="right">zipped<\/th>/)
    expect(html).toMatch(/<td align="right">[\d.]+ MiB<\/td>/)
  })

  it('keeps a 20-layer summary compact: details collapsed', () => {
    const { height } = rendered.get('summary-20-layers')!
    expect(height).toBeLessThan(3400)
  })
})
