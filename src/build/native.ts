// The native builder: installs a layer from wheels on the host with `uv pip install --target`
// (or pip), for the runtime's Python version and the platform tags its glibc and architecture allow.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Installer } from '../config/schema.js'
import { BuildError, NetworkError, NoWheelError, layerLabel } from '../errors.js'
import { pipPlatforms, RUNTIMES, uvPlatform } from '../lambda/runtimes.js'
import type { Logger } from '../system/log.js'
import { guardPath } from '../system/paths.js'
import { tail, type Runner } from '../system/process.js'
import type { Tools } from '../system/tools.js'
import type { Builder, BuildRequest } from './builder.js'
import { indexSettings } from './index-settings.js'
import { createWheelDecider, type WheelDecider } from './wheels/decide.js'

export interface NativeContext {
  run: Runner
  tools: Tools
  log: Logger
  uvEnv: Record<string, string>
  /** pip's download cache. */
  pipCacheDir: string
  /** Whether every pin has a compatible wheel (when uv failed, or before pip runs); default: asks the index in force. */
  wheels?: WheelDecider
}

export function nativeBuilder(ctx: NativeContext, installer: Installer): Builder {
  const wheels = ctx.wheels ?? createWheelDecider()
  return async request => {
    await mkdir(guardPath(request.siteDir, 'install folder'), { recursive: true })
    const inputs = await installerInputs(request)
    if (inputs.length === 0) return { builder: 'native', installer }
    const install = async (use: Installer) => {
      const { command, args, env } =
        use === 'uv'
          ? await uvCommand(ctx, request, inputs)
          : await pipCommand(ctx, request, inputs, installer === 'uv')
      ctx.log.debug([...command, ...args].join(' '))
      const result = await ctx.run(command[0], [...command.slice(1), ...args], {
        env,
        onStderrLine: line => ctx.log.debug(line)
      })
      if (result.code !== 0) return result.stderr + result.stdout
      // uv keeps a lock file for the target folder; it is not part of the layer.
      await rm(path.join(request.siteDir, '.lock'), { force: true })
      return undefined
    }
    if (installer === 'uv') {
      // uv alone first: a layer whose wheels uv finds needs no other question to the index. When
      // it fails, every pin is looked up (wheels.decide), so all blockers are named at once, an
      // unreachable index is told from a missing wheel, and wheels only pip can select go to pip.
      const failed = await install('uv')
      if (failed === undefined) return { builder: 'native', installer }
      const decision = await wheels.decide(request, installer)
      if (!decision?.beyondUv.length) throw installError(request, 'uv', failed)
      // uv's newest manylinux target below glibc 2.28 is 2_17: wheels tagged 2_24..2_26 (which
      // Amazon Linux 2 loads) need pip, which takes the runtime's exact tag list.
      const { target } = request
      const names = decision.beyondUv.map(p => `${p.name} ${p.version}`).join(', ')
      ctx.log.info(
        `layer ${target.layer.name} (${target.runtime} ${target.architecture}): the only wheels of ${names} that glibc 2.${RUNTIMES[target.runtime].glibc} loads are tagged manylinux_2_24..2_${RUNTIMES[target.runtime].glibc}, which uv cannot select: installing this layer with pip (the runtime's exact tags)`
      )
      await rm(request.siteDir, { recursive: true, force: true })
      await mkdir(request.siteDir, { recursive: true })
    } else {
      // Every pin is decided before pip runs: pip names one missing wheel at a time.
      await wheels.decide(request, installer)
    }
    const failed = await install('pip')
    if (failed !== undefined) throw installError(request, 'pip', failed)
    return { builder: 'native', installer: 'pip' }
  }
}

/** Installer arguments naming what to install: the pinned lines, requirement files, the project wheel. */
async function installerInputs({
  requirements,
  projectWheel,
  workDir
}: BuildRequest): Promise<string[]> {
  const inputs: string[] = []
  if (requirements.lines.length) {
    const file = path.join(workDir, 'requirements.txt')
    await mkdir(workDir, { recursive: true })
    await writeFile(file, requirements.lines.join('\n') + '\n')
    inputs.push('-r', file)
  }
  for (const file of requirements.files) inputs.push('-r', file)
  if (projectWheel) inputs.push(projectWheel)
  return inputs
}

async function uvCommand(
  ctx: NativeContext,
  { target, requirements, siteDir }: BuildRequest,
  inputs: string[]
) {
  return {
    command: await ctx.tools.uv(),
    args: [
      'pip',
      'install',
      '--target',
      siteDir,
      '--python-version',
      RUNTIMES[target.runtime].python,
      '--python-platform',
      uvPlatform(target.runtime, target.architecture),
      '--only-binary',
      ':all:',
      // Hard links into uv's cache where it shares the file system (else uv copies): no bytes
      // copied. Later steps never write into an installed file: they remove it or replace it by a
      // rename (strip works on its own copy, see shape/strip.ts; bytecode is new files).
      '--link-mode',
      'hardlink',
      // No INSTALLER/REQUESTED/direct_url.json: they name host paths and break reproducibility.
      '--no-installer-metadata',
      ...(requirements.complete ? ['--no-deps'] : []),
      ...inputs
    ],
    env: ctx.uvEnv
  }
}

async function pipCommand(
  ctx: NativeContext,
  { target, requirements, siteDir }: BuildRequest,
  inputs: string[],
  /** Standing in for uv: read the index uv would (UV_* settings as PIP_*). */
  forUv = false
) {
  return {
    command: [...(await ctx.tools.python()), '-m', 'pip'],
    args: [
      'install',
      '--target',
      siteDir,
      '--python-version',
      RUNTIMES[target.runtime].python,
      '--implementation',
      'cp',
      ...pipPlatforms(target.runtime, target.architecture).flatMap(tag => ['--platform', tag]),
      '--only-binary=:all:',
      // pip checks Requires-Python against the host's interpreter even with --python-version;
      // the wheel tags already hold every package to the runtime's Python.
      '--ignore-requires-python',
      '--no-compile',
      '--disable-pip-version-check',
      '--cache-dir',
      ctx.pipCacheDir,
      ...(requirements.complete ? ['--no-deps'] : []),
      ...inputs
    ],
    env: forUv ? indexSettings(process.env) : {}
  }
}

/** Packages the installer found no compatible wheel for, from uv's or pip's error output. */
function packagesWithoutWheel(output: string): { name: string; version?: string }[] {
  const found = new Map<string, { name: string; version?: string }>()
  const patterns = [
    // uv writes a pin with its marker: numpy{python_full_version < '3.12'}==2.4.6
    /([A-Za-z0-9][A-Za-z0-9._-]*)(?:\{[^}]*\})?==([^\s,]+) has no (?:usable |compatible )?wheels/g,
    /Because (?:there is no version of |only )?([A-Za-z0-9][A-Za-z0-9._-]*)(?:==([^\s,]+))? (?:has no|is not available)[^\n]*wheels/g,
    /Could not find a version that satisfies the requirement ([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?:==([^\s;,]+))?/g
  ]
  for (const pattern of patterns) {
    for (const match of output.matchAll(pattern)) {
      const name = match[1] as string
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), { name, version: match[2] })
    }
  }
  return [...found.values()]
}

/** Installer output that says the index could not be reached (pip retries, uv request errors). */
const NETWORK =
  /Failed to establish a new connection|Temporary failure in name resolution|Name or service not known|Could not fetch URL|ProxyError|SSLError|Max retries exceeded|Retrying \(Retry\(|Failed to fetch:|error sending request|dns error|tcp connect error|Request failed after \d+ retries|Connection refused/i

function installError(request: BuildRequest, installer: Installer, output: string): BuildError {
  const { target } = request
  const where = layerLabel(target)
  if (NETWORK.test(output)) {
    return new NetworkError(
      `${where}: ${installer} could not reach the package index:\n${tail(output)}`,
      {
        hint: 'Check the network, proxy and credentials of the index (PIP_INDEX_URL, UV_INDEX_URL, UV_DEFAULT_INDEX, pip.conf). This is not a missing wheel: Docker would not help.'
      }
    )
  }
  const missing = packagesWithoutWheel(output)
  if (missing.length)
    return new NoWheelError(missing, target.runtime, target.architecture, target.layer.name)
  return new BuildError(`${where}: ${installer} install failed:\n${tail(output)}`, {
    hint: 'Check the requirement named above and that the package index is reachable.'
  })
}
