// The bundled action in verify-only mode, run the way the runner runs it (node dist/index.js with
// INPUT_* variables): it verifies a zip built elsewhere in the stand-in runtime image and writes
// the table, the job summary (with the cold-start section) and the outputs; a failing zip fails
// the step with the file and package named.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { actionDefaults } from '../__fixtures__/inputs.js'
import { pipTargetZip } from '../__fixtures__/layer-zip.js'
import { REPO_ROOT, useScratch } from '../__fixtures__/projects.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'

const exec = promisify(execFile)
const withDocker = dockerEngine() ? describe : describe.skip
const scratch = useScratch()

withDocker('the action in verify-only mode', () => {
  let dir: string
  beforeAll(async () => {
    dir = await scratch.folder()
    await pipTargetZip(dir)
  })

  async function action(inputs: Record<string, string>) {
    const summary = path.join(dir, `summary-${Object.keys(inputs).length}.md`)
    const output = path.join(dir, `output-${Object.keys(inputs).length}.txt`)
    await writeFile(summary, '')
    await writeFile(output, '')
    const env: Record<string, string | undefined> = {
      ...process.env,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      AWS_PROFILE: undefined
    }
    const values = {
      ...actionDefaults(),
      mode: 'verify-only',
      'project-directory': dir,
      'layer-zips': 'handmade.zip',
      runtime: 'python3.11',
      'runtime-image': RUNTIME_IMAGE,
      ...inputs
    }
    for (const [name, value] of Object.entries(values)) env[`INPUT_${name.toUpperCase()}`] = value
    const result = await exec('node', [path.join(REPO_ROOT, 'dist', 'index.js')], { env }).catch(
      (error: { code: number; stdout: string }) => error
    )
    return {
      code: 'code' in result ? result.code : 0,
      stdout: result.stdout,
      summary: await readFile(summary, 'utf8'),
      output: await readFile(output, 'utf8')
    }
  }

  it('verifies the zip and writes the table, the summary with its cold start, and the outputs', async () => {
    const run = await action({})
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/\nhandmade\s+python3\.11\s+x86_64\s/)
    expect(run.summary).toContain('## Lambda layers: lambda-layer verify')
    expect(run.summary).toMatch(
      /\| handmade \| python3\.11 \| x86_64 \| \d+\.\d\d s \| 2 \| (markupsafe|idna) /
    )
    expect(run.output).toContain(path.join(dir, 'lambda-layers', 'lambda-layer-report.json'))
  })

  it('fails the step for a zip that cannot run on arm64, naming the file and package', async () => {
    const run = await action({ architectures: 'arm64', verify: 'elf', 'runtime-image': '' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error title=Layer target failed::handmade python3.11 arm64 failed at verify: layer handmade (python3.11 arm64) failed verification:%0A    python/markupsafe/_speedups.cpython-311-x86_64-linux-gnu.so (package markupsafe 2.1.5) is built for ELF machine 62, not aarch64 (183)'
    )
    expect(run.summary).toContain('handmade')
  })
})
