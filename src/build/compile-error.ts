// Reads pip's output after a failed install in the build image: which packages failed to build
// from source, and the last lines of the compiler's output (not the whole log).

export interface CompileFailure {
  /** Packages pip could not build a wheel for. */
  packages: string[]
  /** The last lines of the failing build's own output (compiler errors). */
  lines: string[]
}

const FAILED = [
  /Failed building wheel for ([A-Za-z0-9][A-Za-z0-9._-]*)/g,
  /Failed to build (?!one or more)([A-Za-z0-9][A-Za-z0-9._ -]*)/g,
  /(?:Building wheel|Running setup\.py install) for ([A-Za-z0-9][A-Za-z0-9._-]*)[^\n]*did not run successfully/g,
  /Encountered error while (?:generating package metadata|trying to install package)\.\s*╰─> ([A-Za-z0-9][A-Za-z0-9._-]*)/g
]

/** The compile failure in pip's output, or undefined when the install failed otherwise. */
export function compileFailure(output: string, count = 8): CompileFailure | undefined {
  const packages = new Set<string>()
  for (const pattern of FAILED) {
    for (const match of output.matchAll(pattern)) {
      for (const name of (match[1] ?? '').trim().split(/\s+/)) if (name) packages.add(name)
    }
  }
  if (packages.size === 0) return undefined
  // pip frames a subprocess's output between "╰─> [N lines of output]" and "[end of output]".
  const blocks = [
    ...output.matchAll(/╰─> \[\d+ lines of output\]\n([\s\S]*?)\n\s*\[end of output\]/g)
  ]
  const block = blocks.at(-1)?.[1] ?? ''
  const lines = block
    .split('\n')
    .map(line => line.replace(/^ {6}/, ''))
    .filter(line => line.trim())
  return { packages: [...packages], lines: lines.slice(-count) }
}
