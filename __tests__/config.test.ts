// Configuration: [tool.lambda-layer] and overrides validate into a typed Config, and every bad
// value fails with the key or flag, the value, and what is allowed.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, ProjectError } from '../src/errors.js'
import { prepareBuild } from '../src/pipeline.js'
import { remove, scratch } from '../__fixtures__/projects.js'

let dir: string

beforeEach(async () => {
  dir = await scratch()
})
afterEach(() => remove(dir))

const PROJECT = `[project]
name = "Demo_App"
version = "1.2.3"
dependencies = ["requests"]

[project.optional-dependencies]
parquet = ["pyarrow"]
SQL = ["sqlalchemy"]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
`

async function project(table: string, extra: Record<string, string> = {}) {
  await writeFile(path.join(dir, 'pyproject.toml'), `${PROJECT}\n${table}`)
  for (const [file, text] of Object.entries(extra)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
}

async function failure(promise: Promise<unknown>): Promise<ConfigError | ProjectError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ProjectError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('defaults', () => {
  it('builds one base layer for python3.12 x86_64 when there is no [tool.lambda-layer]', async () => {
    await project('')
    const { config, project: p, targets } = await prepareBuild({ projectDir: dir })
    expect(config.runtimes).toEqual(['python3.12'])
    expect(config.architectures).toEqual(['x86_64'])
    expect(config.layout).toBe('python')
    expect(config.installer).toBe('uv')
    expect(config.outputDir).toBe(path.join(dir, 'lambda-layers'))
    expect(config.layers).toEqual([
      { name: 'base', extras: [], dependencies: true, includeProject: false }
    ])
    expect(p).toMatchObject({
      name: 'demo-app',
      version: '1.2.3',
      extras: ['parquet', 'sql'],
      lockKind: 'unlocked'
    })
    expect(targets.map(t => t.id)).toEqual(['demo-app-1.2.3-base-python3.12-x86_64'])
  })

  it('plans layer x runtime x architecture with the site-packages layout', async () => {
    await project(`[tool.lambda-layer]
runtime = ["python3.11", "python3.13"]
architectures = ["x86_64", "arm64"]
layout = "site-packages"
[tool.lambda-layer.layers.base]
[tool.lambda-layer.layers.parquet]
extras = ["parquet"]
dependencies = false
`)
    const { targets } = await prepareBuild({ projectDir: dir })
    expect(targets).toHaveLength(8)
    expect(targets[0]).toMatchObject({
      id: 'demo-app-1.2.3-base-python3.11-x86_64',
      sitePackages: 'python/lib/python3.11/site-packages'
    })
    expect(targets[7]).toMatchObject({
      id: 'demo-app-1.2.3-parquet-python3.13-arm64',
      sitePackages: 'python/lib/python3.13/site-packages'
    })
    expect(targets[7]?.layer).toEqual({
      name: 'parquet',
      extras: ['parquet'],
      dependencies: false,
      includeProject: false
    })
  })

  it('lets flags override the file and select layers', async () => {
    await project(`[tool.lambda-layer]
runtime = "python3.11"
[tool.lambda-layer.layers.base]
[tool.lambda-layer.layers.sql]
extras = ["sql"]
`)
    const { targets, config } = await prepareBuild({
      projectDir: dir,
      overrides: {
        runtime: ['python3.14'],
        architectures: ['arm64'],
        layers: ['sql'],
        outputDir: 'out'
      }
    })
    expect(targets.map(t => t.id)).toEqual(['demo-app-1.2.3-sql-python3.14-arm64'])
    expect(config.outputDir).toBe(path.join(dir, 'out'))
  })

  it('makes a requirements layer skip the project dependencies unless asked', async () => {
    await project(
      `[tool.lambda-layer.layers.tools]
requirements = "requirements/tools.txt"
`,
      { 'requirements/tools.txt': 'six\n' }
    )
    const { config } = await prepareBuild({ projectDir: dir })
    expect(config.layers[0]).toEqual({
      name: 'tools',
      extras: [],
      requirements: path.join(dir, 'requirements/tools.txt'),
      dependencies: false,
      includeProject: false
    })
  })
})

describe('errors', () => {
  it('names the key, the bad value and the allowed runtimes, with the line', async () => {
    await project(`[tool.lambda-layer]
runtime = "python3.8"
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      '[tool.lambda-layer] runtime = "python3.8" is not valid: expected one of python3.9, python3.10, python3.11, python3.12, python3.13, python3.14'
    )
    expect(error.file).toBe(path.join(dir, 'pyproject.toml'))
    expect(error.line).toBe(15)
  })

  it('suggests the closest value', async () => {
    await project(`[tool.lambda-layer]
architectures = ["amd64"]
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      '[tool.lambda-layer] architectures = "amd64" is not valid: expected one of x86_64, arm64 (did you mean "x86_64"?)'
    )
    await project(`[tool.lambda-layer]
installer = "uvv"
`)
    const typo = await failure(prepareBuild({ projectDir: dir }))
    expect(typo.message).toBe(
      '[tool.lambda-layer] installer = "uvv" is not valid: expected one of uv, pip (did you mean "uv"?)'
    )
  })

  it('rejects unknown keys with a did-you-mean', async () => {
    await project(`[tool.lambda-layer]
runtimes = "python3.12"
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      '[tool.lambda-layer] runtimes: unknown key (did you mean "runtime"?); known keys: runtime, architectures, layers, combinations, layout, output-dir, installer, builder, build-image, runtime-image, runtime-packages, runtime-package-versions, slim, compression-level, size-warn-percent, verify, sdk-shadowing'
    )
    expect(error.line).toBe(15)
  })

  it('rejects the bytecode and python-sources rules together, in the file or the flag', async () => {
    await project(`[tool.lambda-layer.slim]
bytecode = true
python-sources = true
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      '[tool.lambda-layer.slim] python-sources: the bytecode and python-sources rules cannot both be on: bytecode removes all bytecode, python-sources ships bytecode in place of the sources'
    )
    expect(error.line).toBe(16)
    await project('')
    const flag = await failure(
      prepareBuild({ projectDir: dir, overrides: { slim: ['bytecode', 'python-sources'] } })
    )
    expect(flag.message).toMatch(/^--slim: the bytecode and python-sources rules cannot both be on/)
  })

  it('rejects unknown layer keys and wrong types', async () => {
    await project(`[tool.lambda-layer.layers.base]
include_project = true
`)
    expect((await failure(prepareBuild({ projectDir: dir }))).message).toContain(
      '[tool.lambda-layer.layers.base] include_project: unknown key (did you mean "include-project"?)'
    )
    await project(`[tool.lambda-layer.layers.base]
dependencies = "yes"
`)
    expect((await failure(prepareBuild({ projectDir: dir }))).message).toBe(
      '[tool.lambda-layer.layers.base] dependencies = "yes" is not valid: expected true or false'
    )
  })

  it('names the flag when an override is bad', async () => {
    await project('')
    const error = await failure(
      prepareBuild({
        projectDir: dir,
        overrides: { layout: 'flat' },
        overrideName: key => `--${key}`
      })
    )
    expect(error.message).toBe(
      '--layout "flat" is not valid: expected one of python, site-packages'
    )
    const selection = await failure(
      prepareBuild({ projectDir: dir, overrides: { layers: ['bsae'] } })
    )
    expect(selection.message).toBe(
      '--layer bsae: no such layer (did you mean "base"?); layers in pyproject.toml: base'
    )
  })

  it('rejects bad layer names and empty layers', async () => {
    await project(`[tool.lambda-layer.layers."my layer"]
`)
    expect((await failure(prepareBuild({ projectDir: dir }))).message).toContain(
      'layer name "my layer" is not allowed'
    )
    await project(`[tool.lambda-layer.layers.empty]
dependencies = false
`)
    expect((await failure(prepareBuild({ projectDir: dir }))).message).toBe(
      '[tool.lambda-layer.layers.empty]: layer empty has nothing to install'
    )
  })

  it('lists the available extras for an unknown extra', async () => {
    await project(`[tool.lambda-layer.layers.pq]
extras = ["parket"]
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      'layer pq: unknown extra "parket" (did you mean "parquet"?); the project declares: parquet, sql'
    )
    expect(error.line).toBe(15)
  })

  it('reports a missing requirement file', async () => {
    await project(`[tool.lambda-layer.layers.base]
requirements = "requirements/missing.txt"
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      `[tool.lambda-layer.layers.base] requirements: requirement file requirements/missing.txt not found in ${dir}`
    )
    expect(error.line).toBe(15)
  })

  it('reports a missing pyproject.toml', async () => {
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error).toBeInstanceOf(ProjectError)
    expect(error.message).toBe(`no pyproject.toml in ${dir}`)
  })

  it('reports invalid TOML with its line', async () => {
    await project(`[tool.lambda-layer
runtime = "python3.12"
`)
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toMatch(/^invalid TOML in pyproject\.toml at line 14, column \d+: /)
    expect(error.line).toBe(14)
  })

  it('refuses a project layer when the project cannot be built', async () => {
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      '[project]\nname = "x"\n[tool.lambda-layer.layers.nodeps]\ndependencies = false\ninclude-project = true\n'
    )
    const error = await failure(prepareBuild({ projectDir: dir }))
    expect(error.message).toBe(
      'layer nodeps includes the project, but pyproject.toml has no [build-system]'
    )
  })
})

describe('docker and verify settings', () => {
  it('defaults to builder auto, the AWS images and every check', async () => {
    await project('')
    const { config } = await prepareBuild({ projectDir: dir })
    expect(config.builder).toBe('auto')
    expect(config.buildImage).toBe('public.ecr.aws/sam/build-python{python}:latest-{arch}')
    expect(config.runtimeImage).toBe('public.ecr.aws/lambda/python:{python}')
    expect(config.verify).toEqual({
      checks: ['imports', 'elf', 'sdk'],
      sdkShadowing: 'warn',
      skipImports: []
    })
  })

  it('reads [tool.lambda-layer.verify], and flags replace the file', async () => {
    await project(`[tool.lambda-layer]
build-image = "my/build:{python}-{arch}"
sdk-shadowing = "error"

[tool.lambda-layer.verify]
imports = false
skip-imports = ["optional_mod"]
test-command = "python -m pytest 'tests/unit tests' -q"
`)
    const { config } = await prepareBuild({ projectDir: dir })
    expect(config.buildImage).toBe('my/build:{python}-{arch}')
    expect(config.verify).toEqual({
      checks: ['elf', 'sdk'],
      sdkShadowing: 'error',
      skipImports: ['optional_mod'],
      testCommand: ['python', '-m', 'pytest', 'tests/unit tests', '-q']
    })
    const flags = await prepareBuild({
      projectDir: dir,
      overrides: { verify: ['none'], sdkShadowing: 'warn', runtimeImage: 'rt:{runtime}' }
    })
    expect(flags.config.verify.checks).toEqual([])
    expect(flags.config.verify.sdkShadowing).toBe('warn')
    expect(flags.config.runtimeImage).toBe('rt:{runtime}')
  })

  it('names the key or flag of a bad value', async () => {
    await project(`[tool.lambda-layer.verify]
elf = "yes"
`)
    expect((await failure(prepareBuild({ projectDir: dir }))).message).toBe(
      '[tool.lambda-layer.verify] elf = "yes" is not valid: expected true or false'
    )
    await project(`[tool.lambda-layer]
sdk-shadowing = "fail"
`)
    expect((await failure(prepareBuild({ projectDir: dir }))).message).toBe(
      '[tool.lambda-layer] sdk-shadowing = "fail" is not valid: expected one of warn, error'
    )
    await project('')
    expect(
      (await failure(prepareBuild({ projectDir: dir, overrides: { verify: ['imprts'] } }))).message
    ).toBe(
      '--verify "imprts" is not valid: expected one of imports, elf, sdk (did you mean "imports"?)'
    )
    expect(
      (
        await failure(
          prepareBuild({ projectDir: dir, overrides: { testCommand: 'pytest "tests' } })
        )
      ).message
    ).toBe(
      '--test-command "pytest \\"tests" is not valid: expected a command, e.g. "python -m pytest tests", or a list of its arguments (unclosed " quote)'
    )
  })
})
