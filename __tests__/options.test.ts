// The option registry is the one definition of every option: action.yml, the README's tables,
// --help, the CLI parser, the action's inputs and the config loader all say what it says.
// `npm run docs` (UPDATE_OPTION_DOCS=1) rewrites action.yml's inputs and the README tables.
import { jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseCli } from '../src/cli/args.js'
import { USAGE } from '../src/cli/usage.js'
import { loadConfig } from '../src/config/load.js'
import { FILE_KEYS, OPTIONS, type OptionSpec } from '../src/config/options.js'
import { flagTable, inputTable, withInputs, withSection } from '../__fixtures__/option-docs.js'
import { REPO_ROOT } from '../__fixtures__/projects.js'

const specs = OPTIONS as readonly OptionSpec[]
const update = process.env.UPDATE_OPTION_DOCS === '1'

/** Compares a committed file with its rendering from the registry (or rewrites it). */
function agree(file: string, render: (text: string) => string) {
  const full = path.join(REPO_ROOT, file)
  const text = readFileSync(full, 'utf8')
  const expected = render(text)
  if (update) writeFileSync(full, expected)
  else expect(text).toBe(expected)
}

it("action.yml's inputs are the registry's: names, descriptions, defaults", () => {
  agree('action.yml', withInputs)
})

it('action.yml has no workflow expression outside an input default (the runner rejects it)', () => {
  const yaml = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')
  const lines = yaml.split('\n').filter(line => line.includes('${{'))
  for (const line of lines) expect(line).toMatch(/^ {4}default: '\$\{\{ [a-z.]+ \}\}'$/)
})

it("the README's flag and input tables are the registry's", () => {
  agree('README.md', text =>
    withSection(withSection(text, 'cli', flagTable()), 'action', inputTable())
  )
})

it("the README's [tool.lambda-layer] table names exactly the registry's keys", () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const table = readme.slice(readme.indexOf('| key | type | meaning | default |'))
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2)
  const keys = new Set(
    rows.flatMap(row =>
      [...(row.split('|')[1] ?? '').matchAll(/`([a-z-]+)/g)].map(match => match[1] as string)
    )
  )
  expect([...keys].sort()).toEqual([...FILE_KEYS].sort())
  for (const spec of specs.filter(s => s.key && s.default !== undefined)) {
    const row = rows.find(r => (r.split('|')[1] ?? '').includes(`\`${spec.key}\``))
    expect([spec.key, row?.split('|')[4]?.trim()]).toEqual([spec.key, `\`${spec.default}\``])
  }
})

it('--help shows every flag with its default', () => {
  for (const spec of specs.filter(s => s.flag)) {
    const line = USAGE.split('\n').findIndex(l =>
      new RegExp(`^\\s+(-\\w, )?--${spec.flag}\\b`).test(l)
    )
    expect([spec.flag, line >= 0]).toEqual([spec.flag, true])
    if (spec.default !== undefined) {
      const block = USAGE.split('\n')
        .slice(line, line + 4)
        .join(' ')
        .replace(/\s+/g, ' ')
      expect(block).toContain(`Default: ${spec.default}.`)
    }
  }
})

it('the CLI parses every flag into its option', () => {
  for (const spec of specs.filter(s => s.flag && s.group !== 'run')) {
    const argv = ['build', `--${spec.flag}`, ...(spec.type === 'boolean' ? [] : ['x'])]
    const args = parseCli(argv)
    const settings: Record<string, unknown> = spec.group === 'build' ? args.overrides : args.publish
    const expected =
      spec.type === 'boolean' ? true : spec.type === 'list' || spec.type === 'lines' ? ['x'] : 'x'
    expect([spec.name, settings[spec.name]]).toEqual([spec.name, expected])
  }
})

it('the config loader applies the registry defaults and knows exactly its keys', async () => {
  const config = await loadConfig({
    projectDir: '/p',
    pyproject: { path: '/p/pyproject.toml', text: '', data: {} },
    env: {}
  })
  const literal = (name: string) => specs.find(s => s.name === name)?.default
  expect(config.runtimes).toEqual([literal('runtime')])
  expect(config.architectures).toEqual([literal('architectures')])
  expect(config.layout).toBe(literal('layout'))
  expect(config.outputDir).toBe(path.join('/p', literal('outputDir') ?? ''))
  expect(config.installer).toBe(literal('installer'))
  expect(config.builder).toBe(literal('builder'))
  expect(config.buildImage).toBe(literal('buildImage'))
  expect(config.runtimeImage).toBe(literal('runtimeImage'))
  expect(config.shape.runtimePackages).toBe(literal('runtimePackages'))
  expect(config.verify.sdkShadowing).toBe(literal('sdkShadowing'))
  expect(String(config.compressionLevel)).toBe(literal('compressionLevel'))
  expect(String(config.sizeWarnPercent)).toBe(literal('sizeWarnPercent'))

  const text = '[tool.lambda-layer]\nbogus = 1\n'
  await expect(
    loadConfig({
      projectDir: '/p',
      pyproject: {
        path: '/p/pyproject.toml',
        text,
        data: { tool: { 'lambda-layer': { bogus: 1 } } }
      },
      env: {}
    })
  ).rejects.toThrow(`known keys: ${FILE_KEYS.join(', ')}`)
})

it('every option is reachable from some door and documented', () => {
  for (const spec of specs) {
    expect([spec.name, Boolean(spec.key || spec.flag || spec.input)]).toEqual([spec.name, true])
    expect(spec.doc).toMatch(/^\S.*\.$/)
  }
  expect(new Set(specs.map(s => s.name)).size).toBe(specs.length)
  jest.restoreAllMocks()
})
