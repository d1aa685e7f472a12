// The typed configuration of a build: the shape every source ([tool.lambda-layer], CLI flags,
// action inputs) is validated into, with its defaults and allowed values.
import type { Architecture, Runtime } from '../lambda/runtimes.js'
import type { VerifyOptions } from './verify-options.js'

export const LAYOUTS = ['python', 'site-packages'] as const
export type Layout = (typeof LAYOUTS)[number]

export const INSTALLERS = ['uv', 'pip'] as const
export type Installer = (typeof INSTALLERS)[number]

/** Builders: host wheels, the Lambda build image, or native with a Docker fallback (default). */
export const BUILDERS = ['auto', 'native', 'docker'] as const
export type BuilderName = (typeof BUILDERS)[number]

export const DEFAULT_OUTPUT_DIR = 'lambda-layers'

/** One layer as described in [tool.lambda-layer.layers.NAME]. */
export interface LayerSpec {
  name: string
  /** Extras of the project whose dependencies the layer holds. */
  extras: string[]
  /** A requirement file (absolute path), installed as given. */
  requirements?: string
  /** Include the project's base dependencies (default: true unless `requirements` is set). */
  dependencies: boolean
  /** Include the project's own wheel. */
  includeProject: boolean
}

export interface Config {
  projectDir: string
  pyprojectPath: string
  runtimes: Runtime[]
  architectures: Architecture[]
  layout: Layout
  /** Absolute folder the zips and the report are written to. */
  outputDir: string
  installer: Installer
  builder: BuilderName
  /** SAM build image for the docker builder: a name or a template with {python}, {runtime}, {arch}. */
  buildImage: string
  /** Lambda runtime image for Verify and runtime-info: a name or a template like buildImage. */
  runtimeImage: string
  /** Which Verify checks run, and how strictly. */
  verify: VerifyOptions
  layers: LayerSpec[]
  /** Root of reusable state: pinned tools and installer caches. */
  cacheDir: string
  /** What the Shape step removes and strips. */
  shape: ShapeOptions
  /** Deflate level of the zips: 0 stores, 1 is fastest, 12 the smallest; 6 by default. */
  compressionLevel: number
  /** Warn when a layer (or combination) uses more than this share of the unzipped limit. */
  sizeWarnPercent: number
  /** Layers one function uses together, checked against the limit as a sum. */
  combinations: Combination[]
  /** SOURCE_DATE_EPOCH: the timestamp of every zip entry, when set. */
  sourceDateEpoch?: number
}

export interface Combination {
  name: string
  layers: string[]
}

/** What Shape does with the runtime's SDK set: take it out as one set (default) or bundle it. */
export const RUNTIME_PACKAGES = ['remove', 'keep'] as const
export type RuntimePackagesMode = (typeof RUNTIME_PACKAGES)[number]

/** The named slimming rules (shape/rules.ts says what each removes). */
export const SLIM_RULES = [
  'bytecode',
  'python-sources',
  'tests',
  'docs',
  'sources',
  'stubs',
  'other-platforms',
  'scripts',
  'dist-info',
  'strip'
] as const
export type SlimRule = (typeof SLIM_RULES)[number]
/**
 * Rules off unless switched on: layers ship compiled bytecode beside their sources by default
 * (`bytecode` removes the bytecode; `python-sources` removes the sources it was compiled from).
 */
export const SLIM_RULES_OFF_BY_DEFAULT: readonly SlimRule[] = ['bytecode', 'python-sources']

/** What the Shape step removes and strips. */
export interface ShapeOptions {
  runtimePackages: RuntimePackagesMode
  /** Versions of the SDK set the runtime provides, as the user declares them (name -> version). */
  runtimePackageVersions: Record<string, string>
  /** Slimming rules switched on. */
  slim: readonly SlimRule[]
  /** Extra globs to remove, relative to site-packages. */
  exclude: readonly string[]
  /** Globs no rule may remove or strip. */
  keep: readonly string[]
  /** Extra globs of libraries never to strip. */
  noStrip: readonly string[]
}

/** Keys of each layer table. */
export const LAYER_KEYS = ['extras', 'requirements', 'dependencies', 'include-project'] as const
/** Keys of [tool.lambda-layer.slim] besides the rule switches. */
export const SLIM_LISTS = ['exclude', 'keep', 'no-strip'] as const

/** Keys of [tool.lambda-layer.verify]. */
export const VERIFY_KEYS = ['imports', 'elf', 'sdk', 'test-command', 'skip-imports'] as const
