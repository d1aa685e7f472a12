// Reading pip's output of a failed source build: real outputs recorded from the stand-in build
// image (pip 23, Debian 12) name the package and what it lacked, never a word of pip's prose.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { compileFailure } from '../src/build/compile-error.js'
import { REPO_ROOT } from '../__fixtures__/projects.js'

const output = (name: string) =>
  readFile(path.join(REPO_ROOT, '__fixtures__', 'pip-output', `${name}.txt`), 'utf8')

describe('compile failures in pip output', () => {
  it('names psycopg2 when its metadata step fails for want of pg_config', async () => {
    const failure = compileFailure(await output('psycopg2-no-pg-config'))
    expect(failure?.packages).toEqual(['psycopg2'])
    expect(failure?.causes).toEqual([
      'pg_config not found (PostgreSQL client development files, e.g. libpq-dev / postgresql-devel)'
    ])
  })

  it('names python-ldap and its missing header among packages that built', async () => {
    const failure = compileFailure(await output('python-ldap-missing-header'))
    expect(failure?.packages).toEqual(['python-ldap'])
    expect(failure?.causes).toContain('header lber.h not found')
    expect(failure?.lines.at(-1)).toMatch(/x86_64-linux-gnu-gcc.*returned non-zero exit status 1/)
  })

  it('never takes a word of "See above for output" for a package name (pip 24+ framing)', () => {
    const text = [
      'Collecting numpy==2.4.6',
      '  Downloading numpy-2.4.6.tar.gz (20.7 MB)',
      "  Preparing metadata (pyproject.toml): finished with status 'error'",
      '  error: subprocess-exited-with-error',
      '',
      '  × Preparing metadata (pyproject.toml) did not run successfully.',
      '  │ exit code: 1',
      '  ╰─> [2 lines of output]',
      "      ../meson.build:1:0: ERROR: Unknown compiler(s): [['cc'], ['gcc']]",
      '      A full log can be found at /tmp/meson-log.txt',
      '      [end of output]',
      '',
      '× Encountered error while generating package metadata.',
      '╰─> See above for output.'
    ].join('\n')
    const failure = compileFailure(text)
    expect(failure?.packages).toEqual(['numpy'])
    expect(failure?.lines).toEqual([
      "../meson.build:1:0: ERROR: Unknown compiler(s): [['cc'], ['gcc']]",
      'A full log can be found at /tmp/meson-log.txt'
    ])
  })

  it('is undefined for a failure that is not a build', () => {
    expect(
      compileFailure('ERROR: No matching distribution found for numpy==1.21.6')
    ).toBeUndefined()
  })
})
