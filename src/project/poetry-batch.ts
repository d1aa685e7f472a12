// Poetry's start-up (about half a second) is most of a `poetry export`. The exports of a build run
// in one Python process with the pinned poetry: its own command-line application, run once per
// extras set, each run's output kept apart, so every export prints what `poetry export` would.
import type { Runner } from '../system/process.js'
import type { Command } from '../system/tools.js'

/** argv: a JSON list of argument lists. Prints a JSON list of {code, stdout, stderr}. */
const BATCH_SCRIPT = String.raw`
import json, sys
from cleo.io.inputs.argv_input import ArgvInput
from cleo.io.outputs.buffered_output import BufferedOutput
from poetry.console.application import Application

app = Application()
app.auto_exits(False)
results = []
for args in json.loads(sys.argv[1]):
    out, err = BufferedOutput(), BufferedOutput()
    code = app.run(ArgvInput(["poetry", *args]), out, err)
    results.append({"code": code, "stdout": out.fetch(), "stderr": err.fetch()})
sys.stdout.write(json.dumps(results))
`

export interface PoetryRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs poetry once per argument list, in one process, in `cwd`; the results in the same order.
 * Undefined when that cannot be done (a poetry from PATH, whose interpreter is not known, or a
 * process that gave no results): run each command on its own then.
 */
export async function runPoetryBatch(
  run: Runner,
  poetry: Command,
  argLists: string[][],
  options: { cwd: string; env: Record<string, string> }
): Promise<PoetryRun[] | undefined> {
  // The pinned poetry runs as `PYTHON -m poetry`: the same interpreter runs the batch.
  const [python, flag, module] = poetry
  if (flag !== '-m' || module !== 'poetry' || !python) return undefined
  const result = await run(python, ['-c', BATCH_SCRIPT, JSON.stringify(argLists)], options).catch(
    () => undefined
  )
  if (result?.code !== 0) return undefined
  try {
    const runs = JSON.parse(result.stdout) as PoetryRun[]
    return Array.isArray(runs) && runs.length === argLists.length ? runs : undefined
  } catch {
    return undefined
  }
}
