import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/package/deflate/worker.ts
// The deflate worker: a worker thread started by pool.ts. For each file of a batch it takes the
// CRC-32 and SHA-256 of the file's bytes (a file up to 4 MiB read whole into the WebAssembly
// module's memory, a larger one piece by piece) and looks its result up in the per-file cache; a
// hit is read straight into the batch's reply buffer. Else the file is deflated with libdeflate in
// the module's memory and the result is proven: it inflates, with zlib, to exactly the file's
// bytes. Only a proven result is kept in the cache, with the CRC-32 of its own bytes, so a result
// taken from the cache is checked by that checksum instead of by inflating it again. The zip's
// read-back check (check.ts) then need not inflate either. The module's memory grows to the size of
// the files compressed here, never for results taken from the cache.






/** Results of files larger than this are checked piece by piece (inflatesByStream). */
const LARGE_BYTES = 1024 * 1024;
/** Bytes zlib inflates per piece: a callback for every 16 KiB (its default) takes twice the time. */
const PIECE_BYTES = 64 * 1024;
const { module: worker_module } = external_node_worker_threads_namespaceObject.workerData;
const wasm = new WebAssembly.Instance(worker_module, {}).exports;
const compressors = new Map();
const input = { pointer: 0, capacity: 0 };
const output = { pointer: 0, capacity: 0 };
function compressor(level) {
    let pointer = compressors.get(level);
    if (pointer === undefined) {
        pointer = wasm.compressor_new(level);
        if (!pointer)
            throw new Error(`no deflate compressor for level ${level}`);
        compressors.set(level, pointer);
    }
    return pointer;
}
/** A buffer of at least `size` bytes in the module's memory (which grows and never shrinks). */
function reserve(slot, size) {
    if (slot.capacity < size) {
        if (slot.pointer)
            wasm.buffer_free(slot.pointer);
        const capacity = Math.max(size, 1 << 20);
        slot.pointer = wasm.buffer_alloc(capacity);
        slot.capacity = slot.pointer ? capacity : 0;
        if (!slot.pointer)
            throw new Error(`not enough memory to compress ${size} bytes`);
    }
    return slot.pointer;
}
/** Reads exactly `view.length` bytes at `position`; false when the file ends sooner. */
function readFully(fd, view, position) {
    let read = 0;
    while (read < view.length) {
        const bytes = (0,external_node_fs_namespaceObject.readSync)(fd, view, read, view.length - read, position + read);
        if (bytes === 0)
            return false;
        read += bytes;
    }
    return true;
}
/** Fills `view` with the file's bytes; a file of another size than the view is an error. */
function readWhole(source, view) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(source, 'r');
    try {
        if (!readFully(fd, view, 0) || (0,external_node_fs_namespaceObject.readSync)(fd, new Uint8Array(1), 0, 1, view.length) !== 0)
            throw new Error('changed size while it was being zipped');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Bytes before a cached result's data: the content's CRC-32, the method, the data's CRC-32. */
const HEADER_BYTES = 9;
/** A cached result that failed its checksum after its bytes were read into the destination. */
const DAMAGED = 'damaged';
/**
 * A cached result for content of this CRC-32 and size, its data read straight into `into` (room
 * for `size` bytes: nothing is allocated per file); undefined when there is none, DAMAGED when one
 * failed its checksum after overwriting `into`. The file holds 4 bytes of CRC-32 (checked against
 * the content), 1 byte of method, 4 bytes of the data's own CRC-32 (checked against the data
 * read), then the data (none when stored).
 */
function cached(file, crc, size, into) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const length = (0,external_node_fs_namespaceObject.fstatSync)(fd).size - HEADER_BYTES;
        const header = Buffer.alloc(HEADER_BYTES);
        if (length < 0 || length >= size || !readFully(fd, header, 0))
            return undefined;
        const method = header[4];
        if (header.readUInt32LE(0) !== crc >>> 0 || (method !== 0 && method !== 8))
            return undefined;
        if ((method === 8) !== length > 0)
            return undefined;
        const data = into.subarray(0, length);
        if (!readFully(fd, data, HEADER_BYTES))
            return DAMAGED;
        if (header.readUInt32LE(5) !== (0,external_node_zlib_namespaceObject.crc32)(data) >>> 0)
            return DAMAGED;
        const now = new Date();
        try {
            (0,external_node_fs_namespaceObject.futimesSync)(fd, now, now);
        }
        catch {
            // Only the cache's age-based cleanup uses the time.
        }
        return { method, length };
    }
    catch {
        return DAMAGED;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Folders this worker made (or found) for results: one per settings tag. */
const folders = new Set();
/**
 * Keeps a proven result in the cache (write, then rename); a cache that cannot be written is
 * skipped.
 */
function store(file, crc, method, data) {
    try {
        const folder = (0,external_node_path_namespaceObject.join)(file, '..');
        if (!folders.has(folder)) {
            (0,external_node_fs_namespaceObject.mkdirSync)(folder, { recursive: true });
            folders.add(folder);
        }
        const header = Buffer.alloc(HEADER_BYTES);
        header.writeUInt32LE(crc >>> 0, 0);
        header[4] = method;
        header.writeUInt32LE((0,external_node_zlib_namespaceObject.crc32)(data) >>> 0, 5);
        const partial = `${file}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
        const fd = (0,external_node_fs_namespaceObject.openSync)(partial, 'w');
        try {
            (0,external_node_fs_namespaceObject.writeSync)(fd, header);
            for (let at = 0; at < data.length;)
                at += (0,external_node_fs_namespaceObject.writeSync)(fd, data, at);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        (0,external_node_fs_namespaceObject.renameSync)(partial, file);
    }
    catch {
        // The cache only saves time.
    }
}
/**
 * Whether `deflated` inflates (by zlib, independent of libdeflate) to exactly `raw`, using all of
 * its bytes: trailing bytes would change the zip, not what it unzips to.
 */
async function inflatesTo(deflated, raw) {
    if (deflated.length === 0 || raw.length === 0)
        return false;
    return raw.length > LARGE_BYTES ? inflatesByStream(deflated, raw) : inflatesWhole(deflated, raw);
}
function inflatesWhole(deflated, raw) {
    try {
        // One output buffer with a byte to spare, so zlib neither asks for another nor joins pieces.
        const chunkSize = Math.max(raw.length + 1, 64);
        // `info` (documented, not in the types) also returns the engine, which counts the bytes used.
        const options = { info: true, maxOutputLength: raw.length, chunkSize };
        const inflated = (0,external_node_zlib_namespaceObject.inflateRawSync)(deflated, options);
        return inflated.engine.bytesWritten === deflated.length && inflated.buffer.equals(raw);
    }
    catch {
        // Corrupt data, or more bytes than the file has (maxOutputLength).
        return false;
    }
}
/** The same check piece by piece, for a large file: memory stays a few chunks, not the file. */
function inflatesByStream(deflated, raw) {
    return new Promise(resolve => {
        const inflater = (0,external_node_zlib_namespaceObject.createInflateRaw)({ chunkSize: PIECE_BYTES });
        let offset = 0;
        let same = true;
        inflater.on('data', (chunk) => {
            same &&= offset + chunk.length <= raw.length;
            same &&= chunk.equals(raw.subarray(offset, offset + chunk.length));
            offset += chunk.length;
        });
        inflater.on('error', () => resolve(false));
        inflater.on('end', () => resolve(same && offset === raw.length && inflater.bytesWritten === deflated.length));
        inflater.end(deflated);
    });
}
/** Whether this batch keeps results for files of this size. */
function keeps({ cache, level }, size) {
    return cache !== undefined && level > 0 && size >= cache.minBytes;
}
/** The SHA-256 (hex) keying content `raw` in the cache, when this batch keeps results for it. */
function cacheDigest(batch, raw) {
    return keeps(batch, raw.length) ? (0,external_node_crypto_namespaceObject.createHash)('sha256').update(raw).digest('hex') : undefined;
}
/** The cache file for content of this digest (the layout of resultPath, system/file-results.ts). */
function cacheFile(batch, digest) {
    return (0,external_node_path_namespaceObject.join)(batch.cache?.dir ?? '', batch.cache?.tag ?? '', digest);
}
/**
 * A deflated result in the cache for a file whose content is known (its CRC-32 and digest from
 * this process's earlier batches), read into `into` without reading the file; else undefined.
 */
function knownResult(batch, { known, size }, into) {
    if (!known || !keeps(batch, size))
        return undefined;
    const hit = cached(cacheFile(batch, known.digest), known.crc, size, into);
    // A stored result needs the file's own bytes after all.
    return hit !== DAMAGED && hit?.method === 8 ? { ...known, length: hit.length } : undefined;
}
/** Runs `read` on `source`, naming the file in its error. */
function naming(source, read) {
    try {
        return read();
    }
    catch (error) {
        throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error
        });
    }
}
/** Reads a file whole into `into`, naming the file in the error. */
function readSource(source, into) {
    if (into.length > 0)
        naming(source, () => readWhole(source, into));
}
/**
 * Reads a file's bytes into the input slot in the module's memory; a view of them, valid until the
 * memory next grows (input.pointer stays their place).
 */
function readIntoInput(source, size) {
    const at = reserve(input, size);
    const raw = new Uint8Array(wasm.memory.buffer, at, size);
    readSource(source, raw);
    return raw;
}
/** One piece of a large file at a time, for its checksums. */
const piece = Buffer.alloc(1024 * 1024);
/**
 * The CRC-32 and SHA-256 of a large file, read piece by piece: a result in the cache is then taken
 * without the module's memory growing to the file's size.
 */
function streamedContent(source, size) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let crc = 0;
    naming(source, () => {
        const fd = (0,external_node_fs_namespaceObject.openSync)(source, 'r');
        try {
            for (let at = 0; at < size;) {
                const bytes = (0,external_node_fs_namespaceObject.readSync)(fd, piece, 0, Math.min(piece.length, size - at), at);
                if (bytes === 0)
                    throw new Error('changed size while it was being zipped');
                const view = piece.subarray(0, bytes);
                crc = (0,external_node_zlib_namespaceObject.crc32)(view, crc);
                hash.update(view);
                at += bytes;
            }
            if ((0,external_node_fs_namespaceObject.readSync)(fd, piece, 0, 1, size) !== 0)
                throw new Error('changed size while it was being zipped');
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    });
    return { crc, digest: hash.digest('hex') };
}
/**
 * Reads a large file whole after its checksums were taken piece by piece: the same bytes or an
 * error, never a result of one content kept under another's digest.
 */
function readAgain(source, into, crc) {
    readSource(source, into);
    if ((0,external_node_zlib_namespaceObject.crc32)(into) !== crc)
        throw new Error(`${source}: changed while it was being zipped`);
}
/**
 * Deflates the first `size` bytes of the input slot with libdeflate into the output slot and
 * proves the result; its length, or 0 when deflating does not make the file smaller.
 */
async function deflateInput(size, level, source) {
    if (level === 0 || size <= 1)
        return 0;
    const deflater = compressor(level);
    const outputAt = reserve(output, size);
    // Views only after every allocation: growing the memory detaches the views taken before.
    const memory = new Uint8Array(wasm.memory.buffer);
    // Room for one byte less than the file: a result that does not shrink it is not kept.
    const length = wasm.deflate(deflater, input.pointer, size, outputAt, size - 1);
    if (length === 0)
        return 0;
    const deflated = memory.subarray(outputAt, outputAt + length);
    if (!(await inflatesTo(deflated, memory.subarray(input.pointer, input.pointer + size))))
        throw new Error(`${source}: its deflated bytes do not inflate back to the file's bytes (a deflate engine fault: zip with compression-level 0 to get past it, and report it)`);
    return length;
}
/** Files larger than this are checksummed piece by piece before a cache lookup (streamedContent). */
const STREAM_BYTES = 4 * 1024 * 1024;
/**
 * Compresses a batch: the bytes to write, all files' one after another, in one buffer (the one
 * the pool lent when it is large enough). A result taken from the cache goes straight there; a
 * file compressed here passes through the module's memory.
 */
async function deflateBatch(batch) {
    const { id, level, files, spare } = batch;
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const buffer = spare && spare.byteLength >= total ? spare : new ArrayBuffer(Math.max(total, 1 << 20));
    const out = new Uint8Array(buffer);
    const crcs = [];
    const digests = [];
    const methods = [];
    const lengths = [];
    let used = 0;
    for (const file of files) {
        const { source, size } = file;
        const place = out.subarray(used, used + size);
        const known = knownResult(batch, file, place);
        let crc;
        let digest;
        let length;
        if (known)
            ({ crc, digest, length } = known);
        else {
            // Whether the input slot holds the file's bytes (a large file is checksummed piece by piece).
            let read = false;
            if (size > STREAM_BYTES && keeps(batch, size))
                ({ crc, digest } = streamedContent(source, size));
            else {
                const raw = readIntoInput(source, size);
                read = true;
                crc = size > 0 ? (0,external_node_zlib_namespaceObject.crc32)(raw) : 0;
                digest = cacheDigest(batch, raw);
            }
            const cache = digest === undefined ? undefined : cacheFile(batch, digest);
            const hit = cache ? cached(cache, crc, size, place) : undefined;
            // A damaged cached result is a miss: compressed again, proven, kept again.
            const found = hit === DAMAGED ? undefined : hit;
            if (found?.method === 8)
                length = found.length;
            else if (found) {
                // Stored: the entry is the file's own bytes, read straight into place if not read yet.
                length = 0;
                if (read)
                    place.set(new Uint8Array(wasm.memory.buffer, input.pointer, size));
                else
                    readAgain(source, place, crc);
            }
            else {
                if (!read)
                    readAgain(source, readIntoInput(source, size), crc);
                length = await deflateInput(size, level, source);
                const memory = new Uint8Array(wasm.memory.buffer);
                const at = length > 0 ? output.pointer : input.pointer;
                place.set(memory.subarray(at, at + (length > 0 ? length : size)));
                if (cache)
                    store(cache, crc, length > 0 ? 8 : 0, place.subarray(0, length));
            }
        }
        crcs.push(crc);
        digests.push(digest);
        methods.push(length > 0 ? 8 : 0);
        lengths.push(length > 0 ? length : size);
        used += length > 0 ? length : size;
    }
    return {
        id,
        crcs,
        digests,
        methods,
        lengths,
        buffer,
        slotBytes: input.capacity + output.capacity
    };
}
const port = external_node_worker_threads_namespaceObject.parentPort;
if (!port)
    throw new Error('the deflate worker runs only as a worker thread');
// One batch at a time: the pool sends the next only after this one's reply.
port.on('message', (batch) => {
    deflateBatch(batch).then(reply => port.postMessage(reply, reply.buffer ? [reply.buffer] : []), (error) => port.postMessage({
        id: batch.id,
        error: error instanceof Error ? error.message : String(error)
    }));
});

