// `node --import ./scripts/dev/register-ts.mjs`: TypeScript files run from source (ts-hooks.mjs).
import { register } from 'node:module'

register('./ts-hooks.mjs', import.meta.url)
