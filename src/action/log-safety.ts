// Untrusted text in the workflow log: project metadata, package names and tool output may hold a
// line starting with "::", which the runner would execute as a workflow command. Such text is
// printed between ::stop-commands::TOKEN and ::TOKEN:: (a fresh random token each time).
import { randomBytes } from 'node:crypto'

/** True when some line of `text` would be read as a workflow command. */
function hasCommandLine(text: string): boolean {
  return text.split(/\r?\n|\r/).some(line => line.trimStart().startsWith('::'))
}

/** Writes `text` with `write` (core.info), command processing paused around it when needed. */
export function writeUntrusted(text: string, write: (line: string) => void): void {
  if (!hasCommandLine(text)) {
    write(text)
    return
  }
  const token = randomBytes(16).toString('hex')
  write(`::stop-commands::${token}`)
  write(text)
  write(`::${token}::`)
}
