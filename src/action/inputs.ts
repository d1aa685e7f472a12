// Reads the action's inputs, as the option registry declares them, into pipeline overrides,
// publishing settings and the action's own switches. Values are validated by the config loader
// and the publish step, which name the input in every error; true/false inputs are checked here.
import * as core from '@actions/core'
import {
  OPTIONS,
  option,
  type OptionSpec,
  type Overrides,
  type PublishSettings
} from '../config/options.js'
import { parseOption } from '../config/values.js'
import { ConfigError } from '../errors.js'

export interface ActionInputs {
  projectDir: string
  overrides: Overrides
  /** Present when the publish input is true. */
  publish?: PublishSettings
  cache: boolean
  uploadArtifacts: boolean
  /** Artifact retention in days; undefined: the repository's default. */
  retentionDays?: number
  summary: boolean
  /** build (default) or verify-only: check layerZips instead of building. */
  mode: 'build' | 'verify-only'
  /** verify-only: layer zips (relative to project-directory) and layer version ARNs. */
  layerZips: string[]
}

/** true/false inputs, strictly: anything else names the input and the allowed values. */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'false') return false
  if (value === 'true') return true
  throw new ConfigError(
    `input ${name} "${core.getInput(name)}" is not valid: expected true or false`
  )
}

/** One input as its registry type reads it; undefined when it is empty. */
function read(spec: OptionSpec & { input: string }): string | string[] | boolean | undefined {
  switch (spec.type) {
    case 'boolean':
      return flag(spec.input, spec.default === 'true')
    case 'lines': {
      const lines = core
        .getMultilineInput(spec.input)
        .map(line => line.trim())
        .filter(Boolean)
      return lines.length ? lines : undefined
    }
    case 'list': {
      const items = core
        .getInput(spec.input)
        .split(/[\s,]+/)
        .map(item => item.trim())
        .filter(Boolean)
      return items.length ? items : undefined
    }
    default:
      return core.getInput(spec.input).trim() || undefined
  }
}

function retention(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const spec = option('retentionDays')
  return parseOption(spec, text, { label: `input ${spec.input}` }) as number
}

export function loadInputs(): ActionInputs {
  const overrides: Record<string, unknown> = {}
  const publish: Record<string, unknown> = {}
  const own: Record<string, unknown> = {}
  for (const spec of OPTIONS as readonly OptionSpec[]) {
    if (!spec.input) continue
    const value = read({ ...spec, input: spec.input })
    if (spec.group === 'build') overrides[spec.name] = value
    else if (spec.group === 'publish') publish[spec.name] = value
    else own[spec.name] = value
  }
  return {
    cache: own.cache as boolean,
    uploadArtifacts: own.uploadArtifacts as boolean,
    retentionDays: retention(own.retentionDays as string | undefined),
    summary: own.summary as boolean,
    mode: own.mode === 'verify-only' ? 'verify-only' : 'build',
    layerZips: (own.layerZips as string[] | undefined) ?? [],
    projectDir: (own.projectDir as string | undefined) ?? '.',
    overrides,
    publish: own.publish ? publish : undefined
  }
}
