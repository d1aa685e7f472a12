// Picks the builder the configuration names: native (host), docker (build image), or auto (native,
// falling back to docker for a layer with a package that has no compatible wheel).
import type { Config } from '../config/schema.js'
import type { Docker } from '../system/docker.js'
import { autoBuilder } from './auto.js'
import type { Builder } from './builder.js'
import { dockerBuilder } from './docker.js'
import { nativeBuilder, type NativeContext } from './native.js'

interface BuilderContext extends NativeContext {
  docker: Docker
  /** The docker builder's wheelhouse and pip cache (the cache layout's `pipDocker`). */
  dockerCacheDir: string
}

export function createBuilder(config: Config, ctx: BuilderContext): Builder {
  const docker = () =>
    dockerBuilder({
      docker: ctx.docker,
      log: ctx.log,
      projectDir: config.projectDir,
      image: config.buildImage,
      cacheDir: ctx.dockerCacheDir
    })
  switch (config.builder) {
    case 'native':
      return nativeBuilder(ctx, config.installer)
    case 'docker':
      return docker()
    case 'auto':
      return autoBuilder({
        native: nativeBuilder(ctx, config.installer),
        docker: docker(),
        engine: ctx.docker,
        log: ctx.log
      })
  }
}
