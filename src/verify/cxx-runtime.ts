// The C++ runtime check: a shared object needing a GLIBCXX_/CXXABI_ symbol version newer than the
// runtime's libstdc++.so.6 provides fails at import. Limits come from the runtime image when it
// could be asked (runtime-info), else from this table of the Lambda runtimes' libstdc++.
import { RUNTIMES, type Runtime } from '../plan/runtimes.js'
import type { VersionNeed } from './elf.js'

/** The newest symbol versions a libstdc++.so.6 defines, as their last number (3.4.N, 1.3.N). */
export interface CxxLimits {
  glibcxx: number
  cxxabi: number
  /** Where the figures come from: the runtime image, or the table's source. */
  source: string
}

/**
 * libstdc++ of each Lambda OS. The GCC version each OS ships is mapped to its symbol versions
 * with the libstdc++ manual's ABI table (https://gcc.gnu.org/onlinedocs/libstdc++/manual/abi.html,
 * "Symbol versioning": GCC 7.2.0 = GLIBCXX_3.4.24, CXXABI_1.3.11; GCC 11.1.0 = GLIBCXX_3.4.29,
 * CXXABI_1.3.13; no new versions in the 7.x and 11.x point releases after those).
 */
export const LIBSTDCXX_BY_OS: Record<string, CxxLimits> = {
  'Amazon Linux 2': {
    glibcxx: 24,
    cxxabi: 11,
    source:
      'Amazon Linux 2 ships libstdc++ 7.3.1 (GCC 7 series; package libstdc++-7.3.1 in amzn2-core)'
  },
  'Amazon Linux 2023': {
    glibcxx: 29,
    cxxabi: 13,
    source: 'Amazon Linux 2023 ships libstdc++ 11.4.1 (GCC 11 series; package libstdc++-11.4.1)'
  }
}

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
