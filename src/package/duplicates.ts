// Native libraries vendored more than once: wheels repaired by auditwheel carry their own copy of
// each shared library in `<package>.libs/` (e.g. GDAL in pyogrio.libs, rasterio.libs and
// fiona.libs); the same library in several such folders is paid for once per copy.

export interface LibraryCopy {
  /** Zip path of the copy. */
  path: string
  bytes: number
  /** The layer holding the copy (in a combination of layers). */
  layer?: string
}

export interface DuplicateLibrary {
  /** The library's name without auditwheel's hash and version, e.g. `libgdal`. */
  library: string
  copies: LibraryCopy[]
  /** All copies together. */
  bytes: number
}

/** `python/fiona.libs/libgdal-3f0a1b2c.so.36.3.11.4` -> folder `python/fiona.libs`, file name. */
const VENDORED = /^(.*\.libs)\/(lib[^/]*\.so(?:\.[0-9.]+)?)$/

/** `libgdal-3f0a1b2c.so.36.3.11.4` -> `libgdal`; `libopenblasp-r0-01191904.3.27.so` -> `libopenblasp-r0`. */
function libraryName(file: string): string {
  const base = file.slice(0, file.indexOf('.so'))
  return base.replace(/-[0-9a-f]{8}(?:\.[0-9.]+)?$/, '').replace(/\.[0-9.]+$/, '')
}

/** Libraries found in more than one vendored-library folder, largest combined size first. */
export function duplicateLibraries(files: LibraryCopy[]): DuplicateLibrary[] {
  const byLibrary = new Map<string, Map<string, LibraryCopy>>()
  for (const file of files) {
    const match = VENDORED.exec(file.path)
    if (!match) continue
    const [, folder = '', name = ''] = match
    const library = libraryName(name)
    const folders = byLibrary.get(library) ?? new Map<string, LibraryCopy>()
    byLibrary.set(library, folders)
    // One copy per folder (and layer): a second file of the same library there is a symlink twin.
    const where = `${file.layer ?? ''}\0${folder}`
    const seen = folders.get(where)
    if (!seen || seen.bytes < file.bytes) folders.set(where, file)
  }
  return [...byLibrary.entries()]
    .filter(([, folders]) => folders.size > 1)
    .map(([library, folders]) => {
      const copies = [...folders.values()].sort((a, b) => b.bytes - a.bytes)
      return { library, copies, bytes: copies.reduce((sum, copy) => sum + copy.bytes, 0) }
    })
    .sort((a, b) => b.bytes - a.bytes || (a.library < b.library ? -1 : 1))
}
