// `lambda-layer runtime-info` against the stand-in runtime image: the Python version, glibc, SDK
// versions and sys.path order it prints are the image's real ones.
import { execFile, execFileSync } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseCli } from '../src/cli/args.js'
import { runtimeInfoCommand } from '../src/cli/runtime-info.js'
import type { RuntimeInfo } from '../src/verify/runtime-info.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { REPO_ROOT } from '../__fixtures__/projects.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'

const exec = promisify(execFile)
const hasEngine = dockerEngine()
const withDocker = hasEngine ? describe : describe.skip

/** Output of a command in the runtime image, read independently of the code under test. */
function inImage(...command: string[]): string {
  return execFileSync(
    'docker',
    [
      'run',
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      command[0]!,
      RUNTIME_IMAGE,
      ...command.slice(1)
    ],
    { env: { ...process.env } }
  )
    .toString()
    .trim()
}

withDocker('runtime-info', () => {
  const args = ['runtime-info', '--runtime', 'python3.11', '--runtime-image', RUNTIME_IMAGE]

  it('prints the image’s Python, glibc, SDK versions and sys.path order', async () => {
    const text = await runtimeInfoCommand(parseCli(args), { run: runProcess, log: silentLogger })
    const python = inImage('python3.11', '-c', 'import platform; print(platform.python_version())')
    const glibc = inImage('sh', '-c', 'ldd --version | head -1 | grep -o "[0-9.]*$"')
    expect(text).toContain(
      `Runtime image: ${RUNTIME_IMAGE}\nPython:        ${python}\nglibc:         ${glibc}\n`
    )
    const sdk = inImage('cat', '/var/runtime/sdk-versions.txt')
    expect(sdk).toContain('boto3==1.40.0')
    for (const line of sdk.split('\n')) {
      const [name, version] = line.split('==')
      const normalized = name!.toLowerCase().replace(/[-_.]+/g, '-')
      expect(text).toMatch(
        new RegExp(`\\n  ${normalized} +${version!.replace(/\./g, '\\.')} +/var/runtime\\n`)
      )
    }
    expect(text).toContain(
      'sys.path (in order):\n  1. /var/task\n  2. /opt/python/lib/python3.11/site-packages\n  3. /opt/python\n  4. /var/runtime\n'
    )
  })

  it('prints JSON from the bundled CLI', async () => {
    const { stdout } = await exec(
      'node',
      [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args, '--json'],
      {
        env: { ...process.env }
      }
    )
    const info = JSON.parse(stdout) as RuntimeInfo
    expect(info.image).toBe(RUNTIME_IMAGE)
    expect(info.python).toMatch(/^3\.11\./)
    expect(info.packages).toEqual(
      expect.arrayContaining([{ name: 'boto3', version: '1.40.0', location: '/var/runtime' }])
    )
  })
})
