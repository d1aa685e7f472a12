// The Verify step's settings: which checks run on each built layer, and how strictly.

export const VERIFY_CHECKS = ['imports', 'elf', 'sdk'] as const
export type VerifyCheck = (typeof VERIFY_CHECKS)[number]

export const SDK_SHADOWING = ['warn', 'error'] as const
export type SdkShadowing = (typeof SDK_SHADOWING)[number]

export interface VerifyOptions {
  /** Checks switched on. */
  checks: readonly VerifyCheck[]
  /** Whether an SDK shadowing finding warns or fails the build. */
  sdkShadowing: SdkShadowing
  /** Top-level modules the import check leaves out (e.g. one that needs an optional dependency). */
  skipImports: readonly string[]
  /** The project's own tests, run in the runtime image with the layer at /opt (argument array). */
  testCommand?: readonly string[]
}

export const DEFAULT_VERIFY: VerifyOptions = {
  checks: VERIFY_CHECKS,
  sdkShadowing: 'warn',
  skipImports: []
}

/** Splits a command line into arguments: whitespace separates, single or double quotes group. */
export function splitCommand(text: string): string[] {
  const args: string[] = []
  let current = ''
  let quote: string | undefined
  let started = false
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined
      else current += char
    } else if (char === '"' || char === "'") {
      quote = char
      started = true
    } else if (/\s/.test(char)) {
      if (started) args.push(current)
      current = ''
      started = false
    } else {
      current += char
      started = true
    }
  }
  if (quote) throw new Error(`unclosed ${quote} quote`)
  if (started) args.push(current)
  return args
}
