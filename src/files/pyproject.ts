// Reads and parses a project's pyproject.toml, and finds the line of a key for error messages.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse, TomlError } from 'smol-toml'
import { ConfigError, ProjectError, errorMessage } from '../errors.js'

export type TomlTable = Record<string, unknown>

export interface Pyproject {
  path: string
  text: string
  data: TomlTable
}

export async function readPyproject(projectDir: string): Promise<Pyproject> {
  const file = path.join(projectDir, 'pyproject.toml')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ProjectError(
      code === 'ENOENT'
        ? `no pyproject.toml in ${projectDir}`
        : `cannot read ${file}: ${String(error)}`,
      {
        hint: 'Point --project (or the project-directory input) at the folder that holds pyproject.toml.'
      }
    )
  }
  try {
    return { path: file, text, data: parse(text) }
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '')
      throw new ConfigError(
        `invalid TOML in pyproject.toml at line ${error.line}, column ${error.column}: ${reason}`,
        {
          file,
          line: error.line,
          hint: 'Fix the syntax at that line.'
        }
      )
    }
    throw new ConfigError(`invalid TOML in pyproject.toml: ${errorMessage(error)}`, {
      file,
      hint: 'Fix the syntax of pyproject.toml.'
    })
  }
}

/** A nested table by its dotted path, or undefined. */
export function tableAt(data: TomlTable, ...keys: string[]): TomlTable | undefined {
  let node: unknown = data
  for (const key of keys) {
    if (!isTable(node)) return undefined
    node = node[key]
  }
  return isTable(node) ? node : undefined
}

export function isTable(value: unknown): value is TomlTable {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  )
}

/**
 * The 1-based line where `key` is set inside the table `[header]` (or the header's own line when
 * the key is not written there, e.g. inline tables). Undefined when the header is absent.
 */
export function lineOf(text: string, header: string, key?: string): number | undefined {
  const lines = text.split('\n')
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\.\\s*')
  const headerPattern = new RegExp(`^\\s*\\[\\s*${escaped}\\s*\\]`)
  const start = lines.findIndex(line => headerPattern.test(line))
  if (start < 0) return undefined
  if (key === undefined) return start + 1
  const keyPattern = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`)
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (/^\s*\[/.test(line)) break
    if (keyPattern.test(line)) return i + 1
  }
  return start + 1
}
