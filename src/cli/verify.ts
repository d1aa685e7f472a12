// `lambda-layer verify ZIP|ARN…`: runs the Verify checks on layer zips built elsewhere, or on
// published versions by ARN, and prints the same table as a build.
import path from 'node:path'
import { readVerify } from '../config/verify.js'
import { ConfigError } from '../errors.js'
import { enumList } from '../config/values.js'
import { DEFAULT_OUTPUT_DIR } from '../config/schema.js'
import { DEFAULT_RUNTIME_IMAGE } from '../plan/images.js'
import {
  ARCHITECTURE_NAMES,
  RUNTIME_NAMES,
  type Architecture,
  type Runtime
} from '../plan/runtimes.js'
import { awsClients } from '../publish/clients.js'
import { finishExternal } from '../report/external-report.js'
import { createDocker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { verifyExternal } from '../verify/external.js'
import type { CliArgs } from './args.js'
import { IMAGE_FLAG_NAMES } from './args.js'

const DEFAULT_WARN_PERCENT = 90

export async function verifyCommand(args: CliArgs, ctx: { run: Runner; log: Logger }) {
  const list = (values: string[] | undefined) =>
    (values ?? []).flatMap(v => v.split(/[,\s]+/)).filter(Boolean)
  const flag = (label: string) => ({ label })
  const named = <T extends string>(values: string[], allowed: readonly T[], label: string) =>
    values.length ? enumList(values, allowed, flag(label)) : []
  const runtimes: Runtime[] = named(list(args.overrides.runtime), RUNTIME_NAMES, '--runtime')
  const architectures: Architecture[] = named(
    list(args.overrides.architectures),
    ARCHITECTURE_NAMES,
    '--architectures'
  )
  const verify = readVerify(
    {},
    args.overrides,
    key => {
      throw new ConfigError(`unexpected setting ${key}`)
    },
    key => flag(IMAGE_FLAG_NAMES[key])
  )
  const outputDir = path.resolve(args.overrides.outputDir ?? DEFAULT_OUTPUT_DIR)
  const clients = args.sources.some(s => s.startsWith('arn:')) ? awsClients() : undefined
  try {
    const { layers, failures } = await verifyExternal(
      args.sources,
      {
        runtimes,
        architectures,
        runtimeImage: args.overrides.runtimeImage ?? DEFAULT_RUNTIME_IMAGE,
        verify,
        outputDir,
        sizeWarnPercent: DEFAULT_WARN_PERCENT
      },
      {
        docker: createDocker(ctx.run, ctx.log),
        run: ctx.run,
        log: ctx.log,
        ...(clients ? { clientsFor: clients.clientsFor } : {})
      }
    )
    return await finishExternal(layers, failures, outputDir, DEFAULT_WARN_PERCENT)
  } finally {
    clients?.destroy()
  }
}
