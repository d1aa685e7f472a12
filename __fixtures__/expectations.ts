// Independent expectations for built layers: what the project's own tool exports, with markers
// evaluated for the target by pip's packaging (not by the code under test).
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../src/lambda/runtimes.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { createTools } from '../src/system/tools.js'
import { REPO_ROOT } from './projects.js'

export const tools = createTools({
  run: runProcess,
  log: silentLogger,
  toolDir: path.join(
    process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
    'lambda-layer',
    'tools'
  )
})

/** Runs a tool command and returns its stdout, failing the test on a non-zero exit. */
export async function toolOutput(
  command: readonly string[],
  args: string[],
  cwd: string
): Promise<string> {
  const result = await runProcess(command[0] as string, [...command.slice(1), ...args], { cwd })
  if (result.code !== 0)
    throw new Error(`${command.join(' ')} ${args.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

/** name -> version of the requirement lines whose markers hold for the runtime and architecture. */
export function applicablePins(
  requirements: string,
  runtime: Runtime,
  architecture: Architecture
): Map<string, string> {
  const output = execFileSync(
    'python3',
    [
      path.join(REPO_ROOT, '__fixtures__', 'markers.py'),
      RUNTIMES[runtime].python,
      ARCHITECTURES[architecture]
    ],
    { input: requirements, encoding: 'utf8' }
  )
  return new Map(
    output
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(line => line.split('==') as [string, string])
  )
}
