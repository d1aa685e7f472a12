// The real action (action.yml, dist/, @actions/cache and @actions/artifact) in a real workflow
// runner: nektos/act runs .github/workflows/action-test.yml three times on the host. The first run
// builds and uploads; the second restores the layers from the cache and installs nothing; the
// third, with the project's code changed, takes the unchanged layer from the entry the cache hands
// back by prefix and builds only the layer holding the project. Each run gets an empty cache folder
// (XDG_CACHE_HOME), as a new runner would: layers can only come through the Actions cache, and the
// first run is a miss however often the test has run.
import { execFile } from 'node:child_process'
import { appendFile, cp, readdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { freePort } from '../__fixtures__/net.js'
import { actBinary } from '../__fixtures__/act.js'
import { REPO_ROOT, remove, scratch } from '../__fixtures__/projects.js'
import { openZip } from '../__fixtures__/zip.js'

const exec = promisify(execFile)

const act = actBinary()
const describeAct = act ? describe : describe.skip

describeAct('the action in nektos/act', () => {
  let state: string
  let artifacts: string
  let caches: string
  let localCache: string
  let port: number
  beforeAll(async () => {
    state = await scratch('lambda-layer-act-')
    artifacts = path.join(state, 'artifacts')
    caches = path.join(state, 'caches')
    localCache = path.join(state, 'xdg-cache')
    port = await freePort()
  })
  afterAll(() => remove(state))

  const run = async (expectCacheHit: boolean, projectDir?: string) => {
    await remove(localCache)
    const args = [
      'push',
      '-W',
      '.github/workflows/action-test.yml',
      '-P',
      'ubuntu-latest=-self-hosted',
      '--artifact-server-path',
      artifacts,
      '--artifact-server-addr',
      '127.0.0.1',
      '--artifact-server-port',
      String(port),
      '--cache-server-path',
      caches,
      '--cache-server-addr',
      '127.0.0.1',
      // act's job folders inside the scratch folder: a failed run leaves nothing in ~/.cache/act.
      '--action-cache-path',
      path.join(state, 'act-actions'),
      '--var',
      `EXPECT_CACHE_HIT=${expectCacheHit}`,
      '--env',
      `XDG_CACHE_HOME=${localCache}`,
      ...(projectDir ? ['--var', `PROJECT_DIRECTORY=${projectDir}`] : [])
    ]
    try {
      const { stdout } = await exec(act as string, args, {
        cwd: REPO_ROOT,
        maxBuffer: 64 * 1024 * 1024
      })
      return stdout
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string }
      throw new Error(
        `act failed:\n${(failed.stdout ?? '').slice(-6000)}\n${failed.stderr ?? ''}`,
        {
          cause: error
        }
      )
    }
  }

  it('builds and uploads, restores an unchanged build, reuses an unchanged layer', async () => {
    const first = await run(false)
    expect(first).toContain('cache-hit=false')
    expect(first).toMatch(/installing \d+ pinned packages/)
    expect(first).toContain('Summary - ## Lambda layers: uv-demo 0.1.0')
    expect(first).toContain('| # | layer | zipped | unzipped | of limit | status |')
    expect(first).toContain('xychart-beta horizontal')
    expect(first).toContain('built (layer cache: miss, saved for the next run)')
    expect(first).toContain('Job succeeded')

    const [runDir] = await readdir(artifacts)
    const uploaded = (await readdir(path.join(artifacts, runDir as string))).sort()
    expect(uploaded).toEqual([
      'uv-demo-0.1.0-base-python3.12-x86_64.zip',
      'uv-demo-0.1.0-nodeps-python3.12-x86_64.zip',
      'uv-demo-0.1.0-report-base+nodeps-python3.12-x86_64'
    ])
    const stored = path.join(
      artifacts,
      runDir as string,
      uploaded[1] as string,
      `${uploaded[1]}.zip`
    )
    const outer = await openZip(stored)
    outer.close()
    expect(outer.entries.map(e => e.name)).toEqual(['uv-demo-0.1.0-nodeps-python3.12-x86_64.zip'])

    const second = await run(true)
    expect(second).toMatch(/layers unchanged \(layer cache [0-9a-f]{12}\): nothing to build/)
    expect(second).toContain('cache-hit=true')
    expect(second).not.toMatch(/installing \d+ pinned packages/)
    expect(second).toContain('restored from the layer cache (nothing installed)')
    expect(second).toContain('Job succeeded')

    const changed = path.join(state, 'uv-project')
    await cp(path.join(REPO_ROOT, 'examples', 'uv-project'), changed, { recursive: true })
    await remove(path.join(changed, 'lambda-layers'))
    await appendFile(path.join(changed, 'src', 'uv_demo', '__init__.py'), '\nANSWER = 42\n')
    const third = await run(false, changed)
    expect(third).toContain('cache-hit=false')
    expect(third).toContain(
      '[1/2] base python3.12 x86_64: unchanged since an earlier build, taken from the layer cache'
    )
    expect(third).not.toMatch(/installing \d+ pinned packages/)
    expect(third).toMatch(/nodeps python3\.12 x86_64: installing uv-demo/)
    expect(third).toContain('1 of 2 layers unchanged and reused')
    expect(third).toContain('Job succeeded')
  }, 1_200_000)
})
