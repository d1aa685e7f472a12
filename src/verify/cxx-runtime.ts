// The C++ runtime check: a shared object needing a GLIBCXX_/CXXABI_ symbol version newer than the
// runtime's libstdc++.so.6 provides fails at import. Limits come from the runtime image when it
// could be asked (runtime-info), else from the table of the Lambda runtimes' libstdc++ (src/lambda).
import { LIBSTDCXX_BY_OS, type CxxLimits } from '../lambda/libstdcxx.js'
import { RUNTIMES, type Runtime } from '../lambda/runtimes.js'
import type { VersionNeed } from './elf.js'

export type { CxxLimits }

export function cxxLimitsOf(runtime: Runtime): CxxLimits {
  return LIBSTDCXX_BY_OS[RUNTIMES[runtime].os] as CxxLimits
}

const VERSION = /^(GLIBCXX_3\.4|CXXABI_1\.3)(?:\.(\d+))?$/

/** The kind and number of a libstdc++ symbol version ("GLIBCXX_3.4.30" -> glibcxx 30). */
export function cxxVersion(version: string): { kind: 'glibcxx' | 'cxxabi'; n: number } | undefined {
  const match = VERSION.exec(version)
  if (!match) return undefined
  return { kind: match[1] === 'GLIBCXX_3.4' ? 'glibcxx' : 'cxxabi', n: Number(match[2] ?? 0) }
}

/**
 * The needs a shared object has of the runtime's own libstdc++.so.6 beyond its limits. Needs of
 * a vendored copy (auditwheel renames it, e.g. libstdc++-6e2c1a.so.6.0.33) are satisfied by that
 * copy and not counted.
 */
export function cxxTooNew(needs: readonly VersionNeed[], limits: CxxLimits): VersionNeed[] {
  return needs.filter(need => {
    if (need.library !== 'libstdc++.so.6') return false
    const version = cxxVersion(need.version)
    return version !== undefined && version.n > limits[version.kind]
  })
}

/** "GLIBCXX_3.4.29 and CXXABI_1.3.13" for a message. */
export function describeCxx(limits: CxxLimits): string {
  return `GLIBCXX_3.4.${limits.glibcxx} and CXXABI_1.3.${limits.cxxabi}`
}
