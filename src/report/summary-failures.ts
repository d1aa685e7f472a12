// Markdown sections of the job summary for what went wrong and what to do: failed targets (stage,
// error, hint, a zip moved aside), problems after the build (an artifact upload that failed), and
// the notes (combinations as Lambda extracts them, shared packages, libraries vendored twice).
import { reportNotes } from './notes.js'
import type { Report } from './report.js'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, '<br>')

/** The failed targets as a table, or '' when every target built. */
export function renderFailures(report: Report): string {
  const failed = report.failures ?? []
  if (!failed.length) return ''
  const rows = failed.map(f =>
    [
      f.layer,
      f.runtime,
      f.architecture,
      f.stage,
      f.error,
      [f.hint ?? '', f.failedZip ? `zip moved aside: \`${f.failedZip}\`` : '']
        .filter(Boolean)
        .join('<br>')
    ]
      .map(cell)
      .join(' | ')
  )
  return [
    `### ❌ Failed targets (${failed.length})`,
    '',
    'These targets have no zip in the output folder; the others were built.',
    '',
    '| layer | runtime | arch | stage | error | what to do |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(row => `| ${row} |`)
  ].join('\n')
}

/** Problems after the build (e.g. an artifact upload that failed), or ''. */
export function renderProblems(problems: string[] = []): string {
  if (!problems.length) return ''
  return ['### ❌ Problems after the build', '', ...problems.map(p => `- ${cell(p)}`)].join('\n')
}

/** The size table's notes as a list, or ''. */
export function renderNotes(report: Report): string {
  const notes = reportNotes(report)
  if (!notes.length) return ''
  return ['### Notes', '', ...notes.map(note => `- ${cell(note)}`)].join('\n')
}
