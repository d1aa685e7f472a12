#!/usr/bin/env node
// The lambda-layer command's entry point: the build runs in a process started with its own malloc
// settings (system/memory.ts); this one loads only what deciding that takes.
import { startWithMallocSettings } from '../system/memory.js'

await startWithMallocSettings(() => import('./main.js'))
