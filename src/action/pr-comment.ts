// Creates the size-report comment on a pull request, or updates it in place: the comment is found
// by its hidden marker. A token that cannot write (forks, missing pull-requests: write) is a
// notice, never a failed build; the job summary still has everything.
import { errorMessage } from '../errors.js'
import { getOctokit } from '@actions/github'

/** The GitHub REST calls the comment needs (issues comments API), as a seam for tests. */
export interface CommentApi {
  list(issue: number): Promise<{ id: number; body: string }[]>
  create(issue: number, body: string): Promise<{ id: number; url: string }>
  update(id: number, body: string): Promise<{ id: number; url: string }>
}

/** The real API through @actions/github's Octokit, against GITHUB_API_URL. */
export function githubCommentApi(
  token: string,
  repo: { owner: string; repo: string },
  baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com'
): CommentApi {
  const octokit = getOctokit(token, { baseUrl, request: { retries: 0 } })
  return {
    async list(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100
      })
      return comments.map(c => ({ id: c.id, body: c.body ?? '' }))
    },
    async create(issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue,
        body
      })
      return { id: data.id, url: data.html_url }
    },
    async update(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })
      return { id: data.id, url: data.html_url }
    }
  }
}

export type CommentResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'skipped'; reason: string; level: 'notice' | 'warning' }

const NO_WRITE =
  'the token cannot write pull request comments: give the job "permissions: pull-requests: write" (pull requests from forks get a read-only token, so their comment is skipped)'

/** Posts `body` once per marker: updates the comment that starts with `marker`, else creates one. */
export async function upsertComment(
  api: CommentApi,
  issue: number,
  marker: string,
  body: string
): Promise<CommentResult> {
  try {
    const existing = (await api.list(issue)).find(c => c.body.startsWith(marker))
    if (existing) return { action: 'updated', ...(await api.update(existing.id, body)) }
    return { action: 'created', ...(await api.create(issue, body)) }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404)
      return { action: 'skipped', level: 'notice', reason: `${NO_WRITE} (HTTP ${status})` }
    const message = errorMessage(error)
    return { action: 'skipped', level: 'warning', reason: `the GitHub API failed: ${message}` }
  }
}
