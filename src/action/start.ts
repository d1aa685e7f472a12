// Runs the action (in the process index.ts starts). A rejection nothing awaited fails the step and
// ends the process, rather than letting the step go on.
import * as core from '@actions/core'
import { describeError } from '../errors.js'
import { handleInterrupts } from '../system/interrupt.js'
import { capYoungGeneration } from '../system/memory.js'
import { run } from './main.js'

process.on('unhandledRejection', error => {
  core.setFailed(describeError(error))
  process.exit(1)
})

capYoungGeneration()
handleInterrupts(line => core.error(line))

await run()
// Exit now: a hung filesystem call (a folder on /proc) must not keep the job running.
process.exit()
