// The corpus's CI subset through the built CLI (dist/): a wheel-only set built natively for two
// runtimes, and an sdist-only set that falls back to Docker where a build image exists and
// otherwise fails naming the missing image. Every row must match the set's expect.json.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { dockerEngine } from './helpers/docker.js'

const scratchDirs = useScratch()
const withDocker = dockerEngine() ? it : it.skip

interface Row {
  set: string
  lock: string
  runtime: string
  architecture: string
  result: string
  builder?: string
  diagnosis?: string
  expected: boolean
}

withDocker(
  'npm run corpus -- --quick builds or diagnoses every target as expected',
  async () => {
    const out = await scratchDirs.folder('lambda-layer-corpus-')
    const run = await promisify(execFile)(
      process.execPath,
      [path.join(REPO_ROOT, 'scripts', 'corpus', 'run.mjs'), '--quick', '--out', out],
      { env: { ...process.env }, maxBuffer: 64 * 1024 * 1024 }
    ).catch((error: { code?: number; stdout?: string; stderr?: string }) => error)
    const { rows } = JSON.parse(await readFile(path.join(out, 'results.json'), 'utf8')) as {
      rows: Row[]
    }
    const brief = rows.map(r => `${r.set} ${r.runtime} ${r.architecture} ${r.result}`)
    expect(brief).toEqual([
      'aws-tooling python3.11 x86_64 built',
      'aws-tooling python3.12 x86_64 built',
      'sdist-only python3.11 x86_64 built',
      'sdist-only python3.12 x86_64 failed'
    ])
    expect(rows.filter(r => !r.expected)).toEqual([])
    expect(rows[2]!.builder).toBe('docker (for docopt==0.6.2)')
    expect('code' in run ? run.code : 0).toBe(0)
    expect(await readFile(path.join(out, 'results.md'), 'utf8')).toContain(
      '| sdist-only | uv | python3.11 | x86_64 | built | docker (for docopt==0.6.2) (pip) |'
    )
  },
  900_000
)
