// The bundled CLI publishes against a real moto server with the standard AWS environment
// (AWS_ENDPOINT_URL, keys, region): a first run publishes, a rerun publishes nothing.
import { execFile } from 'node:child_process'

import path from 'node:path'
import { promisify } from 'node:util'
import { copyExample, remove, REPO_ROOT } from '../__fixtures__/projects.js'
import { ListLayersCommand } from '@aws-sdk/client-lambda'
import { describeMoto } from './helpers/moto.js'
import { failedRun, readJson } from '../__fixtures__/typed.js'
import type { Report } from '../src/report/report.js'

const exec = promisify(execFile)
const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

describeMoto('lambda-layer publish', moto => {
  let dir: string
  beforeAll(async () => {
    dir = await copyExample('uv-project')
  })
  afterAll(() => remove(path.dirname(dir)))

  const run = (args: string[]) =>
    exec('node', [cli, ...args], {
      env: {
        ...process.env,
        AWS_PROFILE: undefined,
        AWS_ENDPOINT_URL: moto().endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: 'eu-west-1',
        GITHUB_REF: 'refs/tags/v0.1.0',
        GITHUB_SHA: '0123456789abcdef'
      }
    })

  it('builds, publishes once, and finds nothing to publish on a rerun', async () => {
    await moto().createBucket('uv-demo-layers', 'eu-west-1')
    const first = await run([
      'publish',
      '-p',
      dir,
      '--layer',
      'nodeps,base',
      '--bucket',
      'uv-demo-layers'
    ])
    expect(first.stdout).toMatch(
      /nodeps\s+python3\.12\s+x86_64\s+eu-west-1\s+published\s+1\s+arn:aws:lambda:eu-west-1:123456789012:layer:uv-demo-nodeps-python3_12-x86_64:1/
    )
    const reportPath = path.join(dir, 'lambda-layers', 'lambda-layer-report.json')
    const report = await readJson<Report>(reportPath)
    expect(report.publish!.layers.map(l => l.status)).toEqual(['published', 'published'])
    expect(report.publish!.layers[0]!.s3Key).toMatch(
      /^lambda-layers\/uv-demo-base-python3_12-x86_64\/[0-9a-f]{64}\.zip$/
    )

    const again = await run(['publish', '--report', reportPath, '--bucket', 'uv-demo-layers'])
    expect(again.stdout).toMatch(/nodeps\s+python3\.12\s+x86_64\s+eu-west-1\s+unchanged\s+1\s/)
    expect(again.stdout).toMatch(/base\s+python3\.12\s+x86_64\s+eu-west-1\s+unchanged\s+1\s/)
  })

  it('fails with the fix when the bucket is missing, and publishes nothing', async () => {
    const error = await failedRun(
      run(['publish', '-p', dir, '--layer', 'nodeps', '--bucket', 'no-such-bucket'])
    )
    expect(error.code).toBe(1)
    expect(error.stderr).toContain('error: bucket no-such-bucket does not exist (region eu-west-1)')
    expect(error.stderr).toContain(
      'hint: Create it (aws s3 mb s3://no-such-bucket --region eu-west-1)'
    )
    const layers = await moto()
      .clients()
      .clientsFor('eu-west-1')
      .lambda.send(new ListLayersCommand({}))
    expect(layers.Layers).toEqual([])
  })
})
