// The local Docker engine and stand-in images (made by scripts/ci/docker.sh) for the docker
// builder and Verify tests. A missing engine fails on CI (CI=true) and skips, visibly, elsewhere.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { CI_CACHE, missingService } from '../../__fixtures__/services.js'

export const DOCKER_SCRIPT = 'scripts/ci/docker.sh'
/** Stand-in for public.ecr.aws/sam/build-python3.11 (Debian 12: Python 3.11, gcc, glibc 2.36). */
export const BUILD_IMAGE = 'lambda-layer-test/build-python3.11:latest'
/** Stand-in for public.ecr.aws/lambda/python:3.11, with boto3 1.40.0 & co. in /var/runtime. */
export const RUNTIME_IMAGE = 'lambda-layer-test/python:3.11'

/**
 * True when the engine answers and both stand-in images are there. Points DOCKER_HOST at the
 * engine docker.sh runs when it is unset and that socket exists.
 */
export function dockerEngine(): boolean {
  const socket = path.join(CI_CACHE, 'docker.sock')
  if (!process.env.DOCKER_HOST && existsSync(socket)) process.env.DOCKER_HOST = `unix://${socket}`
  let problem: string | undefined
  try {
    execFileSync('docker', ['image', 'inspect', BUILD_IMAGE, RUNTIME_IMAGE], {
      stdio: 'pipe',
      env: { ...process.env }
    })
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
    problem = `no Docker engine with the stand-in images (DOCKER_HOST=${process.env.DOCKER_HOST ?? 'unset'}): ${stderr.trim().split('\n').at(-1)}; run ${DOCKER_SCRIPT} start and eval "$(${DOCKER_SCRIPT} env)"`
  }
  return problem ? missingService('the Docker tests', problem) : true
}

export const STANDINS_SCRIPT = 'scripts/ci/standins.sh'
/** Names every runtime stand-in by Python version and architecture (scripts/ci/standins.sh). */
export const RUNTIME_TEMPLATE = 'lambda-layer-test/python:{python}-{arch}'
/** Debian 12 arm64 runtime stand-in (Python 3.11), run under QEMU emulation on x86_64. */
export const ARM64_RUNTIME_IMAGE = 'lambda-layer-test/python:3.11-arm64'
/** Debian 13 runtime stand-in (Python 3.13) for the Amazon Linux 2023 runtimes. */
export const PY313_RUNTIME_IMAGE = 'lambda-layer-test/python:3.13-x86_64'

/** True when the engine answers with the arm64 and python3.13 stand-ins and arm64 emulation. */
export function standinImages(): boolean {
  if (!dockerEngine()) return false
  const run = (args: string[]) =>
    execFileSync('docker', args, { stdio: 'pipe', env: { ...process.env } })
      .toString()
      .trim()
  let problem: string | undefined
  try {
    run([
      'image',
      'inspect',
      ARM64_RUNTIME_IMAGE,
      PY313_RUNTIME_IMAGE,
      'lambda-layer-test/python:3.11-x86_64'
    ])
    const machine = run([
      'run',
      '--rm',
      '--network',
      'none',
      '--platform',
      'linux/arm64',
      ARM64_RUNTIME_IMAGE,
      'uname',
      '-m'
    ])
    if (machine !== 'aarch64') problem = `the arm64 stand-in reports machine ${machine}`
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
    problem = `${stderr.trim().split('\n').at(-1)}`
  }
  return problem
    ? missingService(
        'the arm64 and python3.13 Verify tests',
        `stand-in images or arm64 emulation missing (${problem}); run ${STANDINS_SCRIPT} start`
      )
    : true
}
