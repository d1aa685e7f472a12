// Expands the configuration into one LayerTarget per (layer x runtime x architecture), checking
// each layer against the project (its extras, whether it can build its own wheel).
import { ConfigError } from '../errors.js'
import type { Config, LayerSpec } from '../config/schema.js'
import { didYouMean } from '../config/suggest.js'
import { normalizeName, type Project } from '../project/project.js'
import { lineOf } from '../files/pyproject.js'
import { sitePackagesPath, type Architecture, type Runtime } from '../lambda/runtimes.js'

/** The file name of a target's zip. */
export function zipFileName(target: { id: string }): string {
  return `${target.id}.zip`
}

export interface LayerTarget {
  layer: LayerSpec
  runtime: Runtime
  architecture: Architecture
  /** `{project}-{version}-{layer}-{runtime}-{arch}`: the zip's name without `.zip`. */
  id: string
  /** Folder inside the zip that holds the packages (`python` or `python/lib/python3.X/site-packages`). */
  sitePackages: string
}

export function planLayers(config: Config, project: Project, pyprojectText = ''): LayerTarget[] {
  for (const layer of config.layers) checkLayer(layer, project, config.pyprojectPath, pyprojectText)
  const targets: LayerTarget[] = []
  for (const layer of config.layers) {
    for (const runtime of config.runtimes) {
      for (const architecture of config.architectures) {
        targets.push({
          layer,
          runtime,
          architecture,
          id: [project.name, project.version, layer.name, runtime, architecture].join('-'),
          sitePackages: sitePackagesPath(runtime, config.layout)
        })
      }
    }
  }
  return targets
}

function checkLayer(layer: LayerSpec, project: Project, file: string, text: string) {
  const header = `tool.lambda-layer.layers.${layer.name}`
  for (const extra of layer.extras) {
    if (!project.extras.includes(normalizeName(extra))) {
      const available = project.extras.length ? project.extras.join(', ') : 'none'
      throw new ConfigError(
        `layer ${layer.name}: unknown extra "${extra}"${didYouMean(extra, project.extras)}; the project declares: ${available}`,
        {
          file,
          line: lineOf(text, header, 'extras'),
          hint: 'Extras come from [project.optional-dependencies] (or [tool.poetry.extras]).'
        }
      )
    }
  }
  if (layer.includeProject && !project.buildable) {
    throw new ConfigError(
      `layer ${layer.name} includes the project, but pyproject.toml has no [build-system]`,
      {
        file,
        line: lineOf(text, header, 'include-project'),
        hint: 'Add a [build-system] table so the project can be built into a wheel, or set include-project = false.'
      }
    )
  }
}
