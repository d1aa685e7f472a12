// A stand-in for @actions/core for unit tests of the action's run(): inputs come from a table
// (action.yml's defaults plus a test's overrides); outputs, annotations, failures and the job
// summary are recorded for the test to read.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'
import { actionDefaults } from './inputs.js'

let inputs: Record<string, string> = {}

/** Sets the inputs run() will read: every action.yml default, then `overrides`. */
export function useInputs(overrides: Record<string, string> = {}): void {
  inputs = { ...actionDefaults(), ...overrides }
}

/** The job summary as written so far. */
export const summaryText: string[] = []

export const getInput = jest.fn<typeof core.getInput>(name => inputs[name] ?? '')
export const getMultilineInput = jest.fn<typeof core.getMultilineInput>(name =>
  (inputs[name] ?? '').split('\n').filter(line => line !== '')
)
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>(
  name => (inputs[name] ?? '').trim().toLowerCase() === 'true'
)
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const isDebug = jest.fn<typeof core.isDebug>(() => false)
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()
export const group = jest.fn(<T>(_name: string, fn: () => Promise<T>) => fn())
export const exportVariable = jest.fn<typeof core.exportVariable>()
export const saveState = jest.fn<typeof core.saveState>()
export const getState = jest.fn<typeof core.getState>(() => '')

const summaryParts: string[] = []
export const summary = {
  addRaw(text: string) {
    summaryParts.push(text)
    return summary
  },
  write() {
    summaryText.push(summaryParts.splice(0).join(''))
    return Promise.resolve(summary)
  }
}

/** Clears every recorded call and the summary (between tests). */
export function resetCore(): void {
  for (const mock of [
    getInput,
    getMultilineInput,
    getBooleanInput,
    setOutput,
    setFailed,
    setSecret,
    info,
    debug,
    notice,
    warning,
    error,
    startGroup,
    endGroup,
    group,
    exportVariable,
    saveState,
    getState
  ])
    mock.mockClear()
  summaryText.length = 0
  summaryParts.length = 0
}

/** The outputs run() set, by name. */
export function outputs(): Record<string, string> {
  return Object.fromEntries(setOutput.mock.calls.map(([name, value]) => [name, String(value)]))
}
