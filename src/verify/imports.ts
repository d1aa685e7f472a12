// The import check: imports each top-level module of the layer in a fresh interpreter, one at a
// time, timing each (a cold-start cost), in the runtime image with the layer read-only at /opt
// (the host's isolated check is in host-imports.ts).
import { dockerPlatform, lambdaPythonPath } from '../lambda/images.js'
import { RUNTIMES, type Runtime } from '../lambda/runtimes.js'
import type { Docker } from '../system/docker.js'
import { tail, type RunResult } from '../system/process.js'
import { IMPORT_TIME_LIMIT } from './emulation.js'

export interface ModuleImport {
  module: string
  ok: boolean
  /** Import time in seconds (when it imported). */
  seconds?: number
  /** The last line of the traceback (when it did not). */
  error?: string
  /** It imports only after the layer's other modules (it refuses to load before its parent). */
  afterOthers?: boolean
}

export interface ImportReport {
  /** Where the modules were imported: the runtime image's name, or "host python X.Y.Z". */
  where: string
  /** Failed imports first, then slowest first. */
  modules: ModuleImport[]
  problems: string[]
}

/**
 * Python shared by the image and host drivers: `attempt_all(argv, names, limit)` yields one result
 * per module, the successes as they come and each ImportError after its retry.
 */
export const ATTEMPT = `
def attempt(argv, name, before, limit):
    try:
        p = subprocess.run(argv(name, before), capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return {'module': name, 'ok': False, 'error': 'no result within the %g s time limit' % limit}
    if p.returncode == 0:
        return {'module': name, 'ok': True, 'seconds': round(float(p.stdout.split()[-1]), 4)}
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    return {'module': name, 'ok': False, 'error': lines[-1] if lines else 'exit %d' % p.returncode}

def attempt_all(argv, names, limit):
    failed, imported = [], []
    for name in names:
        result = attempt(argv, name, [], limit)
        if result['ok']:
            imported.append(name)
            yield result
        else:
            failed.append(result)
    for result in failed:
        if imported and result['error'].startswith('ImportError:'):
            retry = attempt(argv, result['module'], imported, limit)
            if retry['ok']:
                retry['afterOthers'] = True
                result = retry
        yield result
`

/**
 * Imports each module named on the command line in its own interpreter; one JSON line per module.
 * A module that raises ImportError alone is tried once more after the modules that did import: some
 * top-level modules (psycopg_binary) refuse to load before their parent package, as at run time.
 */
const DRIVER = `
import json, os, subprocess, sys
CODE = "import importlib, sys, time; [importlib.import_module(m) for m in sys.argv[2:]]; t = time.perf_counter(); importlib.import_module(sys.argv[1]); print(time.perf_counter() - t)"
LIMIT = float(os.environ.get('LAMBDA_LAYER_IMPORT_LIMIT') or 120)
${ATTEMPT}
for result in attempt_all(lambda name, before: [sys.executable, '-c', CODE, name] + before, sys.argv[1:], LIMIT):
    print(json.dumps(result))
    sys.stdout.flush()
`

/** Where the imports run: the runtime image on the Docker engine, as the invoking user. */
interface RuntimeContainer {
  docker: Docker
  image: string
  user: string
  runtime: Runtime
  architecture: 'x86_64' | 'arm64'
  /** The engine runs the image under emulation: allow for it in the time limit and say so. */
  emulated?: boolean
}

export async function importInImage(
  layerDir: string,
  modules: string[],
  { docker, image, user, runtime, architecture, emulated }: RuntimeContainer
): Promise<ImportReport> {
  const limit = emulated ? IMPORT_TIME_LIMIT.emulated : IMPORT_TIME_LIMIT.native
  const result = await docker.run({
    image,
    platform: dockerPlatform(architecture),
    entrypoint: `python${RUNTIMES[runtime].python}`,
    user,
    network: 'none',
    mounts: [{ source: layerDir, target: '/opt', readOnly: true }],
    env: {
      PYTHONPATH: lambdaPythonPath(runtime),
      PYTHONDONTWRITEBYTECODE: '1',
      HOME: '/tmp',
      LAMBDA_LAYER_IMPORT_LIMIT: String(limit)
    },
    command: ['-c', DRIVER, ...modules]
  })
  const where = emulated ? `${image} (${dockerPlatform(architecture)}, emulated)` : image
  return importReport(where, modules, result)
}

/** The report of a driver run: one JSON line per module, failures first, then the slowest. */
export function importReport(where: string, modules: string[], result: RunResult): ImportReport {
  const imported = result.stdout
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line) as ModuleImport)
  const problems = imported
    .filter(item => !item.ok)
    .map(item => `import ${item.module} fails in ${where}: ${item.error}`)
  if (result.code !== 0 || imported.length !== modules.length) {
    problems.push(
      `the import check did not finish in ${where} (exit ${result.code}): ${tail(result.stderr, 4)}`
    )
  }
  // Failures first, then the slowest: the cold-start cost users look for.
  imported.sort((a, b) => Number(a.ok) - Number(b.ok) || (b.seconds ?? 0) - (a.seconds ?? 0))
  return { where, modules: imported, problems }
}
