// Lambda layer names (from a template, checked against Lambda's rules before any call) and the
// version description (project version, git ref and commit, content hash; at most 256 characters).
import { didYouMean } from '../config/suggest.js'
import { MAX_DESCRIPTION } from '../lambda/names.js'
import type { LayerReport, Report } from '../report/report.js'

export const DEFAULT_NAME_TEMPLATE = '{project}-{layer}-{runtime}-{arch}'
export const NAME_PLACEHOLDERS = ['project', 'layer', 'runtime', 'arch'] as const

export interface Problem {
  message: string
  hint?: string
}

/** Why a template can never give a valid name (unknown placeholders), or undefined. */
export function checkTemplate(template: string): Problem | undefined {
  if (!template.trim()) return { message: 'the layer name template is empty' }
  for (const match of template.matchAll(/\{([^}]*)\}/g)) {
    const name = match[1] ?? ''
    if (!(NAME_PLACEHOLDERS as readonly string[]).includes(name))
      return {
        message: `unknown placeholder {${name}} in "${template}"${didYouMean(name, NAME_PLACEHOLDERS)}`,
        hint: `Placeholders: ${NAME_PLACEHOLDERS.map(p => `{${p}}`).join(' ')}.`
      }
  }
  return undefined
}

/** The template filled for one layer; dots (python3.12) become underscores. */
export function renderName(template: string, report: Report, layer: LayerReport): string {
  const values: Record<(typeof NAME_PLACEHOLDERS)[number], string> = {
    project: report.project.name,
    layer: layer.layer,
    runtime: layer.runtime,
    arch: layer.architecture
  }
  return template.replace(/\{([a-z]+)\}/g, (whole, key: string) =>
    key in values ? values[key as keyof typeof values].replaceAll('.', '_') : whole
  )
}

export interface DescriptionParts {
  project: string
  version: string
  gitRef?: string
  gitSha?: string
  /** SHA-256 of the zip, hex. */
  sha256: string
}

/** "demo-app 1.2.3 v1.2.3@0123abc sha256:<hex>", shortened to fit 256 characters. */
export function describeVersion(parts: DescriptionParts): string {
  const ref = parts.gitRef?.replace(/^refs\/(heads|tags)\//, '')
  const sha = parts.gitSha?.slice(0, 7)
  const git = [ref, sha].filter(Boolean).join('@')
  const hash = `sha256:${parts.sha256}`
  // The hash always fits whole; the git part gives way first, then the project and version.
  const budget = MAX_DESCRIPTION - hash.length - 1
  let head = `${parts.project} ${parts.version}`
  let middle = git
  if (head.length + (middle ? middle.length + 1 : 0) > budget)
    middle = shorten(middle, budget - head.length - 1)
  if (head.length > budget - (middle ? middle.length + 1 : 0)) head = shorten(head, budget)
  return [head, middle, hash].filter(Boolean).join(' ')
}

function shorten(text: string, length: number): string {
  if (text.length <= length) return text
  return length <= 3 ? '' : `${text.slice(0, length - 3)}...`
}
