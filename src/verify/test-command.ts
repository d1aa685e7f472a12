// The project's own tests (the seed's docker-test-run): the test command runs in the runtime image
// with the layer read-only at /opt and the project read-only at /var/task; its exit status decides.
import { dockerPlatform, lambdaPythonPath } from '../lambda/images.js'
import type { Architecture, Runtime } from '../lambda/runtimes.js'
import type { Docker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import { tail } from '../system/process.js'

export interface TestCommandReport {
  command: string[]
  exitCode: number
  seconds: number
  problems: string[]
}

/** The runtime image the project's tests run in, and the layer and project they see. */
interface TestCommandContext {
  docker: Docker
  log: Logger
  image: string
  user: string
  runtime: Runtime
  architecture: Architecture
  projectDir: string
  layerName: string
}

export async function runTestCommand(
  layerDir: string,
  command: readonly string[],
  t: TestCommandContext
): Promise<TestCommandReport> {
  const started = Date.now()
  const [entrypoint = '', ...args] = command
  const lines: string[] = []
  const title = `test-command for layer ${t.layerName} (${t.runtime} ${t.architecture}): ${command.join(' ')}`
  const run = async () => {
    const result = await t.docker.run({
      image: t.image,
      platform: dockerPlatform(t.architecture),
      entrypoint,
      user: t.user,
      network: 'host',
      workdir: '/var/task',
      mounts: [
        { source: layerDir, target: '/opt', readOnly: true },
        { source: t.projectDir, target: '/var/task', readOnly: true }
      ],
      env: { PYTHONPATH: lambdaPythonPath(t.runtime), PYTHONDONTWRITEBYTECODE: '1', HOME: '/tmp' },
      command: args,
      onStderrLine: line => lines.push(line)
    })
    lines.push(...result.stdout.split('\n').filter(line => line.trim()))
    for (const line of lines) t.log.info(line)
    return result
  }
  const result = t.log.group ? await t.log.group(title, run) : (t.log.info(title), await run())
  const output = lines.join('\n')
  return {
    command: [...command],
    exitCode: result.code,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    problems:
      result.code === 0
        ? []
        : [`${command.join(' ')} exited with ${result.code} in ${t.image}:\n${tail(output, 10)}`]
  }
}
