// Glob patterns for user exclude/keep/no-strip lists (picomatch): `*` and `?` within a path
// segment, `**` across segments, braces `{a,b}`, classes `[ab]`, and `!pattern` to take paths
// back out of the list. A pattern naming a folder also matches everything inside it.
import picomatch from 'picomatch'

/** Dot files match `*` like any other file (site-packages is not a home folder). */
const OPTIONS: picomatch.PicomatchOptions = { dot: true }

/** `!pattern` takes paths out of the list; `!(...)` is an extglob, not a negation. */
const negated = (glob: string) => glob.startsWith('!') && !glob.startsWith('!(')

function compile(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false
  // The glob itself, and everything inside what it names.
  return picomatch(
    globs.flatMap(glob => [glob, `${glob.replace(/\/+$/, '')}/**`]),
    OPTIONS
  )
}

/**
 * Whether a path relative to site-packages is in the list: it matches a pattern and no
 * `!pattern` (so `["numpy/tests", "!numpy/tests/data"]` holds the tests but not their data).
 */
export function matcher(globs: readonly string[]): (path: string) => boolean {
  const included = compile(globs.filter(glob => !negated(glob)))
  const taken = compile(globs.filter(negated).map(glob => glob.slice(1)))
  return path => included(path) && !taken(path)
}
