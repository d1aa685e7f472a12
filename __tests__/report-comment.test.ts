// The PR comment body as text: the change against the base branch per layer, package changes,
// collapsing for many layers, base reports that are missing, older or not comparable, growth
// thresholds, and GitHub's comment size limit.
import { sampleReport } from '../__fixtures__/reports.js'
import { COMMENT_LIMIT, commentMarker, renderComment } from '../src/report/comment.js'
import { compareReports, readBaseReport } from '../src/report/compare.js'
import { growthBreaches, parseThreshold } from '../src/report/growth.js'
import type { Report } from '../src/report/report.js'

const MIB = 1024 * 1024

/** The base: the same layers, the first 5 MiB smaller, with numpy one version older and no scipy. */
function baseOf(head: Report): Report {
  const base = structuredClone(head)
  const first = base.layers[0]!
  first.unzippedBytes -= 5 * MIB
  first.zippedBytes -= 2 * MIB
  first.packages = first.packages
    .filter(p => p.name !== 'pandas')
    .map(p =>
      p.name === 'numpy' ? { ...p, version: '1.26.4', unzippedBytes: p.unzippedBytes - MIB } : p
    )
  first.packages.push({ name: 'six', version: '1.16.0', unzippedBytes: 50_000, files: 3 })
  return base
}

/** The body as a reader sees it (non-breaking spaces keep sizes on one line). */
const comment = (head: Report, base: unknown, extra = {}) =>
  renderComment(head, {
    key: '. base',
    baseRef: 'main',
    comparison: compareReports(head, readBaseReport(base)),
    runUrl: 'https://github.example/o/r/actions/runs/7',
    ...extra
  }).replace(/\u00a0/g, ' ')

it('starts with the hidden marker and shows the change per layer against the base', () => {
  const head = sampleReport(2)
  const body = comment(head, baseOf(head))
  expect(body.startsWith('<!-- lambda-layer-report . base -->\n')).toBe(true)
  expect(commentMarker('. base')).toBe('<!-- lambda-layer-report . base -->')
  expect(body).toContain('Change against the newest report of `main`.')
  expect(body).toContain('| # | layer | arch | zipped | unzipped | change | of limit | status |')
  expect(body).toContain('| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |')
  expect(body).toContain(
    '| 1 | base | x86_64 | 6.2 MiB | 20.0 MiB | ▲ +5.0 MiB (+33.3%) | 8.0% | ok |'
  )
  expect(body).toContain('| 2 | base | arm64 | 17.7 MiB | 57.0 MiB | no change | 22.8% | ok |')
  expect(body).toContain('[job summary](https://github.example/o/r/actions/runs/7)')
})

it('lists packages added, removed and changed in version with their size change', () => {
  const head = sampleReport(1)
  const body = comment(head, baseOf(head))
  expect(body).toContain('### Package changes')
  expect(body).toContain(
    'base python3.12 x86_64: 1 added, 1 removed, 1 changed (▲ +5.0 MiB (+33.3%))'
  )
  expect(body).toContain('| package | change | before | after | size change |')
  expect(body).toMatch(/\| pandas \| added \| {2}\| \d\.\d\.\d \| ▲ \+2\.5 MiB \|/)
  expect(body).toContain('| numpy | changed | 1.26.4 | 1.0.0 | ▲ +1.0 MiB |')
  expect(body).toContain('| six | removed | 1.16.0 |  | ▼ −48.8 KiB |')
  // One layer with few changes: shown open, not collapsed.
  expect(body.slice(body.indexOf('### Package changes'))).not.toMatch(/^<details>/m)
})

it('collapses package changes when several layers changed, and says identical changes once', () => {
  const head = sampleReport(20)
  const base = structuredClone(head)
  for (const l of base.layers)
    l.packages = l.packages.map(p => (p.name === 'numpy' ? { ...p, version: '0.9' } : p))
  const body = comment(head, base)
  const section = body.slice(body.indexOf('### Package changes'))
  expect(section.match(/<details><summary>/g)?.length).toBeGreaterThan(1)
  expect(section.match(/<details><summary>/g)?.length).toBeLessThan(20)
  expect(body.length).toBeLessThan(COMMENT_LIMIT)
})

it('says when there is no base report and shows absolute sizes', () => {
  const body = comment(sampleReport(2), undefined)
  expect(body).toContain('No report of `main` yet, so sizes are absolute.')
  expect(body).not.toContain('| change |')
  expect(body).not.toContain('### Package changes')
})

it('compares with an older report format and says when a base cannot be compared', () => {
  const head = sampleReport(1)
  const older = {
    version: 0,
    layers: baseOf(head).layers.map(
      ({ layer, runtime, architecture, zippedBytes, unzippedBytes }) => ({
        layer,
        runtime,
        architecture,
        zippedBytes,
        unzippedBytes
      })
    )
  }
  expect(comment(head, older)).toContain('▲ +5.0 MiB (+33.3%)')
  const newer = comment(head, { version: 99, layers: [] })
  expect(newer).toContain(
    'Not compared with `main`: the base report is format 99, newer than this action reads (2); update the action on this branch. Sizes are absolute.'
  )
  expect(comment(head, { layers: 'x' })).toContain(
    'Not compared with `main`: the base report has no format version.'
  )
})

it('marks new and removed layers', () => {
  const head = sampleReport(2)
  const base = structuredClone(head)
  base.layers[1] = { ...base.layers[1]!, layer: 'old' }
  const body = comment(head, base)
  expect(body).toMatch(/\| 2 \| base \| arm64 \| [^|]+\| [^|]+\| new \|/)
  expect(body).toContain('| removed (was 57.0 MiB) |')
})

it('warns or fails when a layer grows past a threshold, leading the comment', () => {
  const head = sampleReport(2)
  const comparison = compareReports(head, readBaseReport(baseOf(head)))
  expect(growthBreaches(comparison, { warn: parseThreshold('10%', 'w') })).toEqual([
    expect.objectContaining({ key: 'base python3.12 x86_64', level: 'warn' })
  ])
  const [fail] = growthBreaches(comparison, {
    warn: parseThreshold('1 MiB', 'w'),
    fail: parseThreshold('4MiB', 'f')
  })
  expect(fail?.level).toBe('fail')
  expect(fail?.message).toBe(
    'layer base python3.12 x86_64 grew by 5.0 MiB (+33.3%) unzipped against the base branch, more than the fail threshold of 4.0 MiB'
  )
  expect(growthBreaches(comparison, { fail: parseThreshold('50%', 'f') })).toEqual([])
  const body = comment(head, baseOf(head), { attention: { errors: [fail?.message] } })
  const lines = body.split('\n')
  expect(lines[4]).toBe('**Needs attention**')
  expect(lines[6]).toBe(`- ⛔ ${fail?.message}`)
  expect(() => parseThreshold('ten', 'input size-growth-warn')).toThrow(
    'input size-growth-warn "ten" is not valid: expected a growth above zero as a percentage (10%) or a size (5 MiB, 500 kB, 1048576)'
  )
})

it('stays under GitHub comment size limit, naming what it left out', () => {
  const head = sampleReport(20)
  for (const l of head.layers)
    l.packages = Array.from({ length: 400 }, (_, i) => ({
      name: `package-number-${i}`,
      version: '1.0',
      unzippedBytes: 1000 + i,
      files: 1
    }))
  const body = comment(head, sampleReport(20))
  expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
  expect(body).toContain(
    "_Left out to fit GitHub's comment size limit: package changes. See the job summary._"
  )
  expect(body).toContain('| 20 | nodeps |')
  expect(body).toContain('xychart-beta horizontal')
})
