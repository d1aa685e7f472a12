// `lambda-layer verify` on zips built elsewhere: one made by `pip install -t` + `zip` (runtime given,
// architecture read from its shared objects), and a published version fetched by ARN from a moto
// server (runtime and architecture from GetLayerVersion), imported in the stand-in runtime image.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { PublishLayerVersionCommand } from '@aws-sdk/client-lambda'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { pipTargetZip } from '../__fixtures__/layer-zip.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'
import { motoPython, MotoServer, MOTO_ACCOUNT } from './helpers/moto.js'
import { failedRun, readJson } from '../__fixtures__/typed.js'
import type { Report } from '../src/report/report.js'

const exec = promisify(execFile)
const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
const withDocker = dockerEngine() ? describe : describe.skip
const python = motoPython()
const withMoto = python ? describe : describe.skip
const scratch = useScratch()
const SO = 'python/markupsafe/_speedups.cpython-311-x86_64-linux-gnu.so'

const handMadeZip = async () => pipTargetZip(await scratch.folder())

const run = (args: string[], env: Record<string, string> = {}) =>
  exec('node', [cli, 'verify', ...args], {
    env: { ...process.env, AWS_PROFILE: undefined, ...env }
  })

withDocker('lambda-layer verify on a zip made by pip install -t and zip', () => {
  let zip: string
  beforeAll(async () => {
    zip = await handMadeZip()
  })

  it('checks size, shared objects, SDK shadowing and imports, and prints the table', async () => {
    const out = await scratch.folder()
    const { stdout } = await run([
      zip,
      '--runtime',
      'python3.11',
      '--runtime-image',
      RUNTIME_IMAGE,
      '-o',
      out
    ])
    expect(stdout).toMatch(/\nhandmade\s+python3\.11\s+x86_64\s+[\d.]+ [KM]iB/)
    expect(stdout).toMatch(
      /handmade python3\.11 x86_64: 1 shared objects checked \(newest needed: glibc 2\.\d+\); 2 modules imported in lambda-layer-test\/python:3\.11 \(slowest: /
    )
    expect(stdout).toContain('no SDK shadowing')
    const report = await readJson<Report>(path.join(out, 'lambda-layer-report.json'))
    expect(report.layers[0]).toMatchObject({
      layer: 'handmade',
      builder: 'external',
      files: expect.any(Number) as number
    })
    expect(report.layers[0]!.packages.map(p => p.name).sort()).toEqual(['idna', 'markupsafe'])
    expect(report.layers[0]!.verify!.coldStart!.modules).toBe(2)
  })

  it('fails it for arm64, naming the x86_64 file and its package, and exits 1', async () => {
    const error = await failedRun(
      run([
        zip,
        '--runtime',
        'python3.11',
        '--architectures',
        'arm64',
        '--verify',
        'elf',
        '-o',
        await scratch.folder()
      ])
    )
    expect(error.code).toBe(1)
    expect(error.stdout).toContain(
      `Failed targets:\n  handmade python3.11 arm64 failed at verify: layer handmade (python3.11 arm64) failed verification:\n    ${SO} (package markupsafe 2.1.5) is built for ELF machine 62, not aarch64 (183)`
    )
    expect(error.stderr).toContain(
      'error: 1 of 1 targets failed: handmade python3.11 arm64 (verify)'
    )
  })
})

withDocker('lambda-layer verify by layer version ARN', () => {
  withMoto('against moto', () => {
    let moto: MotoServer
    let plain: MotoServer
    let zipBytes: Buffer
    beforeAll(async () => {
      moto = await MotoServer.start(
        python!,
        path.join(REPO_ROOT, '__fixtures__', 'moto_layer_location.py')
      )
      plain = await MotoServer.start(python!)
      zipBytes = await readFile(await handMadeZip())
    })
    afterAll(async () => {
      await moto?.stop()
      await plain?.stop()
    })

    async function publish(server: MotoServer) {
      const answer = await server
        .clients()
        .clientsFor('eu-west-1')
        .lambda.send(
          new PublishLayerVersionCommand({
            LayerName: 'team-deps',
            Content: { ZipFile: zipBytes },
            CompatibleRuntimes: ['python3.11'],
            CompatibleArchitectures: ['x86_64']
          })
        )
      return answer
    }
    const env = (server: MotoServer) => ({
      AWS_ENDPOINT_URL: server.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'eu-west-1'
    })

    it('downloads Content.Location, checks CodeSha256, and verifies it for the runtime and architecture it declares', async () => {
      const published = await publish(moto)
      expect(published.LayerVersionArn).toBe(
        `arn:aws:lambda:eu-west-1:${MOTO_ACCOUNT}:layer:team-deps:1`
      )
      const out = await scratch.folder()
      const { stdout } = await run(
        [published.LayerVersionArn!, '--runtime-image', RUNTIME_IMAGE, '-o', out],
        env(moto)
      )
      expect(stdout).toMatch(/\nteam-deps:1\s+python3\.11\s+x86_64\s/)
      expect(stdout).toContain('team-deps:1 python3.11 x86_64: 1 shared objects checked')
      expect(await readFile(path.join(out, 'team-deps-1.zip'))).toEqual(zipBytes)
      const report = await readJson<Report>(path.join(out, 'lambda-layer-report.json'))
      expect(report.layers[0]!.codeSha256).toBe(published.Content!.CodeSha256)
    })

    it('says so when the endpoint\'s Content.Location is not a download URL (moto answers "s3://")', async () => {
      const published = await publish(plain)
      const error = await failedRun(
        run([published.LayerVersionArn!, '-o', await scratch.folder()], env(plain))
      )
      expect(error.code).toBe(1)
      expect(error.stderr).toContain(
        `error: layer version ${published.LayerVersionArn}: GetLayerVersion gave no download location (Content.Location "s3://")`
      )
    })
  })
})
