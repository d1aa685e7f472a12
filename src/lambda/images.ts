// The Docker images a target uses: the SAM build image (docker builder) and the Lambda runtime
// image (Verify, runtime-info). Names are templates with {python}, {runtime} and {arch}.
import { RUNTIMES, type Architecture, type Runtime } from './runtimes.js'

export const DEFAULT_BUILD_IMAGE = 'public.ecr.aws/sam/build-python{python}:latest-{arch}'
export const DEFAULT_RUNTIME_IMAGE = 'public.ecr.aws/lambda/python:{python}'

/** The image name for a runtime and architecture; a name without placeholders is used as is. */
export function imageFor(template: string, runtime: Runtime, architecture: Architecture): string {
  return template
    .replaceAll('{python}', RUNTIMES[runtime].python)
    .replaceAll('{runtime}', runtime)
    .replaceAll('{arch}', architecture)
}

/** Docker's platform name for a Lambda architecture. */
export function dockerPlatform(architecture: Architecture): string {
  return architecture === 'arm64' ? 'linux/arm64' : 'linux/amd64'
}

/** Docker's architecture name (as `docker version` reports the engine's) for a Lambda architecture. */
export function dockerArch(architecture: Architecture): string {
  return architecture === 'arm64' ? 'arm64' : 'amd64'
}

/** sys.path of a Lambda Python function (function code, then layers, then the runtime), as PYTHONPATH. */
export function lambdaPythonPath(runtime: Runtime): string {
  const python = RUNTIMES[runtime].python
  return `/var/task:/opt/python/lib/python${python}/site-packages:/opt/python:/var/runtime`
}
