// `lambda-layer runtime-info`: prints what a Lambda runtime image provides (the seed's
// docker-boto-libs), as text or JSON.
import { enumValue } from '../config/values.js'
import { DEFAULT_RUNTIME_IMAGE, imageFor } from '../lambda/images.js'
import {
  ARCHITECTURE_NAMES,
  DEFAULT_RUNTIME,
  RUNTIME_NAMES,
  type Architecture,
  type Runtime
} from '../lambda/runtimes.js'
import { RUNTIME_PROVIDED } from '../lambda/sdk.js'
import { createDocker, requireEngine } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { runtimeInfo, type RuntimeInfo } from '../verify/runtime-info.js'
import type { CliArgs } from './args.js'

export async function runtimeInfoCommand(
  args: CliArgs,
  ctx: { run: Runner; log: Logger }
): Promise<string> {
  const one = (values: string[] | undefined) =>
    values?.flatMap(v => v.split(/[,\s]+/)).filter(Boolean)[0]
  const runtime: Runtime = enumValue(
    one(args.overrides.runtime) ?? DEFAULT_RUNTIME,
    RUNTIME_NAMES,
    {
      label: '--runtime'
    }
  )
  const architecture: Architecture = enumValue(
    one(args.overrides.architectures) ?? 'x86_64',
    ARCHITECTURE_NAMES,
    { label: '--architectures' }
  )
  const image = imageFor(
    args.overrides.runtimeImage ?? DEFAULT_RUNTIME_IMAGE,
    runtime,
    architecture
  )
  const docker = createDocker(ctx.run, ctx.log)
  await requireEngine(
    docker,
    'runtime-info',
    'Start Docker (or point DOCKER_HOST at an engine): runtime-info asks the runtime image itself.'
  )
  const info = await runtimeInfo(docker, image, runtime, architecture)
  return args.json ? JSON.stringify(info, null, 2) + '\n' : renderRuntimeInfo(info)
}

function renderRuntimeInfo(info: RuntimeInfo): string {
  const sdk = new Set<string>(RUNTIME_PROVIDED)
  const width = Math.max(...info.packages.map(p => p.name.length), 4)
  const row = (p: RuntimeInfo['packages'][number]) =>
    `  ${p.name.padEnd(width)}  ${p.version.padEnd(14)}  ${p.location}`
  const sdkRows = info.packages.filter(p => sdk.has(p.name))
  const other = info.packages.filter(p => !sdk.has(p.name))
  return [
    `Runtime image: ${info.image}`,
    `Python:        ${info.python}`,
    `glibc:         ${info.glibc}`,
    `Machine:       ${info.machine}`,
    `libstdc++:     ${
      info.libstdcxx
        ? `GLIBCXX_3.4.${info.libstdcxx.glibcxx}, CXXABI_1.3.${info.libstdcxx.cxxabi} (${info.libstdcxx.path})`
        : 'none found'
    }`,
    '',
    'AWS SDK set:',
    ...(sdkRows.length ? sdkRows.map(row) : ['  (none found)']),
    '',
    'Other packages:',
    ...(other.length ? other.map(row) : ['  (none)']),
    '',
    'sys.path (in order):',
    ...info.sysPath.map((entry, i) => `  ${i + 1}. ${entry}`),
    ''
  ].join('\n')
}
