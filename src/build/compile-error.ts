// Reads pip's output after a failed install in the build image: which packages failed to build
// from source, what they were missing (a header, pg_config, a compiler), and the last lines of
// the failing build's own output (not the whole log).

interface CompileFailure {
  /** Packages pip could not build a wheel for (or could not read the metadata of). */
  packages: string[]
  /** What the build was missing, when its output says so ("header lber.h", "pg_config"). */
  causes: string[]
  /** The last lines of the failing build's own output (compiler errors). */
  lines: string[]
}

const NAME = '([A-Za-z0-9][A-Za-z0-9._-]*)'

/** Lines that name the package that failed. */
const FAILED = [
  new RegExp(`Failed building wheel for ${NAME}`, 'g'),
  new RegExp(
    `(?:Building wheel|Running setup\\.py install) for ${NAME}[^\\n]*did not run successfully`,
    'g'
  ),
  // pip 24+: "× Failed to build installable wheels for some pyproject.toml based projects\n╰─> numpy"
  new RegExp(`Failed to build installable wheels[^\\n]*\\n[^\\n]*╰─> ${NAME}`, 'g'),
  new RegExp(
    `Failed to build (?!one or more|installable)${NAME}((?: [A-Za-z0-9][A-Za-z0-9._-]*)*)`,
    'g'
  ),
  // "Encountered error while trying to install package.\n╰─> numpy" (never "╰─> See above ...")
  new RegExp(`Encountered error while [^\\n]*\\n[^\\n]*╰─> (?!See above)${NAME}`, 'g')
]

/** Steps whose failure pip reports without the package's name: the name is in "Collecting X". */
const UNNAMED_STEP =
  /× (?:Getting requirements to build wheel|Preparing metadata \([^)]*\)|python setup\.py egg_info|Encountered error while generating package metadata)[^\n]*/g

const COLLECTING = new RegExp(`^(?:Collecting|Processing|Downloading) ${NAME}`, 'gm')

/** What the failing build's output says it lacked. */
const CAUSES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/fatal error: ([^\s:]+): No such file or directory/g, m => `header ${m[1]} not found`],
  [
    /pg_config executable not found/g,
    () =>
      'pg_config not found (PostgreSQL client development files, e.g. libpq-dev / postgresql-devel)'
  ],
  [
    /error: command '([^']*(?:gcc|cc|g\+\+|clang)[^']*)' failed/g,
    m => `the compiler ${m[1]} failed or is missing`
  ],
  [
    /(?:can't find Rust compiler|rustc[^\n]*not found|Cargo[^\n]*not found)/gi,
    () => 'a Rust compiler (rustc/cargo) not found'
  ]
]

/** The compile failure in pip's output, or undefined when the install failed otherwise. */
export function compileFailure(output: string, count = 8): CompileFailure | undefined {
  const packages = new Set<string>()
  for (const pattern of FAILED) {
    for (const match of output.matchAll(pattern)) {
      const names = `${match[1] ?? ''} ${match[2] ?? ''}`
      for (const name of names.trim().split(/\s+/)) if (name) packages.add(name)
    }
  }
  for (const step of output.matchAll(UNNAMED_STEP)) {
    const before = output.slice(0, step.index)
    const collected = [...before.matchAll(COLLECTING)].at(-1)?.[1]
    if (collected) packages.add(collected)
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
  const causes = new Set<string>()
  for (const [pattern, describe] of CAUSES) {
    for (const match of output.matchAll(pattern)) causes.add(describe(match))
  }
  return { packages: [...packages], causes: [...causes], lines: lines.slice(-count) }
}
