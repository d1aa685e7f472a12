// The layering of src/ (run by `npm run lint`): the Lambda core imports nothing, each pipeline
// stage imports only the core, the shared base and earlier stages, and no import cycle exists.
// README "Architecture" describes the same order; change both together.

/**
 * Units from the bottom up; a unit is a folder of src/ or a file at its top (errors.ts). A unit
 * may import itself and any unit on an earlier line, nothing on its own line or later.
 */
const LAYERS = [
  ['lambda'], // facts about Lambda: runtimes, images, the SDK set, limits, name rules
  ['errors', 'version'], // typed errors; the tool's name and version
  ['system', 'files'], // processes, Docker, tools, the log; the layer tree, pyproject.toml
  ['config'],
  ['project'],
  ['plan'],
  ['build'],
  ['shape'],
  ['package'],
  ['verify'],
  ['report'],
  ['publish'],
  ['cache', 'external'], // the layer cache; checking zips built elsewhere
  ['external'], // layer zips built elsewhere: lambda-layer verify, the action's verify-only mode
  ['target'], // one layer through Build .. Report
  ['pipeline'], // the whole build, in order
  ['action', 'cli'] // the two adapters
]

const unit = name => `^src/${name}(/|\\.ts$)`
const any = names => `^src/(${names.join('|')})(/|\\.ts$)`
const ALL = LAYERS.flat()

const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'Modules under src/ form no import cycle.',
    from: { path: '^src/' },
    to: { circular: true }
  },
  {
    name: 'core-imports-nothing',
    severity: 'error',
    comment: 'src/lambda holds plain facts: it imports nothing, not even Node built-ins.',
    from: { path: unit('lambda') },
    to: { pathNot: unit('lambda') }
  },
  {
    name: 'unit-not-in-layering',
    severity: 'error',
    comment: 'Every folder of src/ has a place in LAYERS (.dependency-cruiser.cjs).',
    from: {},
    to: { path: '^src/', pathNot: any(ALL) }
  }
]

LAYERS.forEach((level, index) => {
  const below = LAYERS.slice(0, index).flat()
  for (const name of level) {
    forbidden.push({
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name} may import only ${below.length ? below.join(', ') : 'itself'}.`,
      from: { path: unit(name) },
      to: { path: '^src/', pathNot: any([...below, name]) }
    })
  }
})

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' }
  }
}
