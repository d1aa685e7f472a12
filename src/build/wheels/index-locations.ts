// Which package indexes and wheel folders the installer in force reads: index options in the
// requirement lines, then uv's UV_* or pip's PIP_* variables and pip.conf, else PyPI.
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Installer } from '../../config/schema.js'
import type { IndexLocations } from './index-client.js'

const DEFAULT_INDEX = 'https://pypi.org/simple'

type Env = Record<string, string | undefined>

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean)
const localFolder = (item: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(item) && !item.startsWith('file://')
    ? undefined
    : item.replace(/^file:\/\//, '')

/** Index settings from pip's configuration files ([global], then [install]; later files win). */
async function pipConfig(env: Env): Promise<Record<string, string>> {
  const home = env.HOME ?? os.homedir()
  const files = [
    '/etc/xdg/pip/pip.conf',
    '/etc/pip.conf',
    path.join(home, '.pip', 'pip.conf'),
    path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'pip', 'pip.conf'),
    ...(env.PIP_CONFIG_FILE && env.PIP_CONFIG_FILE !== os.devNull ? [env.PIP_CONFIG_FILE] : [])
  ]
  const settings: Record<string, string> = {}
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '')
    let section = ''
    let key = ''
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\s*[#;].*$/, '')
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(line)
      if (header) {
        section = (header[1] as string).trim()
        key = ''
        continue
      }
      if (section !== 'global' && section !== 'install') continue
      const item = /^([A-Za-z0-9_-]+)\s*[=:]\s*(.*)$/.exec(line)
      if (item) {
        key = (item[1] as string).replace(/_/g, '-')
        if (section === 'install' || !(`install:${key}` in settings))
          settings[key] = (item[2] as string).trim()
        if (section === 'install') settings[`install:${key}`] = '1'
      } else if (key && /^\s+\S/.test(raw)) {
        settings[key] = `${settings[key] ?? ''} ${line.trim()}`.trim()
      }
    }
  }
  return settings
}

/**
 * The locations the installer reads for these requirement lines, or undefined when it reads no
 * index and no local folder (then nothing can be checked before installing).
 */
export async function indexLocations(
  installer: Installer,
  env: Env,
  lines: string[]
): Promise<IndexLocations | undefined> {
  let index: string | undefined
  const extras: string[] = []
  const findLinks: string[] = []
  let noIndex = false
  for (const line of lines) {
    const option =
      /^(--index-url|-i|--extra-index-url|--find-links|-f|--no-index)(?:[\s=]+(\S+))?/.exec(
        line.trim()
      )
    if (!option) continue
    const [, name, value] = option
    if (name === '--no-index') noIndex = true
    else if (!value) continue
    else if (name === '--index-url' || name === '-i') index = value
    else if (name === '--extra-index-url') extras.push(value)
    else findLinks.push(value)
  }
  if (installer === 'uv') {
    index ??= env.UV_DEFAULT_INDEX || env.UV_INDEX_URL || undefined
    extras.push(
      ...words(env.UV_INDEX).map(item => item.replace(/^[A-Za-z0-9_-]+=(?=[a-z]+:)/i, '')),
      ...words(env.UV_EXTRA_INDEX_URL)
    )
    findLinks.push(...words(env.UV_FIND_LINKS))
    noIndex ||= /^(1|true|yes)$/i.test(env.UV_NO_INDEX ?? '')
  } else {
    const conf = await pipConfig(env)
    index ??= env.PIP_INDEX_URL || conf['index-url'] || undefined
    extras.push(...words(env.PIP_EXTRA_INDEX_URL ?? conf['extra-index-url']))
    findLinks.push(...words(env.PIP_FIND_LINKS ?? conf['find-links']))
    noIndex ||= /^(1|true|yes|on)$/i.test(env.PIP_NO_INDEX ?? conf['no-index'] ?? '')
  }
  const folders = findLinks.map(localFolder).filter((f): f is string => Boolean(f))
  const indexes = noIndex ? [] : [index ?? DEFAULT_INDEX, ...extras]
  if (indexes.length === 0 && folders.length === 0) return undefined
  return { indexes, findLinks: folders }
}
