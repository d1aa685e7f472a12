// The wheel decision, made before installing: for each pinned requirement that applies to the
// target, does the index publish a wheel the runtime can load? Every blocker is named, with why
// and the newest version that does publish a compatible wheel.
import { glibcOf, uvPlatform, type Architecture, type Runtime } from '../../lambda/runtimes.js'
import { normalizeName } from '../../project/project.js'
import { compareVersions, sameVersion } from '../../system/versions.js'
import type { IndexClient, IndexFile } from './index-client.js'
import {
  evaluateMarker,
  targetEnvironment,
  versionMatches,
  type MarkerEnvironment
} from './markers.js'
import {
  fitsPython,
  oldestGlibcFor,
  parseWheelName,
  platformNeed,
  sdistVersion,
  targetTags,
  type TargetTags
} from './tags.js'

export interface PinnedRequirement {
  name: string
  version: string
}

export interface Blocker extends PinnedRequirement {
  /** One sentence: why the pin has no wheel, and the newest version that has one (or none). */
  reason: string
  /** The newest version with a compatible wheel, when one exists. */
  newest?: string
}

export interface Availability {
  blockers: Blocker[]
  /** Pins not on any index the installer reads. */
  unknown: PinnedRequirement[]
  /** Pins whose only compatible wheels need glibc above uv's manylinux target (Amazon Linux 2: 2_24/2_26). */
  beyondUv: PinnedRequirement[]
}

/** Pinned requirements (name==version) of requirement lines whose markers hold for the target. */
export function pinnedFor(
  lines: string[],
  runtime: Runtime,
  architecture: Architecture,
  extras: string[] = []
): PinnedRequirement[] {
  const env = targetEnvironment(runtime, architecture, extras)
  const pins = new Map<string, PinnedRequirement>()
  for (const raw of lines) {
    const line = raw.replace(/\s+#.*$/, '').trim()
    if (!line || line.startsWith('#') || line.startsWith('-')) continue
    const [spec = '', marker] = line.split(/;(.*)/s, 2)
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,;]+)\s*$/.exec(
      spec.trim()
    )
    if (!match) continue
    if (applies(marker, env)) {
      const name = normalizeName(match[1] as string)
      pins.set(name, { name, version: match[2] as string })
    }
  }
  return [...pins.values()]
}

/** Whether a line's marker holds; an unreadable marker counts as holding (check rather than skip). */
function applies(marker: string | undefined, env: MarkerEnvironment): boolean {
  try {
    return marker ? evaluateMarker(marker, env) : true
  } catch {
    return true
  }
}

/** Decides every pin against the index; at most `parallel` index requests at once. */
export async function checkAvailability(
  pins: PinnedRequirement[],
  runtime: Runtime,
  architecture: Architecture,
  client: IndexClient,
  parallel = 8
): Promise<Availability> {
  const tags = targetTags(runtime, architecture)
  const uvGlibc = Number(/_2_(\d+)$/.exec(uvPlatform(runtime, architecture))?.[1] ?? 17)
  const result: Availability = { blockers: [], unknown: [], beyondUv: [] }
  const queue = [...pins]
  const worker = async () => {
    for (let pin = queue.shift(); pin; pin = queue.shift()) {
      const files = await client.files(pin.name)
      if (!files) {
        result.unknown.push(pin)
        continue
      }
      const need = bestNeed(filesOf(files, pin.name, pin.version), tags)
      if (need === undefined) result.blockers.push(blocker(pin, files, tags, runtime))
      else if (need > uvGlibc) result.beyondUv.push(pin)
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, pins.length) }, worker))
  const byName = (a: PinnedRequirement, b: PinnedRequirement) => a.name.localeCompare(b.name)
  result.blockers.sort(byName)
  result.unknown.sort(byName)
  result.beyondUv.sort(byName)
  return result
}

/** The lowest glibc a compatible wheel among these files needs; undefined when none fits. */
function bestNeed(files: IndexFile[], tags: TargetTags): number | undefined {
  let best: number | undefined
  for (const file of files) {
    const wheel = parseWheelName(file.filename)
    if (!wheel || !fitsPython(wheel, tags)) continue
    if (file.requiresPython && !versionMatches(`3.${tags.minor}.99`, file.requiresPython)) continue
    const need = platformNeed(wheel, tags)
    if (need !== undefined && (best === undefined || need < best)) best = need
  }
  return best
}

function fileVersion(file: IndexFile, name: string): string | undefined {
  return parseWheelName(file.filename)?.version ?? sdistVersion(file.filename, name)
}

function filesOf(files: IndexFile[], name: string, version: string): IndexFile[] {
  return files.filter(file => {
    const found = fileVersion(file, name)
    return found !== undefined && sameVersion(found, version)
  })
}

function blocker(
  pin: PinnedRequirement,
  files: IndexFile[],
  tags: TargetTags,
  runtime: Runtime
): Blocker {
  const what = `${pin.name} ${pin.version}`
  const own = filesOf(files, pin.name, pin.version)
  const wheels = own.map(file => parseWheelName(file.filename)).filter(w => w !== undefined)
  const forPython = wheels.filter(wheel => fitsPython(wheel, tags))
  const forMachine = forPython
    .map(wheel => oldestGlibcFor(wheel, tags.machine))
    .filter((n): n is number => n !== undefined)
  let why: string
  if (own.length === 0) why = `the index lists no files for ${what}`
  else if (wheels.length === 0) why = `${what} publishes only a source distribution`
  else if (forPython.length === 0) why = `${what} publishes no ${tags.cpython} wheel`
  else if (forMachine.length === 0)
    why = `${what} publishes no ${tags.machine} wheel for ${tags.cpython}`
  else
    why = `${what} publishes only manylinux_2_${Math.min(...forMachine)}+ wheels for ${tags.cpython} ${tags.machine} — ${runtime} runs on glibc ${glibcOf(runtime)}`

  const newest = newestCompatible(files, pin, tags)
  if (newest)
    return {
      ...pin,
      newest,
      reason: `${why}; ${pin.name} ${newest} is the newest with a compatible wheel`
    }
  const anyForMachine = files.some(file => {
    const wheel = parseWheelName(file.filename)
    return wheel && wheel.platforms.some(p => p === 'any' || p.endsWith(`_${tags.machine}`))
  })
  const none = anyForMachine
    ? `no version of ${pin.name} publishes a wheel ${runtime} ${tags.machine} can load`
    : `${pin.name} publishes no ${tags.machine} wheel at any version`
  return { ...pin, reason: `${why}; ${none}` }
}

function newestCompatible(
  files: IndexFile[],
  pin: PinnedRequirement,
  tags: TargetTags
): string | undefined {
  const pre = isPrerelease(pin.version)
  const versions = new Map<string, IndexFile[]>()
  for (const file of files) {
    if (file.yanked) continue
    const version = fileVersion(file, pin.name)
    if (!version || (!pre && isPrerelease(version))) continue
    const list = versions.get(version) ?? []
    list.push(file)
    versions.set(version, list)
  }
  const sorted = [...versions.entries()].sort(([a], [b]) => compareVersions(b, a))
  return sorted.find(([, list]) => bestNeed(list, tags) !== undefined)?.[0]
}

const isPrerelease = (version: string) =>
  /(a|b|rc|alpha|beta|c|pre|preview|dev)\d*/i.test(version.replace(/^\d+(\.\d+)*/, ''))
