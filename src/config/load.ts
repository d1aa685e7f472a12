// Validates [tool.lambda-layer] and its overrides (CLI flags, action inputs) into a typed Config.
// Every bad value is an error naming the key or flag, the value, and what is allowed.
import { access } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../errors.js'
import {
  ARCHITECTURE_NAMES,
  DEFAULT_RUNTIME,
  RUNTIME_NAMES,
  type Architecture,
  type Runtime
} from '../plan/runtimes.js'
import { isTable, lineOf, tableAt, type Pyproject, type TomlTable } from '../project/pyproject.js'
import {
  BUILDERS,
  DEFAULT_OUTPUT_DIR,
  INSTALLERS,
  LAYER_KEYS,
  LAYOUTS,
  TOP_KEYS,
  type Config,
  type LayerSpec,
  type Overrides
} from './schema.js'
import { didYouMean } from './suggest.js'

const TABLE = 'tool.lambda-layer'
const LAYER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Where a value came from, for error messages and annotations. */
interface Where {
  label: string
  file?: string
  line?: number
}

export interface LoadConfigOptions {
  projectDir: string
  pyproject: Pyproject
  overrides?: Overrides
  /** How an override is named to the user: "--runtime" on the CLI, "input runtime" in the action. */
  overrideName?: (key: keyof Overrides) => string
}

const defaultOverrideName = (key: keyof Overrides) =>
  `--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`

export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const { pyproject, projectDir } = options
  const overrides = options.overrides ?? {}
  const overrideName = options.overrideName ?? defaultOverrideName
  const table = tableAt(pyproject.data, 'tool', 'lambda-layer') ?? {}
  const inFile = (key: string | undefined, header = TABLE): Where => ({
    label: key === undefined ? `[${header}]` : `[${header}] ${key}`,
    file: pyproject.path,
    line: lineOf(pyproject.text, header, key)
  })
  const fromFlag = (key: keyof Overrides): Where => ({ label: overrideName(key) })

  rejectUnknownKeys(table, TOP_KEYS, inFile)

  const pick = <T>(
    key: keyof Overrides,
    fileKey: string,
    parse: (value: unknown, where: Where) => T,
    fallback: T
  ): T => {
    const override = overrides[key]
    if (override !== undefined) return parse(override, fromFlag(key))
    if (table[fileKey] !== undefined) return parse(table[fileKey], inFile(fileKey))
    return fallback
  }

  const runtimes = pick('runtime', 'runtime', (v, w) => enumList(v, RUNTIME_NAMES, w), [
    DEFAULT_RUNTIME
  ] as Runtime[])
  const architectures = pick(
    'architectures',
    'architectures',
    (v, w) => enumList(v, ARCHITECTURE_NAMES, w),
    ['x86_64'] as Architecture[]
  )
  const layout = pick('layout', 'layout', (v, w) => enumValue(v, LAYOUTS, w), 'python' as const)
  const installer = pick(
    'installer',
    'installer',
    (v, w) => enumValue(v, INSTALLERS, w),
    'uv' as const
  )
  const builder = pick('builder', 'builder', (v, w) => enumValue(v, BUILDERS, w), 'native' as const)
  const outputDir = pick(
    'outputDir',
    'output-dir',
    (v, w) => nonEmptyString(v, w),
    DEFAULT_OUTPUT_DIR
  )

  let layers = await readLayers(table, projectDir, inFile)
  if (overrides.layers?.length) {
    const names = layers.map(layer => layer.name)
    for (const wanted of overrides.layers) {
      if (!names.includes(wanted)) {
        throw new ConfigError(
          `${overrideName('layers')} ${wanted}: no such layer${didYouMean(wanted, names)}; layers in pyproject.toml: ${names.join(', ')}`
        )
      }
    }
    layers = layers.filter(layer => overrides.layers?.includes(layer.name))
  }

  return {
    projectDir,
    pyprojectPath: pyproject.path,
    runtimes,
    architectures,
    layout,
    outputDir: path.resolve(projectDir, outputDir),
    installer,
    builder,
    layers,
    cacheDir: overrides.cacheDir ?? defaultCacheDir()
  }
}

/** ~/.cache/lambda-layer, or $XDG_CACHE_HOME/lambda-layer. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'lambda-layer')
}

async function readLayers(
  table: TomlTable,
  projectDir: string,
  inFile: (key: string | undefined, header?: string) => Where
) {
  const raw = table.layers
  if (raw === undefined) {
    return [
      { name: 'base', extras: [], dependencies: true, includeProject: false }
    ] satisfies LayerSpec[]
  }
  if (!isTable(raw) || Object.keys(raw).length === 0) {
    throw invalid(inFile('layers'), raw, 'a table of layers, e.g. [tool.lambda-layer.layers.base]')
  }
  const layers: LayerSpec[] = []
  for (const [name, body] of Object.entries(raw)) {
    const header = `${TABLE}.layers.${name}`
    if (!LAYER_NAME.test(name)) {
      throw new ConfigError(
        `layer name "${name}" is not allowed: use letters, digits, "-" and "_" (at most 64, starting with a letter or digit)`,
        { file: inFile(undefined, header).file, line: inFile(undefined, header).line }
      )
    }
    if (!isTable(body))
      throw invalid(
        inFile(name, `${TABLE}.layers`),
        body,
        'a table with extras, requirements, dependencies, include-project'
      )
    rejectUnknownKeys(body, LAYER_KEYS, key => inFile(key, header))

    const extras =
      body.extras === undefined ? [] : stringList(body.extras, inFile('extras', header))
    let requirements: string | undefined
    if (body.requirements !== undefined) {
      const where = inFile('requirements', header)
      requirements = path.resolve(projectDir, nonEmptyString(body.requirements, where))
      const found = await access(requirements).then(
        () => true,
        () => false
      )
      if (!found) {
        throw new ConfigError(
          `${where.label}: requirement file ${String(body.requirements)} not found in ${projectDir}`,
          {
            file: where.file,
            line: where.line,
            hint: 'The path is relative to the folder of pyproject.toml.'
          }
        )
      }
    }
    const dependencies =
      body.dependencies === undefined
        ? requirements === undefined
        : boolean(body.dependencies, inFile('dependencies', header))
    const includeProject =
      body['include-project'] === undefined
        ? false
        : boolean(body['include-project'], inFile('include-project', header))
    if (!dependencies && !includeProject && extras.length === 0 && requirements === undefined) {
      const where = inFile(undefined, header)
      throw new ConfigError(`${where.label}: layer ${name} has nothing to install`, {
        file: where.file,
        line: where.line,
        hint: 'Give it extras, a requirements file, dependencies = true or include-project = true.'
      })
    }
    layers.push({ name, extras, requirements, dependencies, includeProject })
  }
  return layers
}

function rejectUnknownKeys(
  table: TomlTable,
  known: readonly string[],
  where: (key: string) => Where
) {
  for (const key of Object.keys(table)) {
    if (!known.includes(key)) {
      const w = where(key)
      throw new ConfigError(
        `${w.label}: unknown key${didYouMean(key, known)}; known keys: ${known.join(', ')}`,
        {
          file: w.file,
          line: w.line
        }
      )
    }
  }
}

function invalid(where: Where, value: unknown, allowed: string): ConfigError {
  // A file key reads as TOML (`key = "x"`), a flag or input as given (`--key "x"`).
  const shown = `${where.file ? ' =' : ''} ${JSON.stringify(value)}`
  return new ConfigError(`${where.label}${shown} is not valid: expected ${allowed}`, {
    file: where.file,
    line: where.line
  })
}

/** Common misnamings with their right name, suggested instead of the closest spelling. */
const ALIASES: Record<string, string> = {
  amd64: 'x86_64',
  x64: 'x86_64',
  'x86-64': 'x86_64',
  aarch64: 'arm64'
}

function enumValue<T extends string>(value: unknown, allowed: readonly T[], where: Where): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  let hint = ''
  if (typeof value === 'string') {
    const alias = ALIASES[value.toLowerCase()]
    // A version is not a typo: "python3.8" gets the list, not "did you mean python3.9".
    if (alias && (allowed as readonly string[]).includes(alias))
      hint = ` (did you mean "${alias}"?)`
    else if (!/\d/.test(value)) hint = didYouMean(value, allowed)
  }
  throw invalid(where, value, `one of ${allowed.join(', ')}${hint}`)
}

function enumList<T extends string>(value: unknown, allowed: readonly T[], where: Where): T[] {
  const items = stringList(value, where)
  if (items.length === 0) throw invalid(where, value, `one or more of ${allowed.join(', ')}`)
  const result = items.map(item => enumValue(item, allowed, where))
  return [...new Set(result)]
}

function stringList(value: unknown, where: Where): string[] {
  if (typeof value === 'string') {
    return value
      .split(/[,\s]+/)
      .map(item => item.trim())
      .filter(Boolean)
  }
  if (Array.isArray(value) && value.every(item => typeof item === 'string'))
    return value as string[]
  throw invalid(where, value, 'a string or a list of strings')
}

function nonEmptyString(value: unknown, where: Where): string {
  if (typeof value === 'string' && value.trim()) return value.trim()
  throw invalid(where, value, 'a non-empty string')
}

function boolean(value: unknown, where: Where): boolean {
  if (typeof value === 'boolean') return value
  throw invalid(where, value, 'true or false')
}
