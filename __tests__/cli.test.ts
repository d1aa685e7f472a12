// The command line: flags become overrides, mistakes get a did-you-mean and exit code 2.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseCli } from '../src/cli/args.js'
import { ConfigError } from '../src/errors.js'
import { REPO_ROOT } from '../__fixtures__/projects.js'
import { failedRun } from '../__fixtures__/typed.js'

const exec = promisify(execFile)

it('maps flags to overrides, repeated or comma-separated', () => {
  const args = parseCli([
    'build',
    '-p',
    'proj',
    '--runtime',
    'python3.11,python3.12',
    '-a',
    'arm64',
    '-a',
    'x86_64',
    '--layer',
    'base',
    '-o',
    'out',
    '--installer',
    'pip'
  ])
  expect(args.command).toBe('build')
  expect(args.projectDir).toBe('proj')
  expect(args.overrides).toMatchObject({
    runtime: ['python3.11,python3.12'],
    architectures: ['arm64', 'x86_64'],
    layers: ['base'],
    outputDir: 'out',
    installer: 'pip'
  })
})

it('suggests the closest flag and command', () => {
  expect(() => parseCli(['build', '--runtme', 'python3.12'])).toThrow(
    /Unknown option '--runtme'.*did you mean "--runtime"/
  )
  expect(() => parseCli(['biuld'])).toThrow(
    new ConfigError(
      'unknown command "biuld" (did you mean "build"?); commands: build, publish, runtime-info, verify'
    )
  )
})

it('prints help with no command', () => {
  expect(parseCli([]).command).toBe('help')
})

describe('the bundled CLI', () => {
  const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

  it('prints usage and exits 0 on --help', async () => {
    const { stdout } = await exec('node', [cli, '--help'])
    expect(stdout).toContain('Usage: lambda-layer build [options]')
  })

  it('exits 2 with one clear line for a bad value', async () => {
    const error = await failedRun(
      exec('node', [
        cli,
        'build',
        '-p',
        path.join(REPO_ROOT, 'examples', 'uv-project'),
        '--architectures',
        'arm46'
      ])
    )
    expect(error.code).toBe(2)
    expect(error.stderr).toBe(
      'error: --architectures "arm46" is not valid: expected one of x86_64, arm64\n'
    )
  })
})
