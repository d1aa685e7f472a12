// What the action needs to know about the workflow event, read from the runner's environment
// (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, ...): the pull request and its base branch, or a push to
// the default branch, and where the run's page is.
import { readFileSync } from 'node:fs'

export interface PullRequestEvent {
  kind: 'pull-request'
  owner: string
  repo: string
  number: number
  baseRef: string
  /** The head branch lives in another repository: the workflow's token cannot write to this one. */
  fromFork: boolean
}

export interface PushEvent {
  kind: 'push'
  /** The pushed branch ("main"), or undefined for a tag. */
  branch?: string
  defaultBranch?: string
}

export type WorkflowEvent = PullRequestEvent | PushEvent | { kind: 'other'; name: string }

interface Payload {
  pull_request?: {
    number?: number
    base?: { ref?: string; repo?: { full_name?: string } }
    head?: { repo?: { full_name?: string } | null }
  }
  repository?: { full_name?: string; default_branch?: string }
}

export function workflowEvent(env: NodeJS.ProcessEnv = process.env): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  let payload: Payload = {}
  try {
    if (env.GITHUB_EVENT_PATH)
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
  } catch {
    payload = {}
  }
  const pr = payload.pull_request
  if ((name === 'pull_request' || name === 'pull_request_target') && pr?.number) {
    const full = payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? '/'
    const [owner = '', repo = ''] = full.split('/')
    const head = pr.head?.repo?.full_name
    return {
      kind: 'pull-request',
      owner,
      repo,
      number: pr.number,
      baseRef: pr.base?.ref ?? env.GITHUB_BASE_REF ?? '',
      fromFork: !!head && head !== full
    }
  }
  if (name === 'push') {
    const ref = env.GITHUB_REF ?? ''
    return {
      kind: 'push',
      branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
      defaultBranch: payload.repository?.default_branch
    }
  }
  return { kind: 'other', name }
}

/** The run's page, where the job summary is. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined
}
