// The action's entry point (bundled as dist/index.js): the action runs in a process started with
// fewer malloc arenas (system/memory.ts); this one loads only what deciding that takes.
import { startWithFewerArenas } from '../system/memory.js'

await startWithFewerArenas(() => import('./start.js'))
