// The named slimming rules: which files of a layer each one removes. Paths are relative to
// site-packages; every rule can be switched off, and Verify checks what remains still imports.
import type { SlimRule } from '../config/schema.js'

/** Folder names whose content the tests and docs rules remove. */
export const TEST_DIRS = new Set(['tests', 'test'])
export const DOC_DIRS = new Set(['docs', 'doc', 'examples', 'example'])

/** The platform the rules judge binaries for (other-platforms): Python version and machine. */
interface RulePlatform {
  /** "3.12" */
  python: string
  /** "x86_64" or "aarch64" */
  machine: string
}

const SOURCES = /\.(c|cc|cpp|cxx|h|hh|hpp|hxx|pyx|pxd|pxi)$/i
const FOREIGN_BINARIES = /\.(dll|dylib|exe|pyd|lib)$/i
const DIST_INFO_UNREAD = /^[^/]+\.dist-info\/(INSTALLER|REQUESTED|direct_url\.json)$/

/**
 * The folder (relative path) that makes `file` part of a test suite or docs, e.g. `pandas/tests`
 * for `pandas/tests/frame/test_api.py`; undefined when it is not in one.
 */
export function containingFolder(
  file: string,
  names: Set<string>,
  minDepth: number
): string | undefined {
  const parts = file.split('/')
  for (let i = minDepth; i < parts.length - 1; i++) {
    if (names.has(parts[i] as string)) return parts.slice(0, i + 1).join('/')
  }
  return undefined
}

/**
 * The deletion rule that claims a file (first match in SLIM_RULES order), or undefined.
 * `imported` are files inside test/doc folders that some package imports at run time: they stay.
 */
export function deletionRule(
  file: string,
  platform: RulePlatform,
  enabled: ReadonlySet<SlimRule>,
  imported: ReadonlySet<string>
): SlimRule | undefined {
  if (imported.has(file)) return undefined
  const name = file.slice(file.lastIndexOf('/') + 1)
  const on = (rule: SlimRule) => enabled.has(rule)
  if (on('bytecode') && isBytecode(file)) return 'bytecode'
  if (on('tests')) {
    const folder = containingFolder(file, TEST_DIRS, 0)
    if (folder || name === 'conftest.py') return 'tests'
  }
  if (on('docs')) {
    if (containingFolder(file, DOC_DIRS, 1)) return 'docs'
  }
  if (on('sources') && SOURCES.test(name)) return 'sources'
  if (on('stubs') && name.endsWith('.pyi')) return 'stubs'
  if (on('other-platforms') && isForeignBinary(name, platform)) return 'other-platforms'
  if (on('scripts') && file.startsWith('bin/')) return 'scripts'
  if (on('dist-info') && DIST_INFO_UNREAD.test(file)) return 'dist-info'
  return undefined
}

/** Whether the `bytecode` rule removes `file`: anything in `__pycache__`, and `*.pyc`/`*.pyo`. */
export function isBytecode(file: string): boolean {
  return file.includes('__pycache__/') || /\.py[co]$/.test(file)
}

function isForeignBinary(name: string, { python, machine }: RulePlatform): boolean {
  if (FOREIGN_BINARIES.test(name)) return true
  if (/-darwin\.so$/.test(name)) return true
  const abi = /\.cpython-3(\d+)[a-z]*-([a-z0-9_]+)-linux-gnu\.so$/.exec(name)
  if (abi) return `3.${abi[1]}` !== python || abi[2] !== machine
  return false
}
