// Value parsers shared by every configuration source: each rejects a bad value with the key or
// flag that held it, the value, and what is allowed.
import { ConfigError } from '../errors.js'
import { isTable, type TomlTable } from '../files/pyproject.js'
import type { OptionSpec } from './options.js'
import { didYouMean } from './suggest.js'

/** Where a value came from, for error messages and annotations. */
export interface Where {
  label: string
  file?: string
  line?: number
}

export function rejectUnknownKeys(
  table: TomlTable,
  known: readonly string[],
  where: (key: string) => Where
) {
  for (const key of Object.keys(table)) {
    if (!known.includes(key)) {
      const w = where(key)
      throw new ConfigError(
        `${w.label}: unknown key${didYouMean(key, known)}; known keys: ${known.join(', ')}`,
        {
          file: w.file,
          line: w.line
        }
      )
    }
  }
}

export function invalid(where: Where, value: unknown, allowed: string): ConfigError {
  // A file key reads as TOML (`key = "x"`), a flag or input as given (`--key "x"`).
  const shown = `${where.file ? ' =' : ''} ${JSON.stringify(value)}`
  return new ConfigError(`${where.label}${shown} is not valid: expected ${allowed}`, {
    file: where.file,
    line: where.line
  })
}

/** Common misnamings with their right name, suggested instead of the closest spelling. */
const ALIASES: Record<string, string> = {
  amd64: 'x86_64',
  x64: 'x86_64',
  'x86-64': 'x86_64',
  aarch64: 'arm64'
}

export function enumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  where: Where
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  let hint = ''
  if (typeof value === 'string') {
    const alias = ALIASES[value.toLowerCase()]
    // A version is not a typo: "python3.8" gets the list, not "did you mean python3.9".
    if (alias && (allowed as readonly string[]).includes(alias))
      hint = ` (did you mean "${alias}"?)`
    else if (!/\d/.test(value)) hint = didYouMean(value, allowed)
  }
  throw invalid(where, value, `one of ${allowed.join(', ')}${hint}`)
}

export function enumList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  where: Where
): T[] {
  // "a,b", ["a", "b"] and ["a,b", " c "] all mean the same list (flags repeat or comma-separate).
  const items = stringList(value, where)
    .flatMap(item => item.split(/[,\s]+/))
    .filter(Boolean)
  if (items.length === 0) throw invalid(where, value, `one or more of ${allowed.join(', ')}`)
  const result = items.map(item => enumValue(item, allowed, where))
  return [...new Set(result)]
}

export function stringList(value: unknown, where: Where): string[] {
  if (typeof value === 'string') {
    return value
      .split(/[,\s]+/)
      .map(item => item.trim())
      .filter(Boolean)
  }
  if (Array.isArray(value) && value.every(item => typeof item === 'string')) return value
  throw invalid(where, value, 'a string or a list of strings')
}

export function nonEmptyString(value: unknown, where: Where): string {
  if (typeof value === 'string' && value.trim()) return value.trim()
  throw invalid(where, value, 'a non-empty string')
}

/** A folder path: non-empty, no control characters (a newline would split logs and outputs). */
export function folderPath(value: unknown, where: Where): string {
  const text = nonEmptyString(value, where)
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f]/.test(text)) return text
  throw invalid(where, value, 'a folder path without control characters (newlines, tabs)')
}

/**
 * A glob relative to the layer root: not empty, not absolute, no ".." segment, also after a
 * leading "!" (negation) and in every brace alternative (`{a,/b}`, `{..,b}`).
 */
export function layerGlob(value: string, where: Where): string {
  const body = value.startsWith('!') && !value.startsWith('!(') ? value.slice(1) : value
  const leaves = body.startsWith('/') || /[{,]\//.test(body) || body.split(/[/{},]/).includes('..')
  if (body !== '' && !leaves) return value
  throw invalid(
    where,
    value,
    'globs relative to the layer root (e.g. "numpy/tests/**"), without a leading "/" or ".."'
  )
}

export function boolean(value: unknown, where: Where): boolean {
  if (typeof value === 'boolean') return value
  throw invalid(where, value, 'true or false')
}

export function integer(value: unknown, where: Where, min: number, max: number): number {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  if (typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max)
    return number
  throw invalid(where, value, `a whole number from ${min} to ${max}`)
}

export function stringTable(value: unknown, where: Where): Record<string, string> {
  if (isTable(value) && Object.values(value).every(item => typeof item === 'string')) {
    return value as Record<string, string>
  }
  throw invalid(where, value, 'a table of names to version strings, e.g. { boto3 = "1.34.145" }')
}

/**
 * A value checked against its registry entry: a list item by item (comma- or space-separated
 * strings split; "none" alone is the empty list where allowed), a string against the allowed
 * values, an integer against its range.
 */
export function parseOption(spec: OptionSpec, value: unknown, where: Where): unknown {
  switch (spec.type) {
    case 'list': {
      const items = Array.isArray(value)
        ? stringList(value, where).flatMap(item => stringList(item, where))
        : stringList(value, where)
      if (spec.none && items.length === 1 && items[0] === 'none') return []
      if (items.length === 0) {
        const shown = Array.isArray(value) ? value.join(',') : value
        throw invalid(where, shown, `one or more of ${spec.values?.join(', ') ?? 'values'}`)
      }
      return spec.values ? enumList(items, spec.values, where) : items
    }
    case 'string':
      return spec.values ? enumValue(value, spec.values, where) : nonEmptyString(value, where)
    case 'integer':
      return integer(value, where, spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER)
    case 'boolean':
      return boolean(value, where)
    default:
      return value
  }
}
