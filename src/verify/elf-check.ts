// The ELF check (no Docker needed): every shared object in the zip must be built for the target's
// architecture and need no glibc, GLIBCXX_ or CXXABI_ symbol version newer than the runtime has.
import { errorMessage } from '../errors.js'
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../lambda/runtimes.js'
import { cxxLimitsOf, cxxTooNew, cxxVersion, describeCxx, type CxxLimits } from './cxx-runtime.js'
import { glibcMinor, readElf, type VersionNeed } from './elf.js'
import type { LayerIndex } from './layer-index.js'
import { ELF_MACHINE } from '../files/elf-header.js'
import { eachZipEntry, entryBytes } from '../files/zip-read.js'

export interface ElfReport {
  /** Shared objects read. */
  files: number
  /** The newest glibc version any of them needs, e.g. "2.17". */
  newestGlibc?: string
  /** The newest libstdc++ versions any of them needs from the runtime, e.g. "GLIBCXX_3.4.21". */
  newestCxx?: string[]
  /** The runtime's libstdc++ limits checked against, and where they come from. */
  cxxLimits?: CxxLimits
  problems: string[]
}

const SHARED_OBJECT = /\.so(\.\d+)*$/

export async function checkElf(
  zipPath: string,
  index: LayerIndex,
  runtime: Runtime,
  architecture: Architecture,
  cxx: CxxLimits = cxxLimitsOf(runtime)
): Promise<ElfReport> {
  const limit = RUNTIMES[runtime].glibc
  const expected = ELF_MACHINE[ARCHITECTURES[architecture]]
  const problems: string[] = []
  let newest = 0
  const newestCxx = { glibcxx: -1, cxxabi: -1 }
  const owner = (name: string) => {
    const dist = index.ownerOf(name)
    return dist ? ` (package ${dist.name} ${dist.version})` : ' (no package lists it)'
  }
  let files = 0
  // One shared object in memory at a time: each is read, checked and dropped.
  await eachZipEntry(zipPath, async entry => {
    if (entry.name.endsWith('/') || !SHARED_OBJECT.test(entry.name)) return
    files++
    const file = { name: entry.name, data: await entryBytes(entry) }
    let elf
    try {
      elf = readElf(file.data)
    } catch (error) {
      problems.push(`${file.name}${owner(file.name)}: unreadable ELF file: ${errorMessage(error)}`)
      return
    }
    if (!elf) return // a linker script or data file named *.so
    if (elf.machine !== expected) {
      problems.push(
        `${file.name}${owner(file.name)} is built for ELF machine ${elf.machine}, not ${ARCHITECTURES[architecture]} (${expected})`
      )
      return
    }
    const tooNew = elf.needs.filter(need => {
      const minor = glibcMinor(need.version)
      if (minor !== undefined) newest = Math.max(newest, minor)
      return minor !== undefined && minor > limit
    })
    if (tooNew.length) {
      problems.push(
        `${file.name}${owner(file.name)} needs ${describe(tooNew)}, but ${runtime} has glibc 2.${limit}`
      )
    }
    for (const need of elf.needs) {
      const version = need.library === 'libstdc++.so.6' ? cxxVersion(need.version) : undefined
      if (version) newestCxx[version.kind] = Math.max(newestCxx[version.kind], version.n)
    }
    const cxxNew = cxxTooNew(elf.needs, cxx)
    if (cxxNew.length) {
      problems.push(
        `${file.name}${owner(file.name)} needs ${describe(cxxNew)} from libstdc++.so.6, but ${runtime}'s libstdc++ provides up to ${describeCxx(cxx)} (${cxx.source})`
      )
    }
  })
  const cxxNeeded = [
    newestCxx.glibcxx >= 0 ? `GLIBCXX_3.4${newestCxx.glibcxx ? `.${newestCxx.glibcxx}` : ''}` : '',
    newestCxx.cxxabi >= 0 ? `CXXABI_1.3${newestCxx.cxxabi ? `.${newestCxx.cxxabi}` : ''}` : ''
  ].filter(Boolean)
  return {
    files,
    ...(newest ? { newestGlibc: `2.${newest}` } : {}),
    ...(cxxNeeded.length ? { newestCxx: cxxNeeded } : {}),
    cxxLimits: cxx,
    problems
  }
}

/** "GLIBCXX_3.4.31 (_ZNSt...), CXXABI_1.3.14" for a message. */
function describe(needs: VersionNeed[]): string {
  return needs
    .map(need => `${need.version}${need.symbols.length ? ` (${need.symbols.join(', ')})` : ''}`)
    .join(', ')
}
