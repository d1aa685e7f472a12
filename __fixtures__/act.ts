// nektos/act, a real workflow runner, on a scratch git repository: a project, workflow files, and
// this repository's action (action.yml + dist/) standing in for `owner/lambda-layer@v1` through
// act's --local-repository. Jobs run on the host (-P ubuntu-latest=-self-hosted, the arm64 runner
// label too: arm64 layers are then verified under QEMU), so servers the test starts on 127.0.0.1
// (moto, the GitHub API stand-in) are reachable from the action.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { GitHubApi } from './github-api.js'
import { freePort } from './net.js'
import { remove, REPO_ROOT, scratch } from './projects.js'
import { ACTION_REF } from './readme-workflows.js'
import { CI_CACHE, missingService } from './services.js'

const exec = promisify(execFile)

/** act from $ACT_BIN or scripts/ci/act.sh's folder; missing act fails on CI and skips elsewhere. */
export function actBinary(): string | undefined {
  const bin = process.env.ACT_BIN || path.join(CI_CACHE, 'act-v0.2.87', 'act')
  if (existsSync(bin)) return bin
  missingService(
    'the workflow-runner tests',
    `act not found at ${bin}: run scripts/ci/act.sh (or set ACT_BIN)`
  )
  return undefined
}

/** The repository every payload names. */
export const REPOSITORY = {
  full_name: 'o/r',
  name: 'r',
  owner: { login: 'o' },
  default_branch: 'main'
}

export const pushPayload = (ref: string) => ({ ref, repository: REPOSITORY })

export const pullRequestPayload = (number: number, base: string) => ({
  action: 'synchronize',
  number,
  pull_request: {
    number,
    base: { ref: base, repo: { full_name: REPOSITORY.full_name } },
    head: { ref: 'feature', repo: { full_name: REPOSITORY.full_name } }
  },
  repository: REPOSITORY
})

export interface ActRun {
  event: 'push' | 'pull_request'
  payload: object
  workflow: string
  /** Job environment (act --env). */
  env?: Record<string, string>
}

export class ActRepo {
  private runs = 0

  private constructor(
    private readonly act: string,
    /** Everything act keeps: the servers' storage, its action cache, each run's XDG cache. */
    readonly state: string,
    /** The scratch git repository act runs in (the project at its root). */
    readonly dir: string
  ) {}

  /** A git repository holding `project` (copied) and `workflows` (file name -> YAML). */
  static async create(act: string, project: string, workflows: Record<string, string>) {
    const state = await scratch('lambda-layer-act-')
    const dir = path.join(state, 'repo')
    await cp(project, dir, { recursive: true })
    await writeFile(path.join(dir, '.gitignore'), 'lambda-layers/\n')
    await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true })
    for (const [name, yaml] of Object.entries(workflows))
      await writeFile(path.join(dir, '.github', 'workflows', name), yaml)
    const action = path.join(state, 'action')
    await mkdir(action)
    await cp(path.join(REPO_ROOT, 'action.yml'), path.join(action, 'action.yml'))
    await cp(path.join(REPO_ROOT, 'dist'), path.join(action, 'dist'), { recursive: true })
    const repo = new ActRepo(act, state, dir)
    await repo.git(['init', '-q', '-b', 'main'])
    await repo.commit('initial')
    return repo
  }

  /** Commits every change (act reads the commit for github.sha). */
  async commit(message: string): Promise<void> {
    await this.git(['add', '-A'])
    await this.git(['commit', '-q', '--allow-empty', '-m', message])
  }

  private git(args: string[]) {
    return exec('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
      cwd: this.dir
    })
  }

  /**
   * Runs `workflow` on `event` with `payload`; the Actions cache and artifact servers keep their
   * storage across runs of this repository, while each run starts with an empty local cache
   * folder (XDG_CACHE_HOME), as a new runner does. Returns act's output; throws with its tail.
   */
  async run({ event, payload, workflow, env = {} }: ActRun): Promise<string> {
    const run = ++this.runs
    const eventFile = path.join(this.state, `event-${run}.json`)
    await writeFile(eventFile, JSON.stringify(payload))
    const jobEnv = { XDG_CACHE_HOME: path.join(this.state, `xdg-cache-${run}`), ...env }
    const args = [
      event,
      '-e',
      eventFile,
      '-W',
      path.join('.github', 'workflows', workflow),
      '-P',
      'ubuntu-latest=-self-hosted',
      '-P',
      'ubuntu-24.04-arm=-self-hosted',
      '--local-repository',
      `${ACTION_REF}=${path.join(this.state, 'action')}`,
      '--action-cache-path',
      path.join(this.state, 'act-actions'),
      '--artifact-server-path',
      path.join(this.state, 'artifacts'),
      '--artifact-server-addr',
      '127.0.0.1',
      '--artifact-server-port',
      String(await freePort()),
      '--cache-server-path',
      path.join(this.state, 'caches'),
      '--cache-server-addr',
      '127.0.0.1',
      // The workflow token (github.token): a dummy, only ever sent to the local API stand-in.
      '-s',
      'GITHUB_TOKEN',
      ...Object.entries(jobEnv).flatMap(([name, value]) => ['--env', `${name}=${value}`])
    ]
    try {
      const { stdout } = await exec(this.act, args, {
        cwd: this.dir,
        env: { ...process.env, GITHUB_TOKEN: 'dummy-workflow-token' },
        maxBuffer: 64 * 1024 * 1024
      })
      return stdout
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string }
      throw new Error(
        `act ${event} (${workflow}) failed:\n${(failed.stdout ?? '').slice(-8000)}\n${failed.stderr ?? ''}`,
        { cause: error }
      )
    }
  }
}

/**
 * For one describe block: the GitHub REST API stand-in on loopback and the act-demo project with
 * one workflow file, started before its tests and removed after them.
 */
export function actDemoWithApi(act: string | undefined, file: string, workflow: () => string) {
  const world = {} as { api: GitHubApi; repo: ActRepo }
  beforeAll(async () => {
    world.api = await GitHubApi.start()
    world.repo = await ActRepo.create(
      act as string,
      path.join(REPO_ROOT, '__fixtures__', 'projects', 'act-demo'),
      { [file]: workflow() }
    )
  })
  afterAll(async () => {
    await world.api?.stop()
    if (world.repo) await remove(world.repo.state)
  })
  return world
}
