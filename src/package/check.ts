// Reads a freshly written zip back with an independent reader (yauzl) and checks its entry count
// and every entry's CRC-32 before the zip is reported.
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import zlib from 'node:zlib'
import { BuildError } from '../errors.js'
import { eachZipEntry } from '../files/zip-read.js'

export async function checkZip(zipPath: string, expectedEntries: number): Promise<void> {
  let count = 0
  await eachZipEntry(zipPath, async entry => {
    count++
    let crc = 0
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        crc = zlib.crc32(chunk, crc)
        done()
      }
    })
    await pipeline(await entry.open(), sink)
    if (crc >>> 0 !== entry.crc32)
      throw new BuildError(`${zipPath}: entry ${entry.name} fails its CRC check`)
  })
  if (count !== expectedEntries) {
    throw new BuildError(`${zipPath}: ${count} entries read back, ${expectedEntries} written`)
  }
}
