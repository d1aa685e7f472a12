// Secrets in the environment (index URLs with passwords, an AWS secret key, a GitHub token) never
// reach a log, report, summary, output file or zip: not with -v, not through a project whose build
// script writes its whole environment into the package.
import { execFile } from 'node:child_process'
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { openZip } from '../__fixtures__/zip.js'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { makeSandbox } from '../__fixtures__/sentinel.js'

const exec = promisify(execFile)
const scratch = useScratch()

const SECRETS = {
  PIP_INDEX_URL: 'https://leak-user:PIPSECRET4711@pypi.org/simple',
  UV_INDEX_URL: 'https://leak-user:UVSECRET4712@pypi.org/simple',
  AWS_ACCESS_KEY_ID: 'AKIALEAKTEST4715',
  AWS_SECRET_ACCESS_KEY: 'AWSSECRET4713',
  GITHUB_TOKEN: 'ghp_GHTOKEN4714'
}
const NEEDLES = ['PIPSECRET4711', 'UVSECRET4712', 'AWSSECRET4713', 'GHTOKEN4714']

/** A setuptools project whose setup.py dumps os.environ into the package it builds. */
const PROJECT = {
  'pyproject.toml': `[project]
name = "demo"
version = "1.0"
dependencies = []
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"
[tool.lambda-layer.layers.app]
requirements = "requirements.txt"
include-project = true
`,
  'requirements.txt': 'six==1.16.0\n',
  'setup.py': `import os
from setuptools import setup
with open(os.path.join("demo", "env_dump.py"), "w") as out:
    out.write("ENV = %r\\n" % dict(os.environ))
setup(name="demo", version="1.0", packages=["demo"])
`,
  'demo/__init__.py': ''
}

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) found.push(path.join(entry.parentPath, entry.name))
  return found
}

it('keeps every secret out of logs, reports, summaries, outputs and zips', async () => {
  const box = await makeSandbox(await scratch.folder('lambda-layer-leak-'))
  for (const [name, text] of Object.entries(PROJECT)) {
    await mkdir(path.dirname(path.join(box.project, name)), { recursive: true })
    await writeFile(path.join(box.project, name), text)
  }
  const env = { ...process.env, ...box.env, ...SECRETS }
  const cli = await exec(
    'node',
    [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'build', '-p', box.project, '-v'],
    { env: { ...env, INPUT_VERIFY: '' }, maxBuffer: 64 * 1024 * 1024 }
  ).catch(error => error as { stdout: string; stderr: string; code: number })
  const texts: Record<string, string> = { 'CLI stdout': cli.stdout, 'CLI stderr': cli.stderr }
  const action = await exec('node', [path.join(REPO_ROOT, 'dist', 'index.js')], {
    env: {
      ...env,
      RUNNER_DEBUG: '1',
      'INPUT_PROJECT-DIRECTORY': box.project,
      INPUT_CACHE: 'false',
      'INPUT_UPLOAD-ARTIFACTS': 'false',
      INPUT_SUMMARY: 'true',
      INPUT_VERIFY: 'elf',
      GITHUB_OUTPUT: path.join(box.root, 'output'),
      GITHUB_STEP_SUMMARY: path.join(box.root, 'summary')
    },
    maxBuffer: 64 * 1024 * 1024
  }).catch(error => error as { stdout: string; stderr: string; code: number })
  Object.assign(texts, { 'action log': action.stdout + action.stderr })
  for (const file of ['output', 'summary'])
    texts[file] = await readFile(path.join(box.root, file), 'utf8')

  const output = path.join(box.project, 'lambda-layers')
  let dumped = ''
  for (const file of await filesUnder(output)) {
    if (!file.endsWith('.zip')) {
      texts[file] = await readFile(file, 'utf8')
      continue
    }
    const zip = await openZip(file)
    try {
      for (const entry of zip.entries) {
        const text = (await zip.read(entry.name)).toString('latin1')
        texts[`${file}:${entry.name}`] = text
        if (entry.name.endsWith('env_dump.py')) dumped = text
      }
    } finally {
      zip.close()
    }
  }
  // Both runs built the layer, and the build script's environment dump is in it.
  expect({ cli: cli.stderr.slice(-2000), code: (cli as { code?: number }).code }).toEqual({
    cli: expect.stringContaining('zipping') as string,
    code: undefined
  })
  expect(action.stdout).toContain('app')
  expect(dumped).toMatch(/'PATH'/)
  expect(dumped).not.toMatch(/AWS_|GITHUB_TOKEN|INDEX_URL/)
  const leaks = Object.entries(texts).flatMap(([name, text]) =>
    NEEDLES.filter(needle => text.includes(needle)).map(needle => `${needle} in ${name}`)
  )
  expect(leaks).toEqual([])
  expect(Object.keys(texts).length).toBeGreaterThan(8)
})
