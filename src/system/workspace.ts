// The folders one build works in: the output and cache folders (proven writable, the output folder
// locked) and a scratch folder removed at the end or on interrupt. The build writes nowhere else.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ensureWritableFolder } from './folders.js'
import { forgetOnInterrupt, removeOnInterrupt, setActivity } from './interrupt.js'
import { lockOutputFolder } from './output-lock.js'
import { allowWritesUnder, guardPath } from './paths.js'

interface Workspace {
  /** Scratch folder of this build (staging, wheels, merged trees). */
  workRoot: string
  /** Removes the scratch folder and releases the folders; call once, in `finally`. */
  close(): Promise<void>
}

/** Opens the build's folders before anything runs; a folder that cannot be written fails here. */
export async function openWorkspace(outputDir: string, cacheDir: string): Promise<Workspace> {
  setActivity('setting up the output and cache folders')
  await ensureWritableFolder(outputDir, 'output folder')
  await ensureWritableFolder(cacheDir, 'cache folder')
  const unlock = await lockOutputFolder(outputDir)
  const workRoot = await mkdtemp(path.join(os.tmpdir(), 'lambda-layer-'))
  removeOnInterrupt(workRoot)
  const disallow = allowWritesUnder(outputDir, cacheDir, workRoot)
  return {
    workRoot,
    async close() {
      await rm(guardPath(workRoot, 'temporary folder'), { recursive: true, force: true })
      forgetOnInterrupt(workRoot)
      disallow()
      await unlock()
    }
  }
}
