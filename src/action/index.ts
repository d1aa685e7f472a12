// The action's entry point (bundled as dist/index.js): the action runs in a process started with
// fewer malloc arenas (system/relaunch.ts); this one loads only what deciding that takes.
import { relaunchWithFewerArenas } from '../system/relaunch.js'

const code = await relaunchWithFewerArenas()
if (code !== undefined) process.exit(code)
await import('./start.js')
