// The auto builder (default): native first; a layer that needs a package with no compatible
// wheel is rebuilt in the build image, and the outcome names the packages that forced it.
import { mkdir, rm } from 'node:fs/promises'
import {
  BuildError,
  DockerError,
  LayerError,
  NoWheelError,
  ToolError,
  layerLabel
} from '../errors.js'
import type { Docker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Builder } from './builder.js'

interface AutoContext {
  native: Builder
  docker: Builder
  engine: Docker
  log: Logger
}

export function autoBuilder({ native, docker, engine, log }: AutoContext): Builder {
  return async request => {
    try {
      return await native(request)
    } catch (error) {
      if (!(error instanceof NoWheelError)) throw error
      const { target } = request
      const packages = error.packages.map(p => (p.version ? `${p.name}==${p.version}` : p.name))
      const where = layerLabel(target)
      const { reason } = await engine.engine()
      if (reason) {
        throw new DockerError(
          `${where}: ${packages.join(', ')} ${packages.length > 1 ? 'have' : 'has'} no wheel for ${target.runtime} ${target.architecture} and must be built in Docker, but ${reason}${error.reasons.length ? `\n  - ${error.reasons.join('\n  - ')}` : ''}`,
          {
            hint: 'Start Docker (or point DOCKER_HOST at an engine) so builder "auto" can compile it, or pin the versions named above, which publish manylinux wheels.'
          }
        )
      }
      log.warn(`${where}: no wheel of ${packages.join(', ')}: building this layer in Docker`)
      await rm(request.siteDir, { recursive: true, force: true })
      await mkdir(request.siteDir, { recursive: true })
      try {
        const outcome = await docker(request)
        return { ...outcome, fallback: { packages } }
      } catch (dockerError) {
        throw withReason(dockerError, error)
      }
    }
  }
}

/** A failed Docker fallback says why Docker was needed, and the way around it (other versions). */
function withReason(dockerError: unknown, noWheel: NoWheelError): unknown {
  const plain: unknown[] = [BuildError, DockerError, ToolError]
  if (!(dockerError instanceof LayerError) || !plain.includes(dockerError.constructor))
    return dockerError
  const why = noWheel.reasons.length
    ? noWheel.reasons
    : noWheel.packages.map(
        p => `${p.name}${p.version ? ` ${p.version}` : ''} has no compatible wheel`
      )
  const Kind = dockerError.constructor as new (
    message: string,
    details: { hint?: string; file?: string; line?: number }
  ) => LayerError
  return new Kind(
    `${dockerError.message}\n  Docker was needed because:\n  - ${why.join('\n  - ')}`,
    {
      hint: `${dockerError.hint ?? ''} Or avoid Docker: pin versions that publish wheels for this runtime and architecture (named above).`.trim(),
      file: dockerError.file,
      line: dockerError.line
    }
  )
}
