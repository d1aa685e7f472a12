// Reads the action's inputs into pipeline overrides; values are validated by the config loader,
// which names the input in every error.
import * as core from '@actions/core'
import type { ImageOverrides, Overrides } from '../config/schema.js'
import { ConfigError } from '../errors.js'
import type { PublishOptions } from '../publish/options.js'
import type { PublishSettings } from '../publish/settings.js'
import { Inputs } from './constants.js'

export interface ActionInputs {
  projectDir: string
  overrides: Overrides & ImageOverrides
  /** Present when the publish input is true. */
  publish?: PublishSettings
  cache: boolean
  uploadArtifacts: boolean
  /** Artifact retention in days (1-90); undefined: the repository's default. */
  retentionDays?: number
  summary: boolean
  /** build (default) or verify-only: check layerZips instead of building. */
  mode: 'build' | 'verify-only'
  /** verify-only: layer zips (relative to project-directory) and layer version ARNs. */
  layerZips: string[]
}

function mode(): ActionInputs['mode'] {
  const value = core.getInput(Inputs.Mode).trim() || 'build'
  if (value === 'build' || value === 'verify-only') return value
  throw new ConfigError(
    `input ${Inputs.Mode} "${value}" is not valid: expected build or verify-only`
  )
}

/** true/false inputs, strictly: anything else names the input and the allowed values. */
function flag(name: string, fallback = false): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'false') return false
  if (value === 'true') return true
  throw new ConfigError(
    `input ${name} "${core.getInput(name)}" is not valid: expected true or false`
  )
}

/** Lines of a multi-line input (function entries may hold commas). */
const lines = (name: string) =>
  core
    .getMultilineInput(name)
    .map(line => line.trim())
    .filter(Boolean)

const list = (name: string): string[] | undefined => {
  const items = core
    .getInput(name)
    .split(/[\s,]+/)
    .map(item => item.trim())
    .filter(Boolean)
  return items.length ? items : undefined
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined

function retention(): number | undefined {
  const text = core.getInput(Inputs.RetentionDays).trim()
  if (!text) return undefined
  const days = Number(text)
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new ConfigError(
      `input ${Inputs.RetentionDays} "${text}" is not valid: expected a whole number of days from 1 to 90`
    )
  }
  return days
}

export function loadInputs(): ActionInputs {
  return {
    cache: flag(Inputs.Cache, true),
    uploadArtifacts: flag(Inputs.UploadArtifacts, true),
    retentionDays: retention(),
    summary: flag(Inputs.Summary, true),
    mode: mode(),
    layerZips: list(Inputs.LayerZips) ?? [],
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
      sizeWarnPercent: optional(Inputs.SizeWarnPercent),
      buildImage: optional(Inputs.BuildImage),
      runtimeImage: optional(Inputs.RuntimeImage),
      verify: list(Inputs.Verify),
      sdkShadowing: optional(Inputs.SdkShadowing),
      testCommand: optional(Inputs.TestCommand)
    },
    publish: flag(Inputs.Publish)
      ? {
          regions: list(Inputs.Regions),
          bucket: optional(Inputs.Bucket),
          prefix: optional(Inputs.S3Prefix),
          license: optional(Inputs.License),
          grantAccounts: list(Inputs.GrantAccounts),
          grantOrganization: optional(Inputs.GrantOrganization),
          grantPublic: flag(Inputs.GrantPublic),
          functions: lines(Inputs.UpdateFunctions),
          nameTemplate: optional(Inputs.LayerNameTemplate)
        }
      : undefined
  }
}

/** How each image and Verify override is named in errors: the input's name. */
export const IMAGE_INPUT_NAMES: Record<keyof ImageOverrides, string> = {
  buildImage: `input ${Inputs.BuildImage}`,
  runtimeImage: `input ${Inputs.RuntimeImage}`,
  sdkShadowing: `input ${Inputs.SdkShadowing}`,
  verify: `input ${Inputs.Verify}`,
  testCommand: `input ${Inputs.TestCommand}`
}

/** How each publishing option is named in errors: the input's name. */
export const PUBLISH_INPUT_NAMES: Record<keyof PublishOptions, string> = {
  regions: `input ${Inputs.Regions}`,
  bucket: `input ${Inputs.Bucket}`,
  prefix: `input ${Inputs.S3Prefix}`,
  license: `input ${Inputs.License}`,
  permissions: `inputs ${Inputs.GrantAccounts}/${Inputs.GrantOrganization}/${Inputs.GrantPublic}`,
  functions: `input ${Inputs.UpdateFunctions}`,
  nameTemplate: `input ${Inputs.LayerNameTemplate}`,
  gitRef: 'GITHUB_REF',
  gitSha: 'GITHUB_SHA',
  partBytes: 'part size',
  optionName: 'option names'
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
