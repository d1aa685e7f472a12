// The files a written zip holds and their unzipped sizes, read from its central directory only:
// what Lambda would extract, without reading any file's bytes.
import yauzl from 'yauzl'

/** Zip path -> unzipped bytes, for every file entry (directories left out). */
export async function zipListing(zipPath: string): Promise<Map<string, number>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (error, handle) =>
      error ? reject(error) : resolve(handle)
    )
  )
  const files = new Map<string, number>()
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) files.set(entry.fileName, entry.uncompressedSize)
        zip.readEntry()
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return files
}
