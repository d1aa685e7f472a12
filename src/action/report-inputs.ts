// Inputs of the Report step in the action: the mode (build, or aggregate the reports of a matrix),
// the PR comment and its token, and the growth thresholds against the base branch.
import * as core from '@actions/core'
import { ConfigError } from '../errors.js'
import { parseThreshold, type GrowthThresholds } from '../report/growth.js'
import { option, type OptionName } from '../config/options.js'

export interface ReportInputs {
  mode: 'build' | 'aggregate' | 'verify-only'
  /** auto: comment on pull_request events. */
  comment: 'auto' | 'true' | 'false'
  githubToken: string
  growth: GrowthThresholds
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase()
  if (!value) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ConfigError(
    `input ${name} "${core.getInput(name)}" is not valid: expected ${allowed.join(', ')}`
  )
}

/** An input's name, from the option registry. */
const input = (name: OptionName) => option(name).input as string

export function loadReportInputs(): ReportInputs {
  const token = core.getInput(input('githubToken'))
  if (token) core.setSecret(token)
  return {
    mode: choice(input('mode'), ['build', 'aggregate', 'verify-only'] as const, 'build'),
    comment: choice(input('comment'), ['auto', 'true', 'false'] as const, 'auto'),
    githubToken: token,
    growth: {
      warn: parseThreshold(
        core.getInput(input('sizeGrowthWarn')),
        `input ${input('sizeGrowthWarn')}`
      ),
      fail: parseThreshold(
        core.getInput(input('sizeGrowthFail')),
        `input ${input('sizeGrowthFail')}`
      )
    }
  }
}
