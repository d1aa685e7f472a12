#!/usr/bin/env node
// The lambda-layer command's entry point: the build runs in a process started with fewer malloc
// arenas (system/memory.ts); this one loads only what deciding that takes.
import { startWithFewerArenas } from '../system/memory.js'

await startWithFewerArenas(() => import('./main.js'))
