// Renders where a build's time went: seconds per stage per target (`lambda-layer build --profile`).
import type { Report } from './report.js'
import { renderTable } from './table.js'

const STAGES = ['install', 'shape', 'strip', 'compile', 'zip', 'check', 'verify'] as const

export function renderProfile(report: Report, unchanged = false): string {
  const note = unchanged
    ? 'the layers came from the layer cache: these are the seconds of the build that made them; '
    : ''
  const prepare = report.prepareSeconds ?? {}
  const first = Object.entries(prepare)
    .map(([stage, seconds]) =>
      stage === 'tools'
        ? `installing the pinned tools ${seconds.toFixed(1)} s of those`
        : `${stage} ${seconds.toFixed(1)} s`
    )
    .join(', ')
  // A layer reused on its own (taken from the layer cache) ran no stage in this build.
  const rows = report.layers.map(layer => [
    layer.layer,
    layer.runtime,
    layer.architecture,
    ...STAGES.map(stage => {
      const seconds = layer.stages?.[stage]
      return seconds === undefined || (layer.reused && !unchanged) ? '' : seconds.toFixed(1)
    }),
    layer.reused && !unchanged ? 'reused' : layer.seconds.toFixed(1)
  ])
  const table = renderTable(
    ['layer', 'runtime', 'arch', ...STAGES.map(stage => `${stage} s`), 'total s'],
    rows,
    STAGES.map((_, i) => i + 3).concat(STAGES.length + 3)
  )
  return `profile (${note}seconds; strip is part of shape; two targets build at a time, so their totals overlap)${first ? `; before the targets, side by side: ${first}` : ''}\n\n${table}`
}
