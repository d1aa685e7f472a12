// Reads sdk-shadowing and the [tool.lambda-layer.verify] table (check switches, skip-imports,
// test-command) and their overrides into the Verify step's options.
import { isTable, type TomlTable } from '../files/pyproject.js'
import {
  DEFAULT_VERIFY,
  SDK_SHADOWING,
  splitCommand,
  VERIFY_CHECKS,
  type VerifyCheck,
  type VerifyOptions
} from './verify-options.js'
import type { Locate } from './layers.js'
import { VERIFY_KEYS, type ImageOverrides } from './schema.js'
import {
  boolean,
  enumList,
  enumValue,
  invalid,
  rejectUnknownKeys,
  stringList,
  type Where
} from './values.js'

const HEADER = 'tool.lambda-layer.verify'

export function readVerify(
  table: TomlTable,
  overrides: ImageOverrides,
  inFile: Locate,
  fromFlag: (key: keyof ImageOverrides) => Where
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
  if (overrides.verify !== undefined) {
    const names = overrides.verify.flatMap(item => item.split(/[,\s]+/)).filter(Boolean)
    checks =
      names.length === 1 && names[0] === 'none'
        ? []
        : enumList(names, VERIFY_CHECKS, fromFlag('verify'))
  }

  const sdkShadowing =
    overrides.sdkShadowing !== undefined
      ? enumValue(overrides.sdkShadowing, SDK_SHADOWING, fromFlag('sdkShadowing'))
      : table['sdk-shadowing'] !== undefined
        ? enumValue(table['sdk-shadowing'], SDK_SHADOWING, inFile('sdk-shadowing'))
        : DEFAULT_VERIFY.sdkShadowing

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
    return value as string[]
  if (typeof value !== 'string') throw invalid(where, value, allowed)
  if (value.trim() === '') return undefined
  try {
    return splitCommand(value)
  } catch (error) {
    throw invalid(where, value, `${allowed} (${(error as Error).message})`)
  }
}
