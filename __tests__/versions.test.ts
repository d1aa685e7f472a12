// Versions of the runtime's SDK set (and wheels, tools) compare as PEP 440 says: a layer's
// boto3 1.34.0 is the runtime's 1.34; 1.34.10 is newer than 1.34.9.
import { planRuntimePackages } from '../src/shape/runtime-packages.js'
import type { Distribution } from '../src/shape/distributions.js'
import { compareVersions, sameVersion } from '../src/system/versions.js'
import { checkSdk } from '../src/verify/sdk.js'
import type { LayerIndex } from '../src/verify/layer-index.js'

it('compares as PEP 440: release, pre-, post- and dev-releases, local versions', () => {
  const sorted = ['1.10', '1.9', '1.0+local', '1.0', '1.0rc1', '1.0.post1', '1.0.dev1', '1.0a1']
  expect(sorted.sort(compareVersions)).toEqual([
    '1.0.dev1',
    '1.0a1',
    '1.0rc1',
    '1.0',
    '1.0+local',
    '1.0.post1',
    '1.9',
    '1.10'
  ])
  expect(sameVersion('1.34', '1.34.0')).toBe(true)
  expect(sameVersion('v1.2-post1', '1.2.post1')).toBe(true)
  expect(sameVersion('1.34.1', '1.34.10')).toBe(false)
  // Text PEP 440 cannot read is compared as text, after every valid version.
  expect(sameVersion('unknown', 'unknown')).toBe(true)
  expect(['not-a-version', '2.0'].sort(compareVersions)).toEqual(['2.0', 'not-a-version'])
})

const dist = (name: string, version: string): Distribution => ({
  name,
  version,
  infoDir: `python/${name}-${version}.dist-info`,
  files: [`python/${name}/__init__.py`],
  requires: []
})

it('sees no SDK version mismatch between 1.34 and 1.34.0, and one between 1.34.1 and 1.34.10', () => {
  const plan = planRuntimePackages(
    [dist('boto3', '1.34.0'), dist('botocore', '1.34.1')],
    new Map(),
    'keep',
    { boto3: '1.34', botocore: '1.34.10' }
  )
  expect(plan.report.versionMismatches).toEqual([
    { name: 'botocore', locked: '1.34.1', runtime: '1.34.10' }
  ])
})

it('reports a layer shadowing the SDK only where the versions differ under PEP 440', () => {
  const index: LayerIndex = {
    names: [],
    site: 'python',
    distributions: [
      { name: 'boto3', version: '1.34.0', files: [], topLevel: ['boto3'] },
      { name: 'botocore', version: '1.34.1', files: [], topLevel: ['botocore'] }
    ],
    ownerOf: () => undefined
  }
  const runtime = new Map([
    ['boto3', '1.34'],
    ['botocore', '1.34.10']
  ])
  const report = checkSdk(index, runtime, 'config')
  expect(report.problems).toEqual(["botocore 1.34.1 shadows the runtime's botocore 1.34.10"])
})
