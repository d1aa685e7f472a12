// One entry for verifying zips built elsewhere, shared by `lambda-layer verify` and the action's
// verify-only mode: reads the Verify overrides, fetches ARNs with the standard AWS chain, verifies
// every zip for each runtime and architecture, and writes the report.
import path from 'node:path'
import type { Overrides } from '../config/options.js'
import { DEFAULT_OUTPUT_DIR } from '../config/schema.js'
import { enumList, type Where } from '../config/values.js'
import { readVerify } from '../config/verify.js'
import { ConfigError } from '../errors.js'
import { DEFAULT_RUNTIME_IMAGE } from '../lambda/images.js'
import {
  ARCHITECTURE_NAMES,
  RUNTIME_NAMES,
  type Architecture,
  type Runtime
} from '../lambda/runtimes.js'
import { awsClients } from '../publish/clients.js'
import { finishExternal } from './report.js'
import { createDocker } from '../system/docker.js'
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { verifyExternal } from './verify-external.js'

const DEFAULT_WARN_PERCENT = 90

interface VerifyZipsRequest {
  /** Zip paths (relative to baseDir) and layer version ARNs. */
  sources: string[]
  runtimes?: string[]
  architectures?: string[]
  overrides: Overrides
  outputDir?: string
  baseDir: string
  /** How a setting is named in errors (a flag or an input). */
  nameOf: (key: 'runtime' | 'architectures' | keyof Overrides) => string
}

export async function verifyZips(request: VerifyZipsRequest, ctx: { run: Runner; log: Logger }) {
  const where = (label: string): Where => ({ label })
  const named = <T extends string>(
    values: string[] | undefined,
    allowed: readonly T[],
    label: string
  ) => {
    const items = (values ?? []).flatMap(v => v.split(/[,\s]+/)).filter(Boolean)
    return items.length ? enumList(items, allowed, where(label)) : []
  }
  const runtimes: Runtime[] = named(request.runtimes, RUNTIME_NAMES, request.nameOf('runtime'))
  const architectures: Architecture[] = named(
    request.architectures,
    ARCHITECTURE_NAMES,
    request.nameOf('architectures')
  )
  const verify = readVerify(
    {},
    request.overrides,
    key => {
      throw new ConfigError(`unexpected setting ${String(key)}`)
    },
    key => where(request.nameOf(key))
  )
  const outputDir = path.resolve(request.baseDir, request.outputDir ?? DEFAULT_OUTPUT_DIR)
  const sources = request.sources.map(s =>
    s.startsWith('arn:') ? s : path.resolve(request.baseDir, s)
  )
  const clients = sources.some(s => s.startsWith('arn:')) ? awsClients() : undefined
  try {
    const { layers, failures } = await verifyExternal(
      sources,
      {
        runtimes,
        architectures,
        runtimeImage: request.overrides.runtimeImage ?? DEFAULT_RUNTIME_IMAGE,
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
