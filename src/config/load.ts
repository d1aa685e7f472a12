// Validates [tool.lambda-layer] and its overrides (CLI flags, action inputs) into a typed Config.
// Every bad value is an error naming the key or flag, the value, and what is allowed.
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../errors.js'
import type { Architecture, Runtime } from '../lambda/runtimes.js'
import { isTable, lineOf, tableAt, type Pyproject } from '../files/pyproject.js'
import { checkImage } from './image.js'
import { readCombinations, readLayers, type Locate } from './layers.js'
import { FILE_KEYS, option, optionLabel, type Overrides } from './options.js'
import { readVerify } from './verify.js'
import {
  SLIM_LISTS,
  SLIM_RULES,
  SLIM_RULES_OFF_BY_DEFAULT,
  type BuilderName,
  type Config,
  type Installer,
  type Layout,
  type RuntimePackagesMode,
  type ShapeOptions,
  type SlimRule
} from './schema.js'
import { didYouMean } from './suggest.js'
import {
  boolean,
  folderPath,
  integer,
  invalid,
  layerGlob,
  nonEmptyString,
  parseOption,
  rejectUnknownKeys,
  stringList,
  stringTable,
  type Where
} from './values.js'

const TABLE = 'tool.lambda-layer'

interface LoadConfigOptions {
  projectDir: string
  pyproject: Pyproject
  overrides?: Overrides
  /** How an override is named to the user: "--runtime" on the CLI, "input runtime" in the action. */
  overrideName?: (key: keyof Overrides) => string
  /** Environment to read SOURCE_DATE_EPOCH from (default: the process's). */
  env?: Record<string, string | undefined>
}

/** Options that come from an override, else the file, else the registry's default. */
type Picked = Exclude<keyof Overrides, 'layers' | 'slim' | 'verify' | 'testCommand' | 'cacheDir'>

export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const { pyproject, projectDir } = options
  const overrides = options.overrides ?? {}
  const overrideName = options.overrideName ?? ((key: string) => optionLabel(key, 'cli'))
  const table = tableAt(pyproject.data, 'tool', 'lambda-layer') ?? {}
  const inFile: Locate = (key, header = TABLE) => ({
    label: key === undefined ? `[${header}]` : `[${header}] ${key}`,
    file: pyproject.path,
    line: lineOf(pyproject.text, header, key)
  })
  const fromFlag = (key: keyof Overrides): Where => ({ label: overrideName(key) })

  rejectUnknownKeys(table, FILE_KEYS, inFile)

  /** The override if given, else the file's key, else the default; checked against the registry. */
  const pick = <T>(name: Picked): T => {
    const spec = option(name)
    const parse = (value: unknown, where: Where) =>
      spec.format === 'folder'
        ? folderPath(value, where)
        : spec.format === 'image'
          ? checkImage(nonEmptyString(value, where), where)
          : parseOption(spec, value, where)
    const override = overrides[name]
    if (override !== undefined) return parse(override, fromFlag(name)) as T
    if (spec.key !== undefined && table[spec.key] !== undefined)
      return parse(table[spec.key], inFile(spec.key)) as T
    return parse(spec.default, { label: `the default of ${spec.key}` }) as T
  }

  let layers = await readLayers(table, projectDir, inFile)
  const combinations = readCombinations(table, layers, inFile)
  const selected =
    overrides.layers &&
    (parseOption(option('layers'), overrides.layers, fromFlag('layers')) as string[])
  if (selected?.length) {
    const names = layers.map(layer => layer.name)
    for (const wanted of selected) {
      if (!names.includes(wanted)) {
        throw new ConfigError(
          `${overrideName('layers')} ${wanted}: no such layer${didYouMean(wanted, names)}; layers in pyproject.toml: ${names.join(', ')}`
        )
      }
    }
    layers = layers.filter(layer => selected.includes(layer.name))
  }

  return {
    projectDir,
    pyprojectPath: pyproject.path,
    runtimes: pick<Runtime[]>('runtime'),
    architectures: pick<Architecture[]>('architectures'),
    layout: pick<Layout>('layout'),
    outputDir: path.resolve(projectDir, pick<string>('outputDir')),
    installer: pick<Installer>('installer'),
    builder: pick<BuilderName>('builder'),
    buildImage: pick<string>('buildImage'),
    runtimeImage: pick<string>('runtimeImage'),
    verify: readVerify(table, overrides, inFile, fromFlag),
    layers,
    cacheDir: path.resolve(
      overrides.cacheDir === undefined
        ? defaultCacheDir()
        : folderPath(overrides.cacheDir, fromFlag('cacheDir'))
    ),
    shape: readShape(
      table,
      overrides,
      pick<RuntimePackagesMode>('runtimePackages'),
      inFile,
      fromFlag
    ),
    compressionLevel: pick<number>('compressionLevel'),
    sizeWarnPercent: pick<number>('sizeWarnPercent'),
    combinations,
    sourceDateEpoch: sourceDateEpoch(options.env ?? process.env)
  }
}

/** The reproducible-builds timestamp, when the environment sets one. */
function sourceDateEpoch(env: Record<string, string | undefined>): number | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value === '') return undefined
  return integer(value, { label: 'environment variable SOURCE_DATE_EPOCH' }, 0, 4_102_444_800)
}

/** runtime-package-versions and the [tool.lambda-layer.slim] table, or the slim override. */
function readShape(
  table: Record<string, unknown>,
  overrides: Overrides,
  runtimePackages: RuntimePackagesMode,
  inFile: Locate,
  fromFlag: (key: keyof Overrides) => Where
): ShapeOptions {
  const header = `${TABLE}.slim`
  const slimTable = table.slim
  if (slimTable !== undefined && !isTable(slimTable)) {
    throw invalid(
      inFile('slim'),
      slimTable,
      `a table of rule switches (${SLIM_RULES.join(', ')}) and ${SLIM_LISTS.join(', ')}`
    )
  }
  const slim = slimTable ?? {}
  rejectUnknownKeys(slim, [...SLIM_RULES, ...SLIM_LISTS], key => inFile(key, header))
  let rules: SlimRule[] = SLIM_RULES.filter(rule =>
    slim[rule] === undefined
      ? !SLIM_RULES_OFF_BY_DEFAULT.includes(rule)
      : boolean(slim[rule], inFile(rule, header))
  )
  if (overrides.slim !== undefined)
    rules = parseOption(option('slim'), overrides.slim, fromFlag('slim')) as SlimRule[]
  if (rules.includes('bytecode') && rules.includes('python-sources')) {
    const where = overrides.slim !== undefined ? fromFlag('slim') : inFile('python-sources', header)
    throw new ConfigError(
      `${where.label}: the bytecode and python-sources rules cannot both be on: bytecode removes all bytecode, python-sources ships bytecode in place of the sources`,
      {
        file: where.file,
        line: where.line,
        hint: 'Keep bytecode for the smallest layer that compiles at every cold start, or python-sources for a small layer that starts fast.'
      }
    )
  }
  const list = (key: (typeof SLIM_LISTS)[number]) =>
    slim[key] === undefined
      ? []
      : stringList(slim[key], inFile(key, header)).map(glob => layerGlob(glob, inFile(key, header)))
  return {
    runtimePackages,
    runtimePackageVersions:
      table['runtime-package-versions'] === undefined
        ? {}
        : stringTable(table['runtime-package-versions'], inFile('runtime-package-versions')),
    slim: rules,
    exclude: list('exclude'),
    keep: list('keep'),
    noStrip: list('no-strip')
  }
}

/** ~/.cache/lambda-layer, or $XDG_CACHE_HOME/lambda-layer. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'lambda-layer')
}
