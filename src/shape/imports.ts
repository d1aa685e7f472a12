// Finds which test or doc folders a package imports at run time, by reading the import
// statements of the layer's other Python files (so e.g. a package's own `tests` helpers that its
// code imports stay in the layer).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { DOC_DIRS, TEST_DIRS } from './rules.js'

interface PythonFile {
  /** Path relative to site-packages, e.g. `pkg/sub/mod.py`. */
  path: string
  /** File to read. */
  source: string
  /** Names the file's content while unchanged (TreeEntry.identity), shared by its hard links. */
  identity?: string
}

const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm
const PLAIN_IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm

/**
 * A file's text, read synchronously: the scan reads thousands of small files, and an asynchronous
 * read's four trips through the thread pool cost more than the read itself.
 */
function readText(file: string): string {
  return readFileSync(file, 'utf8')
}

/** The folder names the test and docs rules remove: what a file's bytes are searched for. */
const FOLDER_NAMES = [...TEST_DIRS, ...DOC_DIRS]

/** Which folder names a file mentions, and its imports once a layer needed them. */
interface Scan {
  mentions: string[]
  imports?: string[]
}

/**
 * Scans by file content and path (relative imports depend on it), for the whole build: layers
 * that share packages hold hard links to the same installed files, which are searched once.
 */
const scans = new Map<string, Scan>()
/** Scans kept at most; the map starts again past it (a long-lived process builds many trees). */
const MAX_SCANS = 200_000

/**
 * The imports of `file` when its bytes mention one of `names`, else undefined. A file is searched
 * once for every folder name the rules use, and parsed only when a layer's folders need it.
 */
function importsMentioning(file: PythonFile, names: string[]): string[] | undefined {
  const key = file.identity && `${file.identity}\0${file.path}`
  if (!key || names.some(name => !FOLDER_NAMES.includes(name))) {
    const { text } = search(file.source, names, names)
    return text === undefined ? undefined : importsOf(file.path, text)
  }
  let scan = scans.get(key)
  let text: string | undefined
  if (!scan) {
    const found = search(file.source, FOLDER_NAMES, names)
    scan = { mentions: found.mentions }
    text = found.text
    if (scans.size >= MAX_SCANS) scans.clear()
    scans.set(key, scan)
  }
  if (!scan.mentions.some(name => names.includes(name))) return undefined
  scan.imports ??= importsOf(file.path, text ?? readText(file.source))
  return scan.imports
}

/** One buffer, grown as needed, that files are read into to look for a name (no string per file). */
let scratch = Buffer.alloc(256 * 1024)

/**
 * Which of `names` a file's bytes contain, and its text when they contain one of `wanted` (only
 * then is it decoded).
 */
function search(file: string, names: string[], wanted: string[]) {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (scratch.length < size) scratch = Buffer.alloc(size)
    let read = 0
    while (read < size) {
      const bytes = readSync(fd, scratch, read, size - read, read)
      if (bytes === 0) break
      read += bytes
    }
    const bytes = scratch.subarray(0, read)
    const mentions = names.filter(name => bytes.includes(name))
    const text = mentions.some(name => wanted.includes(name)) ? bytes.toString('utf8') : undefined
    return { mentions, text }
  } finally {
    closeSync(fd)
  }
}

/** The package a module file belongs to: `a/b/c.py` and `a/b/__init__.py` are both in `a.b`. */
function packageOf(file: string): string[] {
  return file.split('/').slice(0, -1)
}

/** Absolute dotted names imported by one file's source (relative imports resolved). */
function importsOf(file: string, text: string): string[] {
  const names: string[] = []
  for (const match of text.matchAll(FROM_IMPORT)) {
    const [, dots = '', module = '', imported = ''] = match
    let base: string[]
    if (dots.length) {
      const pkg = packageOf(file)
      base = pkg.slice(0, pkg.length - (dots.length - 1))
      if (module) base = [...base, ...module.split('.')]
    } else {
      base = module.split('.')
    }
    const prefix = base.join('.')
    if (prefix) names.push(prefix)
    for (const item of imported.replace(/[()\\\n]/g, ' ').split(',')) {
      const name = item.trim().split(/\s+/)[0]
      if (name && name !== '*' && prefix) names.push(`${prefix}.${name}`)
    }
  }
  for (const match of text.matchAll(PLAIN_IMPORT)) {
    for (const item of (match[1] ?? '').split(',')) {
      const name = item.trim().split(/\s+/)[0]
      if (name) names.push(name)
    }
  }
  return names
}

/** The module a file defines: `a/b/c.py` is `a.b.c`, `a/b/__init__.py` is `a.b`. */
function moduleOf(file: string): string {
  return file
    .replace(/\.py$/, '')
    .replace(/\/__init__$/, '')
    .replace(/\//g, '.')
}

/**
 * Files inside the candidate folders (e.g. `pkg/tests`) that the rest of the layer imports at run
 * time, with the `__init__.py` files of their packages, followed transitively through the kept
 * modules' own imports. Everything else in those folders may go.
 */
export function importedFiles(candidates: Iterable<string>, files: PythonFile[]): Set<string> {
  const folders = [...new Set(candidates)]
  if (folders.length === 0) return new Set()
  const inside = (file: string) => folders.find(folder => file.startsWith(`${folder}/`))
  // Importing a module inside `pkg/tests` names `tests` somewhere in the statement, so a file that
  // never mentions a candidate folder's name cannot import one and is not parsed.
  const folderNames = [...new Set(folders.map(folder => folder.split('/').pop() as string))]
  const byModule = new Map<string, PythonFile>()
  const queue: string[] = []
  for (const file of files) {
    if (inside(file.path)) byModule.set(moduleOf(file.path), file)
    else if (!file.path.endsWith('conftest.py')) {
      const imports = importsMentioning(file, folderNames)
      if (imports) queue.push(...imports)
    }
  }
  const kept = new Set<string>()
  const seen = new Set<string>()
  while (queue.length) {
    const name = queue.pop() as string
    if (seen.has(name)) continue
    seen.add(name)
    const file = byModule.get(name)
    if (!file || kept.has(file.path)) continue
    kept.add(file.path)
    // Its packages' __init__.py files run first on import; its own imports must stay importable too.
    const parts = name.split('.')
    for (let i = 1; i < parts.length; i++) queue.push(parts.slice(0, i).join('.'))
    queue.push(...importsOf(file.path, readText(file.source)))
  }
  return kept
}

/**
 * The test or doc folders `files` import from (`pkg/tests` for `pkg.tests.helpers`), as paths
 * relative to site-packages: where such a folder exists, the import keeps it in a layer.
 */
export function testOrDocImports(files: PythonFile[]): string[] {
  const folders = new Set<string>()
  for (const file of files) {
    for (const name of importsMentioning(file, FOLDER_NAMES) ?? []) {
      const parts = name.split('.')
      const at = parts.findIndex(part => FOLDER_NAMES.includes(part))
      if (at >= 0) folders.add(parts.slice(0, at + 1).join('/'))
    }
  }
  return [...folders]
}
