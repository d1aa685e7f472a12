// Reads the machine type from an ELF header (enough to tell x86-64 from AArch64 builds).

export const EM_X86_64 = 62
export const EM_AARCH64 = 183

/** e_machine of an ELF file's first 20 bytes, or undefined if the bytes are not ELF. */
export function elfMachine(header: Buffer): number | undefined {
  if (header.length < 20 || header.readUInt32BE(0) !== 0x7f454c46) return undefined
  const littleEndian = header[5] === 1
  return littleEndian ? header.readUInt16LE(18) : header.readUInt16BE(18)
}
