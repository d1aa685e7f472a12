// The README's matrix + aggregate workflow in a real workflow runner (nektos/act): matrix jobs
// upload their reports to act's artifact server (the API @actions/artifact v2 uses), the
// aggregate job lists and downloads them, merges them, and posts one pull request comment to the
// GitHub REST API stand-in on loopback; the matrix jobs post none. A push to main stores the
// merged report as the base the pull request's comment compares with.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { actBinary, actDemoWithApi, pullRequestPayload, pushPayload } from '../__fixtures__/act.js'
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
  const world = actDemoWithApi(act, 'layers.yml', workflow)

  it('merges the matrix jobs’ reports: the base on a push to main, one comment with the change on the pull request', async () => {
    const { api, repo } = world
    expect(workflow()).toMatch(/arch: \[x86_64, arm64\]/)
    expect(workflow()).toContain(
      "runs-on: ${{ matrix.arch == 'arm64' && 'ubuntu-24.04-arm' || 'ubuntu-latest' }}"
    )
    expect(workflow()).toMatch(/comment: false/)
    expect(workflow()).toMatch(/needs: layers/)
    expect(workflow()).toMatch(/mode: aggregate/)
    const env = { GITHUB_API_URL: api.url }
    // A push to main: the aggregate job stores the merged report as the base.
    const push = await repo.run({
      event: 'push',
      payload: pushPayload('refs/heads/main'),
      workflow: 'layers.yml',
      env
    })
    expect(push).toMatch(/\[Layers\/report\s*\]\s+\| aggregated 4 reports: 4 layers/)
    expect(push).toMatch(
      /\[Layers\/report\s*\]\s+\| saved the report as the base of main \(lambda-layer-v1-report-main-/
    )
    expect(push).not.toMatch(/Job failed/)
    expect(api.requests).toEqual([])

    // The pull request changes the tools layer (both architectures).
    await writeFile(path.join(repo.dir, 'requirements', 'tools.txt'), 'attrs==24.3.0\n')
    await repo.commit('tools layer: attrs 24.3.0')
    const pr = await repo.run({
      event: 'pull_request',
      payload: pullRequestPayload(9, 'main'),
      workflow: 'layers.yml',
      env
    })
    expect(pr).toMatch(/\[Layers\/report\s*\]\s+\| aggregated 4 reports: 4 layers/)
    expect(pr).toMatch(/\[Layers\/report\s*\]\s+\| base report of main: \S+ \(compared\)/)
    expect(pr).not.toMatch(/Job failed/)

    expect(api.writes.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/o/r/issues/9/comments'
    ])
    const body = api.writes[0]?.body?.body ?? ''
    expect(body).toMatch(/^<!-- lambda-layer-report aggregate act-demo -->\n/)
    expect(body).toMatch(/## Lambda layers: act-demo 1\.0\.0/)
    expect(body).toContain('Change against the newest report of `main`.')
    for (const arch of ['x86_64', 'arm64']) {
      expect(body).toMatch(new RegExp(`\\| base \\| ${arch} \\|[^\\n]*\\| no\\schange \\|`))
      expect(body).toMatch(
        new RegExp(`\\| tools \\| ${arch} \\|[^\\n]*\\| [▲▼]\\s[+−][\\d.]+\\s[KM]?i?B`)
      )
    }
    expect(body).toMatch(/\| attrs \| changed \| 24\.2\.0 \| 24\.3\.0 \|/)
    expect(body).toContain('modules imported in lambda-layer-test/python:3.11-arm64 (2 of 4)')
  }, 900_000)
})
