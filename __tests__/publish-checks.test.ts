// Publish never goes half-way: checks against a real moto server fail with the promised messages
// before any write, and a failure between upload and publish is healed by a rerun.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import { ListLayersCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import { ConfigError } from '../src/errors.js'
import { awsClients, type RegionalClients } from '../src/publish/clients.js'
import {
  PublishError,
  publishLayers,
  type PublishDeps,
  type PublishOptions
} from '../src/publish/index.js'
import type { Report } from '../src/report/report.js'
import { silentLogger } from '../src/system/log.js'
import {
  countCalls,
  failOnce,
  layerEntry,
  makeReport,
  makeZip,
  BUCKET,
  describeMoto,
  LAYER,
  REGION,
  type MotoServer
} from './helpers/moto.js'

const OPTIONS: PublishOptions = { regions: [REGION], bucket: BUCKET }

async function failure(promise: Promise<unknown>): Promise<PublishError | ConfigError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PublishError || error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected the publish to fail')
}

describeMoto('publish checks against a moto server', moto => {
  let dir: string
  let server: MotoServer
  let report: Report

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-checks-'))
    server = moto()
    const zip = await makeZip(path.join(dir, 'base.zip'), { 'demo/__init__.py': 'v = 1\n' })
    report = makeReport([layerEntry(zip)])
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  /** Every layer name in the region: proves that nothing was published. */
  async function layerNames(): Promise<string[]> {
    const clients = server.clients().clientsFor(REGION)
    const answer = await clients.lambda.send(new ListLayersCommand({}))
    return (answer.Layers ?? []).map(layer => layer.LayerName ?? '')
  }

  it('heals a failure between upload and publish on the rerun, with no duplicate version', async () => {
    await server.createBucket(BUCKET, REGION)
    const faulty = server.clients().clientsFor
    failOnce(faulty(REGION).lambda, 'PublishLayerVersion')
    const error = await failure(
      publishLayers(report, OPTIONS, { clients: faulty, log: silentLogger })
    )
    expect(error.message).toContain(
      `layer base (python3.12 x86_64) in ${REGION}: publishing layer ${LAYER} (Lambda PublishLayerVersion) failed`
    )
    expect(error.hint).toContain('Rerun the publish')
    // Half-way state: the object is uploaded, no version exists.
    const key = `lambda-layers/${LAYER}/${report.layers[0]!.sha256}.zip`
    const { s3, lambda } = server.clients().clientsFor(REGION)
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).resolves.toBeTruthy()
    expect(await layerNames()).toEqual([])

    const clients = server.clients().clientsFor
    const calls = countCalls(clients(REGION))
    const rerun = await publishLayers(report, OPTIONS, { clients, log: silentLogger })
    expect(rerun.layers[0]).toMatchObject({
      status: 'published',
      version: 1,
      uploaded: false,
      s3Key: key
    })
    expect(calls.filter(call => call.startsWith('S3.'))).toEqual(['S3.HeadBucket', 'S3.HeadObject'])

    const again = await publishLayers(report, OPTIONS, { clients, log: silentLogger })
    expect(again.layers[0]).toMatchObject({ status: 'unchanged', version: 1 })
    const versions = await lambda.send(new ListLayerVersionsCommand({ LayerName: LAYER }))
    expect(versions.LayerVersions?.map(item => item.Version)).toEqual([1])
  })

  it('fails on a missing bucket before anything is written', async () => {
    const error = await failure(
      publishLayers(report, OPTIONS, { clients: server.clients().clientsFor, log: silentLogger })
    )
    expect(error).toBeInstanceOf(PublishError)
    expect((error as PublishError).reason).toBe('bucket-missing')
    expect(error.message).toBe(`bucket ${BUCKET} does not exist (region ${REGION})`)
    expect(error.hint).toContain(`aws s3 mb s3://${BUCKET} --region ${REGION}`)
    expect(await layerNames()).toEqual([])
  })

  it('fails on a bucket in another region', async () => {
    await server.createBucket(BUCKET, REGION)
    const error = await failure(
      publishLayers(
        report,
        { regions: ['us-west-2'], bucket: BUCKET },
        { clients: server.clients().clientsFor, log: silentLogger }
      )
    )
    expect((error as PublishError).reason).toBe('wrong-region')
    expect(error.message).toBe(
      `bucket ${BUCKET} is in region ${REGION}, not us-west-2 where the layer is published`
    )
    expect(error.hint).toContain("a bucket in the layer's own region")
  })

  it('fails with a clear message when AWS rejects the credentials', async () => {
    await server.createBucket(BUCKET, REGION)
    await server.enforceAuth(true)
    let error: PublishError | ConfigError
    try {
      error = await failure(
        publishLayers(report, OPTIONS, {
          clients: server.clients({ accessKeyId: 'AKIAWRONGWRONGWRONG1', secretAccessKey: 'nope' })
            .clientsFor,
          log: silentLogger
        })
      )
    } finally {
      await server.enforceAuth(false)
    }
    expect((error as PublishError).reason).toBe('credentials')
    expect(error.message).toBe(
      `AWS rejected the credentials (region ${REGION}): InvalidClientTokenId: The security token included in the request is invalid.`
    )
    expect(error.hint).toContain('aws-actions/configure-aws-credentials')
    expect(error.message + error.hint).not.toContain('nope')
    expect(await layerNames()).toEqual([])
  })

  it('fails when the role may not use the bucket', async () => {
    await server.createBucket(BUCKET, REGION)
    const iam = server.iam()
    await iam.send(new CreateUserCommand({ UserName: 'publisher' }))
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'publisher' }))
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'publisher',
        PolicyName: 'identity-only',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }]
        })
      })
    )
    iam.destroy()
    await server.enforceAuth(true)
    let error: PublishError | ConfigError
    try {
      const credentials = {
        accessKeyId: key.AccessKey!.AccessKeyId!,
        secretAccessKey: key.AccessKey!.SecretAccessKey!
      }
      error = await failure(
        publishLayers(report, OPTIONS, {
          clients: server.clients(credentials).clientsFor,
          log: silentLogger
        })
      )
    } finally {
      await server.enforceAuth(false)
    }
    expect((error as PublishError).reason).toBe('access-denied')
    expect(error.message).toBe(
      `access to bucket ${BUCKET} denied for arn:aws:iam::123456789012:user/publisher (region ${REGION})`
    )
    expect(error.hint).toContain(`s3:ListBucket on arn:aws:s3:::${BUCKET}`)
    expect(await layerNames()).toEqual([])
  })

  it('fails when no credentials can be found', async () => {
    const saved = { ...process.env }
    process.env = Object.fromEntries(
      Object.entries(saved).filter(([name]) => !name.startsWith('AWS_'))
    )
    Object.assign(process.env, {
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
      AWS_CONFIG_FILE: path.join(dir, 'no-config'),
      AWS_EC2_METADATA_DISABLED: 'true'
    })
    // The SDK's own credential chain, as in production, with nothing to find.
    const clients = awsClients({ endpoint: server.endpoint, forcePathStyle: true, maxAttempts: 1 })
    let error: PublishError | ConfigError
    try {
      error = await failure(
        publishLayers(report, OPTIONS, { clients: clients.clientsFor, log: silentLogger })
      )
    } finally {
      process.env = saved
      clients.destroy()
    }
    expect((error as PublishError).reason).toBe('credentials')
    expect(error.message).toMatch(/^no AWS credentials found \(region eu-west-1\): /)
    expect(error.hint).toContain('AWS_PROFILE')
  })

  it('fails on a listed function that does not exist, before publishing', async () => {
    await server.createBucket(BUCKET, REGION)
    const error = await failure(
      publishLayers(
        report,
        { ...OPTIONS, functions: ['missing-fn'] },
        { clients: server.clients().clientsFor, log: silentLogger }
      )
    )
    expect((error as PublishError).reason).toBe('function')
    expect(error.message).toBe(`region ${REGION}: function missing-fn does not exist`)
    expect(await layerNames()).toEqual([])
  })
})

describe('checks that need no AWS call', () => {
  let dir: string
  let calls: string[]
  let deps: PublishDeps
  let regional: RegionalClients

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-checks-'))
    regional = awsClients({
      // Nothing listens here: a call that slipped through would fail with another error.
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
      maxAttempts: 1
    })
    calls = countCalls(regional.clientsFor(REGION))
    deps = { clients: regional.clientsFor, log: silentLogger }
  })
  afterEach(async () => {
    regional.destroy()
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses a zip over the direct-upload limit without a bucket, making no call', async () => {
    const zip = await makeZip(path.join(dir, 'base.zip'), { 'a.py': 'a = 1\n' })
    const huge = makeReport([{ ...layerEntry(zip), zippedBytes: 50 * 1024 * 1024 + 1 }])
    const error = await failure(publishLayers(huge, { regions: [REGION] }, deps))
    expect((error as PublishError).reason).toBe('too-large')
    expect(error.message).toBe(
      'layer base (python3.12 x86_64): the zip is 50.0 MiB (52428801 bytes), too large for a ' +
        'direct upload (ZipFile allows at most 52428800 bytes): publishing it needs an S3 bucket'
    )
    expect(error.hint).toBe(
      'Set --bucket to a bucket in each publish region; nothing was published.'
    )
    expect(calls).toEqual([])
  })

  it('refuses a layer over the unzipped limit, even with a bucket', async () => {
    const zip = await makeZip(path.join(dir, 'base.zip'), { 'a.py': 'a = 1\n' })
    const huge = makeReport([{ ...layerEntry(zip), unzippedBytes: 262_144_001 }])
    const error = await failure(publishLayers(huge, OPTIONS, deps))
    expect((error as PublishError).reason).toBe('too-large')
    expect(error.message).toContain("over Lambda's limit of 262144000 bytes")
    expect(calls).toEqual([])
  })

  it('refuses layers whose combination is over the unzipped limit', async () => {
    const zip = await makeZip(path.join(dir, 'base.zip'), { 'a.py': 'a = 1\n' })
    const combined = makeReport([layerEntry(zip)])
    combined.combinations = [
      {
        name: 'api',
        runtime: 'python3.12',
        architecture: 'x86_64',
        layers: ['base', 'sql'],
        unzippedBytes: 262_144_001,
        limitPercent: 100.0000004,
        status: 'over-limit'
      }
    ]
    const error = await failure(publishLayers(combined, OPTIONS, deps))
    expect((error as PublishError).reason).toBe('too-large')
    expect(error.message).toBe(
      "layers used together unzip to more than Lambda's limit of 262144000 bytes: " +
        'api (base + sql, python3.12 x86_64): 250.0 MiB'
    )
    expect(calls).toEqual([])
  })

  it('refuses a zip that changed since the report was written', async () => {
    const zip = await makeZip(path.join(dir, 'base.zip'), { 'a.py': 'a = 1\n' })
    const stale = makeReport([layerEntry(zip)])
    await writeFile(zip.zipPath, 'not the zip the report describes')
    const error = await failure(publishLayers(stale, OPTIONS, deps))
    expect((error as PublishError).reason).toBe('zip')
    expect(error.message).toContain('changed since the report was written')
    expect(calls).toEqual([])
  })

  it('refuses layer names Lambda would reject, naming the template', async () => {
    const zip = await makeZip(path.join(dir, 'base.zip'), { 'a.py': 'a = 1\n' })
    const one = makeReport([layerEntry(zip)])
    const error = await failure(
      publishLayers(one, { ...OPTIONS, nameTemplate: '{project}.{layer}' }, deps)
    )
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toBe(
      '--name-template: layer base (python3.12 x86_64): "demo-app.base" has characters Lambda does not allow in a layer name (allowed: letters, digits, - and _)'
    )
    expect(calls).toEqual([])
  })

  it('refuses a template that gives two zips the same layer name', async () => {
    const a = await makeZip(path.join(dir, 'a.zip'), { 'a.py': 'a = 1\n' })
    const b = await makeZip(path.join(dir, 'b.zip'), { 'a.py': 'a = 2\n' })
    const two = makeReport([
      layerEntry(a, 'base', 'python3.11'),
      layerEntry(b, 'base', 'python3.12')
    ])
    const error = await failure(
      publishLayers(two, { ...OPTIONS, nameTemplate: '{project}-{layer}-{arch}' }, deps)
    )
    expect(error.message).toBe(
      '--name-template: layer base (python3.11 x86_64) and layer base (python3.12 x86_64) would both be published as "demo-app-base-x86_64"'
    )
    expect(calls).toEqual([])
  })
})
