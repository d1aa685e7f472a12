// Reads a written layer zip for Verify: entry names, chosen entries' bytes, and extraction to a
// folder with the zip's permissions (what Lambda puts at /opt).
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import yauzl from 'yauzl'
import { VerifyError } from '../errors.js'

export interface ZipFileEntry {
  name: string
  /** Unix permission bits from the zip (0 when absent). */
  mode: number
  data: Buffer
}

/** Entry names of the zip, and the bytes of the entries `wanted` selects (in zip order). */
export async function readZip(
  zipPath: string,
  wanted: (name: string) => boolean
): Promise<{ names: string[]; files: ZipFileEntry[] }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true }, (error, handle) =>
      error ? reject(error) : resolve(handle)
    )
  )
  const names: string[] = []
  const files: ZipFileEntry[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) return zip.readEntry()
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error('no stream'))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            files.push({
              name: entry.fileName,
              mode: (entry.externalFileAttributes >>> 16) & 0o7777,
              data: Buffer.concat(chunks)
            })
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return { names, files }
}

/** Extracts every entry below `dir` (made world-readable like /opt), refusing paths that escape it. */
export async function extractZip(zipPath: string, dir: string): Promise<void> {
  const { names, files } = await readZip(zipPath, () => true)
  await mkdir(dir, { recursive: true })
  await chmod(dir, 0o755)
  const inside = (name: string) => {
    const target = path.resolve(dir, name)
    if (!target.startsWith(path.resolve(dir) + path.sep))
      throw new VerifyError(path.basename(zipPath), [`entry ${name} points outside the layer`])
    return target
  }
  for (const name of names.filter(n => n.endsWith('/'))) {
    await mkdir(inside(name), { recursive: true, mode: 0o755 })
  }
  for (const file of files) {
    const target = inside(file.name)
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 })
    await writeFile(target, file.data)
    await chmod(target, file.mode || 0o644)
  }
}
