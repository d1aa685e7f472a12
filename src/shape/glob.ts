// Glob patterns for user exclude/keep lists: `*` within a path segment, `**` across segments, `?` one character.

/** Compiles a glob into a RegExp matched against a path relative to site-packages. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/'
      source += slashAfter ? '(?:.*/)?' : '.*'
      i += slashAfter ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  // A pattern naming a folder also matches everything inside it.
  return new RegExp(`^${source}(?:/.*)?$`)
}

export function matcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map(globToRegExp)
  return path => patterns.some(pattern => pattern.test(path))
}
