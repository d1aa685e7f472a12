// One build at a time per output folder: a lock file names the process holding it, so a second
// build into the same folder stops with that name instead of mixing zips and reports.
import { open, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { LayerError } from '../errors.js'
import { forgetOnInterrupt, removeOnInterrupt } from './interrupt.js'

export const LOCK_FILE = '.lambda-layer.lock'

interface Holder {
  pid: number
  host: string
  started: string
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock on `outputDir` (which must exist); returns the function that releases it. */
export async function lockOutputFolder(outputDir: string): Promise<() => Promise<void>> {
  const file = path.join(outputDir, LOCK_FILE)
  const me: Holder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(JSON.stringify(me) + '\n')
      await handle.close()
      removeOnInterrupt(file)
      return async () => {
        forgetOnInterrupt(file)
        await rm(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await readHolder(file)
    // A lock left by a process that no longer runs on this machine is taken over.
    if (holder && holder.host === me.host && !alive(holder.pid)) {
      await rm(file, { force: true })
      continue
    }
    throw new LayerError(
      `another build is writing to ${outputDir}: process ${holder?.pid ?? '?'} on ${holder?.host ?? '?'} (since ${holder?.started ?? '?'})`,
      {
        hint: `Wait for it to finish, or use another --output-dir. If no such build runs, remove ${file}.`
      }
    )
  }
  throw new LayerError(`could not take the lock ${file}`, { hint: `Remove ${file} and retry.` })
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Holder
    return typeof holder.pid === 'number' ? holder : undefined
  } catch {
    return undefined
  }
}
