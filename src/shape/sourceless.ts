// The `python-sources` rule: after bytecode is compiled, each `.py` that compiled gives way to its
// bytecode, moved beside it as `NAME.pyc` (the layout Python imports without a source). The layer
// shrinks by the sources' size and still starts without compiling; tracebacks show no source lines
// and `inspect.getsource` finds nothing, so it is off by default.
import { lstatSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { isBytecode } from './rules.js'
import type { RuleSavings } from './shape.js'

type SourcesRemoved = Pick<RuleSavings, 'files' | 'bytes'>

/**
 * Replaces every `NAME.py` under `siteDir` that has `__pycache__/NAME.cpython-3XY.pyc` for Python
 * `version` ("3.12") with that bytecode as `NAME.pyc`; `__pycache__` folders left empty go. Sources
 * without bytecode (they did not compile), sources `keep` matches (a path below `siteDir`) and
 * symlinks stay as they are.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: a failure rejects
export async function replaceSourcesWithBytecode(
  siteDir: string,
  version: string,
  keep: (file: string) => boolean
): Promise<SourcesRemoved> {
  const suffix = bytecodeSuffix(version)
  const removed: SourcesRemoved = { files: 0, bytes: 0 }
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== '__pycache__') visit(path.join(dir, entry.name))
    }
    const cache = path.join(dir, '__pycache__')
    let compiled: string[]
    try {
      compiled = readdirSync(cache).filter(name => name.endsWith(suffix))
    } catch {
      return
    }
    for (const name of compiled) {
      const module = name.slice(0, -suffix.length)
      const source = path.join(dir, `${module}.py`)
      const info = lstatSync(source, { throwIfNoEntry: false })
      if (!info?.isFile() || keep(path.relative(siteDir, source).split(path.sep).join('/')))
        continue
      renameSync(path.join(cache, name), path.join(dir, `${module}.pyc`))
      rmSync(source)
      removed.files++
      removed.bytes += info.size
    }
    try {
      rmdirSync(cache)
    } catch {
      // bytecode of another Python, or of a file kept as source: the folder stays
    }
  }
  visit(siteDir)
  return removed
}

/** What each way of shedding a layer's bytecode or sources would save, in unzipped bytes. */
export interface BytecodeShares {
  /** All compiled bytecode: what the `bytecode` rule removes (and every cold start compiles). */
  bytes: number
  /** The sources with bytecode beside them: what the `python-sources` rule removes. */
  sourcesBytes: number
}

/**
 * The shares of a layer that has bytecode beside its sources, from its regular files (paths
 * relative to site-packages; symlinks left out, as python-sources leaves them): what the bytecode
 * rule would remove, and the sources replaceSourcesWithBytecode would replace; `keep` holds both.
 */
export function bytecodeShares(
  files: { path: string; size: number }[],
  version: string,
  keep: (file: string) => boolean
): BytecodeShares {
  const suffix = bytecodeSuffix(version)
  const compiled = new Set<string>()
  let bytes = 0
  for (const file of files) {
    if (!isBytecode(file.path) || keep(file.path)) continue
    bytes += file.size
    const source = file.path.endsWith(suffix) ? sourceOfBytecode(file.path) : undefined
    if (source) compiled.add(source)
  }
  let sourcesBytes = 0
  for (const file of files) {
    if (compiled.has(file.path) && !keep(file.path)) sourcesBytes += file.size
  }
  return { bytes, sourcesBytes }
}

/** The name ending of the bytecode Python `version` ("3.12") compiles: `.cpython-312.pyc`. */
function bytecodeSuffix(version: string): string {
  return `.cpython-${version.replace('.', '')}.pyc`
}

/**
 * `pkg/__pycache__/mod.cpython-312.pyc`, or `pkg/mod.pyc` in its source's place (the
 * python-sources rule) -> `pkg/mod.py`: the source a bytecode file was compiled from.
 */
export function sourceOfBytecode(name: string): string | undefined {
  const cached = /^(.*\/)?__pycache__\/([^/.]+)\.[^/]+\.pyc$/.exec(name)
  if (cached) return `${cached[1] ?? ''}${cached[2]}.py`
  return name.endsWith('.pyc') ? name.slice(0, -1) : undefined
}
