// Reads a freshly written zip back with an independent reader (yauzl) and checks its entry count
// and every entry's CRC-32 before the zip is reported.
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import zlib from 'node:zlib'
import yauzl from 'yauzl'
import { BuildError } from '../errors.js'

export async function checkZip(zipPath: string, expectedEntries: number): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true }, (error, handle) =>
      error ? reject(error) : resolve(handle)
    )
  )
  let count = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        count++
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error('no stream'))
          let crc = 0
          const sink = new Writable({
            write(chunk: Buffer, _encoding, done) {
              crc = zlib.crc32(chunk, crc)
              done()
            }
          })
          pipeline(stream, sink).then(() => {
            if (crc >>> 0 !== entry.crc32) {
              reject(new BuildError(`${zipPath}: entry ${entry.fileName} fails its CRC check`))
            } else zip.readEntry()
          }, reject)
        })
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  if (count !== expectedEntries) {
    throw new BuildError(`${zipPath}: ${count} entries read back, ${expectedEntries} written`)
  }
}
