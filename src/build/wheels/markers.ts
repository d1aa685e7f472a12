// Environment markers (PEP 508) and version specifiers (PEP 440) evaluated for a Lambda target, so
// the wheel check looks only at the lines the target's installer would install.
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../../lambda/runtimes.js'
import { normalizeName } from '../../project/project.js'

export type MarkerEnvironment = Record<string, string>

/** The marker variables of a Lambda runtime and architecture (CPython on Linux). */
export function targetEnvironment(
  runtime: Runtime,
  architecture: Architecture,
  extras: string[] = []
): MarkerEnvironment {
  const python = RUNTIMES[runtime].python
  return {
    python_version: python,
    // Lambda follows CPython's patch releases; markers almost never name a patch level.
    python_full_version: `${python}.99`,
    implementation_name: 'cpython',
    implementation_version: `${python}.99`,
    platform_python_implementation: 'CPython',
    platform_system: 'Linux',
    sys_platform: 'linux',
    os_name: 'posix',
    platform_machine: ARCHITECTURES[architecture],
    platform_release: '',
    platform_version: '',
    extra: extras.join(',')
  }
}

type Token = { kind: 'str' | 'var' | 'op' | 'lp' | 'rp' | 'and' | 'or'; text: string }

function tokenize(marker: string): Token[] {
  const tokens: Token[] = []
  const pattern =
    /\s*(?:(\()|(\))|("[^"]*"|'[^']*')|(===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)|(and\b|or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y
  let index = 0
  while (index < marker.length) {
    if (/^\s*$/.test(marker.slice(index))) break
    pattern.lastIndex = index
    const match = pattern.exec(marker)
    if (!match) throw new Error(`cannot read the marker "${marker}"`)
    index = pattern.lastIndex
    if (match[1]) tokens.push({ kind: 'lp', text: '(' })
    else if (match[2]) tokens.push({ kind: 'rp', text: ')' })
    else if (match[3]) tokens.push({ kind: 'str', text: match[3].slice(1, -1) })
    else if (match[4]) tokens.push({ kind: 'op', text: match[4].replace(/\s+/, ' ') })
    else if (match[5]) tokens.push({ kind: match[5] as 'and' | 'or', text: match[5] })
    else tokens.push({ kind: 'var', text: match[6] as string })
  }
  return tokens
}

/** True when the marker holds in the environment; throws on a marker it cannot read. */
export function evaluateMarker(marker: string, env: MarkerEnvironment): boolean {
  const tokens = tokenize(marker)
  let at = 0
  const peek = () => tokens[at]
  const next = () => {
    const token = tokens[at++]
    if (!token) throw new Error(`the marker "${marker}" ends early`)
    return token
  }
  const value = (token: Token) => {
    if (token.kind === 'str') return { text: token.text, variable: undefined }
    if (token.kind === 'var') return { text: env[token.text] ?? '', variable: token.text }
    throw new Error(`unexpected "${token.text}" in the marker "${marker}"`)
  }
  const atom = (): boolean => {
    if (peek()?.kind === 'lp') {
      next()
      const result = orExpr()
      if (next().kind !== 'rp') throw new Error(`unbalanced parentheses in "${marker}"`)
      return result
    }
    const left = value(next())
    const op = next()
    if (op.kind !== 'op') throw new Error(`expected a comparison in "${marker}"`)
    const right = value(next())
    return compareMarker(left, op.text, right)
  }
  const andExpr = (): boolean => {
    let result = atom()
    while (peek()?.kind === 'and') {
      next()
      result = atom() && result
    }
    return result
  }
  const orExpr = (): boolean => {
    let result = andExpr()
    while (peek()?.kind === 'or') {
      next()
      result = andExpr() || result
    }
    return result
  }
  const result = orExpr()
  if (at !== tokens.length) throw new Error(`cannot read the marker "${marker}"`)
  return result
}

const VERSION_VARIABLES = new Set([
  'python_version',
  'python_full_version',
  'implementation_version'
])

function compareMarker(
  left: { text: string; variable?: string },
  op: string,
  right: { text: string; variable?: string }
): boolean {
  if (op === 'in') return right.text.includes(left.text)
  if (op === 'not in') return !right.text.includes(left.text)
  if (left.variable === 'extra' || right.variable === 'extra') {
    const [wanted, extras] =
      left.variable === 'extra' ? [right.text, left.text] : [left.text, right.text]
    const has = extras.split(',').includes(normalizeName(wanted))
    return op === '!=' ? !has : has
  }
  if (VERSION_VARIABLES.has(left.variable ?? '') && /^[0-9]/.test(right.text))
    return versionMatches(left.text, `${op}${right.text}`)
  if (VERSION_VARIABLES.has(right.variable ?? '') && /^[0-9]/.test(left.text))
    return versionMatches(right.text, `${flip(op)}${left.text}`)
  switch (op) {
    case '==':
    case '===':
      return left.text === right.text
    case '!=':
      return left.text !== right.text
    default:
      return versionMatches(left.text, `${op}${right.text}`)
  }
}

const flip = (op: string) => ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' })[op] ?? op

/** Release numbers of a version ("2.4.6rc1" -> [2, 4, 6]), pre-release part ignored. */
function release(version: string): number[] {
  return (/^\s*v?(\d+(?:\.\d+)*)/.exec(version)?.[1] ?? '0').split('.').map(Number)
}

function compareRelease(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff) return diff
  }
  return 0
}

/** True when a (Python) version satisfies a specifier set such as ">=3.9,!=3.10.*,<4". */
export function versionMatches(version: string, specifiers: string): boolean {
  const have = release(version)
  for (const clause of specifiers.split(',')) {
    const match = /^\s*(===|==|!=|<=|>=|~=|<|>)\s*([^\s]+)\s*$/.exec(clause)
    if (!match) {
      if (clause.trim()) return true // an unreadable clause never hides a wheel
      continue
    }
    const [, op, text] = match as unknown as [string, string, string]
    if (text.endsWith('.*')) {
      const prefix = release(text.slice(0, -2))
      const same = compareRelease(have.slice(0, prefix.length), prefix) === 0
      if ((op === '==') !== same) return false
      continue
    }
    const want = release(text)
    const cmp = compareRelease(have, want)
    const ok = {
      '==': cmp === 0,
      '===': version === text,
      '!=': cmp !== 0,
      '<=': cmp <= 0,
      '>=': cmp >= 0,
      '<': cmp < 0,
      '>': cmp > 0,
      '~=': cmp >= 0 && compareRelease(have.slice(0, want.length - 1), want.slice(0, -1)) === 0
    }[op]
    if (!ok) return false
  }
  return true
}
