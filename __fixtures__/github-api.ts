// A stand-in for GitHub's REST API on loopback (the real API exists only on GitHub): the issue
// comments endpoints, answering as GitHub does, recording every request. `forbidden` answers 403
// as GitHub does for a read-only token (pull requests from forks).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
  body?: { body?: string }
}

interface StoredComment {
  id: number
  issue: number
  body: string
}

export class GitHubApi {
  readonly requests: RecordedRequest[] = []
  readonly comments: StoredComment[] = []
  forbidden = false
  private nextId = 1000

  private constructor(private readonly server: Server) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Requests that changed something (POST, PATCH). */
  get writes(): RecordedRequest[] {
    return this.requests.filter(r => r.method !== 'GET')
  }

  static async start(): Promise<GitHubApi> {
    const server = createServer()
    const api = new GitHubApi(server)
    server.on('request', (req, res) => {
      let text = ''
      req.on('data', chunk => (text += String(chunk)))
      req.on('end', () =>
        api.answer(req.method ?? 'GET', req.url ?? '/', req.headers.authorization, text, res)
      )
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return api
  }

  stop(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise(resolve => this.server.close(() => resolve()))
  }

  private answer(
    method: string,
    url: string,
    authorization: string | undefined,
    text: string,
    res: import('node:http').ServerResponse
  ) {
    const path = url.split('?')[0] ?? ''
    const body = text ? (JSON.parse(text) as { body?: string }) : undefined
    this.requests.push({ method, path, authorization, body })
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(data))
    }
    const json = (c: StoredComment) => ({
      id: c.id,
      body: c.body,
      html_url: `https://github.example/o/r/pull/${c.issue}#issuecomment-${c.id}`,
      user: { login: 'github-actions[bot]' }
    })
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path)
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)
    if (this.forbidden && method !== 'GET')
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403'
      })
    if (list && method === 'GET')
      return send(200, this.comments.filter(c => c.issue === Number(list[1])).map(json))
    if (list && method === 'POST') {
      const comment = { id: this.nextId++, issue: Number(list[1]), body: body?.body ?? '' }
      this.comments.push(comment)
      return send(201, json(comment))
    }
    const found = one && this.comments.find(c => c.id === Number(one[1]))
    if (found && method === 'PATCH') {
      found.body = body?.body ?? ''
      return send(200, json(found))
    }
    send(404, { message: 'Not Found', status: '404' })
  }
}
