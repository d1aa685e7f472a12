// Strips debug symbols from a layer's shared objects with a strip that understands the target
// architecture. Never touches auditwheel-vendored libraries (*.libs/: patchelf rewrote them, and
// stripping them breaks loading) nor libraries known to break when stripped. With a results
// folder, the stripped form of each shared object is kept by content and reused across layers.
import type { BigIntStats } from 'node:fs'
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import os from 'node:os'
import { ELF_MACHINE, elfMachineOf } from '../files/elf-header.js'
import { fileIdentity } from '../files/tree.js'
import type { Logger } from '../system/log.js'
import { exists } from '../system/exists.js'
import { tail, type Runner } from '../system/process.js'
import { fileSha256, placeFile, resultPath, settingsTag, touch } from '../system/file-results.js'
import { limiter } from '../system/in-order.js'
import { matcher } from './glob.js'

/** Libraries known to break (or lose needed symbols) when stripped; users can add globs. */
const NEVER_STRIP = [
  '**/libgfortran*',
  '**/libnetcdf*',
  '**/libgdal*',
  '**/libhdf5*',
  '**/libproj*'
]

const SHARED_OBJECT = /\.so(\.\d+)*$/

interface StripCandidate {
  /** Path relative to site-packages. */
  path: string
  source: string
  size: number
}

interface StripResult {
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

/** The first strip that runs, with the first line of its `--version` (part of the results' key). */
async function findTool(
  run: Runner,
  machine: 'x86_64' | 'aarch64'
): Promise<{ tool: string; version: string } | undefined> {
  for (const tool of stripTools(machine)) {
    const version = await run(tool, ['--version']).then(
      result => (result.code === 0 ? (result.stdout.split('\n')[0] ?? '') : undefined),
      () => undefined
    )
    if (version !== undefined) return { tool, version }
  }
  return undefined
}

const STRIP_FLAGS = ['--strip-unneeded']

/** Shared objects read at once (their ELF headers, then their content to look up results). */
const FILES_AT_ONCE = 4

/**
 * SHA-256 of each installed shared object, by its identity (inode and times, files/tree.ts): layers
 * of one build share the installer's files (hard links to one inode), so each is read once however
 * many layers hold it. Strip never writes into them (it works on a copy of its own), and a file
 * changed in place has another modification time.
 */
const digests = new Map<string, Promise<string>>()

function contentDigest(file: string, info: BigIntStats): Promise<string> {
  const key = fileIdentity(info)
  if (!key) return fileSha256(file)
  let digest = digests.get(key)
  if (!digest) {
    digest = fileSha256(file)
    digest.catch(() => digests.delete(key))
    digests.set(key, digest)
  }
  return digest
}

export async function stripSharedObjects(
  candidates: StripCandidate[],
  machine: 'x86_64' | 'aarch64',
  extraNeverStrip: readonly string[],
  ctx: { run: Runner; log: Logger; resultsDir?: string }
): Promise<StripResult> {
  const fragile = matcher([...NEVER_STRIP, ...extraNeverStrip])
  const strippable = candidates.filter(
    file =>
      SHARED_OBJECT.test(file.path) && !/(^|\/)[^/]+\.libs\//.test(file.path) && !fragile(file.path)
  )
  const inTurn = limiter(FILES_AT_ONCE)
  const machines = await Promise.all(
    strippable.map(file => inTurn(() => elfMachineOf(file.source)))
  )
  const selected = strippable.filter((_, i) => machines[i] === ELF_MACHINE[machine])
  if (selected.length === 0) return { files: 0, bytes: 0 }
  const found = await findTool(ctx.run, machine)
  if (!found) {
    return {
      files: 0,
      bytes: 0,
      notice: `no strip for ${machine} found (tried ${stripTools(machine).join(', ')}); shared objects left unstripped`
    }
  }
  const { tool } = found
  const before = selected.reduce((sum, file) => sum + file.size, 0)
  // Shared objects another layer or run already stripped (same content, tool and flags) are reused.
  const tag = settingsTag('strip', found.version, machine, ...STRIP_FLAGS)
  // The key holds the file's mode too: a placed result is a link and brings its own mode along.
  const looked = await Promise.all(
    selected.map(file =>
      inTurn(async () => {
        if (!ctx.resultsDir) return { file }
        const info = await stat(file.source, { bigint: true })
        const digest = await contentDigest(file.source, info)
        const mode = (Number(info.mode) & 0o777).toString(8)
        const result = resultPath(ctx.resultsDir, 'strip', tag, `${digest}-${mode}`)
        if (!(await exists(result))) return { file, result }
        await placeFile(result, file.source)
        await touch(result)
        return undefined
      })
    )
  )
  const todo = looked.filter(item => item !== undefined)
  const failures: string[] = []
  for (let i = 0; i < todo.length; i += 64) {
    const batch = todo.slice(i, i + 64)
    // strip writes into a hard-linked file in place (it keeps links): give each its own copy
    // first, so the installer's cache, linked to the installed files, is never changed.
    for (const { file } of batch) await ownCopy(file.source)
    const result = await ctx.run(tool, [...STRIP_FLAGS, ...batch.map(item => item.file.source)])
    if (result.code !== 0) failures.push(tail(result.stderr, 3))
    else {
      for (const { file, result: keep } of batch) {
        if (!keep) continue
        await mkdir(path.dirname(keep), { recursive: true })
        await placeFile(file.source, keep)
      }
    }
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

/** Replaces a file by a copy of itself (a new inode, same mode), through a rename. */
async function ownCopy(file: string): Promise<void> {
  const partial = `${file}.own-${process.pid}`
  try {
    await copyFile(file, partial)
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
  }
}
