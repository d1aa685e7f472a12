// Action inputs: parsed from the runner's INPUT_* variables with action.yml's defaults; every bad
// value names the input, the value and what is allowed.
import { loadInputs } from '../src/action/inputs.js'
import { OPTIONS, optionLabel } from '../src/config/options.js'
import { ConfigError } from '../src/errors.js'
import { prepareBuild } from '../src/pipeline.js'
import { actionDefaults, setInputs } from '../__fixtures__/inputs.js'
import { EXAMPLES } from '../__fixtures__/projects.js'
import path from 'node:path'

let clear: () => void = () => {}
afterEach(() => clear())

it('declares every input the code reads, with a default', () => {
  const declared = Object.keys(actionDefaults()).sort()
  expect(declared).toEqual(OPTIONS.flatMap(o => ('input' in o ? [o.input] : [])).sort())
})

it('uses action.yml defaults: no overrides, caches, artifacts and summary on, no publishing', () => {
  clear = setInputs()
  const inputs = loadInputs()
  expect(inputs).toEqual({
    projectDir: '.',
    mode: 'build',
    layerZips: [],
    overrides: {
      runtime: undefined,
      architectures: undefined,
      layers: undefined,
      layout: undefined,
      outputDir: undefined,
      installer: undefined,
      builder: undefined,
      runtimePackages: undefined,
      slim: undefined,
      compressionLevel: undefined,
      sizeWarnPercent: undefined,
      buildImage: undefined,
      runtimeImage: undefined,
      verify: undefined,
      sdkShadowing: undefined,
      testCommand: undefined
    },
    publish: undefined,
    cache: true,
    uploadArtifacts: true,
    retentionDays: undefined,
    summary: true
  })
})

it('splits lists and reads publishing inputs when publish is true', () => {
  clear = setInputs({
    architectures: 'x86_64, arm64',
    layers: 'base\nparquet',
    publish: 'true',
    regions: 'eu-west-1 us-east-1',
    'grant-accounts': '111111111111,222222222222',
    'update-functions': 'api\nreports=base,parquet',
    'retention-days': '7',
    cache: 'false'
  })
  const inputs = loadInputs()
  expect(inputs.overrides.architectures).toEqual(['x86_64', 'arm64'])
  expect(inputs.overrides.layers).toEqual(['base', 'parquet'])
  expect(inputs.publish).toMatchObject({
    regions: ['eu-west-1', 'us-east-1'],
    grantAccounts: ['111111111111', '222222222222'],
    grantPublic: false,
    functions: ['api', 'reports=base,parquet'],
    prefix: 'lambda-layers'
  })
  expect(inputs.retentionDays).toBe(7)
  expect(inputs.cache).toBe(false)
})

it('rejects bad switches and retention with the input named', () => {
  clear = setInputs({ publish: 'yes' })
  expect(() => loadInputs()).toThrow(
    new ConfigError('input publish "yes" is not valid: expected true or false')
  )
  clear()
  clear = setInputs({ 'retention-days': '365' })
  expect(() => loadInputs()).toThrow(
    'input retention-days "365" is not valid: expected a whole number from 1 to 90'
  )
})

it('names the input when the pipeline rejects its value', async () => {
  clear = setInputs({
    runtime: 'python2.7',
    'project-directory': path.join(EXAMPLES, 'uv-project')
  })
  const inputs = loadInputs()
  await expect(
    prepareBuild({
      projectDir: inputs.projectDir,
      overrides: inputs.overrides,
      overrideName: key => optionLabel(key, 'action')
    })
  ).rejects.toThrow(
    'input runtime "python2.7" is not valid: expected one of python3.9, python3.10, python3.11, python3.12, python3.13, python3.14'
  )
})
