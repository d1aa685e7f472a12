// The import check on the host, isolated as Lambda is: each module imported in a fresh
// interpreter started with -I -S (no site-packages, no user site, no PYTHON* variables, no .pth
// files), whose sys.path is set explicitly to the layer, then the standard library, then the
// runtime's SDK set — so a package the host happens to have cannot hide one the layer lacks.
import path from 'node:path'
import { RUNTIMES, type Runtime } from '../lambda/runtimes.js'
import type { Runner } from '../system/process.js'
import { ATTEMPT, importReport, type ImportReport } from './imports.js'

/**
 * argv: LAYER_PATHS_JSON SDK_PATHS_JSON MODULE... — one JSON line per module. The child keeps
 * only what -I -S leaves on sys.path (the standard library) between the layer and the SDK set.
 */
const DRIVER = `
import json, subprocess, sys
CODE = "import json, sys; sys.path[:] = json.loads(sys.argv[2]) + sys.path + json.loads(sys.argv[3]); import importlib, time; [importlib.import_module(m) for m in sys.argv[4:]]; t = time.perf_counter(); importlib.import_module(sys.argv[1]); print(time.perf_counter() - t)"
layer, sdk = sys.argv[1], sys.argv[2]
${ATTEMPT}
for result in attempt_all(lambda name, before: [sys.executable, '-I', '-S', '-c', CODE, name, layer, sdk] + before, sys.argv[3:], None):
    print(json.dumps(result))
    sys.stdout.flush()
`

interface HostImport {
  run: Runner
  /** The host's Python (its version matches the runtime's). */
  python: string
  runtime: Runtime
  hostVersion: string
  /** Folder of the runtime's SDK set, put after the standard library. */
  sdkDir?: string
  /** Shown in the report's `where`, e.g. "the default SDK set". */
  sdkLabel?: string
}

/** The layer's folders on sys.path, in Lambda's order. */
function layerPaths(layerDir: string, runtime: Runtime): string[] {
  const python = path.join(layerDir, 'python')
  return [path.join(python, 'lib', `python${RUNTIMES[runtime].python}`, 'site-packages'), python]
}

export async function importOnHost(
  layerDir: string,
  modules: string[],
  { run, python, runtime, hostVersion, sdkDir, sdkLabel }: HostImport
): Promise<ImportReport> {
  const where = `host python ${hostVersion}${sdkLabel ? ` with ${sdkLabel}` : ''}`
  const result = await run(
    python,
    [
      '-I',
      '-S',
      '-c',
      DRIVER,
      JSON.stringify(layerPaths(layerDir, runtime)),
      JSON.stringify(sdkDir ? [sdkDir] : []),
      ...modules
    ],
    { cwd: layerDir, env: { PYTHONDONTWRITEBYTECODE: '1' } }
  )
  return importReport(where, modules, result)
}
