// Turns Node's filesystem errors (ENOSPC, EROFS, EACCES, ENOTDIR, ...) into one message naming the
// path, the cause in words, and what to do: never a raw error with a stack trace.
import { LayerError } from '../errors.js'

/** Each errno code, the cause in words and what to do: one line each, split by " | ". */
const CAUSES = new Map(
  `ENOSPC | no space left on the device | Free space on that disk, or point the folder elsewhere.
EDQUOT | the disk quota is used up | Free space, or point the folder elsewhere.
EROFS | the filesystem is read-only | Choose a writable folder (--output-dir, --cache-dir).
EACCES | permission denied | Choose a folder you can write, or fix its permissions.
EPERM | operation not permitted | Choose a folder you can write, or fix its permissions.
ENOTDIR | a part of the path is a file, not a folder | Remove that file or choose another folder.
EISDIR | it is a folder, not a file | Name a file there instead.
EEXIST | it exists and is not a folder | Remove it or choose another folder.
ENOENT | it does not exist | Check the path.
ELOOP | too many levels of symbolic links | Fix the links in that path.
ENAMETOOLONG | the name is too long | Choose a shorter path.
EMFILE | too many open files | Raise the open-file limit (ulimit -n).
EIO | an input/output error from the device | Check the disk.`
    .split('\n')
    .map(line => {
      const [code = '', cause = '', fix = ''] = line.split(' | ')
      return [code, [cause, fix]] as const
    })
)

/** True for an error thrown by a Node filesystem call (it carries an errno code and a syscall). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  )
}

/** A filesystem error as a LayerError; any other error unchanged. */
export function asLayerError(error: unknown): unknown {
  return isFsError(error) ? fsError(error) : error
}

/** The filesystem error as a LayerError; `what` names the path's role ("output folder"). */
export function fsError(
  error: NodeJS.ErrnoException,
  what?: string,
  fallbackPath?: string
): LayerError {
  const code = error.code ?? 'EUNKNOWN'
  const [cause, fix] =
    error.syscall === 'mkdir' && code === 'ENOENT'
      ? ['that filesystem does not allow creating folders', 'Choose a folder on a writable disk.']
      : (CAUSES.get(code) ?? [error.message.split(',')[0] ?? code, 'Check that path.'])
  const where = error.path ? ` ${error.path}` : fallbackPath ? ` ${fallbackPath}` : ''
  return new LayerError(
    `cannot ${error.syscall ?? 'use'}${what ? ` the ${what}` : ''}${where}: ${cause} (${code})`,
    { hint: fix }
  )
}
