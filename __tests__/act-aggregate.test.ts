// The README's matrix + aggregate workflow in a real workflow runner (nektos/act): matrix jobs
// upload their reports to act's artifact server (the API @actions/artifact v2 uses), the
// aggregate job lists and downloads them, merges them, and posts one pull request comment to the
// GitHub REST API stand-in on loopback; the matrix jobs post none.
import path from 'node:path'
import { ActRepo, actBinary, pullRequestPayload } from '../__fixtures__/act.js'
import { GitHubApi } from '../__fixtures__/github-api.js'
import { remove, REPO_ROOT } from '../__fixtures__/projects.js'
import { readmeWorkflow, replaceIn } from '../__fixtures__/readme-workflows.js'

const act = actBinary()
const describeAct = act ? describe : describe.skip

/** As in the README, with the matrix naming the test project's layers and folder. */
const workflow = () => {
  let yaml = readmeWorkflow('Matrix: one layer and architecture per job, one summary and comment')
  yaml = replaceIn(yaml, /^(\s+layer: )\[.*\]$/m, '$1[base, tools]')
  yaml = replaceIn(yaml, /^\s+project-directory: .*\n/m, '')
  return yaml
}

describeAct('the README matrix + aggregate workflow in nektos/act', () => {
  let api: GitHubApi
  let repo: ActRepo
  beforeAll(async () => {
    api = await GitHubApi.start()
    repo = await ActRepo.create(
      act as string,
      path.join(REPO_ROOT, '__fixtures__', 'projects', 'act-demo'),
      { 'layers.yml': workflow() }
    )
  })
  afterAll(async () => {
    await api?.stop()
    if (repo) await remove(repo.state)
  })

  it('merges the matrix jobs’ report artifacts into one pull request comment', async () => {
    expect(workflow()).toMatch(/arch: \[x86_64, arm64\]/)
    expect(workflow()).toMatch(/comment: false/)
    expect(workflow()).toMatch(/needs: layers/)
    expect(workflow()).toMatch(/mode: aggregate/)
    const log = await repo.run({
      event: 'pull_request',
      payload: pullRequestPayload(9, 'main'),
      workflow: 'layers.yml',
      env: { GITHUB_API_URL: api.url }
    })
    expect(log).toMatch(/aggregated 4 reports: 4 layers/)
    expect(log).toContain('no base report of main in the cache')
    expect(log).not.toMatch(/Job failed/)

    expect(api.writes.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/o/r/issues/9/comments'
    ])
    const body = api.writes[0]?.body?.body ?? ''
    expect(body).toMatch(/^<!-- lambda-layer-report aggregate act-demo -->\n/)
    expect(body).toMatch(/## Lambda layers: act-demo 1\.0\.0/)
    for (const row of [
      /\| base \| x86_64 \|/,
      /\| base \| arm64 \|/,
      /\| tools \| x86_64 \|/,
      /\| tools \| arm64 \|/
    ])
      expect(body).toMatch(row)
    expect(body).toContain('No report of `main` yet, so sizes are absolute.')
  }, 900_000)
})
