// Checks on built layer zips shared by the build tests: ELF architecture and wheel platform tags.
import { ARCHITECTURES, RUNTIMES, type Architecture, type Runtime } from '../src/lambda/runtimes.js'
import { EM_AARCH64, EM_X86_64, elfMachine } from './elf.js'
import type { ZipContents } from './zip.js'

/** Shared objects whose ELF machine is not the architecture's. */
export async function foreignSharedObjects(
  zip: ZipContents,
  architecture: Architecture
): Promise<string[]> {
  const expected = architecture === 'arm64' ? EM_AARCH64 : EM_X86_64
  const wrong: string[] = []
  for (const entry of zip.entries) {
    if (!/\.so(\.[\d.]+)?$/.test(entry.name)) continue
    const machine = elfMachine(await zip.read(entry.name, 20))
    if (machine !== expected) wrong.push(`${entry.name} (e_machine ${machine})`)
  }
  return wrong
}

/** Count of shared objects in the zip (to make sure the ELF check looked at something). */
export function sharedObjectCount(zip: ZipContents): number {
  return zip.entries.filter(entry => /\.so(\.[\d.]+)?$/.test(entry.name)).length
}

/**
 * Wheel tags (from each dist-info/WHEEL) that the runtime cannot load: a manylinux tag newer than
 * its glibc, another architecture, or another Python version's ABI.
 */
export async function incompatibleWheelTags(
  zip: ZipContents,
  runtime: Runtime,
  architecture: Architecture
): Promise<string[]> {
  const glibc = RUNTIMES[runtime].glibc
  const machine = ARCHITECTURES[architecture]
  const python = RUNTIMES[runtime].python.replace('.', '')
  const minor = Number(RUNTIMES[runtime].python.split('.')[1])
  const bad: string[] = []
  for (const entry of zip.entries.filter(e => e.name.endsWith('.dist-info/WHEEL'))) {
    const tags = (await zip.read(entry.name))
      .toString('utf8')
      .split('\n')
      .filter(line => line.startsWith('Tag: '))
      .map(line => line.slice(5).trim())
    const loadable = tags.some(tag => {
      const [interpreter = '', abi = '', platform = ''] = tag.split('-')
      if (platform === 'any') return true
      const platformOk = platform.split('.').some(p => {
        const modern = /^manylinux_2_(\d+)_(\w+)$/.exec(p)
        if (modern) return Number(modern[1]) <= glibc && modern[2] === machine
        const legacy = /^manylinux(1|2010|2014)_(\w+)$/.exec(p)
        return legacy !== null && legacy[2] === machine
      })
      const abiOk = abi === 'abi3' || abi === 'none' || abi === `cp${python}`
      const interpreterOk = interpreter
        .split('.')
        .some(
          i =>
            i === `cp${python}` ||
            i === 'py3' ||
            (abi === 'abi3' && /^cp3\d+$/.test(i) && Number(i.slice(3)) <= minor)
        )
      return platformOk && abiOk && interpreterOk
    })
    if (!loadable) bad.push(`${entry.name}: ${tags.join(', ')}`)
  }
  return bad
}
