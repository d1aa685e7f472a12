// Whether a path exists, as a yes or no that never throws: the one copy of that check.
import { access } from 'node:fs/promises'

/** True when `file` exists and can be seen; false on any error (missing, no permission). */
export function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}
