// The typed configuration of a build: the shape every source ([tool.lambda-layer], CLI flags,
// action inputs) is validated into, with its defaults and allowed values.
import type { Architecture, Runtime } from '../plan/runtimes.js'
import type { ShapeOptions } from '../shape/shape.js'

export const LAYOUTS = ['python', 'site-packages'] as const
export type Layout = (typeof LAYOUTS)[number]

export const INSTALLERS = ['uv', 'pip'] as const
export type Installer = (typeof INSTALLERS)[number]

/** Builders available; "docker" and "auto" plug in beside "native". */
export const BUILDERS = ['native'] as const
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
  layers: LayerSpec[]
  /** Root of reusable state: pinned tools and installer caches. */
  cacheDir: string
  /** What the Shape step removes and strips. */
  shape: ShapeOptions
  /** zlib level for the zips, 0-9. */
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

export const RUNTIME_PACKAGES = ['remove', 'keep'] as const

/** Keys of [tool.lambda-layer] and of each layer table. */
export const TOP_KEYS = [
  'runtime',
  'architectures',
  'layout',
  'output-dir',
  'installer',
  'builder',
  'layers',
  'runtime-packages',
  'runtime-package-versions',
  'slim',
  'compression-level',
  'size-warn-percent',
  'combinations'
] as const
export const LAYER_KEYS = ['extras', 'requirements', 'dependencies', 'include-project'] as const
/** Keys of [tool.lambda-layer.slim] besides the rule switches. */
export const SLIM_LISTS = ['exclude', 'keep', 'no-strip'] as const

/** Values that override the pyproject table (CLI flags, action inputs), still unvalidated. */
export interface Overrides {
  runtime?: string[]
  architectures?: string[]
  layout?: string
  outputDir?: string
  installer?: string
  builder?: string
  /** Build only these layers. */
  layers?: string[]
  cacheDir?: string
  runtimePackages?: string
  /** Slimming rules to run ("none" for no slimming); replaces the file's switches. */
  slim?: string[]
  compressionLevel?: string
  sizeWarnPercent?: string
}
