// The option registry: every option defined once — its [tool.lambda-layer] key, CLI flag, action
// input, type, default, allowed values and one doc line. Config validation, the CLI's parser and
// --help, the action's input reading and action.yml are derived from it (see README "Options").
import { DEFAULT_LEVEL, MAX_LEVEL, MIN_LEVEL } from '../lambda/compression.js'
import { DEFAULT_BUILD_IMAGE, DEFAULT_RUNTIME_IMAGE } from '../lambda/images.js'
import { ARCHITECTURE_NAMES, DEFAULT_RUNTIME, RUNTIME_NAMES } from '../lambda/runtimes.js'
import {
  BUILDERS,
  DEFAULT_OUTPUT_DIR,
  INSTALLERS,
  LAYOUTS,
  RUNTIME_PACKAGES,
  SLIM_RULES
} from './schema.js'
import { SDK_SHADOWING, VERIFY_CHECKS } from './verify-options.js'

/**
 * string: one value; list: comma/space-separated or repeated (CLI), a TOML string or list;
 * lines: one entry per line (may hold commas); boolean: true/false; integer: whole number in
 * [min, max]; table: a TOML table (file only).
 */
export type OptionType = 'string' | 'list' | 'lines' | 'boolean' | 'integer' | 'table'

/** Which settings an option feeds: the build's Overrides, PublishSettings, or the adapter itself. */
export type OptionGroup = 'build' | 'publish' | 'run'

export interface OptionSpec {
  /** The option's name in code (Overrides, PublishSettings, the adapters' settings). */
  readonly name: string
  readonly group: OptionGroup
  readonly type: OptionType
  /** One line for --help, action.yml and the README. */
  readonly doc: string
  /** Key in [tool.lambda-layer]; absent: not settable in the file. */
  readonly key?: string
  /** CLI flag without the dashes; absent: not on the command line. */
  readonly flag?: string
  readonly short?: string
  /** Action input; absent: not an input of the action. */
  readonly input?: string
  /** Placeholder for the value in --help (NAME, DIR, N). */
  readonly arg?: string
  /** Allowed values (each item of a list). */
  readonly values?: readonly string[]
  /** A list that also accepts the single word "none" (nothing at all). */
  readonly none?: boolean
  readonly min?: number
  readonly max?: number
  /** The default as a user would write it; absent when there is none or it is described. */
  readonly default?: string
  /** The default in words, when it is not one literal value ("every layer"). */
  readonly defaultText?: string
  /** A string checked further: a folder path, or a Docker image reference. */
  readonly format?: 'folder' | 'image'
}

// One option per line, read as a table.
// prettier-ignore
export const OPTIONS = [
  // Where the project is, and how the CLI prints.
  { name: 'projectDir', group: 'run', type: 'string', flag: 'project', short: 'p', input: 'project-directory', arg: 'DIR', defaultText: 'the current folder', doc: 'Folder holding pyproject.toml.' },
  // What to build.
  { name: 'runtime', group: 'build', type: 'list', key: 'runtime', flag: 'runtime', short: 'r', input: 'runtime', arg: 'NAME', values: RUNTIME_NAMES, default: DEFAULT_RUNTIME, doc: 'Lambda Python runtimes to build for; comma-separated or repeated.' },
  { name: 'architectures', group: 'build', type: 'list', key: 'architectures', flag: 'architectures', short: 'a', input: 'architectures', arg: 'NAME', values: ARCHITECTURE_NAMES, default: 'x86_64', doc: 'Architectures to build for; comma-separated or repeated.' },
  { name: 'layers', group: 'build', type: 'list', flag: 'layer', short: 'l', input: 'layers', arg: 'NAME', defaultText: 'every layer', doc: 'Build only these layers of [tool.lambda-layer.layers].' },
  { name: 'layerTables', group: 'build', type: 'table', key: 'layers', doc: 'The layers: one table per layer (extras, requirements, dependencies, include-project).' },
  { name: 'combinations', group: 'build', type: 'table', key: 'combinations', doc: 'Layers one function uses together, sized as Lambda extracts them.' },
  { name: 'layout', group: 'build', type: 'string', key: 'layout', flag: 'layout', input: 'layout', arg: 'NAME', values: LAYOUTS, default: 'python', doc: 'Folder layout in the zip: python/ or python/lib/python3.X/site-packages/.' },
  { name: 'outputDir', group: 'build', type: 'string', key: 'output-dir', flag: 'output-dir', short: 'o', input: 'output-dir', arg: 'DIR', format: 'folder', default: DEFAULT_OUTPUT_DIR, doc: 'Where the zips and the report go, relative to the project.' },
  // How to build.
  { name: 'installer', group: 'build', type: 'string', key: 'installer', flag: 'installer', input: 'installer', arg: 'NAME', values: INSTALLERS, default: 'uv', doc: 'The installer that puts packages into the layer.' },
  { name: 'builder', group: 'build', type: 'string', key: 'builder', flag: 'builder', input: 'builder', arg: 'NAME', values: BUILDERS, default: 'auto', doc: 'auto: host wheels, Docker for a layer with a package that has no wheel; native: host only; docker: the Lambda build image.' },
  { name: 'buildImage', group: 'build', type: 'string', key: 'build-image', flag: 'build-image', input: 'build-image', arg: 'IMAGE', format: 'image', default: DEFAULT_BUILD_IMAGE, doc: 'Image the docker builder installs in; {python}, {runtime} and {arch} are filled in.' },
  { name: 'runtimeImage', group: 'build', type: 'string', key: 'runtime-image', flag: 'runtime-image', input: 'runtime-image', arg: 'IMAGE', format: 'image', default: DEFAULT_RUNTIME_IMAGE, doc: 'Image Verify and runtime-info run in; same placeholders.' },
  { name: 'cacheDir', group: 'build', type: 'string', flag: 'cache-dir', arg: 'DIR', format: 'folder', default: '~/.cache/lambda-layer', doc: 'Pinned tools and download caches.' },
  // Shape and package.
  { name: 'runtimePackages', group: 'build', type: 'string', key: 'runtime-packages', flag: 'runtime-packages', input: 'runtime-packages', arg: 'MODE', values: RUNTIME_PACKAGES, default: 'remove', doc: "Remove the AWS SDK set the runtime provides from the layers (as one set), or keep it." },
  { name: 'runtimePackageVersions', group: 'build', type: 'table', key: 'runtime-package-versions', doc: 'SDK versions the runtime provides (name = version), for mismatch warnings.' },
  { name: 'slim', group: 'build', type: 'list', key: 'slim', flag: 'slim', input: 'slim', arg: 'RULES', values: SLIM_RULES, none: true, defaultText: 'every rule but bytecode and python-sources', doc: 'Slimming rules to run, comma-separated, or none; the file holds a table of rule switches and globs.' },
  { name: 'compressionLevel', group: 'build', type: 'integer', key: 'compression-level', flag: 'compression-level', input: 'compression-level', arg: 'N', min: MIN_LEVEL, max: MAX_LEVEL, default: String(DEFAULT_LEVEL), doc: 'Deflate level of the zips: 0 stores, 1 is fastest, 12 the smallest.' },
  { name: 'sizeWarnPercent', group: 'build', type: 'integer', key: 'size-warn-percent', flag: 'size-warn-percent', input: 'size-warn-percent', arg: 'N', min: 1, max: 100, default: '90', doc: "Warn when a layer or combination uses more than this share of Lambda's unzipped limit." },
  // Verify.
  { name: 'verify', group: 'build', type: 'list', key: 'verify', flag: 'verify', input: 'verify', arg: 'CHECKS', values: VERIFY_CHECKS, none: true, defaultText: 'every check', doc: 'Checks to run on every layer before anything is published, comma-separated, or none; the file holds a table of check switches, skip-imports and test-command.' },
  { name: 'sdkShadowing', group: 'build', type: 'string', key: 'sdk-shadowing', flag: 'sdk-shadowing', input: 'sdk-shadowing', arg: 'MODE', values: SDK_SHADOWING, default: 'warn', doc: "Whether a layer that ships part of the runtime's SDK set (or other versions of it) warns or fails." },
  { name: 'testCommand', group: 'build', type: 'string', flag: 'test-command', input: 'test-command', arg: 'CMD', defaultText: 'none', doc: "The project's tests, run in the runtime image with the layer at /opt; a failure stops the build." },
  // Publish.
  { name: 'publish', group: 'run', type: 'boolean', input: 'publish', default: 'false', doc: 'Publish each zip whose content changed as a new Lambda layer version (the CLI: lambda-layer publish).' },
  { name: 'regions', group: 'publish', type: 'list', flag: 'region', input: 'regions', arg: 'NAME', defaultText: '$AWS_REGION', doc: 'Regions to publish to; comma-separated or repeated.' },
  { name: 'bucket', group: 'publish', type: 'string', flag: 'bucket', input: 'bucket', arg: 'NAME', defaultText: 'none: zips up to 50 MiB go in the request', doc: 'S3 bucket for the zips: a name, a template with {region}, or region=bucket pairs.' },
  { name: 'prefix', group: 'publish', type: 'string', flag: 's3-prefix', input: 's3-prefix', arg: 'PREFIX', default: 'lambda-layers', doc: 'Key prefix in the bucket; keys are {prefix}/{layer-name}/{sha256}.zip.' },
  { name: 'license', group: 'publish', type: 'string', flag: 'license', input: 'license', arg: 'TEXT', defaultText: 'none', doc: 'LicenseInfo of new layer versions (SPDX identifier or URL).' },
  { name: 'grantAccounts', group: 'publish', type: 'list', flag: 'grant-account', input: 'grant-accounts', arg: 'ID', defaultText: 'none', doc: 'AWS account IDs allowed to use new versions (lambda:GetLayerVersion).' },
  { name: 'grantOrganization', group: 'publish', type: 'string', flag: 'grant-organization', input: 'grant-organization', arg: 'ID', defaultText: 'none', doc: 'An AWS Organizations ID (o-...) whose accounts may use new versions.' },
  { name: 'grantPublic', group: 'publish', type: 'boolean', flag: 'grant-public', input: 'grant-public', default: 'false', doc: 'Let every AWS account use new versions (an explicit opt-in).' },
  { name: 'functions', group: 'publish', type: 'lines', flag: 'function', input: 'update-functions', arg: 'NAME[=L,..]', defaultText: 'none', doc: 'Functions to point at the new versions, one per line (or flag): NAME, ARN, or NAME=layer,layer to add layers.' },
  { name: 'nameTemplate', group: 'publish', type: 'string', flag: 'layer-name-template', input: 'layer-name-template', arg: 'T', default: '{project}-{layer}-{runtime}-{arch}', doc: 'Lambda layer names, from {project}, {layer}, {runtime}, {arch}.' },
  { name: 'gitRef', group: 'publish', type: 'string', flag: 'git-ref', arg: 'REF', defaultText: '$GITHUB_REF', doc: 'Git ref shown in version descriptions.' },
  { name: 'gitSha', group: 'publish', type: 'string', flag: 'git-sha', arg: 'SHA', defaultText: '$GITHUB_SHA', doc: 'Git commit shown in version descriptions.' },
  { name: 'report', group: 'run', type: 'string', flag: 'report', arg: 'FILE', doc: 'publish: the zips of this lambda-layer-report.json instead of building.' },
  // The action's own steps.
  { name: 'cache', group: 'run', type: 'boolean', input: 'cache', default: 'true', doc: "Cache the installer's downloads and the finished layers between runs; on an exact layer-cache hit nothing is installed." },
  { name: 'uploadArtifacts', group: 'run', type: 'boolean', input: 'upload-artifacts', default: 'true', doc: 'Upload each zip and the JSON report as workflow artifacts.' },
  { name: 'retentionDays', group: 'run', type: 'integer', input: 'retention-days', min: 1, max: 90, defaultText: "the repository's setting", doc: 'Days to keep the artifacts.' },
  { name: 'summary', group: 'run', type: 'boolean', input: 'summary', default: 'true', doc: 'Write the size table, chart and details to the job summary.' },
  { name: 'mode', group: 'run', type: 'string', input: 'mode', values: ['build', 'aggregate', 'verify-only'], default: 'build', doc: "build; aggregate: after a matrix, merge the jobs' report artifacts of this run into one job summary and one pull request comment (builds nothing); verify-only: check the zips in layer-zips instead of building." },
  { name: 'layerZips', group: 'run', type: 'list', input: 'layer-zips', defaultText: 'none', doc: 'verify-only: the layer zips (paths or globs) and layer version ARNs to check.' },
  { name: 'comment', group: 'run', type: 'string', input: 'comment', values: ['auto', 'true', 'false'], default: 'auto', doc: 'Post the size report with the change against the base branch as a pull request comment, updated in place on every push (auto: on pull_request events); needs pull-requests write, skipped with a notice when the token cannot write (forks).' },
  { name: 'githubToken', group: 'run', type: 'string', input: 'github-token', default: '${{ github.token }}', doc: 'Token for the pull request comment.' },
  { name: 'sizeGrowthWarn', group: 'run', type: 'string', input: 'size-growth-warn', defaultText: 'none', doc: 'Warn when a layer grows by more than this against the base branch on a pull request: a percentage (10%) or a size (5 MiB).' },
  { name: 'sizeGrowthFail', group: 'run', type: 'string', input: 'size-growth-fail', defaultText: 'none', doc: 'Fail when a layer grows by more than this against the base branch on a pull request: a percentage (20%) or a size (20 MiB).' },
  // The CLI's own switches.
  { name: 'json', group: 'run', type: 'boolean', flag: 'json', doc: 'Print the JSON report instead of the table.' },
  { name: 'profile', group: 'run', type: 'boolean', flag: 'profile', doc: 'Print seconds per stage: the wheel and the export, then install, shape, strip, compile, zip, check and verify per target (two targets build at a time, so their totals overlap).' },
  { name: 'noCache', group: 'run', type: 'boolean', flag: 'no-cache', doc: 'Build every layer even when nothing changed (no layer cache).' },
  { name: 'verbose', group: 'run', type: 'boolean', flag: 'verbose', short: 'v', doc: "Show the commands run and the installers' output." },
  { name: 'help', group: 'run', type: 'boolean', flag: 'help', short: 'h', doc: 'Show this help.' },
  { name: 'version', group: 'run', type: 'boolean', flag: 'version', doc: 'Show the version.' }
] as const satisfies readonly OptionSpec[]

export type OptionName = (typeof OPTIONS)[number]['name']
type Option = (typeof OPTIONS)[number]
/** Options with a CLI flag; options with an action input. */
export type FlagOption = Extract<Option, { flag: string }>
export type InputOption = Extract<Option, { input: string }>

/** A value as the CLI and the action hand it over, before validation. */
type Raw<O extends Option> = O['type'] extends 'list' | 'lines'
  ? string[]
  : O['type'] extends 'boolean'
    ? boolean
    : string

/** Build settings from CLI flags or action inputs, still unvalidated; they override the file. */
export type Overrides = {
  [
    O in Extract<Option, { group: 'build' }> as O extends FlagOption | InputOption
      ? O['name']
      : never
  ]?: Raw<O>
}

/** Publishing settings as CLI flags and action inputs give them (see publish/settings.ts). */
export type PublishSettings = {
  [O in Extract<Option, { group: 'publish' }> as O['name']]?: Raw<O>
}

const BY_NAME = new Map<string, OptionSpec>(OPTIONS.map(option => [option.name, option]))

export function option(name: OptionName): OptionSpec {
  return BY_NAME.get(name) as OptionSpec
}

/** How an option is named to the user at each door: `--flag`, `input name`, or the file key. */
export type Door = 'cli' | 'action'

export function optionLabel(name: string, door: Door): string {
  const spec = BY_NAME.get(name)
  if (door === 'cli' && spec?.flag) return `--${spec.flag}`
  if (door === 'action' && spec?.input) return `input ${spec.input}`
  return spec?.key ?? name
}

/** The keys of [tool.lambda-layer]. */
export const FILE_KEYS: readonly string[] = OPTIONS.flatMap(o => ('key' in o ? [o.key] : []))

/** The default as the docs show it: the literal in backticks, or the words. */
export function defaultShown(spec: OptionSpec): string {
  return spec.default !== undefined ? `\`${spec.default}\`` : (spec.defaultText ?? '')
}
