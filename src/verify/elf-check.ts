// The ELF check (no Docker needed): every shared object in the zip must be built for the target's
// architecture and need no glibc symbol version newer than the runtime's glibc.
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../lambda/runtimes.js'
import { glibcMinor, readElf } from './elf.js'
import type { LayerIndex } from './layer-index.js'
import { readZip } from './zip-read.js'

export interface ElfReport {
  /** Shared objects read. */
  files: number
  /** The newest glibc version any of them needs, e.g. "2.17". */
  newestGlibc?: string
  problems: string[]
}

const MACHINES: Record<string, number> = { x86_64: 62, aarch64: 183 }
const SHARED_OBJECT = /\.so(\.\d+)*$/

export async function checkElf(
  zipPath: string,
  index: LayerIndex,
  runtime: Runtime,
  architecture: Architecture
): Promise<ElfReport> {
  const limit = RUNTIMES[runtime].glibc
  const expected = MACHINES[ARCHITECTURES[architecture]]
  const { files } = await readZip(zipPath, name => SHARED_OBJECT.test(name))
  const problems: string[] = []
  let newest = 0
  const owner = (name: string) => {
    const dist = index.ownerOf(name)
    return dist ? ` (package ${dist.name} ${dist.version})` : ' (no package lists it)'
  }
  for (const file of files) {
    let elf
    try {
      elf = readElf(file.data)
    } catch (error) {
      problems.push(
        `${file.name}${owner(file.name)}: unreadable ELF file: ${(error as Error).message}`
      )
      continue
    }
    if (!elf) continue // a linker script or data file named *.so
    if (elf.machine !== expected) {
      problems.push(
        `${file.name}${owner(file.name)} is built for ELF machine ${elf.machine}, not ${ARCHITECTURES[architecture]} (${expected})`
      )
      continue
    }
    const tooNew = elf.needs.filter(need => {
      const minor = glibcMinor(need.version)
      if (minor !== undefined) newest = Math.max(newest, minor)
      return minor !== undefined && minor > limit
    })
    if (tooNew.length) {
      const what = tooNew
        .map(need => `${need.version}${need.symbols.length ? ` (${need.symbols.join(', ')})` : ''}`)
        .join(', ')
      problems.push(
        `${file.name}${owner(file.name)} needs ${what}, but ${runtime} has glibc 2.${limit}`
      )
    }
  }
  return {
    files: files.length,
    ...(newest ? { newestGlibc: `2.${newest}` } : {}),
    problems
  }
}
