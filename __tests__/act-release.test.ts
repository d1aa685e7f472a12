// The README's release-tag workflow in a real workflow runner (nektos/act) against a real moto
// server (S3 + Lambda): the first tag publishes every layer, a rerun of the same tag publishes
// nothing new, and a new tag with one changed layer publishes only that layer. Credentials come as
// environment variables (dummy keys) where the README uses OIDC; the step that attaches the files
// to the release runs as written, with a stand-in `gh` (GitHub's releases API exists only there).
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ListLayerVersionsCommand } from '@aws-sdk/client-lambda'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { ActRepo, actBinary, pushPayload } from '../__fixtures__/act.js'
import { remove, REPO_ROOT } from '../__fixtures__/projects.js'
import {
  AWS_CREDENTIALS,
  dropSteps,
  readmeWorkflow,
  SETUP_PYTHON
} from '../__fixtures__/readme-workflows.js'
import { describeMoto, type MotoServer } from './helpers/moto.js'

const act = actBinary()

/** QEMU comes from scripts/ci/standins.sh on this machine (the action downloads an image). */
const SETUP_QEMU = 'uses: docker/setup-qemu-action@'

const workflow = () =>
  dropSteps(readmeWorkflow('Release-tag publishing'), SETUP_PYTHON, SETUP_QEMU, AWS_CREDENTIALS)

const REGION = 'eu-west-1'
const BUCKET = 'my-layers-eu-west-1'
const LAYERS = ['base', 'tools'].flatMap(layer =>
  ['x86_64', 'arm64'].map(arch => `act-demo-${layer}-python3_11-${arch}`)
)
const ZIPS = ['base', 'tools']
  .flatMap(layer =>
    ['arm64', 'x86_64'].map(arch => `act-demo-1.0.0-${layer}-python3.11-${arch}.zip`)
  )
  .sort()

interface Published {
  layer: string
  architecture: string
  status: string
  version: number
}

/** The action's `published` output, from act's log. */
function publishedOutput(log: string): Published[] {
  const line = /::set-output:: published=(.*)$/m.exec(log)
  if (!line) throw new Error(`no published output in:\n${log.slice(-4000)}`)
  return (JSON.parse(line[1] as string) as Published[])
    .map(({ layer, architecture, status, version }) => ({ layer, architecture, status, version }))
    .sort((a, b) => `${a.layer} ${a.architecture}`.localeCompare(`${b.layer} ${b.architecture}`))
}

const describeAct: typeof describeMoto = act
  ? describeMoto
  : (name, body) => describe.skip(name, () => body(() => undefined as never))

describeAct('the README release-tag workflow in nektos/act against moto', moto => {
  let repo: ActRepo | undefined
  afterAll(async () => {
    if (repo) await remove(repo.state)
  })

  /** Every layer's versions and the bucket's keys, as moto holds them. */
  async function state(server: MotoServer) {
    const { lambda, s3 } = server.clients().clientsFor(REGION)
    const versions: Record<string, number[]> = {}
    for (const name of LAYERS) {
      const { LayerVersions = [] } = await lambda.send(
        new ListLayerVersionsCommand({ LayerName: name })
      )
      versions[name] = LayerVersions.map(v => v.Version as number).sort()
    }
    const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    return { versions, keys: Contents.map(o => o.Key as string).sort() }
  }

  it('publishes on the first tag, nothing on a rerun, only the changed layer on the next tag', async () => {
    expect(workflow()).toMatch(/tags: \['v\*'\]/)
    expect(workflow()).toMatch(/publish: true\n\s+bucket: my-layers-\{region\}/)
    const server = moto()
    await server.createBucket(BUCKET, REGION)
    repo = await ActRepo.create(
      act as string,
      path.join(REPO_ROOT, '__fixtures__', 'projects', 'act-demo'),
      { 'publish.yml': workflow() }
    )
    const bin = path.join(repo.state, 'bin')
    await mkdir(bin)
    await copyFile(path.join(REPO_ROOT, '__fixtures__', 'gh-stand-in.sh'), path.join(bin, 'gh'))
    await chmod(path.join(bin, 'gh'), 0o755)
    const ghLog = path.join(repo.state, 'gh.log')
    let seen = 0
    /** The gh calls since the last look, each as its arguments. */
    const ghCalls = async () => {
      const lines = (await readFile(ghLog, 'utf8')).trimEnd().split('\n')
      const fresh = lines.slice(seen).map(line => line.split(' '))
      seen = lines.length
      return fresh
    }
    /** `gh release upload TAG REPORT --clobber ZIP...` (xargs appends), every zip this project builds. */
    const expectUpload = (call: string[] | undefined, tag: string) => {
      const [release, upload, name, report, ...rest] = call ?? []
      expect([release, upload, name]).toEqual(['release', 'upload', tag])
      expect(report).toMatch(/\/lambda-layers\/lambda-layer-report\.json$/)
      expect(rest.shift()).toBe('--clobber')
      expect(rest.map(file => path.basename(file)).sort()).toEqual(ZIPS)
    }
    const env = {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      GH_STAND_IN_LOG: ghLog,
      AWS_ENDPOINT_URL: server.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: REGION
    }
    const tag = (name: string) =>
      (repo as ActRepo).run({
        event: 'push',
        payload: pushPayload(`refs/tags/${name}`),
        workflow: 'publish.yml',
        env
      })

    const first = await tag('v1.0.0')
    expect(first).toContain('Job succeeded')
    // Verify ran before publishing, arm64 in its stand-in under emulation.
    expect(first).toMatch(
      /tools python3\.11 arm64: no shared objects; 2 modules imported in lambda-layer-test\/python:3\.11-arm64 \(linux\/arm64, emulated\)/
    )
    expect(publishedOutput(first)).toEqual([
      { layer: 'base', architecture: 'arm64', status: 'published', version: 1 },
      { layer: 'base', architecture: 'x86_64', status: 'published', version: 1 },
      { layer: 'tools', architecture: 'arm64', status: 'published', version: 1 },
      { layer: 'tools', architecture: 'x86_64', status: 'published', version: 1 }
    ])
    const created = await ghCalls()
    expect(created.slice(0, 2)).toEqual([
      ['release', 'view', 'v1.0.0'],
      ['release', 'create', 'v1.0.0', '--verify-tag', '--generate-notes']
    ])
    expectUpload(created[2], 'v1.0.0')
    expect(created).toHaveLength(3)
    const published = await state(server)
    expect(published.versions).toEqual(Object.fromEntries(LAYERS.map(name => [name, [1]])))
    expect(published.keys).toHaveLength(4)
    for (const name of LAYERS)
      expect(published.keys.some(k => k.startsWith(`lambda-layers/${name}/`))).toBe(true)

    const rerun = await tag('v1.0.0')
    expect(rerun).toContain('Job succeeded')
    expect(publishedOutput(rerun).map(p => p.status)).toEqual(Array(4).fill('unchanged'))
    expect(await state(server)).toEqual(published)
    const again = await ghCalls()
    expect(again[0]).toEqual(['release', 'view', 'v1.0.0'])
    expectUpload(again[1], 'v1.0.0')
    expect(again).toHaveLength(2)

    // The next release changes the tools layer only.
    await writeFile(path.join(repo.dir, 'requirements', 'tools.txt'), 'attrs==24.3.0\n')
    await repo.commit('tools layer: attrs 24.3.0')
    const next = await tag('v1.1.0')
    expect(next).toContain('Job succeeded')
    expect(publishedOutput(next)).toEqual([
      { layer: 'base', architecture: 'arm64', status: 'unchanged', version: 1 },
      { layer: 'base', architecture: 'x86_64', status: 'unchanged', version: 1 },
      { layer: 'tools', architecture: 'arm64', status: 'published', version: 2 },
      { layer: 'tools', architecture: 'x86_64', status: 'published', version: 2 }
    ])
    const nextCalls = await ghCalls()
    expect(nextCalls[1]).toEqual([
      'release',
      'create',
      'v1.1.0',
      '--verify-tag',
      '--generate-notes'
    ])
    expectUpload(nextCalls[2], 'v1.1.0')
    const after = await state(server)
    expect(after.versions).toEqual({
      'act-demo-base-python3_11-x86_64': [1],
      'act-demo-base-python3_11-arm64': [1],
      'act-demo-tools-python3_11-x86_64': [1, 2],
      'act-demo-tools-python3_11-arm64': [1, 2]
    })
    expect(after.keys).toHaveLength(6)
    expect(after.keys).toEqual(expect.arrayContaining(published.keys))
  }, 900_000)
})
