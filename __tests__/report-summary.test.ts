// The job summary as users read it, on synthetic 1-, 10- and 20-layer reports: what needs
// attention first, facts said once, right-aligned numbers, honest cache status, "needs S3" explained.
import { sampleReport } from '../__fixtures__/reports.js'
import { chartRows } from '../src/report/chart.js'
import { renderSummary as render } from '../src/report/summary.js'

/** The summary as a reader sees it (non-breaking spaces keep sizes on one line). */
const renderSummary = (...args: Parameters<typeof render>) =>
  render(...args).replace(/\u00a0/g, ' ')

it('leads with the layers that need attention and the warn threshold in force', () => {
  const md = renderSummary(sampleReport(10, { mib: [20, 230, 240, 100, 262, 10, 10, 10, 10, 10] }))
  const lines = md.split('\n')
  expect(lines[2]).toBe('**Needs attention**')
  expect(lines[4]).toBe(
    "- ⛔ 1 layer of 10 over Lambda's 250.0 MiB unzipped limit: parquet python3.12 x86_64 (262.0 MiB)"
  )
  expect(lines[5]).toBe(
    '- ⚠️ 2 layers of 10 near the limit (warn at 90% = 225.0 MiB): base python3.12 arm64 (92.0%), pyarrow python3.12 x86_64 (96.0%)'
  )
  expect(md.indexOf('**Needs attention**')).toBeLessThan(md.indexOf('| # | layer |'))
  expect(md).toContain(
    '| 5 | parquet | x86_64 | 81.2 MiB | 262.0 MiB | 104.8% | ⛔ over limit, needs S3 ¹ |'
  )
})

it('says all is well in one line when nothing needs attention', () => {
  const md = renderSummary(sampleReport(1, { mib: [20] }))
  expect(md.split('\n')[2]).toBe(
    "✅ The layer is within Lambda's 250.0 MiB unzipped limit and under the warn threshold (90%)."
  )
  expect(md).toContain('1 layer · python3.12 · x86_64 · built · warn at 90% of 250.0 MiB')
})

it('says skipped checks once for the layers they concern, and Docker fallbacks', () => {
  const md = renderSummary(sampleReport(4, { importSkipped: true, mib: [10, 10, 10, 10] }))
  expect(md).toContain(
    '- ⚠️ import check skipped on base python3.12 x86_64, pyarrow python3.12 x86_64: no runtime image for x86_64'
  )
  expect(md).toContain(
    '- ℹ️ pyarrow python3.12 arm64 was built in Docker: no compatible wheel of netcdf4'
  )
  expect(md).not.toContain('| ok | hit |')
})

it('is honest about the cache and explains "needs S3"', () => {
  expect(renderSummary(sampleReport(2, { cache: 'off' }))).toContain('built (caching off)')
  expect(renderSummary(sampleReport(2, { cache: 'miss' }))).toContain(
    'built (layer cache: miss, saved for the next run)'
  )
  const md = renderSummary(sampleReport(6))
  expect(md).not.toMatch(/\| (hit|miss) \|/)
  expect(md).toContain(
    "¹ needs S3: the zip is over 50.0 MiB, Lambda's limit for a direct upload, so publishing it needs a bucket (input bucket)."
  )
  expect(md).not.toContain('zip(s)')
})

it('says facts every layer shares once, numbers with separators, savings largest first', () => {
  const md = renderSummary(sampleReport(10))
  expect(md).toContain(
    "Every layer: The runtime's AWS SDK set is taken out (the runtime provides it): boto3, botocore. Imports checked in public.ecr.aws/lambda/python:3.12."
  )
  expect(md.match(/AWS SDK set is taken out/g)).toHaveLength(1)
  expect(md).toContain('| numpy | 1.0.0 | 10.0 MiB | 1,118 |')
  const removed = md.slice(md.indexOf('**Removed**'), md.indexOf('</details>'))
  expect(removed.indexOf('runtime SDK set')).toBeLessThan(removed.indexOf('| strip |'))
  expect(removed.indexOf('| strip |')).toBeLessThan(removed.indexOf('| tests |'))
  expect(removed.indexOf('| tests |')).toBeLessThan(removed.indexOf('| bytecode |'))
})

it('labels chart bars short and numbered like the table, saying only what differs', () => {
  expect(chartRows(sampleReport(1)).map(r => r.label)).toEqual(['1 base'])
  const twenty = chartRows(sampleReport(20)).map(r => r.label)
  expect(twenty[0]).toBe('1 base py3.12 x86_64')
  expect(twenty[19]).toBe('20 nodeps py3.13 arm64')
  expect(Math.max(...twenty.map(l => l.length))).toBeLessThanOrEqual(24)
})
