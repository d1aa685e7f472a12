// Inputs of the Report step in the action: the mode (build, or aggregate the reports of a matrix),
// the PR comment and its token, and the growth thresholds against the base branch.
import * as core from '@actions/core'
import { ConfigError } from '../errors.js'
import { parseThreshold, type GrowthThresholds } from '../report/growth.js'
import { Inputs } from './constants.js'

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

export function loadReportInputs(): ReportInputs {
  const token = core.getInput(Inputs.GithubToken)
  if (token) core.setSecret(token)
  return {
    mode: choice(Inputs.Mode, ['build', 'aggregate', 'verify-only'] as const, 'build'),
    comment: choice(Inputs.Comment, ['auto', 'true', 'false'] as const, 'auto'),
    githubToken: token,
    growth: {
      warn: parseThreshold(core.getInput(Inputs.SizeGrowthWarn), `input ${Inputs.SizeGrowthWarn}`),
      fail: parseThreshold(core.getInput(Inputs.SizeGrowthFail), `input ${Inputs.SizeGrowthFail}`)
    }
  }
}
