// The Docker seam: runs the `docker` CLI through the Runner (argument arrays, never a shell) to
// check the engine, make sure an image is there, and run one-off containers with bind mounts.
import { DockerError, ToolError } from '../errors.js'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { runOnInterrupt } from './interrupt.js'
import type { Logger } from './log.js'
import { tail, type Runner, type RunResult } from './process.js'

export interface Mount {
  source: string
  target: string
  readOnly?: boolean
}

export interface ContainerRun {
  image: string
  /** The command and its arguments inside the container. */
  command: readonly string[]
  /** Overrides the image's entrypoint (the Lambda images start their runtime otherwise). */
  entrypoint?: string
  /** "uid:gid" to run as. */
  user?: string
  mounts?: readonly Mount[]
  /**
   * Environment for the container. Values travel in the docker client's environment and only
   * the names appear on its command line (`-e NAME`), so secrets never show in logs or `ps`.
   */
  env?: Record<string, string>
  workdir?: string
  network?: 'host' | 'none'
  /** e.g. linux/arm64 */
  platform?: string
  onStderrLine?: (line: string) => void
}

export interface Engine {
  version: string
  /** The engine's architecture as Docker names it: amd64, arm64. */
  arch: string
}

export interface Docker {
  /** The engine's version and architecture, or undefined (with the reason) when none answers. */
  engine(): Promise<{ engine?: Engine; reason?: string }>
  /** Fails with a DockerError naming the image when it is neither on the machine nor pullable. */
  ensureImage(image: string, use: string): Promise<void>
  run(container: ContainerRun): Promise<RunResult>
}

/** Exit code of a container the kernel or the engine killed (SIGKILL: out of memory, docker kill). */
export const KILLED_EXIT = 137

/** "uid:gid" of this process, so files written into bind mounts belong to the invoking user. */
export function invokingUser(): string {
  return `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`
}

/** Fails, naming what needed the engine and what to do, when no engine answers. */
export async function requireEngine(docker: Docker, needs: string, hint: string): Promise<void> {
  const { reason } = await docker.engine()
  if (reason) throw new DockerError(`${needs} needs a Docker engine, but ${reason}`, { hint })
}

export function createDocker(run: Runner, log: Logger, command = 'docker'): Docker {
  let engine: Promise<{ engine?: Engine; reason?: string }> | undefined
  const images = new Map<string, Promise<void>>()

  const docker = async (args: string[], options: Parameters<Runner>[2] = {}) => {
    try {
      return await run(command, args, options)
    } catch (error) {
      if (error instanceof ToolError) return { code: 127, stdout: '', stderr: error.message }
      throw error
    }
  }

  const probe = async () => {
    const result = await docker(['version', '--format', '{{.Server.Version}} {{.Server.Arch}}'])
    const [version = '', arch = ''] = result.stdout.trim().split(/\s+/)
    if (result.code === 0 && version) return { engine: { version, arch } }
    const host = process.env.DOCKER_HOST ? ` at DOCKER_HOST=${process.env.DOCKER_HOST}` : ''
    return {
      reason:
        result.code === 127
          ? `the docker command is not installed`
          : `no Docker engine answered${host}: ${tail(result.stderr, 2) || `exit ${result.code}`}`
    }
  }

  const pull = async (image: string, use: string) => {
    if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).code === 0) return
    log.info(`pulling ${image} (${use})`)
    const pulled = await docker(['pull', '--quiet', image])
    if (pulled.code !== 0) {
      throw new DockerError(
        `image ${image} (${use}) is not on this machine and could not be pulled: ${tail(pulled.stderr, 3)}`,
        {
          hint: 'Check the image name and that its registry is reachable (docker login for a private one), pull or build it beforehand, or name another image (build-image / runtime-image in [tool.lambda-layer], --build-image / --runtime-image).'
        }
      )
    }
  }

  return {
    engine: () => (engine ??= probe()),
    ensureImage(image, use) {
      let pending = images.get(image)
      if (!pending) {
        pending = pull(image, use)
        images.set(image, pending)
        pending.catch(() => images.delete(image))
      }
      return pending
    },
    async run(container) {
      // A named container, so an interrupt can remove it: stopping the docker client alone
      // would leave it running in the engine.
      const name = `lambda-layer-${process.pid}-${randomBytes(4).toString('hex')}`
      const args = ['run', '--rm', '--name', name]
      if (container.network) args.push('--network', container.network)
      if (container.user) args.push('--user', container.user)
      if (container.platform) args.push('--platform', container.platform)
      if (container.entrypoint) args.push('--entrypoint', container.entrypoint)
      if (container.workdir) args.push('--workdir', container.workdir)
      for (const mount of container.mounts ?? []) {
        const options = `type=bind,source=${mount.source},target=${mount.target}`
        args.push('--mount', mount.readOnly ? `${options},readonly` : options)
      }
      for (const name of Object.keys(container.env ?? {}).sort()) args.push('--env', name)
      args.push(container.image, ...container.command)
      log.debug(`${command} ${args.join(' ')}`)
      const forget = runOnInterrupt(() => {
        spawnSync(command, ['rm', '--force', name], { stdio: 'ignore', timeout: 15_000 })
      })
      try {
        return await docker(args, { env: container.env, onStderrLine: container.onStderrLine })
      } finally {
        forget()
      }
    }
  }
}
