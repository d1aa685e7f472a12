// The entry points start themselves again with MALLOC_ARENA_MAX set: the second process does the
// work, the first ends with its exit code and passes signals on; a value the user set is kept.
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'

const scratch = useScratch()

/** Runs a script that relaunches, then prints MALLOC_ARENA_MAX and its parent's pid. */
async function run(env: Record<string, string>) {
  const dir = await scratch.folder('lambda-layer-relaunch-')
  const script = path.join(dir, 'entry.mjs')
  const module = path.join(REPO_ROOT, 'src', 'system', 'memory.ts')
  await writeFile(
    script,
    `import { relaunchWithFewerArenas } from ${JSON.stringify(module)}
const code = await relaunchWithFewerArenas()
if (code !== undefined) process.exit(code)
console.log(JSON.stringify({ arenas: process.env.MALLOC_ARENA_MAX ?? null, parent: process.ppid }))
process.exit(7)
`
  )
  const register = path.join(REPO_ROOT, 'scripts', 'dev', 'register-ts.mjs')
  const inherited = { ...process.env }
  delete inherited.MALLOC_ARENA_MAX
  const child = spawn(process.execPath, ['--import', register, script], {
    env: { ...inherited, ...env }
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>(done => child.on('close', done))
  return { code, pid: child.pid, stdout }
}

it('builds in a second process with two malloc arenas, ending with its exit code', async () => {
  const result = await run({})
  expect(result.code).toBe(7)
  expect(JSON.parse(result.stdout)).toEqual({ arenas: '2', parent: result.pid })
}, 30_000)

it('keeps the value the user set, in one process', async () => {
  const result = await run({ MALLOC_ARENA_MAX: '4' })
  expect(result.code).toBe(7)
  expect(JSON.parse(result.stdout)).toEqual({ arenas: '4', parent: process.pid })
}, 30_000)
