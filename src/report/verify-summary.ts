// Markdown sections for the job summary from the Verify step: each layer's cold-start cost (total
// import time and the slowest modules) and the combinations whose layers were imported together.
import type { Report } from './report.js'

const cell = (text: string) => text.replace(/\|/g, '\\|')
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`

/** "### Cold start" table, or undefined when no layer was import-checked. */
export function renderColdStart(report: Report): string | undefined {
  const timed = report.layers.flatMap(l =>
    l.verify?.coldStart ? [{ l, cold: l.verify.coldStart }] : []
  )
  if (!timed.length) return undefined
  const lines = [
    '### Cold start (import time per layer)',
    '',
    'Each top-level module imported in a fresh interpreter in the runtime image; the total is what importing all of them adds to a cold start.',
    '',
    row(['layer', 'runtime', 'arch', 'imports total', 'modules', 'slowest modules', 'measured in']),
    row(['---', '---', '---', '---:', '---:', '---', '---']),
    ...timed.map(({ l, cold }) => {
      return row([
        l.layer,
        l.runtime,
        l.architecture,
        `${cold.totalSeconds.toFixed(2)} s`,
        String(cold.modules),
        cold.slowest.map(m => `${m.module} ${m.seconds.toFixed(2)} s`).join(', ') || '-',
        cold.where
      ])
    })
  ]
  return lines.join('\n')
}

/** "### Layers imported together" table, or undefined when no combination was import-checked. */
export function renderCombinationImports(report: Report): string | undefined {
  const checked = report.combinationImports ?? []
  if (!checked.length) return undefined
  return [
    '### Layers imported together',
    '',
    row(['combination', 'layers (in order)', 'runtime', 'arch', 'result']),
    row(['---', '---', '---', '---', '---']),
    ...checked.map(c =>
      row([
        c.name,
        c.layers.join(' + '),
        c.runtime,
        c.architecture,
        'skipped' in c
          ? `skipped: ${c.skipped}`
          : c.problems.length
            ? `❌ ${c.problems.join('; ')}`
            : `✅ ${c.modules} modules import together`
      ])
    )
  ].join('\n')
}
