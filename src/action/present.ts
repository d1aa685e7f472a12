// The Report step in the action, after the build (or the aggregate): compares with the base
// branch's report on pull requests, writes the job summary, creates or updates the PR comment,
// stores the report as the base on pushes to the default branch, and applies the growth thresholds.
import * as core from '@actions/core'
import { commentMarker, renderComment } from '../report/comment.js'
import { compareReports, readBaseReport, type BaseState } from '../report/compare.js'
import { GrowthError, growthBreaches } from '../report/growth.js'
import type { Report } from '../report/report.js'
import { renderSummary } from '../report/summary.js'
import { restoreBaseReport, saveBaseReport } from './base-report.js'
import type { CacheService } from './cache.js'
import { runUrl, workflowEvent, type WorkflowEvent } from './github-event.js'
import {
  githubCommentApi,
  upsertComment,
  type CommentApi,
  type CommentResult
} from './pr-comment.js'
import type { ReportInputs } from './report-inputs.js'

export interface PresentDeps {
  cache: CacheService
  /** The comment API for a repository; default @actions/github with the github-token input. */
  commentApi?: (owner: string, repo: string) => CommentApi
  event?: WorkflowEvent
  env?: NodeJS.ProcessEnv
}

interface PresentOptions {
  inputs: ReportInputs
  summary: boolean
  /** Identifies the project and configuration: comment marker and base-report key. */
  configKey: string
  /** What failed after the build (an artifact upload), for the summary. */
  problems?: string[]
  /** The build failed (its error follows): not saved as a base, no growth error on top. */
  failed?: boolean
}

interface Presented {
  base?: BaseState
  comment?: CommentResult
  savedBaseKey?: string
}

export async function presentReport(
  report: Report,
  options: PresentOptions,
  deps: PresentDeps
): Promise<Presented> {
  const env = deps.env ?? process.env
  const event = deps.event ?? workflowEvent(env)
  const { inputs, configKey } = options
  const result: Presented = {}
  const attention = { errors: [] as string[], warnings: [] as string[] }
  let comment: string | undefined
  let failures: string[] = []

  if (event.kind === 'pull-request') {
    const restored = await restoreBaseReport(deps.cache, event.baseRef, configKey)
    result.base = readBaseReport(restored?.data)
    core.info(
      restored
        ? `base report of ${event.baseRef}: ${restored.key} (${result.base.kind})`
        : `no base report of ${event.baseRef} in the cache`
    )
    const comparison = compareReports(report, result.base)
    const breaches = growthBreaches(comparison, inputs.growth)
    for (const b of breaches) {
      ;(b.level === 'fail' ? attention.errors : attention.warnings).push(b.message)
      if (b.level === 'warn') core.warning(b.message, { title: 'Layer grew' })
    }
    failures = breaches.filter(b => b.level === 'fail').map(b => b.message)
    comment = renderComment(report, {
      key: configKey,
      baseRef: event.baseRef,
      comparison,
      attention,
      runUrl: runUrl(env)
    })
  }

  if (options.summary)
    await core.summary
      .addRaw(renderSummary(report, { attention, problems: options.problems }))
      .write()

  const wanted =
    inputs.comment === 'true' || (inputs.comment === 'auto' && event.kind === 'pull-request')
  if (wanted && event.kind !== 'pull-request') {
    core.info(
      `comment: skipped, the ${'name' in event ? event.name : event.kind} event has no pull request`
    )
  } else if (wanted && event.kind === 'pull-request' && comment) {
    result.comment = await postComment(event, comment, configKey, inputs, deps)
  }

  if (
    !options.failed &&
    event.kind === 'push' &&
    event.branch &&
    event.branch === event.defaultBranch
  ) {
    result.savedBaseKey = await saveBaseReport(
      deps.cache,
      report,
      event.branch,
      configKey,
      `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`
    )
    core.info(`saved the report as the base of ${event.branch} (${result.savedBaseKey})`)
  }
  if (failures.length && !options.failed) throw new GrowthError(failures)
  return result
}

async function postComment(
  event: Extract<WorkflowEvent, { kind: 'pull-request' }>,
  body: string,
  configKey: string,
  inputs: ReportInputs,
  deps: PresentDeps
): Promise<CommentResult> {
  const title = 'Pull request comment skipped'
  if (event.fromFork) {
    const reason =
      'the pull request comes from a fork, whose workflow token cannot write comments; the job summary has the report'
    core.notice(`comment: ${reason}`, { title })
    return { action: 'skipped', level: 'notice', reason }
  }
  if (!inputs.githubToken) {
    const reason = 'no github-token (the default is the workflow token, github.token)'
    core.notice(`comment: ${reason}`, { title })
    return { action: 'skipped', level: 'notice', reason }
  }
  const api = deps.commentApi
    ? deps.commentApi(event.owner, event.repo)
    : githubCommentApi(inputs.githubToken, { owner: event.owner, repo: event.repo })
  const result = await upsertComment(api, event.number, commentMarker(configKey), body)
  if (result.action === 'skipped') {
    if (result.level === 'notice') core.notice(`comment: ${result.reason}`, { title })
    else core.warning(`comment: ${result.reason}`, { title })
  } else core.info(`comment ${result.action}: ${result.url}`)
  return result
}

/** The project and configuration as given (folder, layers, runtimes, architectures): stable across pushes. */
export function configKey(projectDir: string, selection: (string[] | undefined)[]): string {
  return [projectDir.replace(/\/+$/, '') || '.', ...selection.map(s => (s ?? []).join(','))]
    .filter(Boolean)
    .join(' ')
}
