// A small ELF reader: the machine a shared object is built for, and the symbol versions it needs
// from each library (.gnu.version_r), with the undefined symbols that need them (.dynsym +
// .gnu.version).
import { readElfHeader } from '../files/elf-header.js'

export interface VersionNeed {
  /** The library, e.g. libc.so.6. */
  library: string
  /** The version, e.g. GLIBC_2.27. */
  version: string
  /** Undefined symbols bound to this version, e.g. memfd_create. */
  symbols: string[]
}

interface ElfInfo {
  /** e_machine (ELF_MACHINE in files/elf-header.ts). */
  machine: number
  needs: VersionNeed[]
}

const SHT_DYNSYM = 11
const SHT_GNU_VERNEED = 0x6ffffffe
const SHT_GNU_VERSYM = 0x6fffffff

interface Section {
  type: number
  offset: number
  size: number
  link: number
  info: number
  entsize: number
}

/** Section header field offsets, for ELF64 and ELF32 (type, link and info are 32-bit in both). */
const SECTION_FIELDS = {
  64: { type: 4, offset: 24, size: 32, link: 40, info: 44, entsize: 56 },
  32: { type: 4, offset: 16, size: 20, link: 24, info: 28, entsize: 36 }
}

/** Parses an ELF file; undefined when the bytes are not ELF. Throws on a truncated or corrupt file. */
export function readElf(data: Buffer): ElfInfo | undefined {
  const header = readElfHeader(data)
  if (data.length < 52 || !header) return undefined
  const { is64, littleEndian: le, machine } = header
  const u16 = (at: number) => (le ? data.readUInt16LE(at) : data.readUInt16BE(at))
  const u32 = (at: number) => (le ? data.readUInt32LE(at) : data.readUInt32BE(at))
  const addr = (at: number) =>
    is64 ? Number(le ? data.readBigUInt64LE(at) : data.readBigUInt64BE(at)) : u32(at)
  const shoff = addr(is64 ? 0x28 : 0x20)
  const shentsize = u16(is64 ? 0x3a : 0x2e)
  const shnum = u16(is64 ? 0x3c : 0x30)
  const field = SECTION_FIELDS[is64 ? 64 : 32]
  const sections: Section[] = []
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize
    if (at + shentsize > data.length) throw new Error('section headers past the end of the file')
    sections.push({
      type: u32(at + field.type),
      offset: addr(at + field.offset),
      size: addr(at + field.size),
      link: u32(at + field.link),
      info: u32(at + field.info),
      entsize: addr(at + field.entsize)
    })
  }
  const string = (section: Section | undefined, at: number) => {
    if (!section) return ''
    const start = section.offset + at
    const end = data.indexOf(0, start)
    return data.toString('latin1', start, end < 0 ? data.length : end)
  }

  // .gnu.version_r: per library, the versions it must provide, by version index.
  const byIndex = new Map<number, VersionNeed>()
  const needs: VersionNeed[] = []
  for (const section of sections.filter(s => s.type === SHT_GNU_VERNEED)) {
    const strings = sections[section.link]
    let at = section.offset
    for (let n = 0; n < section.info; n++) {
      const library = string(strings, u32(at + 4))
      let aux = at + u32(at + 8)
      for (let k = 0; k < u16(at + 2); k++) {
        const need = { library, version: string(strings, u32(aux + 8)), symbols: [] }
        byIndex.set(u16(aux + 6) & 0x7fff, need)
        needs.push(need)
        const next = u32(aux + 12)
        if (!next) break
        aux += next
      }
      const next = u32(at + 12)
      if (!next) break
      at += next
    }
  }

  // .dynsym with .gnu.version: which undefined symbol needs which version.
  const dynsym = sections.find(s => s.type === SHT_DYNSYM)
  const versym = sections.find(s => s.type === SHT_GNU_VERSYM)
  if (dynsym && versym && byIndex.size) {
    const strings = sections[dynsym.link]
    const entsize = dynsym.entsize || (is64 ? 24 : 16)
    const count = Math.floor(dynsym.size / entsize)
    for (let i = 1; i < count; i++) {
      const at = dynsym.offset + i * entsize
      const shndx = u16(at + (is64 ? 6 : 14))
      if (shndx !== 0) continue // defined here, not needed from a library
      const need = byIndex.get(u16(versym.offset + i * 2) & 0x7fff)
      if (need) need.symbols.push(string(strings, u32(at)))
    }
  }
  return { machine, needs }
}

/** glibc symbol version "GLIBC_2.27" as its minor number (27); undefined for other versions. */
export function glibcMinor(version: string): number | undefined {
  const match = /^GLIBC_2\.(\d+)(?:\.\d+)?$/.exec(version)
  return match ? Number(match[1]) : undefined
}
