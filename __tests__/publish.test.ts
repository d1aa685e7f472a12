// Publish against a real moto server (S3 + Lambda): a version only when the zip changed, through S3
// or ZipFile, with grants, function updates and several regions.
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  CreateFunctionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  type LambdaClient
} from '@aws-sdk/client-lambda'
import { CreateRoleCommand } from '@aws-sdk/client-iam'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import type { RegionalClients } from '../src/publish/clients.js'
import { publishLayers, type PublishDeps, type PublishOptions } from '../src/publish/index.js'
import { publishAndRecord } from '../src/publish/record.js'
import type { Report } from '../src/report/report.js'
import type { Logger } from '../src/system/log.js'
import {
  countCalls,
  layerEntry,
  makeReport,
  makeZip,
  BUCKET,
  describeMoto,
  LAYER,
  REGION,
  type MotoServer
} from './helpers/moto.js'

async function versionsOf(lambda: LambdaClient, layerName: string): Promise<number[]> {
  const list = await lambda.send(new ListLayerVersionsCommand({ LayerName: layerName }))
  return (list.LayerVersions ?? []).map(item => item.Version ?? 0).sort((a, b) => a - b)
}

function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: message => lines.push(message),
    warn: message => lines.push(`warning: ${message}`),
    debug: () => {}
  }
}

describeMoto('publishing to a moto server', moto => {
  let dir: string
  let server: MotoServer

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-publish-'))
    server = moto()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  /** A report of one base layer whose zip holds `text`. */
  async function report(text: string, file = 'base.zip', layer = 'base'): Promise<Report> {
    const zip = await makeZip(path.join(dir, file), { 'demo/__init__.py': text })
    return makeReport([layerEntry(zip, layer)])
  }

  function deps(): PublishDeps {
    return { clients: server.clients().clientsFor, log: memoryLog() }
  }

  describe('through S3', () => {
    const options: PublishOptions = {
      regions: [REGION],
      bucket: BUCKET,
      license: 'MIT',
      gitRef: 'refs/tags/v1.2.3',
      gitSha: '0123456789abcdef0123456789abcdef01234567'
    }

    beforeEach(async () => {
      await server.createBucket(BUCKET, REGION)
    })

    it('publishes and rewrites the report beside the one it came from, then closes the clients', async () => {
      const built = await report('v = 1\n')
      // As `publish --report FILE` gives it: a report under another name.
      const given = path.join(dir, 'reports', 'built.json')
      let closed = 0
      const connect = (): RegionalClients => {
        const clients = server.clients()
        return { clientsFor: clients.clientsFor, destroy: () => (closed++, clients.destroy()) }
      }
      const written = await publishAndRecord(
        { report: built, reportPath: given },
        options,
        memoryLog(),
        connect
      )

      expect(written.reportPath).toBe(path.join(dir, 'reports', 'lambda-layer-report.json'))
      expect(written.report.layers).toEqual(built.layers)
      expect(written.report.publish?.layers).toMatchObject([
        { layer: 'base', region: REGION, status: 'published', version: 1 }
      ])
      const onDisk = JSON.parse(await readFile(written.reportPath, 'utf8')) as Report
      expect(onDisk.publish).toEqual(written.report.publish)
      expect(closed).toBe(1)
    })

    it('creates version 1 from a content-addressed object, with the build fields', async () => {
      const first = await report('v = 1\n')
      const entry = first.layers[0]!
      const clients = server.clients().clientsFor
      const result = await publishLayers(first, options, { clients, log: memoryLog() })

      const key = `lambda-layers/${LAYER}/${entry.sha256}.zip`
      expect(result.account).toBe('123456789012')
      expect(result.layers).toEqual([
        {
          layer: 'base',
          runtime: 'python3.12',
          architecture: 'x86_64',
          region: REGION,
          layerName: LAYER,
          status: 'published',
          version: 1,
          versionArn: `arn:aws:lambda:${REGION}:123456789012:layer:${LAYER}:1`,
          codeSha256: entry.codeSha256,
          bucket: BUCKET,
          s3Key: key,
          uploaded: true,
          granted: []
        }
      ])
      const { lambda, s3 } = clients(REGION)
      const version = await lambda.send(
        new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 1 })
      )
      expect(version.Content?.CodeSha256).toBe(entry.codeSha256)
      expect(version.CompatibleRuntimes).toEqual(['python3.12'])
      expect(version.CompatibleArchitectures).toEqual(['x86_64'])
      expect(version.LicenseInfo).toBe('MIT')
      expect(version.Description).toBe(`demo-app 1.2.3 v1.2.3@0123456 sha256:${entry.sha256}`)
      const object = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
      expect(object.ContentLength).toBe(entry.zippedBytes)
      expect(object.Metadata).toEqual({ sha256: entry.sha256 })
    })

    it('publishes nothing for an identical rebuild: 2 Lambda calls, no upload', async () => {
      await publishLayers(await report('v = 1\n'), options, deps())
      // The same content zipped again into another file: the bytes, and so the hash, are equal.
      const rebuilt = await report('v = 1\n', 'rebuilt/base.zip')
      const clients = server.clients().clientsFor
      const calls = countCalls(clients(REGION))
      const result = await publishLayers(rebuilt, options, { clients, log: memoryLog() })

      expect(result.layers.map(row => [row.status, row.version, row.uploaded])).toEqual([
        ['unchanged', 1, false]
      ])
      expect(result.layers[0]?.versionArn).toBe(
        `arn:aws:lambda:${REGION}:123456789012:layer:${LAYER}:1`
      )
      const lambdaCalls = calls.filter(call => call.startsWith('Lambda.'))
      const s3Calls = calls.filter(call => call.startsWith('S3.'))
      console.log(
        `unchanged layer: ${lambdaCalls.length} Lambda API calls (${lambdaCalls.join(', ')}); ` +
          `S3 calls: ${s3Calls.join(', ') || 'none'}; all calls: ${calls.join(', ')}`
      )
      expect(lambdaCalls).toEqual(['Lambda.ListLayerVersions', 'Lambda.GetLayerVersion'])
      expect(s3Calls).toEqual(['S3.HeadBucket'])
      expect(await versionsOf(clients(REGION).lambda, LAYER)).toEqual([1])
    })

    it('publishes version 2 for a changed zip, under its own key', async () => {
      const first = await publishLayers(await report('v = 1\n'), options, deps())
      const changed = await report('v = 2\n', 'changed/base.zip')
      const second = await publishLayers(changed, options, deps())

      expect(second.layers[0]).toMatchObject({
        status: 'published',
        version: 2,
        versionArn: `arn:aws:lambda:${REGION}:123456789012:layer:${LAYER}:2`,
        s3Key: `lambda-layers/${LAYER}/${changed.layers[0]!.sha256}.zip`,
        uploaded: true
      })
      expect(second.layers[0]?.s3Key).not.toBe(first.layers[0]?.s3Key)
      const lambda = server.clients().clientsFor(REGION).lambda
      expect(await versionsOf(lambda, LAYER)).toEqual([1, 2])
      const latest = await lambda.send(
        new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 2 })
      )
      expect(latest.Content?.CodeSha256).toBe(changed.layers[0]!.codeSha256)
    })

    it('uploads a large zip in parts', async () => {
      const zip = await makeZip(path.join(dir, 'big.zip'), {
        'blob.bin': randomBytes(11 * 1024 * 1024)
      })
      const big = makeReport([layerEntry(zip)])
      const clients = server.clients().clientsFor
      const calls = countCalls(clients(REGION))
      const result = await publishLayers(
        big,
        { ...options, partBytes: 5 * 1024 * 1024 },
        { clients, log: memoryLog() }
      )

      expect(calls.filter(call => call.startsWith('S3.'))).toEqual([
        'S3.HeadBucket',
        'S3.HeadObject',
        'S3.CreateMultipartUpload',
        'S3.UploadPart',
        'S3.UploadPart',
        'S3.UploadPart',
        'S3.CompleteMultipartUpload'
      ])
      expect(result.layers[0]).toMatchObject({ status: 'published', version: 1, uploaded: true })
      const object = await clients(REGION).s3.send(
        new HeadObjectCommand({ Bucket: BUCKET, Key: result.layers[0]!.s3Key! })
      )
      expect(object.ContentLength).toBe(zip.zippedBytes)
      expect(object.Metadata).toEqual({ sha256: zip.sha256 })
      const version = await clients(REGION).lambda.send(
        new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 1 })
      )
      expect(version.Content?.CodeSha256).toBe(zip.codeSha256)
    })

    it('grants lambda:GetLayerVersion to accounts, an organization and the public, once', async () => {
      const withGrants: PublishOptions = {
        ...options,
        permissions: {
          accounts: ['111122223333', '444455556666'],
          organizationId: 'o-a1b2c3d4e5',
          public: true
        }
      }
      const first = await publishLayers(await report('v = 1\n'), withGrants, deps())
      const ids = [
        'lambda-layer-account-111122223333',
        'lambda-layer-account-444455556666',
        'lambda-layer-org-o-a1b2c3d4e5',
        'lambda-layer-public'
      ]
      expect(first.layers[0]?.granted).toEqual(ids)

      const lambda = server.clients().clientsFor(REGION).lambda
      const readPolicy = async () => {
        const answer = await lambda.send(
          new GetLayerVersionPolicyCommand({ LayerName: LAYER, VersionNumber: 1 })
        )
        return JSON.parse(answer.Policy ?? '{}') as {
          Statement: { Sid: string; Action: string; Principal: unknown }[]
        }
      }
      const policy = await readPolicy()
      expect(policy.Statement.map(statement => statement.Sid)).toEqual(ids)
      expect(policy.Statement.every(s => s.Action === 'lambda:GetLayerVersion')).toBe(true)
      expect(JSON.stringify(policy.Statement[0])).toContain('111122223333')
      expect(JSON.stringify(policy.Statement[2])).toContain('o-a1b2c3d4e5')
      expect(policy.Statement[3]?.Principal).toBe('*')

      // Unchanged rerun: the grants are there already, nothing is added twice.
      const again = await publishLayers(await report('v = 1\n', 'again.zip'), withGrants, deps())
      expect(again.layers[0]).toMatchObject({ status: 'unchanged', granted: [] })
      expect((await readPolicy()).Statement).toHaveLength(4)
    })
  })

  describe('without a bucket', () => {
    it('publishes with ZipFile and makes no S3 call', async () => {
      const small = await report('v = 1\n')
      const clients = server.clients().clientsFor
      const calls = countCalls(clients(REGION))
      const result = await publishLayers(
        small,
        { regions: [REGION] },
        { clients, log: memoryLog() }
      )

      expect(result.layers[0]).toMatchObject({ status: 'published', version: 1, uploaded: false })
      expect(result.layers[0]?.s3Key).toBeUndefined()
      expect(calls.filter(call => call.startsWith('S3.'))).toEqual([])
      expect(calls).toContain('Lambda.PublishLayerVersion')
      const version = await clients(REGION).lambda.send(
        new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 1 })
      )
      expect(version.Content?.CodeSha256).toBe(small.layers[0]!.codeSha256)

      const again = await publishLayers(
        await report('v = 1\n', 'again.zip'),
        { regions: [REGION] },
        deps()
      )
      expect(again.layers[0]).toMatchObject({ status: 'unchanged', version: 1 })
    })
  })

  describe('in two regions', () => {
    const regions = ['eu-west-1', 'us-west-2']

    it('publishes and compares in each region, each with its own bucket', async () => {
      const clients = server.clients().clientsFor
      for (const region of regions) await server.createBucket(`layers-${region}`, region)
      const options: PublishOptions = { regions, bucket: 'layers-{region}' }
      const first = await publishLayers(await report('v = 1\n'), options, deps())

      expect(first.layers.map(row => [row.region, row.status, row.version, row.bucket])).toEqual([
        ['eu-west-1', 'published', 1, 'layers-eu-west-1'],
        ['us-west-2', 'published', 1, 'layers-us-west-2']
      ])
      expect(first.layers[1]?.versionArn).toBe(
        `arn:aws:lambda:us-west-2:123456789012:layer:${LAYER}:1`
      )
      const sha256 = (await report('v = 1\n', 'again.zip')).layers[0]!.sha256
      for (const row of first.layers) {
        expect(row.s3Key).toBe(`lambda-layers/${LAYER}/${sha256}.zip`)
        const object = await clients(row.region).s3.send(
          new HeadObjectCommand({ Bucket: row.bucket, Key: row.s3Key })
        )
        expect(object.Metadata).toEqual({ sha256 })
      }

      // Someone publishes other content to us-west-2 by hand: only that region differs now.
      const other = await makeZip(path.join(dir, 'other.zip'), { 'other.py': 'o = 1\n' })
      await clients('us-west-2').lambda.send(
        new PublishLayerVersionCommand({
          LayerName: LAYER,
          Content: { ZipFile: await readFile(other.zipPath) }
        })
      )
      const map: PublishOptions = {
        regions,
        bucket: { 'eu-west-1': 'layers-eu-west-1', 'us-west-2': 'layers-us-west-2' }
      }
      const calls = countCalls(clients('us-west-2'))
      const second = await publishLayers(await report('v = 1\n', 'same.zip'), map, {
        clients,
        log: memoryLog()
      })
      expect(second.layers.map(row => [row.region, row.status, row.version, row.uploaded])).toEqual(
        [
          ['eu-west-1', 'unchanged', 1, false],
          ['us-west-2', 'published', 3, false]
        ]
      )
      // The zip was already in us-west-2's bucket under its content key: published from it again.
      expect(calls).not.toContain('S3.CreateMultipartUpload')
      expect(calls).not.toContain('S3.PutObject')
      expect(await versionsOf(clients('eu-west-1').lambda, LAYER)).toEqual([1])
      expect(await versionsOf(clients('us-west-2').lambda, LAYER)).toEqual([1, 2, 3])
    })
  })

  describe('functions', () => {
    async function createFunction(
      lambda: LambdaClient,
      name: string,
      layers: string[],
      runtime: 'python3.12' | 'python3.11' = 'python3.12'
    ): Promise<void> {
      const iam = server.iam()
      const role = await iam
        .send(
          new CreateRoleCommand({
            RoleName: `${name}-role`,
            AssumeRolePolicyDocument: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'lambda.amazonaws.com' },
                  Action: 'sts:AssumeRole'
                }
              ]
            })
          })
        )
        .finally(() => iam.destroy())
      const code = await makeZip(path.join(dir, `${name}-code.zip`), {
        'handler.py': 'def handler(event, context):\n    return 1\n'
      })
      await lambda.send(
        new CreateFunctionCommand({
          FunctionName: name,
          Runtime: runtime,
          Architectures: ['x86_64'],
          Role: role.Role!.Arn!,
          Handler: 'handler.handler',
          Code: { ZipFile: await readFile(code.zipPath) },
          Layers: layers
        })
      )
    }

    async function otherLayer(lambda: LambdaClient, name: string): Promise<string> {
      const zip = await makeZip(path.join(dir, `${name}.zip`), { [`${name}.py`]: 'x = 1\n' })
      const answer = await lambda.send(
        new PublishLayerVersionCommand({
          LayerName: name,
          Content: { ZipFile: await readFile(zip.zipPath) }
        })
      )
      return answer.LayerVersionArn!
    }

    async function layersOf(lambda: LambdaClient, name: string): Promise<string[]> {
      const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
      return (config.Layers ?? []).map(layer => layer.Arn ?? '')
    }

    it('points a function at the new version, keeping its other layers in order', async () => {
      const clients = server.clients().clientsFor
      const lambda = clients(REGION).lambda
      const first = await publishLayers(await report('v = 1\n'), { regions: [REGION] }, deps())
      const before = await otherLayer(lambda, 'shared-utils')
      const after = await otherLayer(lambda, 'observability')
      await createFunction(lambda, 'orders-api', [before, first.layers[0]!.versionArn, after])

      const options: PublishOptions = { regions: [REGION], functions: ['orders-api'] }
      const second = await publishLayers(await report('v = 2\n', 'v2.zip'), options, deps())

      const v2 = `arn:aws:lambda:${REGION}:123456789012:layer:${LAYER}:2`
      expect(second.layers[0]).toMatchObject({ status: 'published', version: 2 })
      expect(second.functions).toEqual([
        {
          name: 'orders-api',
          region: REGION,
          functionArn: `arn:aws:lambda:${REGION}:123456789012:function:orders-api`,
          status: 'updated',
          layers: [before, v2, after]
        }
      ])
      expect(await layersOf(lambda, 'orders-api')).toEqual([before, v2, after])

      // A rerun finds everything current and writes nothing.
      const rerun = await publishLayers(await report('v = 2\n', 'v2-again.zip'), options, deps())
      expect(rerun.layers[0]?.status).toBe('unchanged')
      expect(rerun.functions[0]?.status).toBe('unchanged')
    })

    it('attaches a requested layer built for the function runtime', async () => {
      const clients = server.clients().clientsFor
      const lambda = clients(REGION).lambda
      const existing = await otherLayer(lambda, 'shared-utils')
      await createFunction(lambda, 'reports-job', [existing], 'python3.11')
      const zip311 = await makeZip(path.join(dir, 'b311.zip'), { 'demo/x.py': 'a = 311\n' })
      const zip312 = await makeZip(path.join(dir, 'b312.zip'), { 'demo/x.py': 'a = 312\n' })
      const twoRuntimes = makeReport([
        layerEntry(zip311, 'base', 'python3.11'),
        layerEntry(zip312, 'base', 'python3.12')
      ])

      const result = await publishLayers(
        twoRuntimes,
        { regions: [REGION], functions: ['reports-job=base'] },
        deps()
      )
      const attached = `arn:aws:lambda:${REGION}:123456789012:layer:demo-app-base-python3_11-x86_64:1`
      expect(result.functions[0]).toMatchObject({ status: 'updated', layers: [existing, attached] })
      expect(await layersOf(lambda, 'reports-job')).toEqual([existing, attached])
    })
  })
})
