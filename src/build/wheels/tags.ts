// Wheel file names and the tags a Lambda runtime accepts: CPython 3.X's interpreter and ABI tags,
// and the manylinux platform tags its glibc and architecture can load (PEP 425, 600, 491).
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../../lambda/runtimes.js'
import { normalizeName } from '../../project/project.js'

interface WheelName {
  /** Normalized project name. */
  name: string
  version: string
  pythons: string[]
  abis: string[]
  platforms: string[]
}

/** Reads a wheel's file name; undefined for anything that is not a wheel. */
export function parseWheelName(fileName: string): WheelName | undefined {
  if (!fileName.endsWith('.whl')) return undefined
  const parts = fileName.slice(0, -4).split('-')
  if (parts.length !== 5 && parts.length !== 6) return undefined
  const [name, version] = parts as [string, string]
  const [python, abi, platform] = parts.slice(-3) as [string, string, string]
  return {
    name: normalizeName(name),
    version,
    pythons: python.split('.'),
    abis: abi.split('.'),
    platforms: platform.split('.')
  }
}

/** The version in a source distribution's file name (name-version.tar.gz / .zip). */
export function sdistVersion(fileName: string, name: string): string | undefined {
  const match = /^(.*)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(fileName)
  if (!match) return undefined
  const stem = match[1] as string
  const cut = stem.lastIndexOf('-')
  if (cut <= 0 || normalizeName(stem.slice(0, cut)) !== name) return undefined
  return stem.slice(cut + 1)
}

/** The glibc a manylinux platform tag needs (as the minor of 2.N), or undefined for other tags. */
function manylinuxGlibc(platform: string, machine: string): number | undefined {
  const legacy = { manylinux1: 5, manylinux2010: 12, manylinux2014: 17 } as Record<string, number>
  if (!platform.endsWith(`_${machine}`)) return undefined
  const stem = platform.slice(0, -machine.length - 1)
  if (stem in legacy) return legacy[stem]
  const match = /^manylinux_2_(\d+)$/.exec(stem)
  return match ? Number(match[1]) : undefined
}

/** What a target accepts. */
export interface TargetTags {
  /** "cp311" */
  cpython: string
  minor: number
  machine: string
  glibc: number
}

export function targetTags(runtime: Runtime, architecture: Architecture): TargetTags {
  const minor = Number(RUNTIMES[runtime].python.split('.')[1])
  return {
    cpython: `cp3${minor}`,
    minor,
    machine: ARCHITECTURES[architecture],
    glibc: RUNTIMES[runtime].glibc
  }
}

/** True when the interpreter and ABI tags fit CPython 3.X (cp3X, abi3 from older cp3Y, py3 / py3Y). */
export function fitsPython(wheel: WheelName, target: TargetTags): boolean {
  for (const python of wheel.pythons) {
    for (const abi of wheel.abis) {
      const cp = /^cp3(\d+)$/.exec(python)
      if (cp && abi === target.cpython && python === target.cpython) return true
      if (cp && abi === 'abi3' && Number(cp[1]) <= target.minor && Number(cp[1]) >= 2) return true
      if (abi !== 'none') continue
      if (python === target.cpython || python === 'py3') return true
      const py = /^py3(\d+)$/.exec(python)
      if (py && Number(py[1]) <= target.minor) return true
    }
  }
  return false
}

/**
 * The oldest glibc (2.N minor) among the wheel's platform tags that the target can load: 0 for a
 * pure wheel ("any"), undefined when no tag fits the architecture and glibc.
 */
export function platformNeed(wheel: WheelName, target: TargetTags): number | undefined {
  let best: number | undefined
  for (const platform of wheel.platforms) {
    if (platform === 'any') return 0
    const glibc = manylinuxGlibc(platform, target.machine)
    if (glibc !== undefined && glibc <= target.glibc && (best === undefined || glibc < best))
      best = glibc
  }
  return best
}

/** The oldest glibc any of the wheel's tags for this architecture needs (to say "2_28+ only"). */
export function oldestGlibcFor(wheel: WheelName, machine: string): number | undefined {
  const needs = wheel.platforms
    .map(platform => manylinuxGlibc(platform, machine))
    .filter((n): n is number => n !== undefined)
  return needs.length ? Math.min(...needs) : undefined
}
