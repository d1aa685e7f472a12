// Renders the option registry as action.yml's inputs and the README's flag and input tables, so a
// test can check the committed files say the same as the registry (UPDATE_OPTION_DOCS=1 rewrites
// them: `npm run docs`).
import { defaultShown, OPTIONS, type OptionSpec } from '../src/config/options.js'

const specs = OPTIONS as readonly OptionSpec[]

/** Allowed values and range in words, for descriptions. */
function allowed(spec: OptionSpec): string {
  if (spec.values) return ` Allowed: ${spec.values.join(', ')}${spec.none ? ', or none' : ''}.`
  if (spec.min !== undefined) return ` From ${spec.min} to ${spec.max}.`
  if (spec.type === 'boolean') return ' true or false.'
  return ''
}

/** The default as the action sees it: file-settable options default to the file. */
function actionDefault(spec: OptionSpec): string {
  // Workflow expressions are not allowed in a description (the runner rejects action.yml).
  if (spec.default?.includes('${{')) return ''
  const shown = defaultShown(spec).replaceAll('`', '')
  if (spec.key) return `Default: from [tool.lambda-layer], else ${shown}.`
  return shown ? `Default: ${shown}.` : ''
}

/** A YAML scalar quoted as prettier writes it: single quotes unless the text holds one. */
const yamlString = (text: string) =>
  text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replaceAll("'", "''")}'`

/** The `inputs:` block of action.yml. */
export function actionInputsYaml(): string {
  const lines = ['inputs:']
  for (const spec of specs) {
    if (!spec.input) continue
    const description = `${spec.doc}${allowed(spec)} ${actionDefault(spec)}`.trim()
    const value = spec.key ? '' : (spec.default ?? '')
    lines.push(`  ${spec.input}:`)
    lines.push(`    description: ${yamlString(description)}`)
    lines.push(`    default: '${value.replaceAll("'", "''")}'`)
  }
  return lines.join('\n') + '\n'
}

const cell = (text: string) => text.replaceAll('|', '\\|')

const valuesCell = (spec: OptionSpec) =>
  spec.values
    ? ` (${spec.values.map(v => `\`${v}\``).join(', ')}${spec.none ? ', or `none`' : ''})`
    : spec.min !== undefined
      ? ` (${spec.min}–${spec.max})`
      : ''

/** The README table of CLI flags. */
export function flagTable(): string {
  const rows = ['| flag | meaning | default |', '| --- | --- | --- |']
  for (const spec of specs) {
    if (!spec.flag) continue
    const name = `${spec.short ? `-${spec.short}, ` : ''}--${spec.flag}${spec.arg ? ` ${spec.arg}` : ''}`
    rows.push(
      `| \`${name}\` | ${cell(spec.doc + valuesCell(spec))} | ${cell(defaultShown(spec))} |`
    )
  }
  return rows.join('\n') + '\n'
}

/** The README table of action inputs. */
export function inputTable(): string {
  const rows = ['| input | meaning | default |', '| --- | --- | --- |']
  for (const spec of specs) {
    if (!spec.input) continue
    const shown = defaultShown(spec)
    const fallback = spec.key ? `from \`pyproject.toml\`, else ${shown}` : shown
    rows.push(`| \`${spec.input}\` | ${cell(spec.doc + valuesCell(spec))} | ${cell(fallback)} |`)
  }
  return rows.join('\n') + '\n'
}

/** Replaces the text between `<!-- options: NAME -->` and `<!-- /options -->`. */
export function withSection(text: string, name: string, body: string): string {
  const start = `<!-- options: ${name} -->\n`
  const from = text.indexOf(start)
  const to = text.indexOf('<!-- /options -->', from)
  if (from < 0 || to < 0)
    throw new Error(`README has no "${start.trim()}" … <!-- /options --> section`)
  return text.slice(0, from + start.length) + body + text.slice(to)
}

/** action.yml with its inputs block replaced. */
export function withInputs(yaml: string): string {
  const from = yaml.indexOf('\ninputs:\n')
  const to = yaml.indexOf('\noutputs:\n')
  return yaml.slice(0, from + 1) + actionInputsYaml() + yaml.slice(to)
}
