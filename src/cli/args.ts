// Parses the command line into a command and pipeline overrides; unknown flags get a did-you-mean.
import { parseArgs } from 'node:util'
import { ConfigError, errorMessage } from '../errors.js'
import {
  OPTIONS,
  type OptionSpec,
  type Overrides,
  type PublishSettings
} from '../config/options.js'
import { didYouMean } from '../config/suggest.js'

const COMMANDS = ['build', 'publish', 'runtime-info', 'verify'] as const
export type CommandName = (typeof COMMANDS)[number]

export interface CliArgs {
  command: CommandName | 'help' | 'version'
  projectDir: string
  overrides: Overrides
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

/** parseArgs' options, from every registry entry with a flag. */
const PARSE_OPTIONS = Object.fromEntries(
  (OPTIONS as readonly OptionSpec[]).flatMap(spec =>
    spec.flag
      ? [
          [
            spec.flag,
            {
              type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const),
              multiple: spec.type === 'list' || spec.type === 'lines',
              ...(spec.short ? { short: spec.short } : {})
            }
          ]
        ]
      : []
  )
)

/**
 * `--flag -1` as `--flag=-1`: a value that starts with "-" and a digit is a (bad) number for the
 * flag, not an option, so its check can name it.
 */
function joinNegativeValues(argv: string[]): string[] {
  const stringFlags = new Set(
    Object.entries(PARSE_OPTIONS).flatMap(([name, option]) =>
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
  Object.entries(PARSE_OPTIONS).find(([, o]) => 'short' in o && `-${o.short}` === short)?.[0] ??
  short

export function parseCli(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options: PARSE_OPTIONS,
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    const message = errorMessage(error)
    const flag = /option '(-{1,2}[^' ]+)/.exec(message)?.[1]
    const known = Object.keys(PARSE_OPTIONS).map(name => `--${name}`)
    throw new ConfigError(`${message.split('\n')[0]}${flag ? didYouMean(flag, known) : ''}`, {
      hint: 'Run `lambda-layer --help` for the options.'
    })
  }
  const { values, positionals } = parsed
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  const base = {
    projectDir: text('project') ?? '.',
    json: values.json === true,
    verbose: values.verbose === true,
    profile: values.profile === true,
    noCache: values['no-cache'] === true,
    publish: {},
    report: text('report'),
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

  // Each flag's value goes to the settings of its registry group.
  const overrides: Record<string, unknown> = {}
  const publish: Record<string, unknown> = {}
  for (const spec of OPTIONS as readonly OptionSpec[]) {
    const value = spec.flag ? values[spec.flag] : undefined
    if (value === undefined) continue
    if (spec.group === 'build') overrides[spec.name] = value
    if (spec.group === 'publish') publish[spec.name] = value
  }
  return {
    ...base,
    command: command as CommandName,
    overrides,
    publish,
    sources: extra
  }
}
