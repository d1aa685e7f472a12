// The README's workflow examples as the workflow-runner tests run them: the YAML block under a
// heading, with only what cannot run on a machine without GitHub taken out (steps that download
// from GitHub or talk to GitHub-only services), so the tests prove the YAML users copy.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './projects.js'

/** The first ```yaml block after the README heading `heading` (without the leading #s). */
export function readmeWorkflow(heading: string): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const start = readme.search(new RegExp(`^#+ ${escape(heading)}$`, 'm'))
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`)
  const block = /```yaml\n([\s\S]*?)```/.exec(readme.slice(start))
  if (!block) throw new Error(`README.md has no yaml block under "${heading}"`)
  return block[1] as string
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Removes every step whose block contains `marker` (a `uses:` prefix or a step name): a step is
 * its `- ` line and the lines indented deeper below it.
 */
export function dropSteps(yaml: string, ...markers: string[]): string {
  const lines = yaml.split('\n')
  const kept: string[] = []
  for (let i = 0; i < lines.length;) {
    const start = /^(\s*)- /.exec(lines[i] as string)
    if (!start) {
      kept.push(lines[i++] as string)
      continue
    }
    const indent = (start[1] as string).length
    let end = i + 1
    while (end < lines.length && indentOf(lines[end] as string) > indent) end++
    const block = lines.slice(i, end).join('\n')
    if (!markers.some(marker => block.includes(marker))) kept.push(...lines.slice(i, end))
    i = end
  }
  const result = kept.join('\n')
  for (const marker of markers)
    if (yaml.includes(marker) && result.includes(marker))
      throw new Error(`dropSteps: "${marker}" is not inside a step`)
  return result
}

function indentOf(line: string): number {
  return line.trim() ? line.length - line.trimStart().length : Number.POSITIVE_INFINITY
}

/** Replaces `pattern`, which must match (so a README edit cannot silently make the edit a no-op). */
export function replaceIn(yaml: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(yaml)) throw new Error(`the workflow has no match for ${pattern}`)
  return yaml.replace(pattern, replacement)
}

/** Steps that download from github.com (act cannot fetch them here): the host has Python. */
export const SETUP_PYTHON = 'uses: actions/setup-python@'
/** OIDC needs GitHub's token service: the test gives credentials as environment variables. */
export const AWS_CREDENTIALS = 'uses: aws-actions/configure-aws-credentials@'
/** The action as the README names it; act runs this repository's action.yml + dist/ for it. */
export const ACTION_REF = 'owner/lambda-layer@v1'
