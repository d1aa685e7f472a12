// Builds action inputs the way the runner passes them (INPUT_* environment variables), with the
// defaults of action.yml and per-test overrides.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './projects.js'

/** Every input of action.yml with its default. */
export function actionDefaults(): Record<string, string> {
  const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')
  const inputs = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'))
  const defaults: Record<string, string> = {}
  let current: string | undefined
  for (const line of inputs.split('\n')) {
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (name?.[1]) current = name[1]
    const value = /^ {4}default:\s*'(.*)'\s*$/.exec(line)
    if (current && value) defaults[current] = value[1] ?? ''
  }
  return defaults
}

/** Sets INPUT_* variables for every input (defaults + overrides); returns a function that clears them. */
export function setInputs(overrides: Record<string, string> = {}): () => void {
  const values = { ...actionDefaults(), ...overrides }
  const names = Object.keys(values).map(name => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`)
  for (const [name, value] of Object.entries(values))
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return () => {
    for (const name of names) Reflect.deleteProperty(process.env, name)
  }
}
