// Publish options, layer names and descriptions: defaults, and every bad value refused with the
// option's name before any AWS call.
import { ConfigError } from '../src/errors.js'
import { describeVersion, renderName } from '../src/publish/names.js'
import { nameProblem } from '../src/lambda/names.js'
import {
  parseFunctionToUpdate,
  resolveOptions,
  type PublishOptions
} from '../src/publish/options.js'
import { contentKey } from '../src/publish/upload.js'
import type { LayerReport, Report } from '../src/report/report.js'

function refused(options: PublishOptions): ConfigError {
  try {
    resolveOptions(options)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected the options to be refused')
}

const report = { project: { name: 'demo-app', version: '1.2.3' } } as Report
const layer = { layer: 'base', runtime: 'python3.12', architecture: 'arm64' } as LayerReport

describe('defaults', () => {
  it('publishes without a bucket, under lambda-layers/, with the default name template', () => {
    const resolved = resolveOptions({ regions: ['eu-west-1'] })
    expect(resolved.bucketFor).toBeUndefined()
    expect(resolved.prefix).toBe('lambda-layers')
    expect(resolved.nameTemplate).toBe('{project}-{layer}-{runtime}-{arch}')
    expect(resolved.grants).toEqual([])
    expect(resolved.functions).toEqual([])
    expect(resolved.partBytes).toBe(16 * 1024 * 1024)
  })

  it('names a layer from project, layer, runtime (dots replaced) and architecture', () => {
    const name = renderName('{project}-{layer}-{runtime}-{arch}', report, layer)
    expect(name).toBe('demo-app-base-python3_12-arm64')
    expect(nameProblem(name)).toBeUndefined()
  })

  it('puts zips at a content-addressed key', () => {
    expect(contentKey('lambda-layers', 'demo-app-base', 'ab12')).toBe(
      'lambda-layers/demo-app-base/ab12.zip'
    )
    expect(contentKey('', 'demo-app-base', 'ab12')).toBe('demo-app-base/ab12.zip')
    expect(resolveOptions({ regions: ['eu-west-1'], prefix: '/ci/layers/' }).prefix).toBe(
      'ci/layers'
    )
  })
})

describe('buckets', () => {
  it('fills {region} and {account} in a template, and reads a map', () => {
    const template = resolveOptions({
      regions: ['eu-west-1', 'us-east-1'],
      bucket: 'layers-{account}-{region}'
    })
    expect(template.bucketFor?.('us-east-1', '123456789012')).toBe('layers-123456789012-us-east-1')
    const map = resolveOptions({
      regions: ['eu-west-1'],
      bucket: { 'eu-west-1': 'my-eu-layers', 'us-east-1': 'unused' }
    })
    expect(map.bucketFor?.('eu-west-1', '123456789012')).toBe('my-eu-layers')
  })

  it('refuses one fixed bucket for several regions', () => {
    const error = refused({ regions: ['eu-west-1', 'us-east-1'], bucket: 'my-layers' })
    expect(error.message).toBe(
      `--bucket: one bucket "my-layers" for 2 regions: Lambda reads layer zips only from a bucket in the layer's own region`
    )
    expect(error.hint).toContain('{region}')
  })

  it('refuses a map without a region, an invalid name, an unknown placeholder', () => {
    expect(
      refused({ regions: ['eu-west-1', 'us-east-1'], bucket: { 'eu-west-1': 'my-layers' } }).message
    ).toBe('--bucket: no bucket for region us-east-1 in the bucket map (it has eu-west-1)')
    expect(refused({ regions: ['eu-west-1'], bucket: 'My_Layers' }).message).toBe(
      '--bucket: "My_Layers" is not a valid S3 bucket name'
    )
    expect(refused({ regions: ['eu-west-1'], bucket: 'layers-{regoin}' }).message).toBe(
      '--bucket: unknown placeholder {regoin} in "layers-{regoin}" (did you mean "region"?)'
    )
  })
})

describe('refused options', () => {
  it('names the option, the value and the rule', () => {
    expect(refused({ regions: [] }).message).toBe('--regions: no region given')
    expect(refused({ regions: ['Europe'] }).message).toBe(
      '--regions: "Europe" is not an AWS region name'
    )
    expect(refused({ regions: ['eu-west-1', 'eu-west-1'] }).message).toBe(
      '--regions: region eu-west-1 is listed twice'
    )
    expect(refused({ regions: ['eu-west-1'], permissions: { accounts: ['12345'] } }).message).toBe(
      '--permissions: "12345" is not a 12-digit AWS account ID'
    )
    expect(
      refused({ regions: ['eu-west-1'], permissions: { organizationId: 'my-org' } }).message
    ).toBe('--permissions: "my-org" is not an AWS Organizations ID')
    expect(refused({ regions: ['eu-west-1'], nameTemplate: '{project}-{laier}' }).message).toBe(
      '--name-template: unknown placeholder {laier} in "{project}-{laier}" (did you mean "layer"?)'
    )
    expect(refused({ regions: ['eu-west-1'], gitSha: 'main' }).message).toBe(
      '--git-sha: "main" is not a git commit hash'
    )
    expect(refused({ regions: ['eu-west-1'], license: 'x'.repeat(513) }).message).toBe(
      '--license: must be 1 to 512 characters (an SPDX identifier or a URL)'
    )
    expect(
      refused({
        regions: ['eu-west-1'],
        functions: ['arn:aws:lambda:us-east-1:123456789012:function:api']
      }).message
    ).toBe(
      '--functions: function arn:aws:lambda:us-east-1:123456789012:function:api is in region us-east-1, which is not one of the regions published to (eu-west-1)'
    )
  })

  it('uses the caller’s names for options', () => {
    const error = refused({
      regions: ['nowhere'],
      optionName: key => `input ${key === 'regions' ? 'aws-regions' : key}`
    })
    expect(error.message).toBe('input aws-regions: "nowhere" is not an AWS region name')
  })
})

describe('layer names and descriptions', () => {
  it('refuses names Lambda rejects', () => {
    expect(nameProblem('demo.app')).toContain('has characters Lambda does not allow')
    expect(nameProblem('a'.repeat(65))).toBe(
      `"${'a'.repeat(65)}" is 65 characters long; Lambda allows at most 64`
    )
    expect(nameProblem('a'.repeat(64))).toBeUndefined()
  })

  it('describes a version with project version, git ref and short commit, and the hash', () => {
    const sha256 = 'f'.repeat(64)
    expect(
      describeVersion({
        project: 'demo-app',
        version: '1.2.3',
        gitRef: 'refs/heads/main',
        gitSha: '0123456789abcdef',
        sha256
      })
    ).toBe(`demo-app 1.2.3 main@0123456 sha256:${sha256}`)
    expect(describeVersion({ project: 'demo-app', version: '1.2.3', sha256 })).toBe(
      `demo-app 1.2.3 sha256:${sha256}`
    )
  })

  it('keeps the description within 256 characters, the hash whole', () => {
    const sha256 = 'e'.repeat(64)
    const long = describeVersion({
      project: 'demo-app',
      version: '1.2.3',
      gitRef: `refs/heads/${'feature/'.repeat(40)}`,
      gitSha: 'abcdef0',
      sha256
    })
    expect(long.length).toBe(256)
    expect(long.startsWith('demo-app 1.2.3 feature/')).toBe(true)
    expect(long.endsWith(`... sha256:${sha256}`)).toBe(true)
    const huge = describeVersion({ project: 'p'.repeat(300), version: '1', sha256 })
    expect(huge.length).toBeLessThanOrEqual(256)
    expect(huge.endsWith(`sha256:${sha256}`)).toBe(true)
  })
})

describe('function targets', () => {
  it('parses NAME and NAME=layer,layer', () => {
    expect(parseFunctionToUpdate('orders-api')).toEqual({ name: 'orders-api' })
    expect(
      parseFunctionToUpdate('arn:aws:lambda:eu-west-1:123456789012:function:job=base, sql')
    ).toEqual({
      name: 'arn:aws:lambda:eu-west-1:123456789012:function:job',
      layers: ['base', 'sql']
    })
  })
})
