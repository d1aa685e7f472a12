#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 44:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
var fs = __nccwpck_require__(896);
var Transform = (__nccwpck_require__(203).Transform);
var PassThrough = (__nccwpck_require__(203).PassThrough);
var zlib = __nccwpck_require__(106);
var util = __nccwpck_require__(23);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);
var errorMonitor = (__nccwpck_require__(434).errorMonitor);
var crc32 = __nccwpck_require__(928);

exports.u = ZipFile;
__webpack_unused_export__ = dateToDosDateTime;

util.inherits(ZipFile, EventEmitter);
function ZipFile() {
  this.outputStream = new PassThrough();
  this.entries = [];
  this.outputStreamCursor = 0;
  this.ended = false; // .end() sets this
  this.allDone = false; // set when we've written the last bytes
  this.forceZip64Eocd = false; // configurable in .end()
  this.errored = false;
  this.on(errorMonitor, function() {
    this.errored = true;
  });
}

ZipFile.prototype.addFile = function(realPath, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (options == null) options = {};

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  fs.stat(realPath, function(err, stats) {
    if (err) return self.emit("error", err);
    if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
    entry.uncompressedSize = stats.size;
    if (options.mtime == null) entry.setLastModDate(stats.mtime);
    if (options.mode == null) entry.setFileAttributesMode(stats.mode);
    entry.setFileDataPumpFunction(function() {
      var readStream = fs.createReadStream(realPath);
      entry.state = Entry.FILE_DATA_IN_PROGRESS;
      readStream.on("error", function(err) {
        self.emit("error", err);
      });
      pumpFileDataReadStream(self, entry, readStream);
    });
    pumpEntries(self);
  });
};

ZipFile.prototype.addReadStream = function(readStream, metadataPath, options) {
  this.addReadStreamLazy(metadataPath, options, function(cb) {
    cb(null, readStream);
  });
};

ZipFile.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
  var self = this;
  if (typeof options === "function") {
    getReadStreamFunction = options;
    options = null;
  }
  if (options == null) options = {};
  metadataPath = validateMetadataPath(metadataPath, false);

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    entry.state = Entry.FILE_DATA_IN_PROGRESS;
    getReadStreamFunction(function(err, readStream) {
      if (err) return self.emit("error", err);
      pumpFileDataReadStream(self, entry, readStream);
    });
  });
  pumpEntries(self);
};

ZipFile.prototype.addBuffer = function(buffer, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (buffer.length > 0x3fffffff) throw new Error("buffer too large: " + buffer.length + " > " + 0x3fffffff);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  entry.uncompressedSize = buffer.length;
  entry.crc32 = crc32.unsigned(buffer);
  entry.crcAndFileSizeKnown = true;
  self.entries.push(entry);
  if (entry.compressionLevel === 0) {
    setCompressedBuffer(buffer);
  } else {
    zlib.deflateRaw(buffer, {level:entry.compressionLevel}, function(err, compressedBuffer) {
      setCompressedBuffer(compressedBuffer);
    });
  }
  function setCompressedBuffer(compressedBuffer) {
    entry.compressedSize = compressedBuffer.length;
    entry.setFileDataPumpFunction(function() {
      writeToOutputStream(self, compressedBuffer);
      writeToOutputStream(self, entry.getDataDescriptor());
      entry.state = Entry.FILE_DATA_DONE;

      // don't call pumpEntries() recursively.
      // (also, don't call process.nextTick recursively.)
      setImmediate(function() {
        pumpEntries(self);
      });
    });
    pumpEntries(self);
  }
};

ZipFile.prototype.addEmptyDirectory = function(metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, true);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");
  if (options.compress != null) throw new Error("options.compress not allowed");
  if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, true, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
  pumpEntries(self);
};

var eocdrSignatureBuffer = bufferFrom([0x50, 0x4b, 0x05, 0x06]);

ZipFile.prototype.end = function(options, calculatedTotalSizeCallback) {
  if (typeof options === "function") {
    calculatedTotalSizeCallback = options;
    options = null;
  }
  if (options == null) options = {};
  if (this.ended) return;
  this.ended = true;
  if (this.errored) return;
  this.calculatedTotalSizeCallback = calculatedTotalSizeCallback;
  this.forceZip64Eocd = !!options.forceZip64Format;
  if (options.comment) {
    if (typeof options.comment === "string") {
      this.comment = encodeCp437(options.comment);
    } else {
      // It should be a Buffer
      this.comment = options.comment;
    }
    if (this.comment.length > 0xffff) throw new Error("comment is too large");
    // gotta check for this, because the zipfile format is actually ambiguous.
    if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
  } else {
    // no comment.
    this.comment = EMPTY_BUFFER;
  }
  pumpEntries(this);
};

function writeToOutputStream(self, buffer) {
  self.outputStream.write(buffer);
  self.outputStreamCursor += buffer.length;
}

function pumpFileDataReadStream(self, entry, readStream) {
  var crc32Watcher = new Crc32Watcher();
  var uncompressedSizeCounter = new ByteCounter();
  var compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({level:entry.compressionLevel}) : new PassThrough();
  var compressedSizeCounter = new ByteCounter();
  readStream.pipe(crc32Watcher)
            .pipe(uncompressedSizeCounter)
            .pipe(compressor)
            .pipe(compressedSizeCounter)
            .pipe(self.outputStream, {end: false});
  compressedSizeCounter.on("end", function() {
    entry.crc32 = crc32Watcher.crc32;
    if (entry.uncompressedSize == null) {
      entry.uncompressedSize = uncompressedSizeCounter.byteCount;
    } else {
      if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
    }
    entry.compressedSize = compressedSizeCounter.byteCount;
    self.outputStreamCursor += entry.compressedSize;
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
}

function determineCompressionLevel(options) {
  if (options.compress != null && options.compressionLevel != null) {
    if (!!options.compress !== !!options.compressionLevel) throw new Error("conflicting settings for compress and compressionLevel");
  }
  if (options.compressionLevel != null) return options.compressionLevel;
  if (options.compress === false) return 0;
  return 6;
}

function pumpEntries(self) {
  if (self.allDone || self.errored) return;
  // first check if calculatedTotalSize is finally known
  if (self.ended && self.calculatedTotalSizeCallback != null) {
    var calculatedTotalSize = calculateTotalSize(self);
    if (calculatedTotalSize != null) {
      // we have an answer
      self.calculatedTotalSizeCallback(calculatedTotalSize);
      self.calculatedTotalSizeCallback = null;
    }
  }

  // pump entries
  var entry = getFirstNotDoneEntry();
  function getFirstNotDoneEntry() {
    for (var i = 0; i < self.entries.length; i++) {
      var entry = self.entries[i];
      if (entry.state < Entry.FILE_DATA_DONE) return entry;
    }
    return null;
  }
  if (entry != null) {
    // this entry is not done yet
    if (entry.state < Entry.READY_TO_PUMP_FILE_DATA) return; // input file not open yet
    if (entry.state === Entry.FILE_DATA_IN_PROGRESS) return; // we'll get there
    // start with local file header
    entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
    var localFileHeader = entry.getLocalFileHeader();
    writeToOutputStream(self, localFileHeader);
    entry.doFileDataPump();
  } else {
    // all cought up on writing entries
    if (self.ended) {
      // head for the exit
      self.offsetOfStartOfCentralDirectory = self.outputStreamCursor;
      self.entries.forEach(function(entry) {
        var centralDirectoryRecord = entry.getCentralDirectoryRecord();
        writeToOutputStream(self, centralDirectoryRecord);
      });
      writeToOutputStream(self, getEndOfCentralDirectoryRecord(self));
      self.outputStream.end();
      self.allDone = true;
    }
  }
}

function calculateTotalSize(self) {
  var pretendOutputCursor = 0;
  var centralDirectorySize = 0;
  for (var i = 0; i < self.entries.length; i++) {
    var entry = self.entries[i];
    // compression is too hard to predict
    if (entry.compressionLevel !== 0) return -1;
    if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
      // if addReadStream was called without providing the size, we can't predict the total size
      if (entry.uncompressedSize == null) return -1;
    } else {
      // if we're still waiting for fs.stat, we might learn the size someday
      if (entry.uncompressedSize == null) return null;
    }
    // we know this for sure, and this is important to know if we need ZIP64 format.
    entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
    var useZip64Format = entry.useZip64Format();

    pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length;
    pretendOutputCursor += entry.uncompressedSize;
    if (!entry.crcAndFileSizeKnown) {
      // use a data descriptor
      if (useZip64Format) {
        pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE;
      } else {
        pretendOutputCursor += DATA_DESCRIPTOR_SIZE;
      }
    }

    centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length;
    if (!entry.forceDosTimestamp) {
      centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE;
    }
    if (useZip64Format) {
      centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE;
    }
  }

  var endOfCentralDirectorySize = 0;
  if (self.forceZip64Eocd ||
      self.entries.length >= 0xffff ||
      centralDirectorySize >= 0xffff ||
      pretendOutputCursor >= 0xffffffff) {
    // use zip64 end of central directory stuff
    endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE;
  }
  endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length;
  return pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
}

function shouldIgnoreAdding(self) {
  if (self.ended) throw new Error("cannot add entries after calling end()");
  if (self.errored) return true;
  return false;
}

var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56;
var ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20;
var END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
  var needZip64Format = false;
  var normalEntriesLength = self.entries.length;
  if (self.forceZip64Eocd || self.entries.length >= 0xffff) {
    normalEntriesLength = 0xffff;
    needZip64Format = true;
  }
  var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory;
  var normalSizeOfCentralDirectory = sizeOfCentralDirectory;
  if (self.forceZip64Eocd || sizeOfCentralDirectory >= 0xffffffff) {
    normalSizeOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
  if (self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 0xffffffff) {
    normalOffsetOfStartOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  if (actuallyJustTellMeHowLongItWouldBe) {
    if (needZip64Format) {
      return (
        ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE +
        ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE +
        END_OF_CENTRAL_DIRECTORY_RECORD_SIZE
      );
    } else {
      return END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
    }
  }

  var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
  // end of central dir signature                       4 bytes  (0x06054b50)
  eocdrBuffer.writeUInt32LE(0x06054b50, 0);
  // number of this disk                                2 bytes
  eocdrBuffer.writeUInt16LE(0, 4);
  // number of the disk with the start of the central directory  2 bytes
  eocdrBuffer.writeUInt16LE(0, 6);
  // total number of entries in the central directory on this disk  2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 8);
  // total number of entries in the central directory   2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 10);
  // size of the central directory                      4 bytes
  eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12);
  // offset of start of central directory with respect to the starting disk number  4 bytes
  eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16);
  // .ZIP file comment length                           2 bytes
  eocdrBuffer.writeUInt16LE(self.comment.length, 20);
  // .ZIP file comment                                  (variable size)
  self.comment.copy(eocdrBuffer, 22);

  if (!needZip64Format) return eocdrBuffer;

  // ZIP64 format
  // ZIP64 End of Central Directory Record
  var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
  // zip64 end of central dir signature                                             4 bytes  (0x06064b50)
  zip64EocdrBuffer.writeUInt32LE(0x06064b50, 0);
  // size of zip64 end of central directory record                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4);
  // version made by                                                                2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12);
  // version needed to extract                                                      2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14);
  // number of this disk                                                            4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 16);
  // number of the disk with the start of the central directory                     4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 20);
  // total number of entries in the central directory on this disk                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24);
  // total number of entries in the central directory                               8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32);
  // size of the central directory                                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40);
  // offset of start of central directory with respect to the starting disk number  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
  // zip64 extensible data sector                                                   (variable size)
  // nothing in the zip64 extensible data sector


  // ZIP64 End of Central Directory Locator
  var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
  // zip64 end of central dir locator signature                               4 bytes  (0x07064b50)
  zip64EocdlBuffer.writeUInt32LE(0x07064b50, 0);
  // number of the disk with the start of the zip64 end of central directory  4 bytes
  zip64EocdlBuffer.writeUInt32LE(0, 4);
  // relative offset of the zip64 end of central directory record             8 bytes
  writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8);
  // total number of disks                                                    4 bytes
  zip64EocdlBuffer.writeUInt32LE(1, 16);


  return Buffer.concat([
    zip64EocdrBuffer,
    zip64EocdlBuffer,
    eocdrBuffer,
  ]);
}

function validateMetadataPath(metadataPath, isDirectory) {
  if (metadataPath === "") throw new Error("empty metadataPath");
  metadataPath = metadataPath.replace(/\\/g, "/");
  if (/^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
  if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
  var looksLikeDirectory = /\/$/.test(metadataPath);
  if (isDirectory) {
    // append a trailing '/' if necessary.
    if (!looksLikeDirectory) metadataPath += "/";
  } else {
    if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
  }
  return metadataPath;
}

var EMPTY_BUFFER = bufferAlloc(0);

// this class is not part of the public API
function Entry(metadataPath, isDirectory, options) {
  this.utf8FileName = bufferFrom(metadataPath);
  if (this.utf8FileName.length > 0xffff) throw new Error("utf8 file name too long. " + utf8FileName.length + " > " + 0xffff);
  this.isDirectory = isDirectory;
  this.state = Entry.WAITING_FOR_METADATA;
  this.setLastModDate(options.mtime != null ? options.mtime : new Date());
  this.forceDosTimestamp = !!options.forceDosTimestamp;
  if (options.mode != null) {
    this.setFileAttributesMode(options.mode);
  } else {
    this.setFileAttributesMode(isDirectory ? 0o40775 : 0o100664);
  }
  if (isDirectory) {
    this.crcAndFileSizeKnown = true;
    this.crc32 = 0;
    this.uncompressedSize = 0;
    this.compressedSize = 0;
  } else {
    // unknown so far
    this.crcAndFileSizeKnown = false;
    this.crc32 = null;
    this.uncompressedSize = null;
    this.compressedSize = null;
    if (options.size != null) this.uncompressedSize = options.size;
  }
  if (isDirectory) {
    this.compressionLevel = 0;
  } else {
    this.compressionLevel = determineCompressionLevel(options);
  }
  this.forceZip64Format = !!options.forceZip64Format;
  if (options.fileComment) {
    if (typeof options.fileComment === "string") {
      this.fileComment = bufferFrom(options.fileComment, "utf-8");
    } else {
      // It should be a Buffer
      this.fileComment = options.fileComment;
    }
    if (this.fileComment.length > 0xffff) throw new Error("fileComment is too large");
  } else {
    // no comment.
    this.fileComment = EMPTY_BUFFER;
  }
}
Entry.WAITING_FOR_METADATA = 0;
Entry.READY_TO_PUMP_FILE_DATA = 1;
Entry.FILE_DATA_IN_PROGRESS = 2;
Entry.FILE_DATA_DONE = 3;
Entry.prototype.setLastModDate = function(date) {
  this.mtime = date;
  var dosDateTime = dateToDosDateTime(date);
  this.lastModFileTime = dosDateTime.time;
  this.lastModFileDate = dosDateTime.date;
};
Entry.prototype.setFileAttributesMode = function(mode) {
  if ((mode & 0xffff) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= " + 0xffff);
  // http://unix.stackexchange.com/questions/14705/the-zip-formats-external-file-attribute/14727#14727
  this.externalFileAttributes = (mode << 16) >>> 0;
};
// doFileDataPump() should not call pumpEntries() directly. see issue #9.
Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
  this.doFileDataPump = doFileDataPump;
  this.state = Entry.READY_TO_PUMP_FILE_DATA;
};
Entry.prototype.useZip64Format = function() {
  return (
    (this.forceZip64Format) ||
    (this.uncompressedSize != null && this.uncompressedSize > 0xfffffffe) ||
    (this.compressedSize != null && this.compressedSize > 0xfffffffe) ||
    (this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 0xfffffffe)
  );
}
var LOCAL_FILE_HEADER_FIXED_SIZE = 30;
var VERSION_NEEDED_TO_EXTRACT_UTF8 = 20;
var VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45;
// 3 = unix. 63 = spec version 6.3
var VERSION_MADE_BY = (3 << 8) | 63;
var FILE_NAME_IS_UTF8 = 1 << 11;
var UNKNOWN_CRC32_AND_FILE_SIZES = 1 << 3;
Entry.prototype.getLocalFileHeader = function() {
  var crc32 = 0;
  var compressedSize = 0;
  var uncompressedSize = 0;
  if (this.crcAndFileSizeKnown) {
    crc32 = this.crc32;
    compressedSize = this.compressedSize;
    uncompressedSize = this.uncompressedSize;
  }

  var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  // local file header signature     4 bytes  (0x04034b50)
  fixedSizeStuff.writeUInt32LE(0x04034b50, 0);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(crc32, 14);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(compressedSize, 18);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(uncompressedSize, 22);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(0, 28);
  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    // no extra fields
  ]);
};
var DATA_DESCRIPTOR_SIZE = 16;
var ZIP64_DATA_DESCRIPTOR_SIZE = 24;
Entry.prototype.getDataDescriptor = function() {
  if (this.crcAndFileSizeKnown) {
    // the Mac Archive Utility requires this not be present unless we set general purpose bit 3
    return EMPTY_BUFFER;
  }
  if (!this.useZip64Format()) {
    var buffer = bufferAlloc(DATA_DESCRIPTOR_SIZE);
    // optional signature (required according to Archive Utility)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 4 bytes
    buffer.writeUInt32LE(this.compressedSize, 8);
    // uncompressed size               4 bytes
    buffer.writeUInt32LE(this.uncompressedSize, 12);
    return buffer;
  } else {
    // ZIP64 format
    var buffer = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
    // optional signature (unknown if anyone cares about this)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 8 bytes
    writeUInt64LE(buffer, this.compressedSize, 8);
    // uncompressed size               8 bytes
    writeUInt64LE(buffer, this.uncompressedSize, 16);
    return buffer;
  }
};
var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46;
var INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9;
var ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
Entry.prototype.getCentralDirectoryRecord = function() {
  var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  var izutefBuffer = EMPTY_BUFFER;
  if (!this.forceDosTimestamp) {
    // Here is one specification for this: https://commons.apache.org/proper/commons-compress/apidocs/org/apache/commons/compress/archivers/zip/X5455_ExtendedTimestamp.html
    // See also the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
    izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE);
    // 0x5455        Short       tag for this extra block type ("UT")
    izutefBuffer.writeUInt16LE(0x5455, 0);
    // TSize         Short       total data size for this block
    izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
    // See Info-ZIP source code zip.h for these constant values:
    var EB_UT_FL_MTIME = (1 << 0);
    var EB_UT_FL_ATIME = (1 << 1);
    // Note that we set the atime flag despite not providing the atime field.
    // The central directory version of this extra field is specified to never contain the atime field even when the flag is set.
    // We set it to match the Info-ZIP behavior in order to minimize incompatibility with zip file readers that may have rigid input expectations.
    // Flags         Byte        info bits
    izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
    // (ModTime)     Long        time of last modification (UTC/GMT)
    var timestamp = Math.floor(this.mtime.getTime() / 1000);
    if (timestamp < -0x80000000) timestamp = -0x80000000; // 1901-12-13T20:45:52.000Z
    if (timestamp >  0x7fffffff) timestamp =  0x7fffffff; // 2038-01-19T03:14:07.000Z
    izutefBuffer.writeUInt32LE(timestamp, 5);
  }

  var normalCompressedSize = this.compressedSize;
  var normalUncompressedSize = this.uncompressedSize;
  var normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader;
  var versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8;
  var zeiefBuffer = EMPTY_BUFFER;
  if (this.useZip64Format()) {
    normalCompressedSize = 0xffffffff;
    normalUncompressedSize = 0xffffffff;
    normalRelativeOffsetOfLocalHeader = 0xffffffff;
    versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64;

    // ZIP64 extended information extra field
    zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
    // 0x0001                  2 bytes    Tag for this "extra" block type
    zeiefBuffer.writeUInt16LE(0x0001, 0);
    // Size                    2 bytes    Size of this "extra" block
    zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2);
    // Original Size           8 bytes    Original uncompressed file size
    writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4);
    // Compressed Size         8 bytes    Size of compressed data
    writeUInt64LE(zeiefBuffer, this.compressedSize, 12);
    // Relative Header Offset  8 bytes    Offset of local header record
    writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20);
    // Disk Start Number       4 bytes    Number of the disk on which this file starts
    // (omit)
  }

  // central file header signature   4 bytes  (0x02014b50)
  fixedSizeStuff.writeUInt32LE(0x02014b50, 0);
  // version made by                 2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(this.crc32, 16);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30);
  // file comment length             2 bytes
  fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32);
  // disk number start               2 bytes
  fixedSizeStuff.writeUInt16LE(0, 34);
  // internal file attributes        2 bytes
  fixedSizeStuff.writeUInt16LE(0, 36);
  // external file attributes        4 bytes
  fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38);
  // relative offset of local header 4 bytes
  fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42);

  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    izutefBuffer,
    zeiefBuffer,
    // file comment (variable size)
    this.fileComment,
  ]);
};
Entry.prototype.getCompressionMethod = function() {
  var NO_COMPRESSION = 0;
  var DEFLATE_COMPRESSION = 8;
  return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
};

// These are intentionally computed in the current system timezone
// to match how the DOS encoding operates in this library.
var minDosDate = new Date(1980, 0, 1);
var maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
function dateToDosDateTime(jsDate) {
  // Clamp out of bounds timestamps.
  if (jsDate < minDosDate) jsDate = minDosDate;
  else if (jsDate > maxDosDate) jsDate = maxDosDate;

  var date = 0;
  date |= jsDate.getDate() & 0x1f; // 1-31
  date |= ((jsDate.getMonth() + 1) & 0xf) << 5; // 0-11, 1-12
  date |= ((jsDate.getFullYear() - 1980) & 0x7f) << 9; // 0-128, 1980-2108

  var time = 0;
  time |= Math.floor(jsDate.getSeconds() / 2); // 0-59, 0-29 (lose odd numbers)
  time |= (jsDate.getMinutes() & 0x3f) << 5; // 0-59
  time |= (jsDate.getHours() & 0x1f) << 11; // 0-23

  return {date: date, time: time};
}

function writeUInt64LE(buffer, n, offset) {
  // can't use bitshift here, because JavaScript only allows bitshifting on 32-bit integers.
  var high = Math.floor(n / 0x100000000);
  var low = n % 0x100000000;
  buffer.writeUInt32LE(low, offset);
  buffer.writeUInt32LE(high, offset + 4);
}

function defaultCallback(err) {
  if (err) throw err;
}

util.inherits(ByteCounter, Transform);
function ByteCounter(options) {
  Transform.call(this, options);
  this.byteCount = 0;
}
ByteCounter.prototype._transform = function(chunk, encoding, cb) {
  this.byteCount += chunk.length;
  cb(null, chunk);
};

util.inherits(Crc32Watcher, Transform);
function Crc32Watcher(options) {
  Transform.call(this, options);
  this.crc32 = 0;
}
Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
  this.crc32 = crc32.unsigned(chunk, this.crc32);
  cb(null, chunk);
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
if (cp437.length !== 256) throw new Error("assertion failure");
var reverseCp437 = null;

function encodeCp437(string) {
  if (/^[\x20-\x7e]*$/.test(string)) {
    // CP437, ASCII, and UTF-8 overlap in this range.
    return bufferFrom(string, "utf-8");
  }

  // This is the slow path.
  if (reverseCp437 == null) {
    // cache this once
    reverseCp437 = {};
    for (var i = 0; i < cp437.length; i++) {
      reverseCp437[cp437[i]] = i;
    }
  }

  var result = bufferAlloc(string.length);
  for (var i = 0; i < string.length; i++) {
    var b = reverseCp437[string[i]];
    if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
    result[i] = b;
  }

  return result;
}

function bufferAlloc(size) {
  bufferAlloc = modern;
  try {
    return bufferAlloc(size);
  } catch (e) {
    bufferAlloc = legacy;
    return bufferAlloc(size);
  }
  function modern(size) {
    return Buffer.allocUnsafe(size);
  }
  function legacy(size) {
    return new Buffer(size);
  }
}
function bufferFrom(something, encoding) {
  bufferFrom = modern;
  try {
    return bufferFrom(something, encoding);
  } catch (e) {
    bufferFrom = legacy;
    return bufferFrom(something, encoding);
  }
  function modern(something, encoding) {
    return Buffer.from(something, encoding);
  }
  function legacy(something, encoding) {
    return new Buffer(something, encoding);
  }
}
function bufferIncludes(buffer, content) {
  bufferIncludes = modern;
  try {
    return bufferIncludes(buffer, content);
  } catch (e) {
    bufferIncludes = legacy;
    return bufferIncludes(buffer, content);
  }
  function modern(buffer, content) {
    return buffer.includes(content);
  }
  function legacy(buffer, content) {
    for (var i = 0; i <= buffer.length - content.length; i++) {
      for (var j = 0;; j++) {
        if (j === content.length) return true;
        if (buffer[i + j] !== content[j]) break;
      }
    }
    return false;
  }
}


/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G0: () => (/* binding */ FLAG_NAMES),
  u_: () => (/* binding */ USAGE),
  wE: () => (/* binding */ parseCli)
});

// UNUSED EXPORTS: COMMANDS

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(784);
;// CONCATENATED MODULE: ./src/cli/args.ts
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
    cacheDir: '--cache-dir'
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
      --json                 print the JSON report instead of the table
  -v, --verbose              show the commands run and the installers' output
  -h, --help                 show this help
      --version              show the version
`;
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const flag = /option '(-{1,2}[^' ]+)/.exec(message)?.[1];
        const known = Object.keys(OPTIONS).map(name => `--${name}`);
        throw new errors/* ConfigError */.xL(`${message.split('\n')[0]}${flag ? (0,suggest/* didYouMean */.a)(flag, known) : ''}`, {
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
        throw new errors/* ConfigError */.xL(`unknown command "${command}"${(0,suggest/* didYouMean */.a)(command, COMMANDS)}; commands: ${COMMANDS.join(', ')}`);
    }
    if (extra.length)
        throw new errors/* ConfigError */.xL(`unexpected argument "${extra[0]}"`, {
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
        cacheDir: values['cache-dir']
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
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(335);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(266);
/* harmony import */ var _system_log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(271);
/* harmony import */ var _system_process_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(238);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(890);
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

/***/ 335:
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

;// CONCATENATED MODULE: ./src/config/schema.ts
const LAYOUTS = ['python', 'site-packages'];
const INSTALLERS = ['uv', 'pip'];
/** Builders available; "docker" and "auto" plug in beside "native". */
const BUILDERS = ['native'];
const DEFAULT_OUTPUT_DIR = 'lambda-layers';
/** Keys of [tool.lambda-layer] and of each layer table. */
const TOP_KEYS = [
    'runtime',
    'architectures',
    'layout',
    'output-dir',
    'installer',
    'builder',
    'layers'
];
const LAYER_KEYS = ['extras', 'requirements', 'dependencies', 'include-project'];

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(784);
;// CONCATENATED MODULE: ./src/config/load.ts
// Validates [tool.lambda-layer] and its overrides (CLI flags, action inputs) into a typed Config.
// Every bad value is an error naming the key or flag, the value, and what is allowed.








const TABLE = 'tool.lambda-layer';
const LAYER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const defaultOverrideName = (key) => `--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
async function loadConfig(options) {
    const { pyproject, projectDir } = options;
    const overrides = options.overrides ?? {};
    const overrideName = options.overrideName ?? defaultOverrideName;
    const table = tableAt(pyproject.data, 'tool', 'lambda-layer') ?? {};
    const inFile = (key, header = TABLE) => ({
        label: key === undefined ? `[${header}]` : `[${header}] ${key}`,
        file: pyproject.path,
        line: lineOf(pyproject.text, header, key)
    });
    const fromFlag = (key) => ({ label: overrideName(key) });
    rejectUnknownKeys(table, TOP_KEYS, inFile);
    const pick = (key, fileKey, parse, fallback) => {
        const override = overrides[key];
        if (override !== undefined)
            return parse(override, fromFlag(key));
        if (table[fileKey] !== undefined)
            return parse(table[fileKey], inFile(fileKey));
        return fallback;
    };
    const runtimes = pick('runtime', 'runtime', (v, w) => enumList(v, RUNTIME_NAMES, w), [
        DEFAULT_RUNTIME
    ]);
    const architectures = pick('architectures', 'architectures', (v, w) => enumList(v, ARCHITECTURE_NAMES, w), ['x86_64']);
    const layout = pick('layout', 'layout', (v, w) => enumValue(v, LAYOUTS, w), 'python');
    const installer = pick('installer', 'installer', (v, w) => enumValue(v, INSTALLERS, w), 'uv');
    const builder = pick('builder', 'builder', (v, w) => enumValue(v, BUILDERS, w), 'native');
    const outputDir = pick('outputDir', 'output-dir', (v, w) => nonEmptyString(v, w), DEFAULT_OUTPUT_DIR);
    let layers = await readLayers(table, projectDir, inFile);
    if (overrides.layers?.length) {
        const names = layers.map(layer => layer.name);
        for (const wanted of overrides.layers) {
            if (!names.includes(wanted)) {
                throw new errors/* ConfigError */.xL(`${overrideName('layers')} ${wanted}: no such layer${(0,suggest/* didYouMean */.a)(wanted, names)}; layers in pyproject.toml: ${names.join(', ')}`);
            }
        }
        layers = layers.filter(layer => overrides.layers?.includes(layer.name));
    }
    return {
        projectDir,
        pyprojectPath: pyproject.path,
        runtimes,
        architectures,
        layout,
        outputDir: external_node_path_default().resolve(projectDir, outputDir),
        installer,
        builder,
        layers,
        cacheDir: overrides.cacheDir ?? defaultCacheDir()
    };
}
/** ~/.cache/lambda-layer, or $XDG_CACHE_HOME/lambda-layer. */
function defaultCacheDir() {
    const base = process.env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    return external_node_path_default().join(base, 'lambda-layer');
}
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
            : load_boolean(body.dependencies, inFile('dependencies', header));
        const includeProject = body['include-project'] === undefined
            ? false
            : load_boolean(body['include-project'], inFile('include-project', header));
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
function load_boolean(value, where) {
    if (typeof value === 'boolean')
        return value;
    throw invalid(where, value, 'true or false');
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
async function packageUsage(entries, siteDirName) {
    const prefix = `${siteDirName}/`;
    const owner = new Map();
    const infoDirs = entries.filter(e => e.kind === 'directory' &&
        e.name.startsWith(prefix) &&
        /^[^/]+\.dist-info$/.test(e.name.slice(prefix.length)));
    for (const dir of infoDirs) {
        const base = dir.name.slice(prefix.length).replace(/\.dist-info$/, '');
        const dash = base.lastIndexOf('-');
        const dist = {
            name: base
                .slice(0, dash)
                .toLowerCase()
                .replace(/[-_.]+/g, '-'),
            version: base.slice(dash + 1)
        };
        const record = await (0,promises_.readFile)(external_node_path_default().join(dir.source, 'RECORD'), 'utf8').catch(() => '');
        for (const line of record.split('\n')) {
            const file = recordPath(line);
            if (file)
                owner.set(external_node_path_default().posix.normalize(`${siteDirName}/${file}`), dist);
        }
        owner.set(dir.name, dist);
    }
    const usage = new Map();
    for (const entry of entries) {
        if (entry.kind !== 'file')
            continue;
        let dist = owner.get(entry.name);
        if (!dist) {
            const infoDir = infoDirs.find(d => entry.name.startsWith(`${d.name}/`));
            dist = infoDir ? owner.get(infoDir.name) : undefined;
        }
        const rest = entry.name.startsWith(prefix) ? entry.name.slice(prefix.length) : entry.name;
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __nccwpck_require__(44);
;// CONCATENATED MODULE: ./src/package/zip.ts
// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no host-specific extra fields. Streams to disk.





/** 1980-01-01 00:00:00, the earliest DOS time, built from local fields as the zip format stores them. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;
const DIRECTORY_MODE = 0o40755;
async function writeZip(entries, zipPath, options = {}) {
    const level = options.level ?? 6;
    const zip = new yazl/* ZipFile */.u();
    for (const entry of entries) {
        const common = { mtime: FIXED_MTIME, forceDosTimestamp: true };
        if (entry.kind === 'directory') {
            zip.addEmptyDirectory(`${entry.name}/`, { ...common, mode: DIRECTORY_MODE });
        }
        else {
            // Lazy: a file is opened only when its turn comes, so thousands of files never exhaust descriptors.
            const options = {
                ...common,
                mode: entry.executable ? EXECUTABLE_MODE : FILE_MODE,
                compressionLevel: level,
                size: entry.size
            };
            zip.addReadStreamLazy(entry.name, options, callback => callback(null, (0,external_node_fs_namespaceObject.createReadStream)(entry.source)));
        }
    }
    zip.end();
    const partial = `${zipPath}.partial`;
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let zippedBytes = 0;
    zip.outputStream.on('data', (chunk) => {
        hash.update(chunk);
        zippedBytes += chunk.length;
    });
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(zip.outputStream, (0,external_node_fs_namespaceObject.createWriteStream)(partial));
        await (0,promises_.rename)(partial, zipPath);
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    const digest = hash.digest();
    return { zippedBytes, sha256: digest.toString('hex'), codeSha256: digest.toString('base64') };
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
// The build pipeline: Config -> Project -> Plan -> Build -> Package -> Report, one plain step after another.
// The CLI and the action call `prepareBuild` then `buildLayers`; everything outside is passed in.
















/** Reads and validates everything before any tool runs: bad input fails here, fast. */
async function prepareBuild({ projectDir, overrides, overrideName }) {
    const dir = external_node_path_default().resolve(projectDir);
    const pyproject = await readPyproject(dir);
    const config = await loadConfig({ projectDir: dir, pyproject, overrides, overrideName });
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
    const exportFor = createExporter(exportContext, project);
    const build = nativeBuilder({ run, tools, log, uvEnv, pipCacheDir: external_node_path_default().join(config.cacheDir, 'pip') }, config.installer);
    const workRoot = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lambda-layer-'));
    try {
        let projectWheel;
        if (targets.some(target => target.layer.includeProject)) {
            projectWheel = await buildProjectWheel(exportContext, project, config.installer, external_node_path_default().join(workRoot, 'wheel'));
        }
        await (0,promises_.mkdir)(config.outputDir, { recursive: true });
        const layers = [];
        for (const [index, target] of targets.entries()) {
            const step = `[${index + 1}/${targets.length}] ${target.layer.name} ${target.runtime} ${target.architecture}`;
            const started = Date.now();
            log.info(`${step}: exporting requirements`);
            const requirements = await exportFor(target);
            const stageDir = external_node_path_default().join(workRoot, 'stage', target.id);
            const pins = pinsOf(requirements);
            const what = [
                pins.length ? `${pins.length} pinned packages` : '',
                ...requirements.files.map(file => external_node_path_default().relative(project.dir, file)),
                target.layer.includeProject ? project.name : ''
            ].filter(Boolean);
            log.info(`${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, native)`);
            const outcome = await build({
                target,
                requirements,
                projectWheel: target.layer.includeProject ? projectWheel : undefined,
                siteDir: external_node_path_default().join(stageDir, target.sitePackages),
                workDir: external_node_path_default().join(workRoot, 'work', target.id)
            });
            const entries = await walkTree(stageDir);
            if (!entries.some(entry => entry.kind === 'file'))
                log.warn(`layer ${target.layer.name} is empty`);
            const fileName = `${target.id}.zip`;
            const zipPath = external_node_path_default().join(config.outputDir, fileName);
            log.info(`${step}: zipping ${entries.length} entries`);
            const zip = await writeZip(entries, zipPath);
            const unzippedBytes = entries.reduce((sum, entry) => sum + entry.size, 0);
            layers.push({
                layer: target.layer.name,
                runtime: target.runtime,
                architecture: target.architecture,
                fileName,
                zipPath,
                ...zip,
                unzippedBytes,
                files: entries.filter(entry => entry.kind === 'file').length,
                limitPercent: (unzippedBytes / report_report/* UNZIPPED_LIMIT */.My) * 100,
                builder: outcome.builder,
                installer: outcome.installer,
                includesProject: target.layer.includeProject,
                requirements: pins,
                packages: await packageUsage(entries, target.sitePackages),
                seconds: Math.round((Date.now() - started) / 100) / 10
            });
            await (0,promises_.rm)(stageDir, { recursive: true, force: true });
        }
        const report = {
            version: report_report/* REPORT_VERSION */.Aj,
            generator: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
            project: { name: project.name, version: project.version, lockKind: project.lockKind },
            tools: tools.versions(),
            limits: { unzippedBytes: report_report/* UNZIPPED_LIMIT */.My, directUploadZipBytes: report_report/* DIRECT_UPLOAD_LIMIT */.Ce },
            layers
        };
        const reportPath = await (0,report_report/* writeReport */.u5)(report, config.outputDir);
        return { report, reportPath };
    }
    finally {
        await (0,promises_.rm)(workRoot, { recursive: true, force: true });
    }
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

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ renderReportTable)
});

// UNUSED EXPORTS: renderTable

;// CONCATENATED MODULE: ./src/report/format.ts
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

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(850);
;// CONCATENATED MODULE: ./src/report/table.ts
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
        formatBytes(layer.zippedBytes),
        formatBytes(layer.unzippedBytes),
        layer.files.toLocaleString('en-US'),
        formatPercent(layer.limitPercent),
        layer.packages
            .slice(0, 3)
            .map(p => `${p.name} ${formatBytes(p.unzippedBytes)}`)
            .join(', ')
    ]);
    const table = renderTable([
        'layer',
        'runtime',
        'arch',
        'zipped',
        'unzipped',
        'files',
        `of ${formatBytes(report_report/* UNZIPPED_LIMIT */.My)}`,
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

/***/ }),

/***/ 928:
/***/ ((module) => {



function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

const CRC_TABLE = new Int32Array([
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
]);
function ensureBuffer(input) {
  if (Buffer.isBuffer(input)) {
    return input;
  }
  if (typeof input === "number") {
    return Buffer.alloc(input);
  } else if (typeof input === "string") {
    return Buffer.from(input);
  } else {
    throw new Error("input must be buffer, number, or string, received " + typeof input);
  }
}
function bufferizeInt(num) {
  const tmp = ensureBuffer(4);
  tmp.writeInt32BE(num, 0);
  return tmp;
}
function _crc32(buf, previous) {
  buf = ensureBuffer(buf);
  if (Buffer.isBuffer(previous)) {
    previous = previous.readUInt32BE(0);
  }
  let crc = ~~previous ^ -1;
  for (var n = 0; n < buf.length; n++) {
    crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
  }
  return crc ^ -1;
}
function crc32() {
  return bufferizeInt(_crc32.apply(null, arguments));
}
crc32.signed = function() {
  return _crc32.apply(null, arguments);
};
crc32.unsigned = function() {
  return _crc32.apply(null, arguments) >>> 0;
};
var bufferCrc32 = crc32;

const index = /*@__PURE__*/getDefaultExportFromCjs(bufferCrc32);

module.exports = index;


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
