// Names of the action's outputs, in one place (they mirror action.yml; inputs are in the option
// registry, src/config/options.ts).

export const Outputs = {
  ReportPath: 'report-path',
  Layers: 'layers',
  Published: 'published',
  CacheHit: 'cache-hit',
  Failed: 'failed'
} as const
