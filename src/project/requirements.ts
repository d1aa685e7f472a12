// A layer's requirements: pinned lines exported from the project's own tool, plus requirement
// files installed as given.
import { normalizeName } from './project.js'

export interface Pin {
  name: string
  version?: string
}

export interface Requirements {
  /** Requirement lines (pins with their markers, index options), written to a requirements file. */
  lines: string[]
  /** Requirement files passed to the installer as given (-r FILE). */
  files: string[]
  /** Every dependency is pinned in `lines` and there are no files: install with --no-deps. */
  complete: boolean
}

const PIN = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:===?\s*([^\s;,]+))?/

/** Parses the name and pinned version of a requirement line; undefined for options and comments. */
export function parsePin(line: string): Pin | undefined {
  const text = line.trim()
  if (!text || text.startsWith('#') || text.startsWith('-')) return undefined
  const match = PIN.exec(text)
  if (!match?.[1]) return undefined
  return { name: normalizeName(match[1]), version: match[2] }
}

/** The meaningful lines of a tool's requirements.txt output (no comments, no blanks, no line continuations). */
export function requirementLines(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map(line => line.replace(/\s+#.*$/, '').trim())
    .filter(line => line && !line.startsWith('#'))
}

/** Lines of `full` whose package is not in `base` (what a set of extras adds). */
export function subtract(full: string[], base: string[]): string[] {
  const baseNames = new Set(base.map(line => parsePin(line)?.name).filter(Boolean))
  return full.filter(line => {
    const pin = parsePin(line)
    return pin ? !baseNames.has(pin.name) : true
  })
}

export function pinsOf(requirements: Requirements): Pin[] {
  return requirements.lines.map(parsePin).filter((pin): pin is Pin => pin !== undefined)
}
