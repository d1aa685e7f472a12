// `lambda-layer verify ZIP|ARN…`: runs the Verify checks on layer zips built elsewhere, or on
// published versions by ARN, and prints the same table as a build.
import type { Logger } from '../system/log.js'
import type { Runner } from '../system/process.js'
import { verifyZips } from '../external/verify-zips.js'
import { optionLabel } from '../config/options.js'
import type { CliArgs } from './args.js'

export function verifyCommand(args: CliArgs, ctx: { run: Runner; log: Logger }) {
  return verifyZips(
    {
      sources: args.sources,
      runtimes: args.overrides.runtime,
      architectures: args.overrides.architectures,
      overrides: args.overrides,
      outputDir: args.overrides.outputDir,
      baseDir: process.cwd(),
      nameOf: key => optionLabel(key, 'cli')
    },
    ctx
  )
}
