// Markdown building blocks shared by the job summary, the PR comment and the aggregate: tables
// with right-aligned number columns, escaped cells, collapsible sections.

/** A cell's text with the characters that would break a table row or start HTML escaped. */
const cell = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ')

/** A GitHub table; columns listed in `right` are right-aligned (numbers). */
export function table(header: string[], rows: string[][], right: number[] = []): string {
  const align = header.map((_, i) => (right.includes(i) ? '---:' : '---'))
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)
  ].join('\n')
}

/** A collapsed section: the summary line stays visible, the body opens on click. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Whole numbers with thousands separators, as the console prints them: 1118 -> "1,118". */
export const count = (n: number) => n.toLocaleString('en-US')

/** "1 layer" / "10 layers". */
export const plural = (n: number, word: string, many = `${word}s`) =>
  `${count(n)} ${n === 1 ? word : many}`
