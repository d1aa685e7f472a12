// Versions of Python distributions (the runtime's SDK set, wheels, tools) compared as PEP 440 says
// (@renovatebot/pep440): "1.34" is "1.34.0", 1.0.dev1 < 1.0a1 < 1.0 < 1.0.post1, 1.10 > 1.9.
import { compare, eq, valid } from '@renovatebot/pep440'

/** Sort order of two versions; a version PEP 440 cannot read sorts by its text, after valid ones. */
export function compareVersions(a: string, b: string): number {
  const [va, vb] = [valid(a), valid(b)]
  if (va && vb) return compare(a, b)
  if (va || vb) return va ? -1 : 1
  return a.localeCompare(b, 'en', { numeric: true })
}

/** Whether two versions name the same release ("1.34" and "1.34.0" do); text otherwise. */
export function sameVersion(a: string, b: string): boolean {
  return valid(a) && valid(b) ? eq(a, b) : a === b
}
