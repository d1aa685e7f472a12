// The ELF header: whether bytes are ELF at all, their class and byte order, and the machine they
// are built for. The one place that reads it (Shape's strip, Verify's ELF reader, external zips).
import { open } from 'node:fs/promises'

/** e_machine by the machine names wheels and ELF files use (ARCHITECTURES' values). */
export const ELF_MACHINE = { x86_64: 62, aarch64: 183 } as const

interface ElfHeader {
  /** ELFCLASS64 (else 32-bit). */
  is64: boolean
  littleEndian: boolean
  /** e_machine: 62 x86-64, 183 AArch64. */
  machine: number
}

/** Bytes up to and including e_machine: enough for readElfHeader. */
export const ELF_HEADER_BYTES = 20

/** The header of ELF bytes; undefined when they are not ELF (or too short to say). */
export function readElfHeader(data: Buffer): ElfHeader | undefined {
  if (data.length < ELF_HEADER_BYTES || data.readUInt32BE(0) !== 0x7f454c46) return undefined
  const littleEndian = data[5] === 1
  const machine = littleEndian ? data.readUInt16LE(18) : data.readUInt16BE(18)
  return { is64: data[4] === 2, littleEndian, machine }
}

/** The machine a file on disk is built for, reading only its header; undefined when not ELF. */
export async function elfMachineOf(file: string): Promise<number | undefined> {
  const handle = await open(file, 'r')
  try {
    const header = Buffer.alloc(ELF_HEADER_BYTES)
    const { bytesRead } = await handle.read(header, 0, ELF_HEADER_BYTES, 0)
    return readElfHeader(header.subarray(0, bytesRead))?.machine
  } finally {
    await handle.close()
  }
}
