// Asks a Lambda runtime image what it provides: Python version, glibc, machine, sys.path order as a
// function sees it, every installed distribution outside /opt and /var/task (the AWS SDK set), and
// the newest GLIBCXX_/CXXABI_ versions its libstdc++.so.6 defines.
import { DockerError } from '../errors.js'
import { dockerPlatform, lambdaPythonPath } from '../lambda/images.js'
import { RUNTIMES, type Architecture, type Runtime } from '../lambda/runtimes.js'
import type { Docker } from '../system/docker.js'
import { tail } from '../system/process.js'
import { normalizeName } from '../project/project.js'

export interface RuntimePackage {
  /** Normalized name (PEP 503). */
  name: string
  version: string
  /** The sys.path entry that holds it. */
  location: string
}

export interface RuntimeInfo {
  image: string
  python: string
  glibc: string
  machine: string
  sysPath: string[]
  packages: RuntimePackage[]
  /** The image's libstdc++.so.6 (absent when it has none). */
  libstdcxx?: { path: string; glibcxx: number; cxxabi: number }
}

const SCRIPT = `
import glob, json, os, platform, re, sys, importlib.metadata as md
libstdcxx = None
for folder in ['/var/lang/lib', '/lib64', '/usr/lib64'] + sorted(glob.glob('/usr/lib/*-linux-gnu')) + ['/usr/lib', '/lib']:
    candidate = os.path.join(folder, 'libstdc++.so.6')
    if os.path.exists(candidate):
        real = os.path.realpath(candidate)
        data = open(real, 'rb').read()
        numbers = lambda prefix: max([int(n) for n in re.findall(prefix + rb'\\.(\\d+)\\x00', data)] or [0])
        libstdcxx = {'path': real, 'glibcxx': numbers(rb'GLIBCXX_3\\.4'), 'cxxabi': numbers(rb'CXXABI_1\\.3')}
        break
packages = []
for dist in md.distributions():
    location = str(dist.locate_file('')).rstrip('/')
    if location.startswith(('/opt', '/var/task')):
        continue
    packages.append({'name': dist.metadata['Name'] or '', 'version': dist.version, 'location': location})
print(json.dumps({'python': platform.python_version(), 'glibc': platform.libc_ver()[1],
                  'machine': platform.machine(), 'sysPath': [p for p in sys.path if p],
                  'packages': packages, 'libstdcxx': libstdcxx}))
`

export async function runtimeInfo(
  docker: Docker,
  image: string,
  runtime: Runtime,
  architecture: Architecture
): Promise<RuntimeInfo> {
  await docker.ensureImage(image, `runtime image for ${runtime} ${architecture}`)
  const result = await docker.run({
    image,
    platform: dockerPlatform(architecture),
    entrypoint: `python${RUNTIMES[runtime].python}`,
    network: 'none',
    env: { PYTHONPATH: lambdaPythonPath(runtime) },
    command: ['-c', SCRIPT]
  })
  const line = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.code !== 0 || !line.startsWith('{')) {
    throw new DockerError(
      `could not read what ${image} provides (exit ${result.code}): ${tail(result.stderr, 4)}`,
      {
        hint: `The runtime image must have python${RUNTIMES[runtime].python}; check the runtime image name.`
      }
    )
  }
  const { libstdcxx, ...info } = JSON.parse(line) as Omit<RuntimeInfo, 'libstdcxx' | 'image'> & {
    libstdcxx: RuntimeInfo['libstdcxx'] | null
  }
  const seen = new Set<string>()
  const packages = info.packages
    .map(p => ({ ...p, name: normalizeName(p.name) }))
    .filter(p => p.name && !seen.has(p.name) && seen.add(p.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  return { image, ...info, packages, ...(libstdcxx ? { libstdcxx } : {}) }
}
