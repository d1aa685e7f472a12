// The --help text, rendered from the option registry: every flag with its placeholder, doc line,
// allowed values and default.
import { defaultShown, OPTIONS, type OptionSpec } from '../config/options.js'

const WIDTH = 100
const COLUMN = 29

/** "  -r, --runtime NAME" padded to the doc column, then the doc wrapped under it. */
function flagLine(spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '    '
  const head = `  ${short}--${spec.flag}${spec.arg ? ` ${spec.arg}` : ''}`
  const values = spec.values
    ? ` One of: ${spec.values.join(', ')}${spec.none ? ', none' : ''}.`
    : ''
  const range = spec.min !== undefined ? ` ${spec.min} to ${spec.max}.` : ''
  const shown = defaultShown(spec).replaceAll('`', '')
  const text = `${spec.doc}${values}${range}${shown ? ` Default: ${shown}.` : ''}`
  const lines: string[] = []
  let line = head.length + 1 < COLUMN ? head.padEnd(COLUMN) : `${head}\n${' '.repeat(COLUMN)}`
  let used = line.length - line.lastIndexOf('\n') - 1
  for (const word of text.split(' ')) {
    if (used + word.length > WIDTH && used > COLUMN) {
      lines.push(line.trimEnd())
      line = ' '.repeat(COLUMN)
      used = COLUMN
    }
    line += `${word} `
    used += word.length + 1
  }
  lines.push(line.trimEnd())
  return lines.join('\n')
}

const flags = (pick: (spec: OptionSpec) => boolean) =>
  (OPTIONS as readonly OptionSpec[])
    .filter(spec => spec.flag && pick(spec))
    .map(flagLine)
    .join('\n')

const GENERAL = new Set(['help', 'version'])
const PUBLISHING = new Set(['report'])

export const USAGE = `Usage: lambda-layer build [options]
       lambda-layer publish [options] [publishing options]
       lambda-layer runtime-info [--runtime NAME] [--architectures NAME] [--runtime-image IMAGE] [--json]
       lambda-layer verify ZIP|ARN... [--runtime NAME] [--architectures NAME] [--runtime-image IMAGE]

Builds AWS Lambda layer zips for the Python project in --project (default: the current folder),
as described by [tool.lambda-layer] in its pyproject.toml. Flags override the file.

Options:
${flags(spec => spec.group !== 'publish' && !GENERAL.has(spec.name) && !PUBLISHING.has(spec.name))}

publish builds (or takes --report) and publishes each zip whose content changed, with
credentials from the standard AWS chain:
${flags(spec => spec.group === 'publish' || PUBLISHING.has(spec.name))}

runtime-info prints what the runtime image provides: Python version, glibc, libstdc++ versions,
sys.path order and the packages installed (the AWS SDK set with its versions).

verify runs the Verify checks (size, shared objects, imports, SDK shadowing) on layer zips built
elsewhere and on published layer versions by ARN (downloaded with the AWS credentials chain), and
prints the same table; the report goes to --output-dir. Runtime and architecture come from
--runtime/--architectures, else from the layer (its ARN's metadata, a -python3.X-ARCH.zip name,
its python/lib/python3.X folder, its shared objects). Also takes --verify, --sdk-shadowing and
--test-command.
${flags(spec => GENERAL.has(spec.name))}
`
