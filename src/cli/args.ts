// Parses the command line into a command and pipeline overrides; unknown flags get a did-you-mean.
import { parseArgs } from 'node:util'
import { ConfigError } from '../errors.js'
import type { ImageOverrides, Overrides } from '../config/schema.js'
import type { PublishOptions } from '../publish/options.js'
import type { PublishSettings } from '../publish/settings.js'
import { didYouMean } from '../config/suggest.js'

export const COMMANDS = ['build', 'publish', 'runtime-info', 'verify'] as const
export type CommandName = (typeof COMMANDS)[number]

export interface CliArgs {
  command: CommandName | 'help' | 'version'
  projectDir: string
  overrides: Overrides & ImageOverrides
  publish: PublishSettings
  /** publish: an existing report whose zips to publish instead of building. */
  report?: string
  /** verify: layer zips and layer version ARNs to check. */
  sources: string[]
  json: boolean
  verbose: boolean
  /** Print seconds per stage per target after the table. */
  profile: boolean
  /** Neither restore nor save finished layers (the layer cache). */
  noCache: boolean
}

const OPTIONS = {
  project: { type: 'string', short: 'p' },
  runtime: { type: 'string', short: 'r', multiple: true },
  architectures: { type: 'string', short: 'a', multiple: true },
  layer: { type: 'string', short: 'l', multiple: true },
  layout: { type: 'string' },
  'output-dir': { type: 'string', short: 'o' },
  installer: { type: 'string' },
  builder: { type: 'string' },
  'build-image': { type: 'string' },
  'runtime-image': { type: 'string' },
  verify: { type: 'string', multiple: true },
  'sdk-shadowing': { type: 'string' },
  'test-command': { type: 'string' },
  'cache-dir': { type: 'string' },
  'runtime-packages': { type: 'string' },
  slim: { type: 'string', multiple: true },
  'compression-level': { type: 'string' },
  'size-warn-percent': { type: 'string' },
  json: { type: 'boolean' },
  profile: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  region: { type: 'string', multiple: true },
  bucket: { type: 'string' },
  's3-prefix': { type: 'string' },
  license: { type: 'string' },
  'grant-account': { type: 'string', multiple: true },
  'grant-organization': { type: 'string' },
  'grant-public': { type: 'boolean' },
  function: { type: 'string', multiple: true },
  'layer-name-template': { type: 'string' },
  'git-ref': { type: 'string' },
  'git-sha': { type: 'string' },
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

/** How each override is named on the command line, for error messages. */
export const FLAG_NAMES: Record<keyof Overrides, string> = {
  runtime: '--runtime',
  architectures: '--architectures',
  layout: '--layout',
  outputDir: '--output-dir',
  installer: '--installer',
  builder: '--builder',
  layers: '--layer',
  cacheDir: '--cache-dir',
  runtimePackages: '--runtime-packages',
  slim: '--slim',
  compressionLevel: '--compression-level',
  sizeWarnPercent: '--size-warn-percent'
}

/** How each image and Verify override is named on the command line. */
export const IMAGE_FLAG_NAMES: Record<keyof ImageOverrides, string> = {
  buildImage: '--build-image',
  runtimeImage: '--runtime-image',
  sdkShadowing: '--sdk-shadowing',
  verify: '--verify',
  testCommand: '--test-command'
}

/** How each publishing option is named on the command line. */
export const PUBLISH_FLAG_NAMES: Record<keyof PublishOptions, string> = {
  regions: '--region',
  bucket: '--bucket',
  prefix: '--s3-prefix',
  license: '--license',
  permissions: '--grant-account/--grant-organization/--grant-public',
  functions: '--function',
  nameTemplate: '--layer-name-template',
  gitRef: '--git-ref',
  gitSha: '--git-sha',
  partBytes: 'part size',
  optionName: 'option names'
}

export const USAGE = `Usage: lambda-layer build [options]
       lambda-layer publish [options] [publishing options]
       lambda-layer runtime-info [--runtime NAME] [--architectures NAME] [--runtime-image IMAGE] [--json]
       lambda-layer verify ZIP|ARN... [--runtime NAME] [--architectures NAME] [--runtime-image IMAGE]

Builds AWS Lambda layer zips for the Python project in --project (default: the current folder),
as described by [tool.lambda-layer] in its pyproject.toml. Flags override the file.

Options:
  -p, --project DIR          folder holding pyproject.toml (default: .)
  -r, --runtime NAME         python3.9 ... python3.14; repeat or comma-separate (default: python3.12)
  -a, --architectures NAME   x86_64, arm64; repeat or comma-separate (default: x86_64)
  -l, --layer NAME           build only this layer; repeatable (default: every layer)
      --layout NAME          python (default) or site-packages
  -o, --output-dir DIR       where zips and the report go, relative to the project (default: lambda-layers)
      --installer NAME       uv (default) or pip
      --builder NAME         auto (default: native, and Docker for a layer with a package that has
                             no wheel), native (host only) or docker (the Lambda build image)
      --build-image IMAGE    docker builder's image; {python}, {runtime}, {arch} are filled in
                             (default: public.ecr.aws/sam/build-python{python}:latest-{arch})
      --runtime-image IMAGE  image Verify and runtime-info run in, same placeholders
                             (default: public.ecr.aws/lambda/python:{python})
      --verify CHECKS        checks to run on each layer, comma-separated, or none (default: all of
                             imports, elf, sdk)
      --sdk-shadowing M      warn (default) or error when a layer shadows the runtime's AWS SDK
      --test-command CMD     run the project's tests in the runtime image with the layer at /opt
      --cache-dir DIR        pinned tools and download caches (default: ~/.cache/lambda-layer)
      --runtime-packages M   remove (default) or keep the AWS SDK set the runtime provides
      --slim RULES           slimming rules to run, comma-separated, or none (default: all of
                             bytecode, tests, docs, sources, stubs, other-platforms, scripts,
                             dist-info, strip)
      --compression-level N  deflate level 0-12: 0 stores, 1 fastest, 12 smallest (default: 6)
      --size-warn-percent N  warn above this share of the 262,144,000-byte limit (default: 90)
      --json                 print the JSON report instead of the table
      --profile              print seconds per stage (export, install, shape, strip, zip, verify)
                             per target after the table
      --no-cache             build every layer even when nothing changed (no layer cache)
  -v, --verbose              show the commands run and the installers' output

publish builds (or takes --report) and publishes each zip whose content changed, with
credentials from the standard AWS chain:
      --region NAME          regions to publish to; repeat or comma-separate (default: $AWS_REGION)
      --bucket NAME          S3 bucket for the zips: a name, a template with {region}, or
                             region=bucket pairs; without one, zips up to 50 MiB go directly
      --s3-prefix PREFIX     key prefix in the bucket (default: lambda-layers)
      --license TEXT         LicenseInfo of new versions
      --grant-account ID     let this account use new versions; repeatable
      --grant-organization ID  let this AWS Organization use new versions
      --grant-public         let everyone use new versions
      --function NAME[=L,..] point this function at the new versions (and add layers L); repeatable
      --layer-name-template T  Lambda layer names (default: {project}-{layer}-{runtime}-{arch})
      --git-ref REF, --git-sha SHA  shown in version descriptions (default: $GITHUB_REF, $GITHUB_SHA)
      --report FILE          publish the zips of this lambda-layer-report.json instead of building

runtime-info prints what the runtime image provides: Python version, glibc, libstdc++ versions,
sys.path order and the packages installed (the AWS SDK set with its versions).

verify runs the Verify checks (size, shared objects, imports, SDK shadowing) on layer zips built
elsewhere and on published layer versions by ARN (downloaded with the AWS credentials chain), and
prints the same table; the report goes to --output-dir. Runtime and architecture come from
--runtime/--architectures, else from the layer (its ARN's metadata, a -python3.X-ARCH.zip name,
its python/lib/python3.X folder, its shared objects). Also takes --verify, --sdk-shadowing and
--test-command.
  -h, --help                 show this help
      --version              show the version
`

/**
 * `--flag -1` as `--flag=-1`: a value that starts with "-" and a digit is a (bad) number for the
 * flag, not an option, so its check can name it.
 */
function joinNegativeValues(argv: string[]): string[] {
  const stringFlags = new Set(
    Object.entries(OPTIONS).flatMap(([name, option]) =>
      option.type === 'string'
        ? [`--${name}`, ...('short' in option ? [`-${option.short}`] : [])]
        : []
    )
  )
  const result: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const next = argv[i + 1]
    if (stringFlags.has(arg) && next !== undefined && /^-[\d.]/.test(next)) {
      result.push(`${arg.startsWith('--') ? arg : `--${longName(arg)}`}=${next}`)
      i++
    } else result.push(arg)
  }
  return result
}

const longName = (short: string) =>
  Object.entries(OPTIONS).find(([, o]) => 'short' in o && `-${o.short}` === short)?.[0] ?? short

export function parseCli(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options: OPTIONS,
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const flag = /option '(-{1,2}[^' ]+)/.exec(message)?.[1]
    const known = Object.keys(OPTIONS).map(name => `--${name}`)
    throw new ConfigError(`${message.split('\n')[0]}${flag ? didYouMean(flag, known) : ''}`, {
      hint: 'Run `lambda-layer --help` for the options.'
    })
  }
  const { values, positionals } = parsed
  const base = {
    projectDir: values.project ?? '.',
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    profile: values.profile ?? false,
    noCache: values['no-cache'] ?? false,
    publish: {},
    report: values.report,
    sources: [] as string[]
  }
  if (values.help) return { ...base, command: 'help', overrides: {} }
  if (values.version) return { ...base, command: 'version', overrides: {} }
  const [command, ...extra] = positionals
  if (!command) return { ...base, command: 'help', overrides: {} }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new ConfigError(
      `unknown command "${command}"${didYouMean(command, COMMANDS)}; commands: ${COMMANDS.join(', ')}`
    )
  }
  if (extra.length && command !== 'verify')
    throw new ConfigError(`unexpected argument "${extra[0]}"`, {
      hint: 'Run `lambda-layer --help`.'
    })

  const overrides: Overrides & ImageOverrides = {
    runtime: values.runtime,
    architectures: values.architectures,
    layers: values.layer,
    layout: values.layout,
    outputDir: values['output-dir'],
    installer: values.installer,
    builder: values.builder,
    cacheDir: values['cache-dir'],
    runtimePackages: values['runtime-packages'],
    slim: values.slim,
    compressionLevel: values['compression-level'],
    sizeWarnPercent: values['size-warn-percent'],
    buildImage: values['build-image'],
    runtimeImage: values['runtime-image'],
    sdkShadowing: values['sdk-shadowing'],
    verify: values.verify,
    testCommand: values['test-command']
  }
  const publish: PublishSettings = {
    regions: values.region,
    bucket: values.bucket,
    prefix: values['s3-prefix'],
    license: values.license,
    grantAccounts: values['grant-account'],
    grantOrganization: values['grant-organization'],
    grantPublic: values['grant-public'],
    functions: values.function,
    nameTemplate: values['layer-name-template'],
    gitRef: values['git-ref'],
    gitSha: values['git-sha']
  }
  return { ...base, command: command as CommandName, overrides, publish, sources: extra }
}
