// The entry points start themselves again with glibc's malloc settings (MALLOC_ARENA_MAX,
// MALLOC_MMAP_THRESHOLD_): the second process does the work, the first ends with its exit code and
// passes signals on; the programs the second runs start without them; a value the user set is kept.
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'

const scratch = useScratch()

/**
 * Runs a script that relaunches, then prints the malloc settings it started with (glibc reads them
 * from the environment the process started with: /proc/self/environ), those its own child processes
 * would get (process.env), and its parent's pid.
 */
async function run(env: Record<string, string>) {
  const dir = await scratch.folder('lambda-layer-relaunch-')
  const script = path.join(dir, 'entry.mjs')
  const module = path.join(REPO_ROOT, 'src', 'system', 'memory.ts')
  await writeFile(
    script,
    `import { relaunchWithMallocSettings } from ${JSON.stringify(module)}
import { readFileSync } from 'node:fs'
const code = await relaunchWithMallocSettings()
if (code !== undefined) process.exit(code)
const names = ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_']
const started = Object.fromEntries(
  readFileSync('/proc/self/environ', 'utf8').split('\\0').map(item => item.split('='))
)
const pick = env => Object.fromEntries(names.filter(name => env[name] !== undefined).map(name => [name, env[name]]))
console.log(JSON.stringify({ started: pick(started), children: pick(process.env), parent: process.ppid }))
process.exit(7)
`
  )
  const register = path.join(REPO_ROOT, 'scripts', 'dev', 'register-ts.mjs')
  const inherited = { ...process.env }
  delete inherited.MALLOC_ARENA_MAX
  delete inherited.MALLOC_MMAP_THRESHOLD_
  const child = spawn(process.execPath, ['--import', register, script], {
    env: { ...inherited, ...env }
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>(done => child.on('close', done))
  return { code, pid: child.pid, stdout }
}

it('builds in a second process with two malloc arenas and a fixed mmap threshold, ending with its exit code', async () => {
  const result = await run({})
  expect(result.code).toBe(7)
  expect(JSON.parse(result.stdout)).toEqual({
    started: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '262144' },
    children: {},
    parent: result.pid
  })
}, 30_000)

it('keeps the value the user set, in one process', async () => {
  const result = await run({ MALLOC_ARENA_MAX: '4' })
  expect(result.code).toBe(7)
  expect(JSON.parse(result.stdout)).toEqual({
    started: { MALLOC_ARENA_MAX: '4' },
    children: { MALLOC_ARENA_MAX: '4' },
    parent: process.pid
  })
}, 30_000)
