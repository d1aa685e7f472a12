// Reads sdk-shadowing and the [tool.lambda-layer.verify] table (check switches, skip-imports,
// test-command) and their overrides into the Verify step's options.
import { errorMessage } from '../errors.js'
import { isTable, type TomlTable } from '../files/pyproject.js'
import {
  DEFAULT_VERIFY,
  splitCommand,
  VERIFY_CHECKS,
  type SdkShadowing,
  type VerifyCheck,
  type VerifyOptions
} from './verify-options.js'
import type { Locate } from './layers.js'
import { VERIFY_KEYS } from './schema.js'
import { option, type Overrides } from './options.js'
import {
  boolean,
  invalid,
  parseOption,
  rejectUnknownKeys,
  stringList,
  type Where
} from './values.js'

const HEADER = 'tool.lambda-layer.verify'

export function readVerify(
  table: TomlTable,
  overrides: Overrides,
  inFile: Locate,
  fromFlag: (key: keyof Overrides) => Where
): VerifyOptions {
  const raw = table.verify
  if (raw !== undefined && !isTable(raw)) {
    throw invalid(
      inFile('verify'),
      raw,
      `a table of check switches (${VERIFY_CHECKS.join(', ')}), skip-imports and test-command`
    )
  }
  const verify = raw ?? {}
  rejectUnknownKeys(verify, VERIFY_KEYS, key => inFile(key, HEADER))

  let checks: VerifyCheck[] = VERIFY_CHECKS.filter(
    check => verify[check] === undefined || boolean(verify[check], inFile(check, HEADER))
  )
  if (overrides.verify !== undefined)
    checks = parseOption(option('verify'), overrides.verify, fromFlag('verify')) as VerifyCheck[]

  const shadowing = option('sdkShadowing')
  const sdkShadowing = (
    overrides.sdkShadowing !== undefined
      ? parseOption(shadowing, overrides.sdkShadowing, fromFlag('sdkShadowing'))
      : table['sdk-shadowing'] !== undefined
        ? parseOption(shadowing, table['sdk-shadowing'], inFile('sdk-shadowing'))
        : DEFAULT_VERIFY.sdkShadowing
  ) as SdkShadowing

  const testCommand =
    overrides.testCommand !== undefined
      ? command(overrides.testCommand, fromFlag('testCommand'))
      : verify['test-command'] !== undefined
        ? command(verify['test-command'], inFile('test-command', HEADER))
        : undefined

  return {
    checks,
    sdkShadowing,
    skipImports:
      verify['skip-imports'] === undefined
        ? []
        : stringList(verify['skip-imports'], inFile('skip-imports', HEADER)),
    ...(testCommand ? { testCommand } : {})
  }
}

/** A command as a string (split like a shell would, without running one) or a list of arguments. */
function command(value: unknown, where: Where): string[] | undefined {
  const allowed = 'a command, e.g. "python -m pytest tests", or a list of its arguments'
  if (Array.isArray(value) && value.length && value.every(item => typeof item === 'string'))
    return value
  if (typeof value !== 'string') throw invalid(where, value, allowed)
  if (value.trim() === '') return undefined
  try {
    return splitCommand(value)
  } catch (error) {
    throw invalid(where, value, `${allowed} (${errorMessage(error)})`)
  }
}
