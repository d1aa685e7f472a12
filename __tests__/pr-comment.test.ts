// The PR comment through the real @actions/github client against a loopback stand-in of GitHub's
// REST API: one create on the first run, one update after, nothing written on 403 (a notice
// instead), forks skipped; the base report comes from the cache saved by a default-branch push.
import { jest } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { GitHubApi } from '../__fixtures__/github-api.js'
import { remove, scratch } from '../__fixtures__/projects.js'
import { sampleReport } from '../__fixtures__/reports.js'
import type { CacheService } from '../src/action/cache.js'
import type { WorkflowEvent } from '../src/action/github-event.js'
import { configKey, presentReport } from '../src/action/present.js'
import type { ReportInputs } from '../src/action/report-inputs.js'
import { GrowthError } from '../src/report/growth.js'

const MIB = 1024 * 1024

/** The Actions cache as a folder of entries (the cache service exists only on GitHub). */
function folderCache(dir: string): CacheService & { keys: string[] } {
  const keys: string[] = []
  return {
    keys,
    async save(paths, key) {
      keys.push(key)
      await writeFile(path.join(dir, `${keys.length}`), await readFile(paths[0]!))
    },
    async restore(paths, key, restoreKeys = []) {
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!
        if (k === key || restoreKeys.some(p => k.startsWith(p))) {
          await writeFile(paths[0]!, await readFile(path.join(dir, `${i + 1}`)))
          return k
        }
      }
      return undefined
    }
  }
}

let api: GitHubApi
let dir: string
let cwd: string
let stdout: string
const inputs: ReportInputs = {
  mode: 'build',
  comment: 'auto',
  githubToken: 'ghs_dummy',
  growth: {}
}
const pr = (fromFork = false): WorkflowEvent => ({
  kind: 'pull-request',
  owner: 'o',
  repo: 'r',
  number: 7,
  baseRef: 'main',
  fromFork
})

beforeAll(async () => {
  api = await GitHubApi.start()
  dir = await scratch('lambda-layer-comment-')
  cwd = process.cwd()
  process.chdir(dir)
  process.env.GITHUB_API_URL = api.url
  process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary.md')
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '')
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
})
beforeEach(() => {
  stdout = ''
})
afterAll(async () => {
  jest.restoreAllMocks()
  process.chdir(cwd)
  delete process.env.GITHUB_API_URL
  delete process.env.GITHUB_STEP_SUMMARY
  await api.stop()
  await remove(dir)
})

it('creates the comment once, updates it after, with deltas against the saved base report', async () => {
  const cache = folderCache(dir)
  const key = configKey('.', [['base'], undefined, undefined])
  const base = sampleReport(2)
  const push: WorkflowEvent = { kind: 'push', branch: 'main', defaultBranch: 'main' }
  const saved = await presentReport(
    base,
    { inputs, summary: false, configKey: key },
    { cache, event: push }
  )
  expect(saved.savedBaseKey).toMatch(/^lambda-layer-v1-report-main-[0-9a-f]{12}-/)
  expect(api.requests).toEqual([])

  const head = sampleReport(2, { mib: [25, 57] })
  const first = await presentReport(
    head,
    { inputs, summary: true, configKey: key },
    { cache, event: pr() }
  )
  expect(first.base?.kind).toBe('compared')
  expect(first.comment).toMatchObject({ action: 'created', id: 1000 })
  expect(api.writes.map(r => `${r.method} ${r.path}`)).toEqual([
    'POST /repos/o/r/issues/7/comments'
  ])
  expect(api.requests[0]?.authorization).toBe('token ghs_dummy')
  const body = api.comments[0]!.body.replace(/\u00a0/g, ' ')
  expect(body.startsWith('<!-- lambda-layer-report . base -->')).toBe(true)
  expect(body).toContain('| 1 | base | x86_64 | 7.8 MiB | 25.0 MiB | ▲ +5.0 MiB (+25.0%) |')
  expect(await readFile(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain(
    '## Lambda layers: demo 1.0.0'
  )

  const again = await presentReport(
    sampleReport(2, { mib: [19, 57] }),
    { inputs, summary: false, configKey: key },
    { cache, event: pr() }
  )
  expect(again.comment).toMatchObject({ action: 'updated', id: 1000 })
  expect(api.writes.map(r => `${r.method} ${r.path}`)).toEqual([
    'POST /repos/o/r/issues/7/comments',
    'PATCH /repos/o/r/issues/comments/1000'
  ])
  expect(api.comments).toHaveLength(1)
  expect(api.comments[0]!.body.replace(/\u00a0/g, ' ')).toContain('▼ −1.0 MiB (−5.0%)')

  // Another configuration in the same repository gets its own comment.
  const other = await presentReport(
    head,
    { inputs, summary: false, configKey: configKey('lambda', []) },
    { cache, event: pr() }
  )
  expect(other.comment).toMatchObject({ action: 'created' })
  expect(api.comments).toHaveLength(2)
})

it('writes nothing on 403 and leaves a notice, never failing', async () => {
  api.forbidden = true
  const before = api.writes.length
  try {
    const result = await presentReport(
      sampleReport(1),
      { inputs, summary: false, configKey: 'x' },
      { cache: folderCache(dir), event: pr() }
    )
    expect(result.comment).toMatchObject({ action: 'skipped', level: 'notice' })
    expect(result.base).toEqual({ kind: 'none' })
  } finally {
    api.forbidden = false
  }
  expect(api.requests.at(-1)).toMatchObject({ method: 'POST' })
  expect(api.comments.filter(c => c.body.includes('lambda-layer-report x'))).toEqual([])
  expect(api.writes.length).toBe(before + 1)
  expect(stdout).toContain(
    '::notice title=Pull request comment skipped::comment: the token cannot write pull request comments: give the job "permissions: pull-requests: write" (pull requests from forks get a read-only token, so their comment is skipped) (HTTP 403)'
  )
})

it('skips pull requests from forks without calling the API', async () => {
  const count = api.requests.length
  const result = await presentReport(
    sampleReport(1),
    { inputs, summary: false, configKey: 'x' },
    { cache: folderCache(dir), event: pr(true) }
  )
  expect(result.comment).toMatchObject({ action: 'skipped', level: 'notice' })
  expect(api.requests.length).toBe(count)
  expect(stdout).toContain(
    '::notice title=Pull request comment skipped::comment: the pull request comes from a fork'
  )
})

it('fails after commenting when a layer grows past size-growth-fail', async () => {
  const cache = folderCache(dir)
  await presentReport(
    sampleReport(1, { mib: [20] }),
    { inputs, summary: false, configKey: 'g' },
    { cache, event: { kind: 'push', branch: 'main', defaultBranch: 'main' } }
  )
  const growth = { warn: { percent: 5 }, fail: { bytes: 10 * MIB } }
  const run = presentReport(
    sampleReport(1, { mib: [35] }),
    { inputs: { ...inputs, growth }, summary: false, configKey: 'g' },
    { cache, event: pr() }
  )
  await expect(run).rejects.toThrow(GrowthError)
  await expect(run).rejects.toThrow(
    'layer base python3.12 x86_64 grew by 15.0 MiB (+75.0%) unzipped against the base branch, more than the fail threshold of 10.0 MiB'
  )
  const posted = api.comments.find(c => c.body.startsWith('<!-- lambda-layer-report g -->'))
  expect(posted?.body).toContain('- ⛔ layer base python3.12 x86_64 grew by 15.0 MiB')
})
