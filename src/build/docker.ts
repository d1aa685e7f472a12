// The docker builder: pip inside the AWS SAM build image for the runtime and architecture, which
// compiles source distributions. Runs as the invoking uid:gid, project read-only, pip's cache
// mounted from the host, the host's index settings passed as environment.
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { localPathOf } from '../project/local-paths.js'
import { BuildError, DockerError, layerLabel } from '../errors.js'
import { dockerPlatform, imageFor } from '../lambda/images.js'
import { RUNTIMES } from '../lambda/runtimes.js'
import {
  invokingUser,
  KILLED_EXIT,
  requireEngine,
  type Docker,
  type Mount
} from '../system/docker.js'
import type { Logger } from '../system/log.js'
import { limiter } from '../system/in-order.js'
import { tail } from '../system/process.js'
import type { Builder, BuildRequest } from './builder.js'
import { compileFailure } from './compile-error.js'
import { indexSettings } from './index-settings.js'

interface DockerBuildContext {
  docker: Docker
  log: Logger
  /** The project folder, mounted read-only (requirement files may name paths relative to it). */
  projectDir: string
  /** Build image name or template ({python}, {runtime}, {arch}). */
  image: string
  /** Host folder for pip's cache (downloads and wheels built from source): a second build downloads nothing. */
  cacheDir: string
  /** "uid:gid" the container runs as; default: this process's user and group. */
  user?: string
  /** Environment the index settings come from; default: this process's. */
  env?: Record<string, string | undefined>
}

const ROOT = '/lambda-layer'

export function dockerBuilder(ctx: DockerBuildContext): Builder {
  // pip writes a wheel into the wheelhouse in place: while one target fills a wheelhouse, another
  // installing from it could read half a file. Targets take turns per wheelhouse (per image).
  const turns = new Map<string, ReturnType<typeof limiter>>()
  const inTurn = <T>(wheelhouse: string, fn: () => Promise<T>) => {
    const turn = turns.get(wheelhouse) ?? limiter(1)
    turns.set(wheelhouse, turn)
    return turn(fn)
  }
  return async request => {
    const { target } = request
    const image = imageFor(ctx.image, target.runtime, target.architecture)
    const where = layerLabel(target)
    await requireEngine(
      ctx.docker,
      `builder "docker" for ${where}`,
      'Start Docker (or point DOCKER_HOST at an engine), or choose the native builder: builder = "native" in [tool.lambda-layer], --builder native, or the action input builder: native.'
    )
    await ctx.docker.ensureImage(image, `build image for ${target.runtime} ${target.architecture}`)

    const cache = ctx.cacheDir
    const support = path.join(request.workDir, 'support')
    await Promise.all([request.siteDir, cache, support].map(d => mkdir(d, { recursive: true })))
    await writeFile(
      path.join(support, '_manylinux.py'),
      manylinuxPolicy(RUNTIMES[target.runtime].glibc)
    )

    const mounts = new Mounts()
    mounts.add(ctx.projectDir, `${ROOT}/project`, true)
    mounts.add(request.workDir, `${ROOT}/work`, true)
    mounts.add(request.siteDir, `${ROOT}/site`, false)
    mounts.add(cache, `${ROOT}/cache`, false)
    const requirements = await requirementInputs(request, mounts)
    const projectWheel = request.projectWheel ? [mounts.pathOf(request.projectWheel)] : []
    if (requirements.length + projectWheel.length === 0)
      return { builder: 'docker', installer: 'pip' }

    const hostEnv = ctx.env ?? process.env
    // The host's CA bundle for pip (a proxy with its own CA): mounted, and pointed at.
    const cert = hostEnv.PIP_CERT && (await isFile(hostEnv.PIP_CERT)) ? hostEnv.PIP_CERT : undefined
    if (cert) mounts.list.push({ source: cert, target: `${ROOT}/ca.pem`, readOnly: true })
    const env: Record<string, string> = {
      ...indexSettings(hostEnv),
      ...(cert ? { PIP_CERT: `${ROOT}/ca.pem` } : {}),
      HOME: '/tmp',
      PYTHONPATH: `${ROOT}/work/support`,
      PYTHONDONTWRITEBYTECODE: '1',
      PIP_DISABLE_PIP_VERSION_CHECK: '1',
      PIP_NO_INPUT: '1',
      PIP_PROGRESS_BAR: 'off'
    }
    const pip = async (args: string[]) => {
      const result = await ctx.docker.run({
        image,
        platform: dockerPlatform(target.architecture),
        user: ctx.user ?? invokingUser(),
        network: 'host',
        workdir: `${ROOT}/project`,
        mounts: mounts.list,
        env,
        command: [`python${RUNTIMES[target.runtime].python}`, '-m', 'pip', ...args],
        onStderrLine: line => ctx.log.debug(line)
      })
      for (const line of result.stdout.split('\n')) if (line.trim()) ctx.log.debug(line)
      return result
    }
    // Every wheel downloaded or built lands in a wheelhouse kept per image; installs read only it,
    // so a second build of pinned requirements needs no network at all.
    const wheelhouse = `${ROOT}/cache/wheelhouse/${image.replace(/[^A-Za-z0-9._-]+/g, '_')}`
    const noDeps = request.requirements.complete ? ['--no-deps'] : []
    const install = [
      'install',
      '--target',
      `${ROOT}/site`,
      '--no-index',
      '--find-links',
      wheelhouse,
      '--no-compile',
      ...noDeps,
      ...requirements,
      ...projectWheel
    ]
    return inTurn(wheelhouse, async () => {
      if (request.requirements.complete && (await pip(install)).code === 0) {
        ctx.log.debug(`${where}: installed from the wheelhouse, nothing downloaded`)
        return { builder: 'docker', installer: 'pip' }
      }
      const steps = [
        ...(requirements.length
          ? [
              [
                'wheel',
                '--wheel-dir',
                wheelhouse,
                '--cache-dir',
                `${ROOT}/cache/pip`,
                '--use-pep517',
                ...noDeps,
                ...requirements
              ]
            ]
          : []),
        install
      ]
      for (const step of steps) {
        const result = await pip(step)
        if (result.code !== 0)
          throw dockerBuildError(
            where,
            image,
            result.code,
            result.stdout + result.stderr,
            dockerPlatform(target.architecture)
          )
      }
      return { builder: 'docker' as const, installer: 'pip' as const }
    })
  }
}

const isFile = (file: string) =>
  stat(file).then(
    info => info.isFile(),
    () => false
  )

/**
 * pip asks a `_manylinux` module which manylinux tags the interpreter may install (PEP 600): this
 * one allows only what the Lambda runtime's glibc loads, whatever the build image's glibc is.
 */
function manylinuxPolicy(glibcMinor: number): string {
  return [
    '# Written by lambda-layer: wheels only up to the Lambda runtime glibc (PEP 600).',
    'def manylinux_compatible(major, minor, arch):',
    `    return (major, minor) <= (2, ${glibcMinor})`,
    ''
  ].join('\n')
}

/** Bind mounts by host folder; files elsewhere get their folder mounted read-only. */
class Mounts {
  readonly list: Mount[] = []

  add(source: string, target: string, readOnly: boolean) {
    this.list.push({ source: path.resolve(source), target, readOnly })
  }

  /** The container path of a host file, mounting its folder when no mount holds it. */
  pathOf(file: string): string {
    const absolute = path.resolve(file)
    for (const mount of this.list) {
      const rel = path.relative(mount.source, absolute)
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel))
        return path.posix.join(mount.target, ...rel.split(path.sep))
    }
    const target = `${ROOT}/inputs/${this.list.length}`
    this.add(path.dirname(absolute), target, true)
    return `${target}/${path.basename(absolute)}`
  }
}

/** A requirement line naming a local file (a wheel the project depends on) with its container path. */
function withContainerPath(line: string, mounts: Mounts): string {
  const local = localPathOf(line, '/')
  // A relative path is read from the project's mount (the working folder) as it is.
  if (!local || !(path.isAbsolute(local.written) || local.written.startsWith('file:'))) return line
  const inside = mounts.pathOf(local.absolute)
  return line.replace(
    local.written,
    local.written.startsWith('file:') ? `file://${inside}` : inside
  )
}

/** pip arguments naming the requirements to install, as container paths. */
async function requirementInputs(request: BuildRequest, mounts: Mounts): Promise<string[]> {
  const inputs: string[] = []
  if (request.requirements.lines.length) {
    const file = path.join(request.workDir, 'requirements.txt')
    const lines = request.requirements.lines.map(line => withContainerPath(line, mounts))
    await writeFile(file, lines.join('\n') + '\n')
    inputs.push('-r', mounts.pathOf(file))
  }
  for (const file of request.requirements.files) inputs.push('-r', mounts.pathOf(file))
  return inputs
}

function dockerBuildError(
  where: string,
  image: string,
  code: number,
  output: string,
  platform: string
) {
  // The image is here, but not for this platform: docker run then tries to pull that variant.
  if (code === 125 && /Unable to find image/i.test(output)) {
    return new DockerError(
      `${where}: ${image} is on this machine only for another architecture, not ${platform}, and the ${platform} variant could not be pulled`,
      {
        hint: `Pull or build the ${platform} variant of the build image (docker pull --platform ${platform} ...), or build this layer with the native builder (wheels only, any architecture).`
      }
    )
  }
  if (code === KILLED_EXIT) {
    return new DockerError(`${where}: the build container (${image}) was killed (exit 137)`, {
      hint: 'It most likely ran out of memory: give Docker more memory, or build fewer layers at once.'
    })
  }
  const failure = compileFailure(output)
  if (failure) {
    return new BuildError(
      `${where}: could not build ${failure.packages.join(', ')} from source in ${image}${failure.causes.length ? ` (${failure.causes.join('; ')})` : ''}:\n${failure.lines.join('\n')}`,
      {
        hint: `The build image lacks what ${failure.packages.join(', ')} ${failure.packages.length > 1 ? 'need' : 'needs'} to compile (headers, libraries, a compiler), or the package does not support this Python: pin a version with a wheel for ${where.replace(/^layer \S+ \((.*)\)$/, '$1')}, use the package's binary variant (e.g. psycopg2-binary), or use a build image that has the missing files.`
      }
    )
  }
  if (/exec format error|does not match the specified platform/i.test(output)) {
    return new DockerError(`${where}: ${image} cannot run on this engine's architecture`, {
      hint: 'Building for another architecture in Docker needs QEMU emulation (e.g. docker/setup-qemu-action), or use the native builder.'
    })
  }
  return new BuildError(
    `${where}: pip install in ${image} failed (exit ${code}):\n${tail(output)}`,
    {
      hint: 'Check the requirement named above and that the package index is reachable from the container.'
    }
  )
}
