/**
 * An emulated GitHub REST API on 127.0.0.1 for the real Octokit (`getOctokit(token, { baseUrl: server.url })`):
 * issue comments (list with Link pagination, create, update), pull request files, and review comments (list,
 * create as one review, delete), kept in memory, with
 * programmable faults. Every request is recorded so tests can assert on what reached "GitHub".
 *
 * Behaviour copied from GitHub: 401 without a token, 404 for unknown repositories, pulls and comments,
 * 422 "Validation Failed" for a comment body over 65,536 characters, `x-github-request-id` on every answer.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RouteName = 'list-comments' | 'create-comment' | 'update-comment' | 'list-files' | 'list-review-comments' | 'create-review' | 'delete-review-comment'

/** A review comment on a line of a pull request (`pulls.listReviewComments`). */
export interface StoredReviewComment {
  readonly id: number
  readonly repo: string
  readonly pullNumber: number
  readonly reviewId: number
  readonly path: string
  readonly line: number
  readonly body: string
  readonly user: StoredComment['user']
}

export interface RecordedRequest {
  readonly route: RouteName | 'unknown'
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly body: unknown
}

export interface StoredComment {
  id: number
  readonly repo: string
  readonly issueNumber: number
  body: string
  readonly user: { readonly login: string; readonly type: 'Bot' | 'User' }
  readonly html_url: string
}

/** A pull request file as `pulls.listFiles` returns it. */
export interface StoredFile {
  readonly filename: string
  readonly status: string
  readonly changes: number
  readonly patch?: string
  readonly previous_filename?: string
}

/** An answer to send instead of the normal one, for the next `times` requests of a route. */
export interface Fault {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
  /** Default: 1. */
  readonly times?: number
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

/** GitHub's answer to a body over the limit, as seen in the wild. */
const BODY_TOO_LONG = {
  message: 'Validation Failed',
  errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment'
}

export class GitHubServer {
  readonly requests: RecordedRequest[] = []
  readonly comments: StoredComment[] = []
  readonly reviewComments: StoredReviewComment[] = []
  /** Repositories that exist, as `owner/repo`. */
  readonly repos = new Set<string>()
  /** Pull request files by `owner/repo#number`; a pull request exists when it has an entry. */
  readonly pullFiles = new Map<string, StoredFile[]>()
  /** Who the token belongs to: the author of comments it creates. */
  actor: StoredComment['user'] = ACTIONS_BOT
  private readonly faults = new Map<RouteName, { fault: Fault; left: number }[]>()
  private nextId = 1000
  private requestCount = 0

  private constructor(private readonly server: Server) {}

  /** Starts a server on a free loopback port. */
  static async start(): Promise<GitHubServer> {
    let instance: GitHubServer | undefined
    const server = createServer((request, response) => void instance!.handle(request, response))
    instance = new GitHubServer(server)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return instance
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise(resolve => this.server.close(() => resolve()))
  }

  /** Adds a repository with an open pull request. */
  addPullRequest(repo: string, number: number, files: StoredFile[] = []): void {
    this.repos.add(repo)
    this.pullFiles.set(`${repo}#${number}`, files)
  }

  addComment(repo: string, issueNumber: number, body: string, user: StoredComment['user'] = ACTIONS_BOT): StoredComment {
    const id = this.nextId++
    const comment = { id, repo, issueNumber, body, user, html_url: `https://github.test/${repo}/pull/${issueNumber}#issuecomment-${id}` }
    this.comments.push(comment)
    return comment
  }

  /** Answers the next `fault.times` requests of `route` with `fault` (queued after earlier faults). */
  fail(route: RouteName, fault: Fault): void {
    const queue = this.faults.get(route) ?? []
    queue.push({ fault, left: fault.times ?? 1 })
    this.faults.set(route, queue)
  }

  /** Requests of one route, in order. */
  requestsTo(route: RouteName): RecordedRequest[] {
    return this.requests.filter(request => request.route === route)
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const body = await readJson(request)
    const route = routeOf(request.method ?? 'GET', url.pathname)
    this.requests.push({ route: route?.name ?? 'unknown', method: request.method ?? '', path: url.pathname, query: url.searchParams, headers: request.headers, body })
    const send = (status: number, data: unknown, headers: Readonly<Record<string, string>> = {}): void => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `REQ-${++this.requestCount}`,
        ...headers
      })
      response.end(data === undefined ? '' : JSON.stringify(data))
    }
    if (!/^(token|bearer) \S+$/i.test(request.headers.authorization ?? '')) return send(401, { message: 'Requires authentication' })
    if (route === undefined) return send(404, { message: 'Not Found' })
    const fault = this.takeFault(route.name)
    if (fault) return send(fault.status, fault.body ?? { message: 'fault' }, fault.headers)
    if (!this.repos.has(route.repo)) return send(404, { message: 'Not Found' })
    const answer = this.answer(route, url, body)
    send(answer.status, answer.data, answer.headers)
  }

  private takeFault(route: RouteName): Fault | undefined {
    const queue = this.faults.get(route)
    const next = queue?.[0]
    if (!next) return undefined
    if (--next.left === 0) queue!.shift()
    return next.fault
  }

  private answer(route: Route, url: URL, body: unknown): { status: number; data: unknown; headers?: Record<string, string> } {
    switch (route.name) {
      case 'list-comments': {
        const all = this.comments.filter(comment => comment.repo === route.repo && comment.issueNumber === route.number)
        return paginate(all.map(publicComment), url)
      }
      case 'create-comment': {
        const text = bodyText(body)
        if (text === undefined) return { status: 422, data: { message: 'Invalid request.' } }
        if (text.length > 65_536) return { status: 422, data: BODY_TOO_LONG }
        return { status: 201, data: publicComment(this.addComment(route.repo, route.number, text, this.actor)) }
      }
      case 'update-comment': {
        const comment = this.comments.find(stored => stored.repo === route.repo && stored.id === route.number)
        if (!comment) return { status: 404, data: { message: 'Not Found' } }
        const text = bodyText(body)
        if (text === undefined) return { status: 422, data: { message: 'Invalid request.' } }
        if (text.length > 65_536) return { status: 422, data: BODY_TOO_LONG }
        comment.body = text
        return { status: 200, data: publicComment(comment) }
      }
      case 'list-review-comments': {
        const all = this.reviewComments.filter(comment => comment.repo === route.repo && comment.pullNumber === route.number)
        return paginate(all.map(({ id, path, line, body, user }) => ({ id, path, line, body, user })), url)
      }
      case 'create-review': {
        if (!this.pullFiles.has(`${route.repo}#${route.number}`)) return { status: 404, data: { message: 'Not Found' } }
        const review = body as { commit_id?: unknown; event?: unknown; comments?: { path: string; line: number; side?: string; body: string }[] }
        if (typeof review.commit_id !== 'string' || review.event !== 'COMMENT') return { status: 422, data: { message: 'Invalid request.' } }
        const reviewId = this.nextId++
        for (const comment of review.comments ?? []) {
          if (comment.side !== 'RIGHT' || !Number.isInteger(comment.line)) return { status: 422, data: { message: 'Invalid request.' } }
          this.reviewComments.push({ id: this.nextId++, repo: route.repo, pullNumber: route.number, reviewId, path: comment.path, line: comment.line, body: comment.body, user: this.actor })
        }
        return { status: 200, data: { id: reviewId, state: 'COMMENTED' } }
      }
      case 'delete-review-comment': {
        const at = this.reviewComments.findIndex(comment => comment.repo === route.repo && comment.id === route.number)
        if (at < 0) return { status: 404, data: { message: 'Not Found' } }
        this.reviewComments.splice(at, 1)
        return { status: 204, data: undefined }
      }
      case 'list-files': {
        const files = this.pullFiles.get(`${route.repo}#${route.number}`)
        if (!files) return { status: 404, data: { message: 'Not Found' } }
        // GitHub stops listing at 3,000 files.
        return paginate(files.slice(0, 3000), url)
      }
    }
  }
}

interface Route {
  readonly name: RouteName
  readonly repo: string
  /** The issue or pull number, or the comment id for updates. */
  readonly number: number
}

function routeOf(method: string, path: string): Route | undefined {
  const patterns: readonly [string, RegExp, RouteName][] = [
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, 'list-comments'],
    ['POST', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, 'create-comment'],
    ['PATCH', /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/, 'update-comment'],
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/, 'list-files'],
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/comments$/, 'list-review-comments'],
    ['POST', /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/reviews$/, 'create-review'],
    ['DELETE', /^\/repos\/([^/]+\/[^/]+)\/pulls\/comments\/(\d+)$/, 'delete-review-comment']
  ]
  for (const [verb, pattern, name] of patterns) {
    const match = method === verb ? pattern.exec(path) : null
    if (match) return { name, repo: decodeURIComponent(match[1]!), number: Number(match[2]) }
  }
  return undefined
}

function publicComment(comment: StoredComment): object {
  return { id: comment.id, body: comment.body, user: comment.user, html_url: comment.html_url }
}

function bodyText(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null && 'body' in body && typeof body.body === 'string' ? body.body : undefined
}

/** One page (`per_page` ≤ 100, `page` from 1) and GitHub's Link header. */
function paginate(items: readonly unknown[], url: URL): { status: number; data: unknown; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
  const page = Number(url.searchParams.get('page') ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const pageUrl = (n: number): string => {
    const next = new URL(url)
    next.searchParams.set('page', String(n))
    return next.toString()
  }
  const links = [page < last ? `<${pageUrl(page + 1)}>; rel="next"` : '', page < last ? `<${pageUrl(last)}>; rel="last"` : ''].filter(Boolean)
  return { status: 200, data: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? undefined : JSON.parse(text)
}
