// The auto builder (default): native first; a layer that needs a package with no compatible
// wheel is rebuilt in the build image, and the outcome names the packages that forced it.
import { mkdir, rm } from 'node:fs/promises'
import { DockerError, NoWheelError } from '../errors.js'
import type { Docker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Builder } from './builder.js'

export interface AutoContext {
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
      const where = `layer ${target.layer.name} (${target.runtime} ${target.architecture})`
      const { reason } = await engine.engine()
      if (reason) {
        throw new DockerError(
          `${where}: ${packages.join(', ')} ${packages.length > 1 ? 'have' : 'has'} no wheel for ${target.runtime} ${target.architecture} and must be built in Docker, but ${reason}`,
          {
            hint: 'Start Docker (or point DOCKER_HOST at an engine) so builder "auto" can compile it, or pin versions that publish manylinux wheels.'
          }
        )
      }
      log.warn(`${where}: no wheel of ${packages.join(', ')}: building this layer in Docker`)
      await rm(request.siteDir, { recursive: true, force: true })
      await mkdir(request.siteDir, { recursive: true })
      const outcome = await docker(request)
      return { ...outcome, fallback: { packages } }
    }
  }
}
