// Strips debug symbols from a layer's shared objects with a strip that understands the target
// architecture. Never touches auditwheel-vendored libraries (*.libs/: patchelf rewrote them, and
// stripping them breaks loading) nor libraries known to break when stripped.
import { open, stat } from 'node:fs/promises'
import os from 'node:os'
import type { Logger } from '../system/log.js'
import { tail, type Runner } from '../system/process.js'
import { matcher } from './glob.js'

/** Libraries known to break (or lose needed symbols) when stripped; users can add globs. */
export const NEVER_STRIP = [
  '**/libgfortran*',
  '**/libnetcdf*',
  '**/libgdal*',
  '**/libhdf5*',
  '**/libproj*'
]

const ELF_MACHINE = { x86_64: 62, aarch64: 183 } as const
const SHARED_OBJECT = /\.so(\.\d+)*$/

export interface StripCandidate {
  /** Path relative to site-packages. */
  path: string
  source: string
  size: number
}

export interface StripResult {
  files: number
  bytes: number
  tool?: string
  /** Why stripping was skipped or partly failed, for the log and the report. */
  notice?: string
}

/** Strip programs able to handle the machine, in order of preference. */
function stripTools(machine: 'x86_64' | 'aarch64'): string[] {
  const host = os.arch() === 'x64' ? 'x86_64' : os.arch() === 'arm64' ? 'aarch64' : os.arch()
  return [...(host === machine ? ['strip'] : []), `${machine}-linux-gnu-strip`, 'llvm-strip']
}

async function findTool(run: Runner, machine: 'x86_64' | 'aarch64'): Promise<string | undefined> {
  for (const tool of stripTools(machine)) {
    const works = await run(tool, ['--version']).then(
      result => result.code === 0,
      () => false
    )
    if (works) return tool
  }
  return undefined
}

async function elfMachine(file: string): Promise<number | undefined> {
  const handle = await open(file, 'r')
  try {
    const header = Buffer.alloc(20)
    const { bytesRead } = await handle.read(header, 0, 20, 0)
    if (bytesRead < 20 || header.readUInt32BE(0) !== 0x7f454c46) return undefined
    return header[5] === 1 ? header.readUInt16LE(18) : header.readUInt16BE(18)
  } finally {
    await handle.close()
  }
}

export async function stripSharedObjects(
  candidates: StripCandidate[],
  machine: 'x86_64' | 'aarch64',
  extraNeverStrip: readonly string[],
  ctx: { run: Runner; log: Logger }
): Promise<StripResult> {
  const fragile = matcher([...NEVER_STRIP, ...extraNeverStrip])
  const selected: StripCandidate[] = []
  for (const file of candidates) {
    if (
      !SHARED_OBJECT.test(file.path) ||
      /(^|\/)[^/]+\.libs\//.test(file.path) ||
      fragile(file.path)
    )
      continue
    if ((await elfMachine(file.source)) === ELF_MACHINE[machine]) selected.push(file)
  }
  if (selected.length === 0) return { files: 0, bytes: 0 }
  const tool = await findTool(ctx.run, machine)
  if (!tool) {
    return {
      files: 0,
      bytes: 0,
      notice: `no strip for ${machine} found (tried ${stripTools(machine).join(', ')}); shared objects left unstripped`
    }
  }
  const before = selected.reduce((sum, file) => sum + file.size, 0)
  const failures: string[] = []
  for (let i = 0; i < selected.length; i += 64) {
    const batch = selected.slice(i, i + 64)
    const result = await ctx.run(tool, ['--strip-unneeded', ...batch.map(file => file.source)])
    if (result.code !== 0) failures.push(tail(result.stderr, 3))
  }
  let after = 0
  for (const file of selected) after += (await stat(file.source)).size
  return {
    files: selected.length,
    bytes: before - after,
    tool,
    notice: failures.length ? `${tool} failed on some files:\n${failures.join('\n')}` : undefined
  }
}
