// The pipeline's log in the workflow log: untrusted text kept from starting workflow commands,
// warnings that name a file as annotations on it, and each layer's lines folded in a group.
import * as core from '@actions/core'
import path from 'node:path'
import type { Logger } from '../system/log.js'
import { writeUntrusted } from './log-safety.js'

/** Prints text that may hold untrusted lines (project metadata, package names, tool output). */
export const info = (text: string) => writeUntrusted(text, core.info)

/** A file as annotations name it: relative to the workspace. */
const workspaceFile = (file: string) =>
  path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), file)

/**
 * The action's logger. The runner folds one level of groups only: a group opened inside another
 * (a test command inside its layer's group) prints its title as a line instead.
 */
export function actionLogger(): Logger {
  let open = false
  return {
    info,
    // A warning that names its place (near the size limit) is an annotation on that file.
    warn: (message, place) =>
      place
        ? core.warning(message, {
            title: place.title,
            ...(place.file ? { file: workspaceFile(place.file) } : {})
          })
        : core.warning(message),
    debug: core.debug,
    async group(title, fn) {
      if (open) {
        info(title)
        return fn()
      }
      open = true
      try {
        return await core.group(title, fn)
      } finally {
        open = false
      }
    }
  }
}
