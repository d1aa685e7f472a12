// Publishing options checked against the build plan before any tool runs: every option's value,
// the layer names the template gives each planned zip, and the layers functions ask for.
import { ConfigError, layerLabel } from '../errors.js'
import type { LayerReport, Report } from '../report/report.js'
import { nameProblem } from '../lambda/names.js'
import { renderName } from './names.js'
import { resolveOptions, type PublishOptions } from './options.js'

export interface PlannedZip {
  layer: string
  runtime: string
  architecture: string
}

/** Throws the ConfigError a publish after the build would have thrown for these options. */
export function checkPublishPlan(
  options: PublishOptions,
  project: { name: string; version: string },
  zips: PlannedZip[]
): void {
  const resolved = resolveOptions(options)
  const report = { project } as Report
  const seen = new Map<string, PlannedZip>()
  for (const zip of zips) {
    const name = renderName(resolved.nameTemplate, report, zip as LayerReport)
    const problem = nameProblem(name)
    const flag = resolved.optionName('nameTemplate')
    if (problem)
      throw new ConfigError(`${flag}: ${layerLabel(zip)}: ${problem}`, {
        hint: `The template "${resolved.nameTemplate}" must give names of letters, digits, - and _, at most 64 long.`
      })
    const other = seen.get(name)
    if (other)
      throw new ConfigError(
        `${flag}: ${layerLabel(other)} and ${layerLabel(zip)} would both be published as "${name}"`,
        {
          hint: 'Include {layer}, {runtime} and {arch} in the template so every zip has its own layer name.'
        }
      )
    seen.set(name, zip)
  }
  const layers = [...new Set(zips.map(zip => zip.layer))]
  for (const fn of resolved.functions) {
    for (const wanted of fn.layers ?? []) {
      if (!layers.includes(wanted))
        throw new ConfigError(
          `${resolved.optionName('functions')}: function ${fn.name} asks for layer ${wanted}, which is not built (layers: ${layers.join(', ')})`,
          { hint: 'Name layers from [tool.lambda-layer.layers], or build that layer too.' }
        )
    }
  }
}
