// Reads the action's inputs into pipeline overrides; values are validated by the config loader,
// which names the input in every error.
import * as core from '@actions/core'
import type { Overrides } from '../config/schema.js'
import { Inputs } from './constants.js'

export interface ActionInputs {
  projectDir: string
  overrides: Overrides
}

const list = (name: string): string[] | undefined => {
  const items = core
    .getInput(name)
    .split(/[\s,]+/)
    .map(item => item.trim())
    .filter(Boolean)
  return items.length ? items : undefined
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined

export function loadInputs(): ActionInputs {
  return {
    projectDir: core.getInput(Inputs.ProjectDirectory) || '.',
    overrides: {
      runtime: list(Inputs.Runtime),
      architectures: list(Inputs.Architectures),
      layers: list(Inputs.Layers),
      layout: optional(Inputs.Layout),
      outputDir: optional(Inputs.OutputDir),
      installer: optional(Inputs.Installer),
      builder: optional(Inputs.Builder),
      runtimePackages: optional(Inputs.RuntimePackages),
      slim: list(Inputs.Slim),
      compressionLevel: optional(Inputs.CompressionLevel),
      sizeWarnPercent: optional(Inputs.SizeWarnPercent)
    }
  }
}

/** How each override is named in errors: the input's name. */
export const INPUT_NAMES: Record<keyof Overrides, string> = {
  runtime: `input ${Inputs.Runtime}`,
  architectures: `input ${Inputs.Architectures}`,
  layers: `input ${Inputs.Layers}`,
  layout: `input ${Inputs.Layout}`,
  outputDir: `input ${Inputs.OutputDir}`,
  installer: `input ${Inputs.Installer}`,
  builder: `input ${Inputs.Builder}`,
  cacheDir: 'cache directory',
  runtimePackages: `input ${Inputs.RuntimePackages}`,
  slim: `input ${Inputs.Slim}`,
  compressionLevel: `input ${Inputs.CompressionLevel}`,
  sizeWarnPercent: `input ${Inputs.SizeWarnPercent}`
}
