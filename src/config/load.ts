// Validates [tool.lambda-layer] and its overrides (CLI flags, action inputs) into a typed Config.
// Every bad value is an error naming the key or flag, the value, and what is allowed.
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../errors.js'
import {
  ARCHITECTURE_NAMES,
  DEFAULT_RUNTIME,
  RUNTIME_NAMES,
  type Architecture,
  type Runtime
} from '../lambda/runtimes.js'
import { DEFAULT_LEVEL, MAX_LEVEL, MIN_LEVEL } from '../lambda/compression.js'
import { isTable, lineOf, tableAt, type Pyproject } from '../files/pyproject.js'
import { DEFAULT_BUILD_IMAGE, DEFAULT_RUNTIME_IMAGE } from '../lambda/images.js'
import { checkImage } from './image.js'
import { readCombinations, readLayers, type Locate } from './layers.js'
import { readVerify } from './verify.js'
import {
  BUILDERS,
  DEFAULT_OUTPUT_DIR,
  INSTALLERS,
  LAYOUTS,
  RUNTIME_PACKAGES,
  SLIM_LISTS,
  SLIM_RULES,
  TOP_KEYS,
  type Config,
  type ImageOverrides,
  type Overrides,
  type ShapeOptions,
  type SlimRule
} from './schema.js'
import { didYouMean } from './suggest.js'
import {
  boolean,
  enumList,
  enumValue,
  folderPath,
  integer,
  invalid,
  layerGlob,
  nonEmptyString,
  rejectUnknownKeys,
  stringList,
  stringTable,
  type Where
} from './values.js'

const TABLE = 'tool.lambda-layer'

export interface LoadConfigOptions {
  projectDir: string
  pyproject: Pyproject
  overrides?: Overrides & ImageOverrides
  /** How an override is named to the user: "--runtime" on the CLI, "input runtime" in the action. */
  overrideName?: (key: keyof Overrides) => string
  /** How an image or Verify override is named (default: its CLI flag). */
  imageOverrideName?: (key: keyof ImageOverrides) => string
  /** Environment to read SOURCE_DATE_EPOCH from (default: the process's). */
  env?: Record<string, string | undefined>
}

const defaultOverrideName = (key: keyof Overrides | keyof ImageOverrides) =>
  `--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`

export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const { pyproject, projectDir } = options
  const overrides = options.overrides ?? {}
  const overrideName = options.overrideName ?? defaultOverrideName
  const table = tableAt(pyproject.data, 'tool', 'lambda-layer') ?? {}
  const inFile: Locate = (key, header = TABLE) => ({
    label: key === undefined ? `[${header}]` : `[${header}] ${key}`,
    file: pyproject.path,
    line: lineOf(pyproject.text, header, key)
  })
  const fromFlag = (key: keyof Overrides): Where => ({ label: overrideName(key) })
  const fromImageFlag = (key: keyof ImageOverrides): Where => ({
    label: (options.imageOverrideName ?? defaultOverrideName)(key)
  })

  rejectUnknownKeys(table, TOP_KEYS, inFile)

  /** The override if given, else the file's key, else the default; parsed with its source named. */
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

  let layers = await readLayers(table, projectDir, inFile)
  const combinations = readCombinations(table, layers, inFile)
  const selected = overrides.layers?.flatMap(item => item.split(/[,\s]+/)).filter(Boolean)
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
    runtimes: pick('runtime', 'runtime', (v, w) => enumList(v, RUNTIME_NAMES, w), [
      DEFAULT_RUNTIME
    ] as Runtime[]),
    architectures: pick(
      'architectures',
      'architectures',
      (v, w) => enumList(v, ARCHITECTURE_NAMES, w),
      ['x86_64'] as Architecture[]
    ),
    layout: pick('layout', 'layout', (v, w) => enumValue(v, LAYOUTS, w), 'python' as const),
    outputDir: path.resolve(
      projectDir,
      pick('outputDir', 'output-dir', folderPath, DEFAULT_OUTPUT_DIR)
    ),
    installer: pick('installer', 'installer', (v, w) => enumValue(v, INSTALLERS, w), 'uv' as const),
    builder: pick('builder', 'builder', (v, w) => enumValue(v, BUILDERS, w), 'auto' as const),
    buildImage:
      overrides.buildImage !== undefined
        ? image(overrides.buildImage, fromImageFlag('buildImage'))
        : table['build-image'] !== undefined
          ? image(table['build-image'], inFile('build-image'))
          : DEFAULT_BUILD_IMAGE,
    runtimeImage:
      overrides.runtimeImage !== undefined
        ? image(overrides.runtimeImage, fromImageFlag('runtimeImage'))
        : table['runtime-image'] !== undefined
          ? image(table['runtime-image'], inFile('runtime-image'))
          : DEFAULT_RUNTIME_IMAGE,
    verify: readVerify(table, overrides, inFile, fromImageFlag),
    layers,
    cacheDir: path.resolve(
      overrides.cacheDir === undefined
        ? defaultCacheDir()
        : folderPath(overrides.cacheDir, fromFlag('cacheDir'))
    ),
    shape: readShape(table, overrides, pick, inFile, fromFlag),
    compressionLevel: pick(
      'compressionLevel',
      'compression-level',
      (v, w) => integer(v, w, MIN_LEVEL, MAX_LEVEL),
      DEFAULT_LEVEL
    ),
    sizeWarnPercent: pick(
      'sizeWarnPercent',
      'size-warn-percent',
      (v, w) => integer(v, w, 1, 100),
      90
    ),
    combinations,
    sourceDateEpoch: sourceDateEpoch(options.env ?? process.env)
  }
}

const image = (value: unknown, where: Where) => checkImage(nonEmptyString(value, where), where)

/** The reproducible-builds timestamp, when the environment sets one. */
function sourceDateEpoch(env: Record<string, string | undefined>): number | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value === '') return undefined
  return integer(value, { label: 'environment variable SOURCE_DATE_EPOCH' }, 0, 4_102_444_800)
}

/** runtime-packages, runtime-package-versions and the [tool.lambda-layer.slim] table. */
function readShape(
  table: Record<string, unknown>,
  overrides: Overrides,
  pick: <T>(
    key: keyof Overrides,
    fileKey: string,
    parse: (value: unknown, where: Where) => T,
    fallback: T
  ) => T,
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
  // Every rule is on by default except `bytecode`: layers ship compiled bytecode unless told not to.
  let rules: SlimRule[] = SLIM_RULES.filter(rule =>
    slim[rule] === undefined ? rule !== 'bytecode' : boolean(slim[rule], inFile(rule, header))
  )
  if (overrides.slim !== undefined) {
    const where = fromFlag('slim')
    const names = overrides.slim.flatMap(item => item.split(/[,\s]+/)).filter(Boolean)
    rules = names.length === 1 && names[0] === 'none' ? [] : enumList(names, SLIM_RULES, where)
  }
  const list = (key: (typeof SLIM_LISTS)[number]) =>
    slim[key] === undefined
      ? []
      : stringList(slim[key], inFile(key, header)).map(glob => layerGlob(glob, inFile(key, header)))
  return {
    runtimePackages: pick(
      'runtimePackages',
      'runtime-packages',
      (v, w) => enumValue(v, RUNTIME_PACKAGES, w),
      'remove' as const
    ),
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
