// The typed configuration of a build: the shape every source ([tool.lambda-layer], CLI flags,
// action inputs) is validated into, with its defaults and allowed values.
import type { Architecture, Runtime } from '../plan/runtimes.js'

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
}

/** Keys of [tool.lambda-layer] and of each layer table. */
export const TOP_KEYS = [
  'runtime',
  'architectures',
  'layout',
  'output-dir',
  'installer',
  'builder',
  'layers'
] as const
export const LAYER_KEYS = ['extras', 'requirements', 'dependencies', 'include-project'] as const

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
}
