#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(896);
var util = __nccwpck_require__(23);
var stream = __nccwpck_require__(203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(313);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(896);
var zlib = __nccwpck_require__(106);
var fd_slicer = __nccwpck_require__(502);
var util = __nccwpck_require__(23);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);
var Transform = (__nccwpck_require__(203).Transform);
var PassThrough = (__nccwpck_require__(203).PassThrough);
var Writable = (__nccwpck_require__(203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ FLAG_NAMES),
/* harmony export */   u_: () => (/* binding */ USAGE),
/* harmony export */   wE: () => (/* binding */ parseCli)
/* harmony export */ });
/* unused harmony export COMMANDS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(916);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(784);
// Parses the command line into a command and pipeline overrides; unknown flags get a did-you-mean.



const COMMANDS = ['build'];
const OPTIONS = {
    project: { type: 'string', short: 'p' },
    runtime: { type: 'string', short: 'r', multiple: true },
    architectures: { type: 'string', short: 'a', multiple: true },
    layer: { type: 'string', short: 'l', multiple: true },
    layout: { type: 'string' },
    'output-dir': { type: 'string', short: 'o' },
    installer: { type: 'string' },
    builder: { type: 'string' },
    'cache-dir': { type: 'string' },
    'runtime-packages': { type: 'string' },
    slim: { type: 'string', multiple: true },
    'compression-level': { type: 'string' },
    'size-warn-percent': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' }
};
/** How each override is named on the command line, for error messages. */
const FLAG_NAMES = {
    runtime: '--runtime',
    architectures: '--architectures',
    layout: '--layout',
    outputDir: '--output-dir',
    installer: '--installer',
    builder: '--builder',
    layers: '--layer',
    cacheDir: '--cache-dir',
    runtimePackages: '--runtime-packages',
    slim: '--slim',
    compressionLevel: '--compression-level',
    sizeWarnPercent: '--size-warn-percent'
};
const USAGE = `Usage: lambda-layer build [options]

Builds AWS Lambda layer zips for the Python project in --project (default: the current folder),
as described by [tool.lambda-layer] in its pyproject.toml. Flags override the file.

Options:
  -p, --project DIR          folder holding pyproject.toml (default: .)
  -r, --runtime NAME         python3.9 ... python3.14; repeat or comma-separate (default: python3.12)
  -a, --architectures NAME   x86_64, arm64; repeat or comma-separate (default: x86_64)
  -l, --layer NAME           build only this layer; repeatable (default: every layer)
      --layout NAME          python (default) or site-packages
  -o, --output-dir DIR       where zips and the report go, relative to the project (default: lambda-layers)
      --installer NAME       uv (default) or pip
      --builder NAME         native (default)
      --cache-dir DIR        pinned tools and download caches (default: ~/.cache/lambda-layer)
      --runtime-packages M   remove (default) or keep the AWS SDK set the runtime provides
      --slim RULES           slimming rules to run, comma-separated, or none (default: all of
                             bytecode, tests, docs, sources, stubs, other-platforms, scripts,
                             dist-info, strip)
      --compression-level N  zlib level 0-9 (default: 6)
      --size-warn-percent N  warn above this share of the 262,144,000-byte limit (default: 90)
      --json                 print the JSON report instead of the table
  -v, --verbose              show the commands run and the installers' output
  -h, --help                 show this help
      --version              show the version
`;
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const flag = /option '(-{1,2}[^' ]+)/.exec(message)?.[1];
        const known = Object.keys(OPTIONS).map(name => `--${name}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${message.split('\n')[0]}${flag ? (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(flag, known) : ''}`, {
            hint: 'Run `lambda-layer --help` for the options.'
        });
    }
    const { values, positionals } = parsed;
    const base = {
        projectDir: values.project ?? '.',
        json: values.json ?? false,
        verbose: values.verbose ?? false
    };
    if (values.help)
        return { ...base, command: 'help', overrides: {} };
    if (values.version)
        return { ...base, command: 'version', overrides: {} };
    const [command, ...extra] = positionals;
    if (!command)
        return { ...base, command: 'help', overrides: {} };
    if (!COMMANDS.includes(command)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`unknown command "${command}"${(0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(command, COMMANDS)}; commands: ${COMMANDS.join(', ')}`);
    }
    if (extra.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`unexpected argument "${extra[0]}"`, {
            hint: 'Run `lambda-layer --help`.'
        });
    const overrides = {
        runtime: values.runtime,
        architectures: values.architectures,
        layers: values.layer,
        layout: values.layout,
        outputDir: values['output-dir'],
        installer: values.installer,
        builder: values.builder,
        cacheDir: values['cache-dir'],
        runtimePackages: values['runtime-packages'],
        slim: values.slim,
        compressionLevel: values['compression-level'],
        sizeWarnPercent: values['size-warn-percent']
    };
    return { ...base, command: command, overrides };
}


/***/ }),

/***/ 957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(900);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(790);
/* harmony import */ var _system_log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(271);
/* harmony import */ var _system_process_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(238);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(593);
// The lambda-layer command line: parse flags, run the pipeline, print the size table or JSON.







/** Runs one CLI invocation; returns the exit code (0 ok, 1 failed, 2 bad usage). */
async function runCli(argv) {
    try {
        const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCli */ .wE)(argv);
        if (args.command === 'help') {
            process.stdout.write(_args_js__WEBPACK_IMPORTED_MODULE_5__/* .USAGE */ .u_);
            return 0;
        }
        if (args.command === 'version') {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x}\n`);
            return 0;
        }
        const log = (0,_system_log_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleLogger */ .k)(args.verbose);
        const prepared = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareBuild */ .y)({
            projectDir: args.projectDir,
            overrides: args.overrides,
            overrideName: key => _args_js__WEBPACK_IMPORTED_MODULE_5__/* .FLAG_NAMES */ .G0[key]
        });
        const { report, reportPath } = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .buildLayers */ .t)(prepared, { run: _system_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runProcess */ .R, log });
        if (args.json) {
            process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        }
        else {
            process.stdout.write(`${(0,_report_table_js__WEBPACK_IMPORTED_MODULE_2__/* .renderReportTable */ .n)(report)}\n\nReport: ${reportPath}\n`);
        }
        return 0;
    }
    catch (error) {
        process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}\n`);
        return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL ? 2 : 1;
    }
}
process.on('unhandledRejection', error => {
    process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}\n`);
    process.exit(1);
});
process.exitCode = await runCli(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export closest */
// "Did you mean" suggestions for misspelt keys, flags and names.
/** Levenshtein edit distance between two short strings. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The closest candidate within a third of the word's length, if any. */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** " (did you mean X?)" or "". */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match ? ` (did you mean "${match}"?)` : '';
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RZ: () => (/* binding */ SizeLimitError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   tc: () => (/* binding */ NoWheelError),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   wB: () => (/* binding */ ProjectError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
/* unused harmony export LayerError */
// Typed errors: every failure a user can act on says what went wrong, where, and what to do.
/** Base class: an expected failure whose message is meant for the user. */
class LayerError extends Error {
    hint;
    file;
    line;
    constructor(message, details = {}) {
        super(message);
        this.name = new.target.name;
        this.hint = details.hint;
        this.file = details.file;
        this.line = details.line;
    }
}
/** A configuration key, CLI flag or action input with a bad value. */
class ConfigError extends LayerError {
}
/** The Python project cannot be read or exported (pyproject.toml, lock files, extras). */
class ProjectError extends LayerError {
}
/** A layer could not be installed or packaged. */
class BuildError extends LayerError {
}
/** A required package has no wheel for the target runtime and architecture. */
class NoWheelError extends BuildError {
    packages;
    runtime;
    architecture;
    constructor(packages, runtime, architecture, layer) {
        const list = packages.map(p => (p.version ? `${p.name}==${p.version}` : p.name)).join(', ');
        super(`layer ${layer}: no compatible wheel of ${list} for ${runtime} ${architecture}`, {
            hint: 'Pin a version that publishes a manylinux wheel for this runtime and architecture, ' +
                'or build this layer in the Lambda build image (builder "docker").'
        });
        this.packages = packages;
        this.runtime = runtime;
        this.architecture = architecture;
    }
}
/** A layer, or a combination of layers, is over Lambda's unzipped size limit. */
class SizeLimitError extends LayerError {
    problems;
    constructor(problems, reportPath, pyprojectPath) {
        super(`over Lambda's unzipped size limit:\n  ${problems.join('\n  ')}`, {
            file: pyprojectPath,
            hint: `Nothing was published. Split the layer, drop dependencies, or check what is large in ${reportPath}.`
        });
        this.problems = problems;
    }
}
/** An external tool (python, uv, poetry, pip) is missing or failed. */
class ToolError extends LayerError {
}
/** One-line rendering used by the CLI and the action: message, location and hint. */
function describeError(error) {
    if (!(error instanceof LayerError)) {
        return error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
    const where = error.file ? ` (${error.file}${error.line ? `:${error.line}` : ''})` : '';
    return `${error.message}${where}${error.hint ? `\n  hint: ${error.hint}` : ''}`;
}


/***/ }),

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ buildLayers),
  y: () => (/* binding */ prepareBuild)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/plan/runtimes.ts
// The Lambda Python runtimes and architectures: Python version, OS, glibc, and the wheel
// platform tags each combination can load.
const RUNTIMES = {
    'python3.9': { python: '3.9', os: 'Amazon Linux 2', glibc: 26 },
    'python3.10': { python: '3.10', os: 'Amazon Linux 2', glibc: 26 },
    'python3.11': { python: '3.11', os: 'Amazon Linux 2', glibc: 26 },
    'python3.12': { python: '3.12', os: 'Amazon Linux 2023', glibc: 34 },
    'python3.13': { python: '3.13', os: 'Amazon Linux 2023', glibc: 34 },
    'python3.14': { python: '3.14', os: 'Amazon Linux 2023', glibc: 34 }
};
const RUNTIME_NAMES = Object.keys(RUNTIMES);
const DEFAULT_RUNTIME = 'python3.12';
/** Lambda's architecture names, and the machine name wheels and ELF files use for each. */
const ARCHITECTURES = { x86_64: 'x86_64', arm64: 'aarch64' };
const ARCHITECTURE_NAMES = Object.keys(ARCHITECTURES);
/** The runtime's glibc as "2.N". */
function glibcOf(runtime) {
    return `2.${RUNTIMES[runtime].glibc}`;
}
/**
 * uv's --python-platform target for a runtime: the newest manylinux target uv knows that the
 * runtime's glibc can load. uv has no 2_26 target, so Amazon Linux 2 runtimes use 2_17
 * (manylinux2014); wheels tagged only manylinux_2_24..2_26 need the pip installer there.
 */
function uvPlatform(runtime, architecture) {
    const glibc = RUNTIMES[runtime].glibc;
    const uvTargets = [34, 33, 32, 31, 28, 17];
    const best = uvTargets.find(minor => minor <= glibc) ?? 17;
    return `${ARCHITECTURES[architecture]}-manylinux_2_${best}`;
}
/**
 * pip's --platform list: pip matches each tag exactly, so name every manylinux tag the runtime's
 * glibc allows, newest first, with the legacy aliases (manylinux2014, manylinux2010, manylinux1).
 */
function pipPlatforms(runtime, architecture) {
    const machine = ARCHITECTURES[architecture];
    const oldest = machine === 'x86_64' ? 5 : 17;
    const tags = [];
    for (let minor = RUNTIMES[runtime].glibc; minor >= oldest; minor--) {
        tags.push(`manylinux_2_${minor}_${machine}`);
        if (minor === 17)
            tags.push(`manylinux2014_${machine}`);
        if (minor === 12)
            tags.push(`manylinux2010_${machine}`);
        if (minor === 5)
            tags.push(`manylinux1_${machine}`);
    }
    return tags;
}
/** Where Lambda puts a layer's Python packages on sys.path, relative to the zip root. */
function sitePackagesPath(runtime, layout) {
    return layout === 'python'
        ? 'python'
        : `python/lib/python${RUNTIMES[runtime].python}/site-packages`;
}

// EXTERNAL MODULE: ./src/system/process.ts + 1 modules
var system_process = __nccwpck_require__(238);
;// CONCATENATED MODULE: ./src/build/native.ts
// The native builder: installs a layer from wheels on the host with `uv pip install --target`
// (or pip), for the runtime's Python version and the platform tags its glibc and architecture allow.





function nativeBuilder(ctx, installer) {
    return async (request) => {
        await (0,promises_.mkdir)(request.siteDir, { recursive: true });
        const inputs = await installerInputs(request);
        if (inputs.length === 0)
            return { builder: 'native', installer };
        const { command, args, env } = installer === 'uv'
            ? await uvCommand(ctx, request, inputs)
            : await pipCommand(ctx, request, inputs);
        ctx.log.debug([...command, ...args].join(' '));
        const result = await ctx.run(command[0], [...command.slice(1), ...args], {
            env,
            onStderrLine: line => ctx.log.debug(line)
        });
        if (result.code !== 0)
            throw installError(request, installer, result.stderr + result.stdout);
        // uv keeps a lock file for the target folder; it is not part of the layer.
        await (0,promises_.rm)(external_node_path_default().join(request.siteDir, '.lock'), { force: true });
        return { builder: 'native', installer };
    };
}
/** Installer arguments naming what to install: the pinned lines, requirement files, the project wheel. */
async function installerInputs({ requirements, projectWheel, workDir }) {
    const inputs = [];
    if (requirements.lines.length) {
        const file = external_node_path_default().join(workDir, 'requirements.txt');
        await (0,promises_.mkdir)(workDir, { recursive: true });
        await (0,promises_.writeFile)(file, requirements.lines.join('\n') + '\n');
        inputs.push('-r', file);
    }
    for (const file of requirements.files)
        inputs.push('-r', file);
    if (projectWheel)
        inputs.push(projectWheel);
    return inputs;
}
async function uvCommand(ctx, { target, requirements, siteDir }, inputs) {
    return {
        command: await ctx.tools.uv(),
        args: [
            'pip',
            'install',
            '--target',
            siteDir,
            '--python-version',
            RUNTIMES[target.runtime].python,
            '--python-platform',
            uvPlatform(target.runtime, target.architecture),
            '--only-binary',
            ':all:',
            // Copy out of the cache: later steps modify files, which must never reach the cache.
            '--link-mode',
            'copy',
            // No INSTALLER/REQUESTED/direct_url.json: they name host paths and break reproducibility.
            '--no-installer-metadata',
            ...(requirements.complete ? ['--no-deps'] : []),
            ...inputs
        ],
        env: ctx.uvEnv
    };
}
async function pipCommand(ctx, { target, requirements, siteDir }, inputs) {
    return {
        command: [...(await ctx.tools.python()), '-m', 'pip'],
        args: [
            'install',
            '--target',
            siteDir,
            '--python-version',
            RUNTIMES[target.runtime].python,
            '--implementation',
            'cp',
            ...pipPlatforms(target.runtime, target.architecture).flatMap(tag => ['--platform', tag]),
            '--only-binary=:all:',
            '--no-compile',
            '--disable-pip-version-check',
            '--cache-dir',
            ctx.pipCacheDir,
            ...(requirements.complete ? ['--no-deps'] : []),
            ...inputs
        ],
        env: {}
    };
}
/** Packages the installer found no compatible wheel for, from uv's or pip's error output. */
function packagesWithoutWheel(output) {
    const found = new Map();
    const patterns = [
        /([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s,]+) has no (?:usable |compatible )?wheels/g,
        /Because (?:there is no version of |only )?([A-Za-z0-9][A-Za-z0-9._-]*)(?:==([^\s,]+))? (?:has no|is not available)[^\n]*wheels/g,
        /Could not find a version that satisfies the requirement ([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?:==([^\s;,]+))?/g
    ];
    for (const pattern of patterns) {
        for (const match of output.matchAll(pattern)) {
            const name = match[1];
            if (!found.has(name.toLowerCase()))
                found.set(name.toLowerCase(), { name, version: match[2] });
        }
    }
    return [...found.values()];
}
function installError(request, installer, output) {
    const { target } = request;
    const missing = packagesWithoutWheel(output);
    if (missing.length)
        return new errors/* NoWheelError */.tc(missing, target.runtime, target.architecture, target.layer.name);
    return new errors/* BuildError */.zS(`layer ${target.layer.name} (${target.runtime} ${target.architecture}): ${installer} install failed:\n${(0,system_process/* tail */.i)(output)}`, {
        hint: 'Check the requirement named above and that the package index is reachable.'
    });
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/project/pyproject.ts
// Reads and parses a project's pyproject.toml, and finds the line of a key for error messages.




async function readPyproject(projectDir) {
    const file = external_node_path_default().join(projectDir, 'pyproject.toml');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ProjectError */.wB(code === 'ENOENT'
            ? `no pyproject.toml in ${projectDir}`
            : `cannot read ${file}: ${String(error)}`, {
            hint: 'Point --project (or the project-directory input) at the folder that holds pyproject.toml.'
        });
    }
    try {
        return { path: file, text, data: parse(text) };
    }
    catch (error) {
        if (error instanceof TomlError) {
            const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '');
            throw new errors/* ProjectError */.wB(`invalid TOML in pyproject.toml at line ${error.line}, column ${error.column}: ${reason}`, {
                file,
                line: error.line,
                hint: 'Fix the syntax at that line.'
            });
        }
        throw error;
    }
}
/** A nested table by its dotted path, or undefined. */
function tableAt(data, ...keys) {
    let node = data;
    for (const key of keys) {
        if (!isTable(node))
            return undefined;
        node = node[key];
    }
    return isTable(node) ? node : undefined;
}
function isTable(value) {
    return (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date));
}
/**
 * The 1-based line where `key` is set inside the table `[header]` (or the header's own line when
 * the key is not written there, e.g. inline tables). Undefined when the header is absent.
 */
function lineOf(text, header, key) {
    const lines = text.split('\n');
    const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\.\\s*');
    const headerPattern = new RegExp(`^\\s*\\[\\s*${escaped}\\s*\\]`);
    const start = lines.findIndex(line => headerPattern.test(line));
    if (start < 0)
        return undefined;
    if (key === undefined)
        return start + 1;
    const keyPattern = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`);
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (/^\s*\[/.test(line))
            break;
        if (keyPattern.test(line))
            return i + 1;
    }
    return start + 1;
}

;// CONCATENATED MODULE: ./src/shape/rules.ts
// The named slimming rules: which files of a layer each one removes. Paths are relative to
// site-packages; every rule can be switched off, and Verify checks what remains still imports.
const SLIM_RULES = [
    'bytecode',
    'tests',
    'docs',
    'sources',
    'stubs',
    'other-platforms',
    'scripts',
    'dist-info',
    'strip'
];
const RULE_DESCRIPTIONS = {
    bytecode: '__pycache__ folders and *.pyc / *.pyo files',
    tests: 'test suites inside packages (tests/ and test/ folders, conftest.py), unless imported at run time',
    docs: 'docs/, doc/, examples/ and example/ folders inside packages, except modules imported at run time',
    sources: 'C, C++ and Cython sources and headers (*.c, *.h, *.pyx, *.pxd, ...)',
    stubs: 'type stubs (*.pyi)',
    'other-platforms': 'binaries for other platforms or Python versions (*.dll, *.dylib, *.pyd, other cpython-3XX or arch tags)',
    scripts: 'console scripts in bin/ (their shebangs name the build machine)',
    'dist-info': 'dist-info files nothing reads at run time (INSTALLER, REQUESTED, direct_url.json)',
    strip: 'debug symbols in shared objects (strip --strip-unneeded), except auditwheel-vendored *.libs/ and known fragile libraries'
};
/** Folder names whose content the tests and docs rules remove. */
const TEST_DIRS = new Set(['tests', 'test']);
const DOC_DIRS = new Set(['docs', 'doc', 'examples', 'example']);
const SOURCES = /\.(c|cc|cpp|cxx|h|hh|hpp|hxx|pyx|pxd|pxi)$/i;
const FOREIGN_BINARIES = /\.(dll|dylib|exe|pyd|lib)$/i;
const DIST_INFO_UNREAD = /^[^/]+\.dist-info\/(INSTALLER|REQUESTED|direct_url\.json)$/;
/**
 * The folder (relative path) that makes `file` part of a test suite or docs, e.g. `pandas/tests`
 * for `pandas/tests/frame/test_api.py`; undefined when it is not in one.
 */
function containingFolder(file, names, minDepth) {
    const parts = file.split('/');
    for (let i = minDepth; i < parts.length - 1; i++) {
        if (names.has(parts[i]))
            return parts.slice(0, i + 1).join('/');
    }
    return undefined;
}
/**
 * The deletion rule that claims a file (first match in SLIM_RULES order), or undefined.
 * `imported` are files inside test/doc folders that some package imports at run time: they stay.
 */
function deletionRule(file, target, enabled, imported) {
    if (imported.has(file))
        return undefined;
    const name = file.slice(file.lastIndexOf('/') + 1);
    const on = (rule) => enabled.has(rule);
    if (on('bytecode') && (file.includes('__pycache__/') || /\.py[co]$/.test(name)))
        return 'bytecode';
    if (on('tests')) {
        const folder = containingFolder(file, TEST_DIRS, 0);
        if (folder || name === 'conftest.py')
            return 'tests';
    }
    if (on('docs')) {
        if (containingFolder(file, DOC_DIRS, 1))
            return 'docs';
    }
    if (on('sources') && SOURCES.test(name))
        return 'sources';
    if (on('stubs') && name.endsWith('.pyi'))
        return 'stubs';
    if (on('other-platforms') && isForeignBinary(name, target))
        return 'other-platforms';
    if (on('scripts') && file.startsWith('bin/'))
        return 'scripts';
    if (on('dist-info') && DIST_INFO_UNREAD.test(file))
        return 'dist-info';
    return undefined;
}
function isForeignBinary(name, { python, machine }) {
    if (FOREIGN_BINARIES.test(name))
        return true;
    if (/-darwin\.so$/.test(name))
        return true;
    const abi = /\.cpython-3(\d+)[a-z]*-([a-z0-9_]+)-linux-gnu\.so$/.exec(name);
    if (abi)
        return `3.${abi[1]}` !== python || abi[2] !== machine;
    return false;
}

;// CONCATENATED MODULE: ./src/config/schema.ts
const LAYOUTS = ['python', 'site-packages'];
const INSTALLERS = ['uv', 'pip'];
/** Builders available; "docker" and "auto" plug in beside "native". */
const BUILDERS = ['native'];
const DEFAULT_OUTPUT_DIR = 'lambda-layers';
const RUNTIME_PACKAGES = ['remove', 'keep'];
/** Keys of [tool.lambda-layer] and of each layer table. */
const TOP_KEYS = [
    'runtime',
    'architectures',
    'layout',
    'output-dir',
    'installer',
    'builder',
    'layers',
    'runtime-packages',
    'runtime-package-versions',
    'slim',
    'compression-level',
    'size-warn-percent',
    'combinations'
];
const LAYER_KEYS = ['extras', 'requirements', 'dependencies', 'include-project'];
/** Keys of [tool.lambda-layer.slim] besides the rule switches. */
const SLIM_LISTS = ['exclude', 'keep', 'no-strip'];

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(784);
;// CONCATENATED MODULE: ./src/config/values.ts
// Value parsers shared by every configuration source: each rejects a bad value with the key or
// flag that held it, the value, and what is allowed.



function rejectUnknownKeys(table, known, where) {
    for (const key of Object.keys(table)) {
        if (!known.includes(key)) {
            const w = where(key);
            throw new errors/* ConfigError */.xL(`${w.label}: unknown key${(0,suggest/* didYouMean */.a)(key, known)}; known keys: ${known.join(', ')}`, {
                file: w.file,
                line: w.line
            });
        }
    }
}
function invalid(where, value, allowed) {
    // A file key reads as TOML (`key = "x"`), a flag or input as given (`--key "x"`).
    const shown = `${where.file ? ' =' : ''} ${JSON.stringify(value)}`;
    return new errors/* ConfigError */.xL(`${where.label}${shown} is not valid: expected ${allowed}`, {
        file: where.file,
        line: where.line
    });
}
/** Common misnamings with their right name, suggested instead of the closest spelling. */
const ALIASES = {
    amd64: 'x86_64',
    x64: 'x86_64',
    'x86-64': 'x86_64',
    aarch64: 'arm64'
};
function enumValue(value, allowed, where) {
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    let hint = '';
    if (typeof value === 'string') {
        const alias = ALIASES[value.toLowerCase()];
        // A version is not a typo: "python3.8" gets the list, not "did you mean python3.9".
        if (alias && allowed.includes(alias))
            hint = ` (did you mean "${alias}"?)`;
        else if (!/\d/.test(value))
            hint = (0,suggest/* didYouMean */.a)(value, allowed);
    }
    throw invalid(where, value, `one of ${allowed.join(', ')}${hint}`);
}
function enumList(value, allowed, where) {
    const items = stringList(value, where);
    if (items.length === 0)
        throw invalid(where, value, `one or more of ${allowed.join(', ')}`);
    const result = items.map(item => enumValue(item, allowed, where));
    return [...new Set(result)];
}
function stringList(value, where) {
    if (typeof value === 'string') {
        return value
            .split(/[,\s]+/)
            .map(item => item.trim())
            .filter(Boolean);
    }
    if (Array.isArray(value) && value.every(item => typeof item === 'string'))
        return value;
    throw invalid(where, value, 'a string or a list of strings');
}
function nonEmptyString(value, where) {
    if (typeof value === 'string' && value.trim())
        return value.trim();
    throw invalid(where, value, 'a non-empty string');
}
function values_boolean(value, where) {
    if (typeof value === 'boolean')
        return value;
    throw invalid(where, value, 'true or false');
}
function integer(value, where, min, max) {
    const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max)
        return number;
    throw invalid(where, value, `a whole number from ${min} to ${max}`);
}
function stringTable(value, where) {
    if (isTable(value) && Object.values(value).every(item => typeof item === 'string')) {
        return value;
    }
    throw invalid(where, value, 'a table of names to version strings, e.g. { boto3 = "1.34.145" }');
}

;// CONCATENATED MODULE: ./src/config/layers.ts
// Reads [tool.lambda-layer.layers.NAME] tables into layer specs, and [tool.lambda-layer.combinations].







const TABLE = 'tool.lambda-layer';
const LAYER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
async function readLayers(table, projectDir, inFile) {
    const raw = table.layers;
    if (raw === undefined) {
        return [
            { name: 'base', extras: [], dependencies: true, includeProject: false }
        ];
    }
    if (!isTable(raw) || Object.keys(raw).length === 0) {
        throw invalid(inFile('layers'), raw, 'a table of layers, e.g. [tool.lambda-layer.layers.base]');
    }
    const layers = [];
    for (const [name, body] of Object.entries(raw)) {
        const header = `${TABLE}.layers.${name}`;
        if (!LAYER_NAME.test(name)) {
            throw new errors/* ConfigError */.xL(`layer name "${name}" is not allowed: use letters, digits, "-" and "_" (at most 64, starting with a letter or digit)`, { file: inFile(undefined, header).file, line: inFile(undefined, header).line });
        }
        if (!isTable(body))
            throw invalid(inFile(name, `${TABLE}.layers`), body, 'a table with extras, requirements, dependencies, include-project');
        rejectUnknownKeys(body, LAYER_KEYS, key => inFile(key, header));
        const extras = body.extras === undefined ? [] : stringList(body.extras, inFile('extras', header));
        let requirements;
        if (body.requirements !== undefined) {
            const where = inFile('requirements', header);
            requirements = external_node_path_default().resolve(projectDir, nonEmptyString(body.requirements, where));
            const found = await (0,promises_.access)(requirements).then(() => true, () => false);
            if (!found) {
                throw new errors/* ConfigError */.xL(`${where.label}: requirement file ${String(body.requirements)} not found in ${projectDir}`, {
                    file: where.file,
                    line: where.line,
                    hint: 'The path is relative to the folder of pyproject.toml.'
                });
            }
        }
        const dependencies = body.dependencies === undefined
            ? requirements === undefined
            : values_boolean(body.dependencies, inFile('dependencies', header));
        const includeProject = body['include-project'] === undefined
            ? false
            : values_boolean(body['include-project'], inFile('include-project', header));
        if (!dependencies && !includeProject && extras.length === 0 && requirements === undefined) {
            const where = inFile(undefined, header);
            throw new errors/* ConfigError */.xL(`${where.label}: layer ${name} has nothing to install`, {
                file: where.file,
                line: where.line,
                hint: 'Give it extras, a requirements file, dependencies = true or include-project = true.'
            });
        }
        layers.push({ name, extras, requirements, dependencies, includeProject });
    }
    return layers;
}
/** Named sets of layers one function uses together; each must name layers that exist. */
function readCombinations(table, layers, inFile) {
    const raw = table.combinations;
    if (raw === undefined)
        return [];
    if (!isTable(raw))
        throw invalid(inFile('combinations'), raw, 'a table of names to lists of layers');
    const names = layers.map(layer => layer.name);
    return Object.entries(raw).map(([name, value]) => {
        const where = inFile(name, `${TABLE}.combinations`);
        const members = stringList(value, where);
        for (const member of members) {
            if (!names.includes(member)) {
                throw new errors/* ConfigError */.xL(`${where.label}: no layer "${member}"${(0,suggest/* didYouMean */.a)(member, names)}; layers: ${names.join(', ')}`, {
                    file: where.file,
                    line: where.line
                });
            }
        }
        return { name, layers: members };
    });
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Validates [tool.lambda-layer] and its overrides (CLI flags, action inputs) into a typed Config.
// Every bad value is an error naming the key or flag, the value, and what is allowed.










const load_TABLE = 'tool.lambda-layer';
const defaultOverrideName = (key) => `--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
async function loadConfig(options) {
    const { pyproject, projectDir } = options;
    const overrides = options.overrides ?? {};
    const overrideName = options.overrideName ?? defaultOverrideName;
    const table = tableAt(pyproject.data, 'tool', 'lambda-layer') ?? {};
    const inFile = (key, header = load_TABLE) => ({
        label: key === undefined ? `[${header}]` : `[${header}] ${key}`,
        file: pyproject.path,
        line: lineOf(pyproject.text, header, key)
    });
    const fromFlag = (key) => ({ label: overrideName(key) });
    rejectUnknownKeys(table, TOP_KEYS, inFile);
    /** The override if given, else the file's key, else the default; parsed with its source named. */
    const pick = (key, fileKey, parse, fallback) => {
        const override = overrides[key];
        if (override !== undefined)
            return parse(override, fromFlag(key));
        if (table[fileKey] !== undefined)
            return parse(table[fileKey], inFile(fileKey));
        return fallback;
    };
    let layers = await readLayers(table, projectDir, inFile);
    const combinations = readCombinations(table, layers, inFile);
    const selected = overrides.layers?.flatMap(item => item.split(/[,\s]+/)).filter(Boolean);
    if (selected?.length) {
        const names = layers.map(layer => layer.name);
        for (const wanted of selected) {
            if (!names.includes(wanted)) {
                throw new errors/* ConfigError */.xL(`${overrideName('layers')} ${wanted}: no such layer${(0,suggest/* didYouMean */.a)(wanted, names)}; layers in pyproject.toml: ${names.join(', ')}`);
            }
        }
        layers = layers.filter(layer => selected.includes(layer.name));
    }
    return {
        projectDir,
        pyprojectPath: pyproject.path,
        runtimes: pick('runtime', 'runtime', (v, w) => enumList(v, RUNTIME_NAMES, w), [
            DEFAULT_RUNTIME
        ]),
        architectures: pick('architectures', 'architectures', (v, w) => enumList(v, ARCHITECTURE_NAMES, w), ['x86_64']),
        layout: pick('layout', 'layout', (v, w) => enumValue(v, LAYOUTS, w), 'python'),
        outputDir: external_node_path_default().resolve(projectDir, pick('outputDir', 'output-dir', nonEmptyString, DEFAULT_OUTPUT_DIR)),
        installer: pick('installer', 'installer', (v, w) => enumValue(v, INSTALLERS, w), 'uv'),
        builder: pick('builder', 'builder', (v, w) => enumValue(v, BUILDERS, w), 'native'),
        layers,
        cacheDir: overrides.cacheDir ?? defaultCacheDir(),
        shape: readShape(table, overrides, pick, inFile, fromFlag),
        compressionLevel: pick('compressionLevel', 'compression-level', (v, w) => integer(v, w, 0, 9), 6),
        sizeWarnPercent: pick('sizeWarnPercent', 'size-warn-percent', (v, w) => integer(v, w, 1, 100), 90),
        combinations,
        sourceDateEpoch: sourceDateEpoch(options.env ?? process.env)
    };
}
/** The reproducible-builds timestamp, when the environment sets one. */
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value === '')
        return undefined;
    return integer(value, { label: 'environment variable SOURCE_DATE_EPOCH' }, 0, 4_102_444_800);
}
/** runtime-packages, runtime-package-versions and the [tool.lambda-layer.slim] table. */
function readShape(table, overrides, pick, inFile, fromFlag) {
    const header = `${load_TABLE}.slim`;
    const slimTable = table.slim;
    if (slimTable !== undefined && !isTable(slimTable)) {
        throw invalid(inFile('slim'), slimTable, `a table of rule switches (${SLIM_RULES.join(', ')}) and ${SLIM_LISTS.join(', ')}`);
    }
    const slim = slimTable ?? {};
    rejectUnknownKeys(slim, [...SLIM_RULES, ...SLIM_LISTS], key => inFile(key, header));
    let rules = SLIM_RULES.filter(rule => slim[rule] === undefined || values_boolean(slim[rule], inFile(rule, header)));
    if (overrides.slim !== undefined) {
        const where = fromFlag('slim');
        const names = overrides.slim.flatMap(item => item.split(/[,\s]+/)).filter(Boolean);
        rules = names.length === 1 && names[0] === 'none' ? [] : enumList(names, SLIM_RULES, where);
    }
    const list = (key) => slim[key] === undefined ? [] : stringList(slim[key], inFile(key, header));
    return {
        runtimePackages: pick('runtimePackages', 'runtime-packages', (v, w) => enumValue(v, RUNTIME_PACKAGES, w), 'remove'),
        runtimePackageVersions: table['runtime-package-versions'] === undefined
            ? {}
            : stringTable(table['runtime-package-versions'], inFile('runtime-package-versions')),
        slim: rules,
        exclude: list('exclude'),
        keep: list('keep'),
        noStrip: list('no-strip')
    };
}
/** ~/.cache/lambda-layer, or $XDG_CACHE_HOME/lambda-layer. */
function defaultCacheDir() {
    const base = process.env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    return external_node_path_default().join(base, 'lambda-layer');
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: ./src/package/check.ts
// Reads a freshly written zip back with an independent reader (yauzl) and checks its entry count
// and every entry's CRC-32 before the zip is reported.





async function checkZip(zipPath, expectedEntries) {
    const zip = await new Promise((resolve, reject) => yauzl.open(zipPath, { lazyEntries: true }, (error, handle) => error ? reject(error) : resolve(handle)));
    let count = 0;
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                count++;
                zip.openReadStream(entry, (error, stream) => {
                    if (error || !stream)
                        return reject(error ?? new Error('no stream'));
                    let crc = 0;
                    const sink = new external_node_stream_namespaceObject.Writable({
                        write(chunk, _encoding, done) {
                            crc = external_node_zlib_default().crc32(chunk, crc);
                            done();
                        }
                    });
                    (0,external_node_stream_promises_namespaceObject.pipeline)(stream, sink).then(() => {
                        if (crc >>> 0 !== entry.crc32) {
                            reject(new errors/* BuildError */.zS(`${zipPath}: entry ${entry.fileName} fails its CRC check`));
                        }
                        else
                            zip.readEntry();
                    }, reject);
                });
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    if (count !== expectedEntries) {
        throw new errors/* BuildError */.zS(`${zipPath}: ${count} entries read back, ${expectedEntries} written`);
    }
}

;// CONCATENATED MODULE: ./src/shape/distributions.ts
// The distributions installed in a layer's site-packages, read from their *.dist-info folders:
// name, version, the files their RECORD lists, and what they require.


const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
/** Every `*.dist-info` directly inside `siteDir` (a zip path such as `python`). */
async function readDistributions(entries, siteDir) {
    const prefix = `${siteDir}/`;
    const infoDirs = entries.filter(e => e.kind === 'directory' &&
        e.name.startsWith(prefix) &&
        /^[^/]+\.dist-info$/.test(e.name.slice(prefix.length)));
    return Promise.all(infoDirs.map(async (dir) => {
        const base = dir.name.slice(prefix.length).replace(/\.dist-info$/, '');
        const dash = base.lastIndexOf('-');
        const [record, metadata] = await Promise.all(['RECORD', 'METADATA'].map(file => (0,promises_.readFile)(external_node_path_default().join(dir.source, file), 'utf8').catch(() => '')));
        return {
            name: normalize(base.slice(0, dash)),
            version: base.slice(dash + 1),
            infoDir: dir.name,
            files: (record ?? '')
                .split('\n')
                .map(recordPath)
                .filter((file) => file !== undefined)
                .map(file => external_node_path_default().posix.normalize(`${siteDir}/${file}`)),
            requires: requirementsOf(metadata ?? '')
        };
    }));
}
/** The path column of a RECORD line (CSV; the path may be quoted). */
function recordPath(line) {
    if (!line.trim())
        return undefined;
    if (line.startsWith('"')) {
        const end = line.indexOf('",');
        return end > 0 ? line.slice(1, end).replace(/""/g, '"') : undefined;
    }
    return line.split(',')[0];
}
/** Requires-Dist names from METADATA, without those that only an extra pulls in. */
function requirementsOf(metadata) {
    const names = new Set();
    for (const line of metadata.split('\n')) {
        if (line === '')
            break; // headers end at the first blank line
        const match = /^Requires-Dist:\s*([A-Za-z0-9][A-Za-z0-9._-]*)([^;]*)(?:;(.*))?$/.exec(line);
        if (!match?.[1])
            continue;
        if (match[3] && /\bextra\s*==/.test(match[3]))
            continue;
        names.add(normalize(match[1]));
    }
    return [...names];
}
/** Maps every file's zip path to the distribution whose RECORD (or dist-info folder) holds it. */
function ownerIndex(distributions) {
    const owner = new Map();
    for (const dist of distributions)
        for (const file of dist.files)
            owner.set(file, dist);
    return owner;
}

;// CONCATENATED MODULE: ./src/package/inventory.ts
// Walks a staged layer tree: every entry in a stable order, its size and mode, and which
// installed distribution (by its dist-info RECORD) owns each file.




/** Every directory and file below `root`, sorted by name so the order never depends on the file system. */
async function walkTree(root) {
    const realRoot = await (0,promises_.realpath)(root);
    const entries = [];
    async function visit(dir, prefix) {
        for (const name of await (0,promises_.readdir)(dir)) {
            const absolute = external_node_path_default().join(dir, name);
            const zipName = prefix ? `${prefix}/${name}` : name;
            let info = await (0,promises_.lstat)(absolute);
            let source = absolute;
            if (info.isSymbolicLink()) {
                // Symlinks are stored as the file they point to, and only when that file is inside the tree.
                const target = await (0,promises_.realpath)(absolute).catch(() => undefined);
                if (!target || !(target + (external_node_path_default()).sep).startsWith(realRoot + (external_node_path_default()).sep)) {
                    throw new errors/* BuildError */.zS(`symlink ${zipName} points outside the layer (${target ?? 'dangling'})`, {
                        hint: 'Remove the link, or add the file it points to inside the layer.'
                    });
                }
                info = await (0,promises_.stat)(target);
                if (info.isDirectory()) {
                    throw new errors/* BuildError */.zS(`symlink ${zipName} points to a directory; layers store files only`);
                }
                source = target;
            }
            if (info.isDirectory()) {
                entries.push({ name: zipName, source, kind: 'directory', size: 0, executable: true });
                await visit(absolute, zipName);
            }
            else if (info.isFile()) {
                entries.push({
                    name: zipName,
                    source,
                    kind: 'file',
                    size: info.size,
                    executable: (info.mode & 0o111) !== 0
                });
            }
        }
    }
    await visit(root, '');
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Unzipped bytes per installed distribution, from each `*.dist-info/RECORD` below `siteDir`;
 * files no RECORD lists are counted under their top-level folder.
 */
async function packageUsage(entries, siteDir) {
    const distributions = await readDistributions(entries, siteDir);
    const owner = ownerIndex(distributions);
    const usage = new Map();
    for (const entry of entries) {
        if (entry.kind !== 'file')
            continue;
        const dist = owner.get(entry.name) ?? distributions.find(d => entry.name.startsWith(`${d.infoDir}/`));
        const rest = entry.name.startsWith(`${siteDir}/`)
            ? entry.name.slice(siteDir.length + 1)
            : entry.name;
        const key = dist ? dist.name : `${rest.split('/')[0]} (no RECORD)`;
        const item = usage.get(key) ?? {
            name: key,
            version: dist?.version ?? '',
            unzippedBytes: 0,
            files: 0
        };
        item.unzippedBytes += entry.size;
        item.files += 1;
        usage.set(key, item);
    }
    return [...usage.values()].sort((a, b) => b.unzippedBytes - a.unzippedBytes || (a.name < b.name ? -1 : 1));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(975);
;// CONCATENATED MODULE: ./src/package/zip.ts
// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no extra fields. Files are deflated in parallel on the libuv
// thread pool within a bounded memory window, and written in order, streaming to disk.







const deflateRaw = (0,external_node_util_.promisify)((external_node_zlib_default()).deflateRaw);
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;
const DIRECTORY_MODE = 0o40755;
const UTF8_FLAG = 0x0800;
const MAX_32 = 0xffffffff;
/** DOS date and time fields from UTC components, clamped to the format's 1980 start. */
function dosDateTime(epochSeconds) {
    const d = new Date(Math.max(epochSeconds * 1000, Date.UTC(1980, 0, 1)));
    return {
        date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
    };
}
async function prepare(entry, level) {
    if (entry.kind === 'directory') {
        return {
            name: Buffer.from(`${entry.name}/`),
            method: 0,
            crc: 0,
            size: 0,
            data: Buffer.alloc(0),
            mode: DIRECTORY_MODE
        };
    }
    const raw = await (0,promises_.readFile)(entry.source);
    const mode = entry.executable ? EXECUTABLE_MODE : FILE_MODE;
    const crc = external_node_zlib_default().crc32(raw);
    if (level > 0 && raw.length > 0) {
        const deflated = await deflateRaw(raw, { level });
        // Data that does not shrink is stored, as Info-ZIP does.
        if (deflated.length < raw.length)
            return {
                name: Buffer.from(entry.name),
                method: 8,
                crc,
                size: raw.length,
                data: deflated,
                mode
            };
    }
    return { name: Buffer.from(entry.name), method: 0, crc, size: raw.length, data: raw, mode };
}
async function writeZip(entries, zipPath, options = {}) {
    const level = options.level ?? 6;
    const window = options.windowBytes ?? 64 * 1024 * 1024;
    const { date, time } = dosDateTime(options.epochSeconds ?? 315532800);
    const partial = `${zipPath}.partial`;
    const out = (0,external_node_fs_namespaceObject.createWriteStream)(partial);
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let offset = 0;
    const write = async (chunk) => {
        hash.update(chunk);
        offset += chunk.length;
        if (!out.write(chunk))
            await (0,external_node_events_namespaceObject.once)(out, 'drain');
    };
    try {
        const central = [];
        // Jobs start in order while the window has room; the writer consumes them in the same order.
        const jobs = new Map();
        let started = 0;
        let inFlight = 0;
        const fill = () => {
            while (started < entries.length) {
                const entry = entries[started];
                if (inFlight > 0 && inFlight + entry.size > window)
                    break;
                inFlight += entry.size;
                jobs.set(started, prepare(entry, level));
                started++;
            }
        };
        fill();
        for (let i = 0; i < entries.length; i++) {
            const item = await jobs.get(i);
            jobs.delete(i);
            inFlight -= entries[i].size;
            if (offset > MAX_32 || item.size > MAX_32) {
                throw new errors/* BuildError */.zS(`${zipPath}: over 4 GiB, far beyond what Lambda accepts for a layer`);
            }
            const header = Buffer.alloc(30);
            header.writeUInt32LE(0x04034b50, 0);
            header.writeUInt16LE(20, 4);
            header.writeUInt16LE(UTF8_FLAG, 6);
            header.writeUInt16LE(item.method, 8);
            header.writeUInt16LE(time, 10);
            header.writeUInt16LE(date, 12);
            header.writeUInt32LE(item.crc, 14);
            header.writeUInt32LE(item.data.length, 18);
            header.writeUInt32LE(item.size, 22);
            header.writeUInt16LE(item.name.length, 26);
            header.writeUInt16LE(0, 28);
            central.push(centralHeader(item, header, offset));
            await write(header);
            await write(item.name);
            fill();
            if (item.data.length)
                await write(item.data);
        }
        const centralStart = offset;
        for (const record of central)
            await write(record);
        await write(endOfCentralDirectory(central.length, offset - centralStart, centralStart));
        out.end();
        await (0,external_node_events_namespaceObject.once)(out, 'finish');
        await (0,promises_.rename)(partial, zipPath);
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    const digest = hash.digest();
    return {
        zippedBytes: offset,
        sha256: digest.toString('hex'),
        codeSha256: digest.toString('base64')
    };
}
function centralHeader(item, local, offset) {
    const record = Buffer.alloc(46 + item.name.length);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0
    local.copy(record, 6, 4, 30); // version needed .. extra length: same fields as the local header
    record.writeUInt16LE(0, 32); // comment length
    record.writeUInt16LE(0, 34); // disk number
    record.writeUInt16LE(0, 36); // internal attributes
    record.writeUInt32LE(((item.mode << 16) | (item.mode & 0o40000 ? 0x10 : 0)) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    item.name.copy(record, 46);
    return record;
}
/** End of central directory, with the Zip64 records first when there are more than 65,535 entries. */
function endOfCentralDirectory(count, size, start) {
    const parts = [];
    if (count > 0xffff) {
        const zip64 = Buffer.alloc(56);
        zip64.writeUInt32LE(0x06064b50, 0);
        zip64.writeBigUInt64LE(44n, 4);
        zip64.writeUInt16LE((3 << 8) | 45, 12);
        zip64.writeUInt16LE(45, 14);
        zip64.writeBigUInt64LE(BigInt(count), 24);
        zip64.writeBigUInt64LE(BigInt(count), 32);
        zip64.writeBigUInt64LE(BigInt(size), 40);
        zip64.writeBigUInt64LE(BigInt(start), 48);
        const locator = Buffer.alloc(20);
        locator.writeUInt32LE(0x07064b50, 0);
        locator.writeBigUInt64LE(BigInt(start + size), 8);
        locator.writeUInt32LE(1, 16);
        parts.push(zip64, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    parts.push(end);
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/project/project.ts
// The Python project as the pipeline sees it: name, version, extras, and how its dependencies are locked.



/** PEP 503 / PEP 685 normalization of project and extra names. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const exists = (file) => (0,promises_.access)(file).then(() => true, () => false);
async function loadProject(dir, pyproject) {
    const pep621 = tableAt(pyproject.data, 'project') ?? {};
    const poetry = tableAt(pyproject.data, 'tool', 'poetry') ?? {};
    const name = stringOr(pep621.name, stringOr(poetry.name, external_node_path_default().basename(dir)));
    const version = stringOr(pep621.version, stringOr(poetry.version, '0.0.0'));
    const extras = new Set();
    for (const table of [pep621['optional-dependencies'], poetry.extras]) {
        if (isTable(table))
            for (const extra of Object.keys(table))
                extras.add(normalizeName(extra));
    }
    let lockKind = 'unlocked';
    let lockFile;
    for (const [kind, file] of [
        ['poetry', 'poetry.lock'],
        ['uv', 'uv.lock']
    ]) {
        const candidate = external_node_path_default().join(dir, file);
        if (await exists(candidate)) {
            lockKind = kind;
            lockFile = candidate;
            break;
        }
    }
    return {
        dir,
        pyprojectPath: pyproject.path,
        name: normalizeName(name),
        version,
        extras: [...extras].sort(),
        lockKind,
        lockFile,
        buildable: isTable(pyproject.data['build-system']) || Object.keys(poetry).length > 0
    };
}
function stringOr(value, fallback) {
    return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// Expands the configuration into one LayerTarget per (layer x runtime x architecture), checking
// each layer against the project (its extras, whether it can build its own wheel).





function planLayers(config, project, pyprojectText = '') {
    for (const layer of config.layers)
        checkLayer(layer, project, config.pyprojectPath, pyprojectText);
    const targets = [];
    for (const layer of config.layers) {
        for (const runtime of config.runtimes) {
            for (const architecture of config.architectures) {
                targets.push({
                    layer,
                    runtime,
                    architecture,
                    id: [project.name, project.version, layer.name, runtime, architecture].join('-'),
                    sitePackages: sitePackagesPath(runtime, config.layout)
                });
            }
        }
    }
    return targets;
}
function checkLayer(layer, project, file, text) {
    const header = `tool.lambda-layer.layers.${layer.name}`;
    for (const extra of layer.extras) {
        if (!project.extras.includes(normalizeName(extra))) {
            const available = project.extras.length ? project.extras.join(', ') : 'none';
            throw new errors/* ConfigError */.xL(`layer ${layer.name}: unknown extra "${extra}"${(0,suggest/* didYouMean */.a)(extra, project.extras)}; the project declares: ${available}`, {
                file,
                line: lineOf(text, header, 'extras'),
                hint: 'Extras come from [project.optional-dependencies] (or [tool.poetry.extras]).'
            });
        }
    }
    if (layer.includeProject && !project.buildable) {
        throw new errors/* ConfigError */.xL(`layer ${layer.name} includes the project, but pyproject.toml has no [build-system]`, {
            file,
            line: lineOf(text, header, 'include-project'),
            hint: 'Add a [build-system] table so the project can be built into a wheel, or set include-project = false.'
        });
    }
}

;// CONCATENATED MODULE: ./src/project/requirements.ts
// A layer's requirements: pinned lines exported from the project's own tool, plus requirement
// files installed as given.
const PIN = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:===?\s*([^\s;,]+))?/;
/** Parses the name and pinned version of a requirement line; undefined for options and comments. */
function parsePin(line) {
    const text = line.trim();
    if (!text || text.startsWith('#') || text.startsWith('-'))
        return undefined;
    const match = PIN.exec(text);
    if (!match?.[1])
        return undefined;
    return { name: match[1].toLowerCase().replace(/[-_.]+/g, '-'), version: match[2] };
}
/** The meaningful lines of a tool's requirements.txt output (no comments, no blanks, no line continuations). */
function requirementLines(text) {
    return text
        .replace(/\\\n/g, ' ')
        .split('\n')
        .map(line => line.replace(/\s+#.*$/, '').trim())
        .filter(line => line && !line.startsWith('#'));
}
/** Lines of `full` whose package is not in `base` (what a set of extras adds). */
function subtract(full, base) {
    const baseNames = new Set(base.map(line => parsePin(line)?.name).filter(Boolean));
    return full.filter(line => {
        const pin = parsePin(line);
        return pin ? !baseNames.has(pin.name) : true;
    });
}
function pinsOf(requirements) {
    return requirements.lines.map(parsePin).filter((pin) => pin !== undefined);
}

;// CONCATENATED MODULE: ./src/project/export.ts
// Exports each layer's pinned requirements with the project's own tool: `poetry export` for
// poetry.lock, `uv export` for uv.lock, `uv pip compile` for an unlocked PEP 621 project.




/** An exporter for one project; exports are memoized (a lock export does not depend on the target). */
function createExporter(ctx, project) {
    const memo = new Map();
    const pinned = (extras, target) => {
        const sorted = [...extras].sort();
        const key = project.lockKind === 'unlocked'
            ? `${sorted}|${target.runtime}|${target.architecture}`
            : `${sorted}`;
        let lines = memo.get(key);
        if (!lines) {
            lines = exportPins(ctx, project, sorted, target);
            memo.set(key, lines);
        }
        return lines;
    };
    return async (target) => {
        const layer = target.layer;
        let lines = [];
        if (layer.dependencies) {
            lines = await pinned(layer.extras, target);
        }
        else if (layer.extras.length) {
            lines = subtract(await pinned(layer.extras, target), await pinned([], target));
        }
        const files = layer.requirements ? [layer.requirements] : [];
        return { lines, files, complete: files.length === 0 };
    };
}
async function exportPins(ctx, project, extras, target) {
    const { command, args, env } = await exportCommand(ctx, project, extras, target);
    ctx.log.debug(`${[...command, ...args].join(' ')}`);
    const result = await ctx.run(command[0], [...command.slice(1), ...args], {
        cwd: project.dir,
        env
    });
    if (result.code !== 0)
        throw exportError(project, result.stderr + result.stdout);
    return requirementLines(result.stdout);
}
async function exportCommand(ctx, project, extras, target) {
    const extraArgs = extras.flatMap(extra => ['--extras', extra]);
    switch (project.lockKind) {
        case 'poetry':
            return {
                command: await ctx.tools.poetry(),
                args: [
                    'export',
                    '--format',
                    'requirements.txt',
                    '--without-hashes',
                    '--only',
                    'main',
                    ...extraArgs
                ],
                env: { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' }
            };
        case 'uv':
            return {
                command: await ctx.tools.uv(),
                args: [
                    'export',
                    '--locked',
                    '--format',
                    'requirements-txt',
                    '--no-hashes',
                    '--no-header',
                    '--no-annotate',
                    '--no-emit-project',
                    '--no-default-groups',
                    ...extras.flatMap(extra => ['--extra', extra])
                ],
                env: ctx.uvEnv
            };
        case 'unlocked':
            return {
                command: await ctx.tools.uv(),
                args: [
                    'pip',
                    'compile',
                    'pyproject.toml',
                    '--quiet',
                    '--no-header',
                    '--no-annotate',
                    '--only-binary',
                    ':all:',
                    '--python-version',
                    RUNTIMES[target.runtime].python,
                    '--python-platform',
                    uvPlatform(target.runtime, target.architecture),
                    ...extras.flatMap(extra => ['--extra', extra])
                ],
                env: ctx.uvEnv
            };
    }
}
function exportError(project, output) {
    const lockName = project.lockKind === 'poetry' ? 'poetry.lock' : 'uv.lock';
    if (/changed significantly since poetry\.lock|poetry\.lock was last generated|needs to be updated|lockfile.*out of date/i.test(output)) {
        const fix = project.lockKind === 'poetry' ? 'poetry lock' : 'uv lock';
        return new errors/* ProjectError */.wB(`${lockName} is out of date with pyproject.toml`, {
            file: project.lockFile,
            hint: `Run \`${fix}\` in ${project.dir} and commit ${lockName}.`
        });
    }
    const tool = { poetry: 'poetry export', uv: 'uv export', unlocked: 'uv pip compile' }[project.lockKind];
    return new errors/* ProjectError */.wB(`${tool} failed for ${project.pyprojectPath}:\n${(0,system_process/* tail */.i)(output)}`, {
        file: project.lockFile ?? project.pyprojectPath,
        hint: project.lockKind === 'unlocked'
            ? 'Check that every dependency publishes a wheel for the target runtime and that the index is reachable.'
            : undefined
    });
}

;// CONCATENATED MODULE: ./src/project/wheel.ts
// Builds the project's own wheel with its own tool: `poetry build` for Poetry projects,
// `uv build` otherwise (`pip wheel --no-deps` with the pip installer).




async function buildProjectWheel(ctx, project, installer, outDir) {
    await (0,promises_.rm)(outDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outDir, { recursive: true });
    let command;
    let args;
    let env = {};
    if (project.lockKind === 'poetry') {
        command = await ctx.tools.poetry();
        args = ['build', '--format', 'wheel', '--output', outDir];
        env = { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' };
    }
    else if (installer === 'pip') {
        command = await ctx.tools.python();
        args = [
            '-m',
            'pip',
            'wheel',
            '--no-deps',
            '--disable-pip-version-check',
            '--wheel-dir',
            outDir,
            project.dir
        ];
    }
    else {
        command = await ctx.tools.uv();
        args = ['build', '--wheel', '--out-dir', outDir, project.dir];
        env = ctx.uvEnv;
    }
    ctx.log.info(`Building the ${project.name} wheel`);
    ctx.log.debug([...command, ...args].join(' '));
    const [executable, ...prefix] = command;
    const result = await ctx.run(executable, [...prefix, ...args], {
        cwd: project.dir,
        env
    });
    if (result.code !== 0) {
        throw new errors/* ProjectError */.wB(`could not build the wheel of ${project.name}:\n${(0,system_process/* tail */.i)(result.stderr + result.stdout)}`, {
            file: project.pyprojectPath,
            hint: 'Check [build-system] in pyproject.toml; the same command must work on your machine.'
        });
    }
    const wheels = (await (0,promises_.readdir)(outDir)).filter(name => name.endsWith('.whl'));
    if (wheels.length !== 1 || !wheels[0]) {
        throw new errors/* ProjectError */.wB(`building ${project.name} produced ${wheels.length} wheels in ${outDir}, expected one`);
    }
    return external_node_path_default().join(outDir, wheels[0]);
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(850);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(11);
;// CONCATENATED MODULE: ./src/report/sizes.ts


function sizeStatus(unzippedBytes, warnPercent) {
    if (unzippedBytes > report_report/* UNZIPPED_LIMIT */.My)
        return 'over-limit';
    return (unzippedBytes / report_report/* UNZIPPED_LIMIT */.My) * 100 >= warnPercent ? 'near-limit' : 'ok';
}
const needsS3 = (zippedBytes) => zippedBytes > report_report/* DIRECT_UPLOAD_LIMIT */.Ce;
/** Totals of each combination for every runtime and architecture the build produced. */
function checkCombinations(combinations, layers, warnPercent) {
    const result = [];
    const targets = new Map(layers.map(l => [`${l.runtime}|${l.architecture}`, l]));
    for (const combination of combinations) {
        for (const { runtime, architecture } of targets.values()) {
            const members = combination.layers.map(name => layers.find(l => l.layer === name && l.runtime === runtime && l.architecture === architecture));
            if (members.some(member => !member))
                continue; // not every member was built in this run
            const unzippedBytes = members.reduce((sum, member) => sum + (member?.unzippedBytes ?? 0), 0);
            result.push({
                name: combination.name,
                runtime,
                architecture,
                layers: combination.layers,
                unzippedBytes,
                limitPercent: (unzippedBytes / report_report/* UNZIPPED_LIMIT */.My) * 100,
                status: sizeStatus(unzippedBytes, warnPercent)
            });
        }
    }
    return result;
}
/** One line per layer or combination near or over the limit. */
function sizeProblems(layers, combinations) {
    const describe = (what, bytes, percent) => `${what} is ${(0,format/* formatBytes */.z)(bytes)} unzipped, ${(0,format/* formatPercent */.l)(percent)} of Lambda's ${(0,format/* formatBytes */.z)(report_report/* UNZIPPED_LIMIT */.My)} limit`;
    const over = [];
    const near = [];
    for (const l of layers) {
        const line = describe(`layer ${l.layer} (${l.runtime} ${l.architecture})`, l.unzippedBytes, l.limitPercent);
        if (l.status === 'over-limit')
            over.push(line);
        if (l.status === 'near-limit')
            near.push(line);
    }
    for (const c of combinations) {
        const line = describe(`combination ${c.name} (${c.layers.join(' + ')}, ${c.runtime} ${c.architecture})`, c.unzippedBytes, c.limitPercent);
        if (c.status === 'over-limit')
            over.push(line);
        if (c.status === 'near-limit')
            near.push(line);
    }
    return { over, near };
}

;// CONCATENATED MODULE: ./src/shape/glob.ts
// Glob patterns for user exclude/keep lists: `*` within a path segment, `**` across segments, `?` one character.
/** Compiles a glob into a RegExp matched against a path relative to site-packages. */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            const slashAfter = glob[i + 2] === '/';
            source += slashAfter ? '(?:.*/)?' : '.*';
            i += slashAfter ? 2 : 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern naming a folder also matches everything inside it.
    return new RegExp(`^${source}(?:/.*)?$`);
}
function matcher(globs) {
    const patterns = globs.map(globToRegExp);
    return path => patterns.some(pattern => pattern.test(path));
}

;// CONCATENATED MODULE: ./src/shape/imports.ts
// Finds which test or doc folders a package imports at run time, by reading the import
// statements of the layer's other Python files (so e.g. a package's own `tests` helpers that its
// code imports stay in the layer).

const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm;
const PLAIN_IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
/** The package a module file belongs to: `a/b/c.py` and `a/b/__init__.py` are both in `a.b`. */
function packageOf(file) {
    return file.split('/').slice(0, -1);
}
/** Absolute dotted names imported by one file's source (relative imports resolved). */
function importsOf(file, text) {
    const names = [];
    for (const match of text.matchAll(FROM_IMPORT)) {
        const [, dots = '', module = '', imported = ''] = match;
        let base;
        if (dots.length) {
            const pkg = packageOf(file);
            base = pkg.slice(0, pkg.length - (dots.length - 1));
            if (module)
                base = [...base, ...module.split('.')];
        }
        else {
            base = module.split('.');
        }
        const prefix = base.join('.');
        if (prefix)
            names.push(prefix);
        for (const item of imported.replace(/[()\\\n]/g, ' ').split(',')) {
            const name = item.trim().split(/\s+/)[0];
            if (name && name !== '*' && prefix)
                names.push(`${prefix}.${name}`);
        }
    }
    for (const match of text.matchAll(PLAIN_IMPORT)) {
        for (const item of (match[1] ?? '').split(',')) {
            const name = item.trim().split(/\s+/)[0];
            if (name)
                names.push(name);
        }
    }
    return names;
}
/** The module a file defines: `a/b/c.py` is `a.b.c`, `a/b/__init__.py` is `a.b`. */
function moduleOf(file) {
    return file
        .replace(/\.py$/, '')
        .replace(/\/__init__$/, '')
        .replace(/\//g, '.');
}
/**
 * Files inside the candidate folders (e.g. `pkg/tests`) that the rest of the layer imports at run
 * time, with the `__init__.py` files of their packages, followed transitively through the kept
 * modules' own imports. Everything else in those folders may go.
 */
async function importedFiles(candidates, files) {
    const folders = [...new Set(candidates)];
    if (folders.length === 0)
        return new Set();
    const inside = (file) => folders.find(folder => file.startsWith(`${folder}/`));
    const byModule = new Map();
    const queue = [];
    for (const file of files) {
        if (inside(file.path))
            byModule.set(moduleOf(file.path), file);
        else if (!file.path.endsWith('conftest.py'))
            queue.push(...importsOf(file.path, await (0,promises_.readFile)(file.source, 'utf8')));
    }
    const kept = new Set();
    const seen = new Set();
    while (queue.length) {
        const name = queue.pop();
        if (seen.has(name))
            continue;
        seen.add(name);
        const file = byModule.get(name);
        if (!file || kept.has(file.path))
            continue;
        kept.add(file.path);
        // Its packages' __init__.py files run first on import; its own imports must stay importable too.
        const parts = name.split('.');
        for (let i = 1; i < parts.length; i++)
            queue.push(parts.slice(0, i).join('.'));
        queue.push(...importsOf(file.path, await (0,promises_.readFile)(file.source, 'utf8')));
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/shape/runtime-packages.ts
/** Distributions the Python runtimes provide (boto3 and its dependencies, and the runtime interface client). */
const RUNTIME_PROVIDED = [
    'boto3',
    'botocore',
    's3transfer',
    'jmespath',
    'python-dateutil',
    'six',
    'urllib3',
    'awslambdaric'
];
/**
 * Decides what to do with the SDK set in a layer. With "remove", every member present goes
 * together, so the layer never ships part of the set (e.g. botocore without boto3) that would
 * shadow the runtime's copy of the rest.
 */
function planRuntimePackages(distributions, sizes, mode, runtimeVersions) {
    const provided = new Set(RUNTIME_PROVIDED);
    const members = distributions.filter(dist => provided.has(dist.name));
    const remove = new Set();
    const found = members.map(dist => {
        const files = [
            ...new Set([
                ...dist.files,
                ...[...sizes.keys()].filter(f => f.startsWith(`${dist.infoDir}/`))
            ])
        ].filter(file => sizes.has(file));
        if (mode === 'remove')
            for (const file of files)
                remove.add(file);
        return {
            name: dist.name,
            version: dist.version,
            files: files.length,
            bytes: files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)
        };
    });
    const memberNames = new Set(members.map(dist => dist.name));
    const reliesOnRuntime = mode === 'remove'
        ? distributions
            .filter(dist => !memberNames.has(dist.name))
            .map(dist => ({
            name: dist.name,
            needs: dist.requires.filter(name => memberNames.has(name)).sort()
        }))
            .filter(item => item.needs.length > 0)
            .sort((a, b) => (a.name < b.name ? -1 : 1))
        : [];
    const versionMismatches = members
        .map(dist => ({ name: dist.name, locked: dist.version, runtime: runtimeVersions[dist.name] }))
        .filter((item) => !!item.runtime && item.runtime !== item.locked);
    return {
        remove,
        report: {
            mode,
            found: found.sort((a, b) => (a.name < b.name ? -1 : 1)),
            bytesRemoved: mode === 'remove' ? found.reduce((sum, item) => sum + item.bytes, 0) : 0,
            reliesOnRuntime,
            versionMismatches
        }
    };
}

;// CONCATENATED MODULE: ./src/shape/strip.ts
// Strips debug symbols from a layer's shared objects with a strip that understands the target
// architecture. Never touches auditwheel-vendored libraries (*.libs/: patchelf rewrote them, and
// stripping them breaks loading) nor libraries known to break when stripped.




/** Libraries known to break (or lose needed symbols) when stripped; users can add globs. */
const NEVER_STRIP = [
    '**/libgfortran*',
    '**/libnetcdf*',
    '**/libgdal*',
    '**/libhdf5*',
    '**/libproj*'
];
const ELF_MACHINE = { x86_64: 62, aarch64: 183 };
const SHARED_OBJECT = /\.so(\.\d+)*$/;
/** Strip programs able to handle the machine, in order of preference. */
function stripTools(machine) {
    const host = external_node_os_default().arch() === 'x64' ? 'x86_64' : external_node_os_default().arch() === 'arm64' ? 'aarch64' : external_node_os_default().arch();
    return [...(host === machine ? ['strip'] : []), `${machine}-linux-gnu-strip`, 'llvm-strip'];
}
async function findTool(run, machine) {
    for (const tool of stripTools(machine)) {
        const works = await run(tool, ['--version']).then(result => result.code === 0, () => false);
        if (works)
            return tool;
    }
    return undefined;
}
async function elfMachine(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const header = Buffer.alloc(20);
        const { bytesRead } = await handle.read(header, 0, 20, 0);
        if (bytesRead < 20 || header.readUInt32BE(0) !== 0x7f454c46)
            return undefined;
        return header[5] === 1 ? header.readUInt16LE(18) : header.readUInt16BE(18);
    }
    finally {
        await handle.close();
    }
}
async function stripSharedObjects(candidates, machine, extraNeverStrip, ctx) {
    const fragile = matcher([...NEVER_STRIP, ...extraNeverStrip]);
    const selected = [];
    for (const file of candidates) {
        if (!SHARED_OBJECT.test(file.path) ||
            /(^|\/)[^/]+\.libs\//.test(file.path) ||
            fragile(file.path))
            continue;
        if ((await elfMachine(file.source)) === ELF_MACHINE[machine])
            selected.push(file);
    }
    if (selected.length === 0)
        return { files: 0, bytes: 0 };
    const tool = await findTool(ctx.run, machine);
    if (!tool) {
        return {
            files: 0,
            bytes: 0,
            notice: `no strip for ${machine} found (tried ${stripTools(machine).join(', ')}); shared objects left unstripped`
        };
    }
    const before = selected.reduce((sum, file) => sum + file.size, 0);
    const failures = [];
    for (let i = 0; i < selected.length; i += 64) {
        const batch = selected.slice(i, i + 64);
        const result = await ctx.run(tool, ['--strip-unneeded', ...batch.map(file => file.source)]);
        if (result.code !== 0)
            failures.push((0,system_process/* tail */.i)(result.stderr, 3));
    }
    let after = 0;
    for (const file of selected)
        after += (await (0,promises_.stat)(file.source)).size;
    return {
        files: selected.length,
        bytes: before - after,
        tool,
        notice: failures.length ? `${tool} failed on some files:\n${failures.join('\n')}` : undefined
    };
}

;// CONCATENATED MODULE: ./src/shape/shape.ts
// The Shape step: takes out what the runtime already provides and slims the installed tree in
// place, reporting files and bytes removed by each rule.










async function shapeLayer(stageDir, target, options, ctx) {
    const entries = await walkTree(stageDir);
    const site = target.sitePackages;
    const files = entries.filter(entry => entry.kind === 'file');
    const sizes = new Map(files.map(file => [file.name, file.size]));
    const distributions = await readDistributions(entries, site);
    const runtime = planRuntimePackages(distributions, sizes, options.runtimePackages, options.runtimePackageVersions);
    const relative = (name) => name.startsWith(`${site}/`) ? name.slice(site.length + 1) : name;
    const keep = matcher(options.keep);
    const exclude = matcher(options.exclude);
    const enabled = new Set(options.slim);
    const remaining = files.filter(file => !runtime.remove.has(file.name));
    const candidates = new Set();
    for (const file of remaining) {
        const rel = relative(file.name);
        const folder = containingFolder(rel, TEST_DIRS, 0) ?? containingFolder(rel, DOC_DIRS, 1);
        if (folder)
            candidates.add(folder);
    }
    const pythonFiles = remaining
        .filter(file => file.name.endsWith('.py'))
        .map(file => ({ path: relative(file.name), source: file.source }));
    const imported = enabled.has('tests') || enabled.has('docs')
        ? await importedFiles(candidates, pythonFiles)
        : new Set();
    const machine = ARCHITECTURES[target.architecture];
    const ruleTarget = { python: RUNTIMES[target.runtime].python, machine };
    const savings = new Map();
    const doomed = [...runtime.remove];
    const survivors = [];
    for (const file of remaining) {
        const rel = relative(file.name);
        const rule = keep(rel)
            ? undefined
            : (deletionRule(rel, ruleTarget, enabled, imported) ?? (exclude(rel) ? 'exclude' : undefined));
        if (!rule) {
            survivors.push(file);
            continue;
        }
        const item = savings.get(rule) ?? { rule, files: 0, bytes: 0 };
        item.files++;
        item.bytes += file.size;
        savings.set(rule, item);
        doomed.push(file.name);
    }
    for (const name of doomed)
        await (0,promises_.rm)(external_node_path_default().join(stageDir, name), { force: true });
    await pruneEmptyDirectories(stageDir, entries.filter(e => e.kind === 'directory').map(e => e.name));
    const notices = [];
    if (enabled.has('strip')) {
        const stripped = await stripSharedObjects(survivors
            .filter(file => !keep(relative(file.name)))
            .map(file => ({ path: relative(file.name), source: file.source, size: file.size })), machine, options.noStrip, ctx);
        if (stripped.files)
            savings.set('strip', { rule: 'strip', files: stripped.files, bytes: stripped.bytes });
        if (stripped.notice)
            notices.push(stripped.notice);
    }
    return {
        runtimePackages: runtime.report,
        slimming: [...savings.values()],
        keptImported: [...imported].sort(),
        notices
    };
}
/** Removes folders left empty, deepest first; folders with content stay. */
async function pruneEmptyDirectories(root, directories) {
    const deepestFirst = [...directories].sort((a, b) => b.split('/').length - a.split('/').length);
    for (const dir of deepestFirst)
        await (0,promises_.rmdir)(external_node_path_default().join(root, dir)).catch(() => undefined);
}

;// CONCATENATED MODULE: ./src/system/tools.ts
// Finds the Python tools a build needs (python, uv, poetry with its export plugin) and installs
// missing ones at pinned versions into a tool directory outside the project, reused on later runs.




/** Versions installed when the machine lacks a tool. */
const PINNED = {
    uv: '0.13.9',
    poetry: '2.5.1',
    poetryPluginExport: '1.10.1'
};
const tools_exists = (file) => (0,promises_.access)(file).then(() => true, () => false);
/** Tools resolved once per process and shared by every layer of a build. */
function createTools({ run, log, toolDir }) {
    const found = {};
    const memo = new Map();
    const once = (name, find) => {
        let pending = memo.get(name);
        if (!pending) {
            pending = find();
            memo.set(name, pending);
        }
        return pending;
    };
    /** Runs `command --version`; returns the version it prints, or undefined when absent or broken. */
    async function versionOf(command, pattern) {
        try {
            const result = await run(command[0], [...command.slice(1), '--version']);
            return result.code === 0 ? pattern.exec(result.stdout + result.stderr)?.[1] : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Installs into a private folder, then renames it into place so concurrent runs never see half an install. */
    async function installInto(finalDir, install) {
        const partial = `${finalDir}.partial-${process.pid}`;
        await (0,promises_.rm)(partial, { recursive: true, force: true });
        await (0,promises_.mkdir)(external_node_path_default().dirname(finalDir), { recursive: true });
        try {
            await install(partial);
            await (0,promises_.rename)(partial, finalDir).catch(async (error) => {
                if (!(await tools_exists(finalDir)))
                    throw error;
            });
        }
        finally {
            await (0,promises_.rm)(partial, { recursive: true, force: true });
        }
    }
    const python = () => once('python', async () => {
        for (const candidate of ['python3', 'python']) {
            const version = await versionOf([candidate], /Python (\d+\.\d+\.\d+)/);
            if (version) {
                found.python = version;
                return [candidate];
            }
        }
        throw new errors/* ToolError */.v4('no Python interpreter found (python3 or python on PATH)', {
            hint: 'Install Python 3.9 or newer, e.g. with actions/setup-python in a workflow.'
        });
    });
    async function pipInstall(args, what) {
        const [py] = await python();
        const result = await run(py, [
            '-m',
            'pip',
            'install',
            '--quiet',
            '--disable-pip-version-check',
            ...args
        ]);
        if (result.code !== 0) {
            throw new errors/* ToolError */.v4(`could not install ${what} into ${toolDir}:\n${(0,system_process/* tail */.i)(result.stderr)}`, {
                hint: 'Check that the package index is reachable, or put the tool on PATH yourself.'
            });
        }
    }
    const uv = () => once('uv', async () => {
        const onPath = await versionOf(['uv'], /uv (\d+\.\d+\.\d+)/);
        if (onPath && compareVersions(onPath, '0.6.0') >= 0) {
            found.uv = onPath;
            return ['uv'];
        }
        const dir = external_node_path_default().join(toolDir, 'uv', PINNED.uv);
        const binary = external_node_path_default().join(dir, 'bin', 'uv');
        if (!(await tools_exists(binary))) {
            log.info(`Installing uv ${PINNED.uv} into ${dir}`);
            await installInto(dir, partial => pipInstall(['--target', partial, `uv==${PINNED.uv}`], `uv ${PINNED.uv}`));
        }
        found.uv = PINNED.uv;
        return [binary];
    });
    const poetry = () => once('poetry', async () => {
        const onPath = await versionOf(['poetry'], /version (\d+\.\d+\.\d+)/);
        if (onPath && compareVersions(onPath, '2.0.0') >= 0) {
            const hasExport = await run('poetry', ['export', '--help']).then(r => r.code === 0, () => false);
            if (hasExport) {
                found.poetry = onPath;
                return ['poetry'];
            }
        }
        const dir = external_node_path_default().join(toolDir, 'poetry', PINNED.poetry);
        const venvPython = external_node_path_default().join(dir, 'bin', 'python');
        if (!(await tools_exists(venvPython))) {
            log.info(`Installing poetry ${PINNED.poetry} with poetry-plugin-export into ${dir}`);
            await installInto(dir, async (partial) => {
                const [py] = await python();
                const venv = await run(py, ['-m', 'venv', partial]);
                if (venv.code !== 0)
                    throw new errors/* ToolError */.v4(`could not create a virtualenv for poetry:\n${(0,system_process/* tail */.i)(venv.stderr)}`);
                const result = await run(external_node_path_default().join(partial, 'bin', 'python'), [
                    '-m',
                    'pip',
                    'install',
                    '--quiet',
                    '--disable-pip-version-check',
                    `poetry==${PINNED.poetry}`,
                    `poetry-plugin-export==${PINNED.poetryPluginExport}`
                ]);
                if (result.code !== 0) {
                    throw new errors/* ToolError */.v4(`could not install poetry ${PINNED.poetry}:\n${(0,system_process/* tail */.i)(result.stderr)}`, {
                        hint: 'Check that the package index is reachable, or install poetry and poetry-plugin-export yourself.'
                    });
                }
            });
        }
        found.poetry = PINNED.poetry;
        return [venvPython, '-m', 'poetry'];
    });
    return { python, uv, poetry, versions: () => ({ ...found }) };
}
/** Compares dotted numeric versions: negative, zero or positive like a sort comparator. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The build pipeline: Config -> Project -> Plan -> Build -> Shape -> Package -> Report, one plain
// step after another. The CLI and the action call `prepareBuild` then `buildLayers`; everything
// outside (processes, logging, tools) is passed in.




















/** Reads and validates everything before any tool runs: bad input fails here, fast. */
async function prepareBuild({ projectDir, overrides, overrideName, env }) {
    const dir = external_node_path_default().resolve(projectDir);
    const pyproject = await readPyproject(dir);
    const config = await loadConfig({ projectDir: dir, pyproject, overrides, overrideName, env });
    const project = await loadProject(dir, pyproject);
    const targets = planLayers(config, project, pyproject.text);
    return { config, project, targets };
}
async function buildLayers({ config, project, targets }, ctx) {
    const { run, log } = ctx;
    const tools = ctx.tools ?? createTools({ run, log, toolDir: external_node_path_default().join(config.cacheDir, 'tools') });
    const uvEnv = {
        UV_CACHE_DIR: external_node_path_default().join(config.cacheDir, 'uv'),
        UV_PYTHON_DOWNLOADS: 'never',
        UV_NO_PROGRESS: '1'
    };
    const exportContext = { run, tools, log, uvEnv };
    const workRoot = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lambda-layer-'));
    try {
        const steps = {
            config,
            project,
            ctx,
            workRoot,
            exportFor: createExporter(exportContext, project),
            build: nativeBuilder({ run, tools, log, uvEnv, pipCacheDir: external_node_path_default().join(config.cacheDir, 'pip') }, config.installer)
        };
        if (targets.some(target => target.layer.includeProject)) {
            steps.projectWheel = await buildProjectWheel(exportContext, project, config.installer, external_node_path_default().join(workRoot, 'wheel'));
        }
        await (0,promises_.mkdir)(config.outputDir, { recursive: true });
        const layers = [];
        for (const [index, target] of targets.entries()) {
            layers.push(await buildTarget(target, `[${index + 1}/${targets.length}]`, steps));
        }
        const combinations = checkCombinations(config.combinations, layers, config.sizeWarnPercent);
        const report = {
            version: report_report/* REPORT_VERSION */.Aj,
            generator: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
            project: { name: project.name, version: project.version, lockKind: project.lockKind },
            tools: tools.versions(),
            limits: {
                unzippedBytes: report_report/* UNZIPPED_LIMIT */.My,
                directUploadZipBytes: report_report/* DIRECT_UPLOAD_LIMIT */.Ce,
                warnPercent: config.sizeWarnPercent
            },
            layers,
            combinations
        };
        const reportPath = await (0,report_report/* writeReport */.u5)(report, config.outputDir);
        const { over, near } = sizeProblems(layers, combinations);
        for (const line of near)
            log.warn(line);
        if (over.length)
            throw new errors/* SizeLimitError */.RZ(over, reportPath, config.pyprojectPath);
        return { report, reportPath };
    }
    finally {
        await (0,promises_.rm)(workRoot, { recursive: true, force: true });
    }
}
/** One layer for one runtime and architecture: export, install, shape, zip, check, measure. */
async function buildTarget(target, counter, steps) {
    const { config, project, ctx } = steps;
    const { log } = ctx;
    const step = `${counter} ${target.layer.name} ${target.runtime} ${target.architecture}`;
    const started = Date.now();
    log.info(`${step}: exporting requirements`);
    const requirements = await steps.exportFor(target);
    const stageDir = external_node_path_default().join(steps.workRoot, 'stage', target.id);
    const pins = pinsOf(requirements);
    const what = [
        pins.length ? `${pins.length} pinned packages` : '',
        ...requirements.files.map(file => external_node_path_default().relative(project.dir, file)),
        target.layer.includeProject ? project.name : ''
    ].filter(Boolean);
    log.info(`${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, native)`);
    const outcome = await steps.build({
        target,
        requirements,
        projectWheel: target.layer.includeProject ? steps.projectWheel : undefined,
        siteDir: external_node_path_default().join(stageDir, target.sitePackages),
        workDir: external_node_path_default().join(steps.workRoot, 'work', target.id)
    });
    log.info(`${step}: shaping (runtime packages: ${config.shape.runtimePackages}; slim: ${config.shape.slim.join(', ') || 'none'})`);
    const shape = await shapeLayer(stageDir, target, config.shape, ctx);
    for (const notice of shape.notices)
        log.warn(`layer ${target.layer.name}: ${notice}`);
    for (const { name, locked, runtime } of shape.runtimePackages.versionMismatches) {
        log.warn(`layer ${target.layer.name}: ${name} ${locked} is locked, but ${target.runtime} provides ${runtime}`);
    }
    for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
        log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`);
    }
    const entries = await walkTree(stageDir);
    const files = entries.filter(entry => entry.kind === 'file');
    if (files.length === 0)
        log.warn(`layer ${target.layer.name} is empty`);
    const fileName = `${target.id}.zip`;
    const zipPath = external_node_path_default().join(config.outputDir, fileName);
    log.info(`${step}: zipping ${files.length} files`);
    const zip = await writeZip(entries, zipPath, {
        level: config.compressionLevel,
        epochSeconds: config.sourceDateEpoch
    });
    await checkZip(zipPath, entries.length);
    const unzippedBytes = files.reduce((sum, entry) => sum + entry.size, 0);
    const report = {
        layer: target.layer.name,
        runtime: target.runtime,
        architecture: target.architecture,
        fileName,
        zipPath,
        ...zip,
        unzippedBytes,
        files: files.length,
        limitPercent: (unzippedBytes / report_report/* UNZIPPED_LIMIT */.My) * 100,
        status: sizeStatus(unzippedBytes, config.sizeWarnPercent),
        needsS3: needsS3(zip.zippedBytes),
        builder: outcome.builder,
        installer: outcome.installer,
        includesProject: target.layer.includeProject,
        requirements: pins,
        packages: await packageUsage(entries, target.sitePackages),
        shape,
        seconds: Math.round((Date.now() - started) / 100) / 10
    };
    await (0,promises_.rm)(stageDir, { recursive: true, force: true });
    return report;
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ formatPercent),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
// Human-readable sizes and percentages shared by every rendering of the report.
const UNITS = ['B', 'KiB', 'MiB', 'GiB'];
/** 1536 -> "1.5 KiB"; binary units, one decimal. */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
function formatPercent(value) {
    return `${value.toFixed(1)}%`;
}


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ REPORT_VERSION),
/* harmony export */   Ce: () => (/* binding */ DIRECT_UPLOAD_LIMIT),
/* harmony export */   My: () => (/* binding */ UNZIPPED_LIMIT),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* unused harmony export REPORT_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The versioned JSON report: the single source the console table, job summary and outputs render.


const REPORT_VERSION = 1;
const REPORT_FILE = 'lambda-layer-report.json';
/** Lambda's limit on the unzipped size of a function and all its layers. */
const UNZIPPED_LIMIT = 262_144_000;
/** Zips above this size cannot be published with a direct ZipFile upload; they go through S3. */
const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024;
async function writeReport(report, outputDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outputDir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outputDir, REPORT_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(report, null, 2) + '\n');
    return file;
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ renderReportTable)
/* harmony export */ });
/* unused harmony export renderTable */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(11);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(850);
// Renders the report as a plain-text table for the console.


/** Pads cells into aligned columns; numeric columns are right-aligned. */
function renderTable(header, rows, rightAligned = []) {
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map(row => (row[i] ?? '').length)));
    const line = (row) => row
        .map((cell, i) => rightAligned.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function renderReportTable(report) {
    const rows = report.layers.map(layer => [
        layer.layer,
        layer.runtime,
        layer.architecture,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(layer.zippedBytes),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(layer.unzippedBytes),
        layer.files.toLocaleString('en-US'),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l)(layer.limitPercent),
        [layer.status.replace('-', ' '), layer.needsS3 ? 'needs S3' : ''].filter(Boolean).join(', '),
        layer.packages
            .slice(0, 3)
            .map(p => `${p.name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(p.unzippedBytes)}`)
            .join(', ')
    ]);
    const table = renderTable([
        'layer',
        'runtime',
        'arch',
        'zipped',
        'unzipped',
        'files',
        `of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(_report_js__WEBPACK_IMPORTED_MODULE_0__/* .UNZIPPED_LIMIT */ .My)}`,
        'status',
        'largest packages'
    ], rows, [3, 4, 5, 6]);
    return `${report.project.name} ${report.project.version}: ${report.layers.length} layer zip(s)\n\n${table}`;
}


/***/ }),

/***/ 271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* unused harmony export silentLogger */
// The logging seam: the CLI writes to stderr, the action to the workflow log.
/** Logger for the command line: progress and warnings on stderr, stdout stays for results. */
function consoleLogger(verbose = false) {
    return {
        info: message => process.stderr.write(`${message}\n`),
        warn: message => process.stderr.write(`warning: ${message}\n`),
        debug: message => {
            if (verbose)
                process.stderr.write(`  ${message}\n`);
        }
    };
}
/** Logger that discards everything (tests that only look at results). */
const silentLogger = { info: () => { }, warn: () => { }, debug: () => { } };


/***/ }),

/***/ 238:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runProcess),
  i: () => (/* binding */ tail)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/system/process.ts
// Runs external commands as argument arrays (never through a shell) and captures their output.


/** Spawns the command; resolves with its exit code (non-zero is not an exception). */
const runProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    const stdout = [];
    const stderr = [];
    let pending = '';
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => {
        stderr.push(chunk);
        if (!options.onStderrLine)
            return;
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
            if (line.trim())
                options.onStderrLine(line);
    });
    child.on('error', error => {
        const code = error.code;
        reject(new errors/* ToolError */.v4(code === 'ENOENT'
            ? `command not found: ${command}`
            : `could not run ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
        if (pending.trim() && options.onStderrLine)
            options.onStderrLine(pending);
        resolve({
            code: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8')
        });
    });
});
/** The last `count` non-empty lines of a tool's output, for error messages. */
function tail(text, count = 12) {
    return text
        .split('\n')
        .filter(line => line.trim())
        .slice(-count)
        .join('\n');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The tool's own version, written into reports and tool user agents (kept equal to package.json).
const VERSION = '0.1.0';
const TOOL_NAME = 'lambda-layer';


/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__runCli = __webpack_exports__.a;
/******/ export { __webpack_exports__runCli as runCli };
/******/ 
