// The libstdc++ each Lambda OS ships: the newest GLIBCXX_/CXXABI_ symbol versions its
// libstdc++.so.6 defines, with where each figure comes from.

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
