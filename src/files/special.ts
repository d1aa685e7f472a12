// Names the kind of a special file (FIFO, socket, device) for messages refusing it: a layer and a
// project's sources hold regular files, folders and links only, and reading a FIFO would hang.

export function specialKind(info: {
  isFIFO(): boolean
  isSocket(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
}): string {
  if (info.isFIFO()) return 'FIFO (named pipe)'
  if (info.isSocket()) return 'socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device'
  return 'special file'
}
