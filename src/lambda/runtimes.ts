// The Lambda Python runtimes and architectures: Python version, OS, glibc, and the wheel
// platform tags each combination can load.

export const RUNTIMES = {
  'python3.9': { python: '3.9', os: 'Amazon Linux 2', glibc: 26 },
  'python3.10': { python: '3.10', os: 'Amazon Linux 2', glibc: 26 },
  'python3.11': { python: '3.11', os: 'Amazon Linux 2', glibc: 26 },
  'python3.12': { python: '3.12', os: 'Amazon Linux 2023', glibc: 34 },
  'python3.13': { python: '3.13', os: 'Amazon Linux 2023', glibc: 34 },
  'python3.14': { python: '3.14', os: 'Amazon Linux 2023', glibc: 34 }
} as const

export type Runtime = keyof typeof RUNTIMES
export const RUNTIME_NAMES = Object.keys(RUNTIMES) as Runtime[]
export const DEFAULT_RUNTIME: Runtime = 'python3.12'

/** Lambda's architecture names, and the machine name wheels and ELF files use for each. */
export const ARCHITECTURES = { x86_64: 'x86_64', arm64: 'aarch64' } as const
export type Architecture = keyof typeof ARCHITECTURES
export const ARCHITECTURE_NAMES = Object.keys(ARCHITECTURES) as Architecture[]

/** The runtime's glibc as "2.N". */
export function glibcOf(runtime: Runtime): string {
  return `2.${RUNTIMES[runtime].glibc}`
}

/**
 * uv's --python-platform target for a runtime: the newest manylinux target uv knows that the
 * runtime's glibc can load. uv has no 2_26 target, so Amazon Linux 2 runtimes use 2_17
 * (manylinux2014); wheels tagged only manylinux_2_24..2_26 need the pip installer there.
 */
export function uvPlatform(runtime: Runtime, architecture: Architecture): string {
  const glibc: number = RUNTIMES[runtime].glibc
  const uvTargets = [34, 33, 32, 31, 28, 17]
  const best = uvTargets.find(minor => minor <= glibc) ?? 17
  return `${ARCHITECTURES[architecture]}-manylinux_2_${best}`
}

/**
 * pip's --platform list: pip matches each tag exactly, so name every manylinux tag the runtime's
 * glibc allows, newest first, with the legacy aliases (manylinux2014, manylinux2010, manylinux1).
 */
export function pipPlatforms(runtime: Runtime, architecture: Architecture): string[] {
  const machine = ARCHITECTURES[architecture]
  const oldest = machine === 'x86_64' ? 5 : 17
  const tags: string[] = []
  for (let minor: number = RUNTIMES[runtime].glibc; minor >= oldest; minor--) {
    tags.push(`manylinux_2_${minor}_${machine}`)
    if (minor === 17) tags.push(`manylinux2014_${machine}`)
    if (minor === 12) tags.push(`manylinux2010_${machine}`)
    if (minor === 5) tags.push(`manylinux1_${machine}`)
  }
  return tags
}

/** Where Lambda puts a layer's Python packages on sys.path, relative to the zip root. */
export function sitePackagesPath(runtime: Runtime, layout: 'python' | 'site-packages'): string {
  return layout === 'python'
    ? 'python'
    : `python/lib/python${RUNTIMES[runtime].python}/site-packages`
}
