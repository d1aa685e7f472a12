// The action's entry point (bundled as dist/index.js): the action runs in a process started with
// its own malloc settings (system/memory.ts); this one loads only what deciding that takes.
import { startWithMallocSettings } from '../system/memory.js'

await startWithMallocSettings(() => import('./start.js'))
