// Reads a zip the way a test needs it: every entry's name, mode, sizes, and (on demand) bytes.
import yauzl from 'yauzl'

export interface ZipEntryInfo {
  name: string
  /** Unix mode from the external attributes (0 when absent). */
  mode: number
  /** 0 stored, 8 deflated. */
  compressionMethod: number
  compressedSize: number
  uncompressedSize: number
  crc32: number
  extraFieldLength: number
  lastModified: Date
}

export interface ZipContents {
  entries: ZipEntryInfo[]
  /** Reads the first `bytes` bytes (or everything) of an entry. */
  read(name: string, bytes?: number): Promise<Buffer>
  close(): void
}

export async function openZip(file: string): Promise<ZipContents> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, handle) =>
      error ? reject(error) : resolve(handle)
    )
  )
  const raw = new Map<string, yauzl.Entry>()
  const entries: ZipEntryInfo[] = []
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      raw.set(entry.fileName, entry)
      entries.push({
        name: entry.fileName,
        mode: (entry.externalFileAttributes >>> 16) & 0o177777,
        compressionMethod: entry.compressionMethod,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        crc32: entry.crc32,
        extraFieldLength: entry.extraFields.reduce((sum, field) => sum + 4 + field.data.length, 0),
        lastModified: entry.getLastModDate()
      })
      zip.readEntry()
    })
    zip.on('end', () => resolve())
    zip.on('error', reject)
    zip.readEntry()
  })
  const read = (name: string, bytes?: number) =>
    new Promise<Buffer>((resolve, reject) => {
      const entry = raw.get(name)
      if (!entry) return reject(new Error(`no entry ${name}`))
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('no stream'))
        const chunks: Buffer[] = []
        let total = 0
        stream.on('data', (chunk: Buffer) => {
          chunks.push(chunk)
          total += chunk.length
          if (bytes !== undefined && total >= bytes) {
            stream.destroy()
            resolve(Buffer.concat(chunks).subarray(0, bytes))
          }
        })
        stream.on('end', () => resolve(Buffer.concat(chunks)))
        stream.on('error', reject)
      })
    })
  return { entries, read, close: () => zip.close() }
}

/** Normalized distribution names from the `*.dist-info` folders in a zip. */
export function distributionsIn(entries: ZipEntryInfo[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const { name } of entries) {
    const match = /(?:^|\/)([^/]+)-([^-/]+)\.dist-info\/METADATA$/.exec(name)
    if (match?.[1] && match[2]) found.set(match[1].toLowerCase().replace(/[-_.]+/g, '-'), match[2])
  }
  return found
}
