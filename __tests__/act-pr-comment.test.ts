// The README's pull request workflow in a real workflow runner (nektos/act): a push to main
// stores the report as the base in act's Actions cache; a pull_request event restores it and
// posts the comment with the change to the GitHub REST API stand-in on loopback; the next push
// to the pull request updates that comment in place.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { actBinary, actDemoWithApi, pullRequestPayload, pushPayload } from '../__fixtures__/act.js'
import { dropSteps, readmeWorkflow, SETUP_PYTHON } from '../__fixtures__/readme-workflows.js'

const act = actBinary()
const describeAct = act ? describe : describe.skip

/** As in the README, without actions/setup-python (it downloads from GitHub; the host has Python). */
const workflow = () =>
  dropSteps(
    readmeWorkflow('Pull request comment with the change against the base branch'),
    SETUP_PYTHON
  )

describeAct('the README pull request workflow in nektos/act', () => {
  const world = actDemoWithApi(act, 'layers.yml', workflow)

  it('keeps the permissions block users copy', () => {
    expect(workflow()).toMatch(/permissions:\n {2}contents: read\n {2}pull-requests: write/)
    expect(workflow()).toMatch(/pull_request:/)
  })

  it('saves the base on a push to main, comments the change on the pull request, updates it on the next push', async () => {
    const { api, repo } = world
    const env = { GITHUB_API_URL: api.url }
    const push = await repo.run({
      event: 'push',
      payload: pushPayload('refs/heads/main'),
      workflow: 'layers.yml',
      env
    })
    expect(push).toMatch(/saved the report as the base of main \(lambda-layer-v1-report-main-/)
    expect(push).toContain('Job succeeded')
    expect(api.requests).toEqual([])

    // The pull request moves one package to a newer version and adds one to the base layer.
    const requirements = path.join(repo.dir, 'requirements', 'base.txt')
    expect(await readFile(requirements, 'utf8')).toBe('idna==3.7\n')
    await writeFile(requirements, 'idna==3.10\npackaging==24.1\n')
    await repo.commit('base layer: newer idna, packaging')
    const pr = await repo.run({
      event: 'pull_request',
      payload: pullRequestPayload(7, 'main'),
      workflow: 'layers.yml',
      env
    })
    expect(pr).toMatch(/base report of main: lambda-layer-v1-report-main-\S+ \(compared\)/)
    expect(pr).toMatch(
      /comment created: https:\/\/github\.example\/o\/r\/pull\/7#issuecomment-1000/
    )
    expect(pr).toContain('Job succeeded')

    expect(api.writes.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/o/r/issues/7/comments'
    ])
    const [created] = api.writes
    expect(created?.authorization).toBe('token dummy-workflow-token')
    const body = created?.body?.body ?? ''
    expect(body).toMatch(/^<!-- lambda-layer-report [^>]+ -->\n/)
    expect(body).toContain('Change against the newest report of `main`.')
    expect(body).toMatch(/\| 1 \| base \| [^|]+ \| [^|]+ \| ▲\s\+[\d.]+\sKiB\s\(\+[\d.]+%\) \|/)
    expect(body).toMatch(/\| 2 \| tools \| [^|]+ \| [^|]+ \| no\schange \|/)
    expect(body).toMatch(/\| idna \| changed \| 3\.7 \| 3\.10 \| ▲\s\+[\d.]+\sKiB \|/)
    expect(body).toMatch(/\| packaging \| added \| {2}\| 24\.1 \| ▲\s\+[\d.]+\sKiB \|/)
    expect(body).toMatch(/layer base python3\.11 x86_64 grew by [\d.]+\sKiB \(\+[\d.]+%\)/)
    expect(body).not.toContain('No report of `main` yet')
    // Verify ran in the runtime stand-in (a Docker engine is part of the setup, as on GitHub).
    expect(body).toContain('modules imported in lambda-layer-test/python:3.11-x86_64')

    // The next push to the pull request: the same comment, updated.
    await writeFile(requirements, 'idna==3.10\n')
    await repo.commit('base layer: drop packaging')
    const again = await repo.run({
      event: 'pull_request',
      payload: pullRequestPayload(7, 'main'),
      workflow: 'layers.yml',
      env
    })
    expect(again).toContain('comment updated: https://github.example/o/r/pull/7#issuecomment-1000')
    expect(api.writes.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/o/r/issues/7/comments',
      'PATCH /repos/o/r/issues/comments/1000'
    ])
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.body).not.toMatch(/packaging/)
  }, 900_000)
})
