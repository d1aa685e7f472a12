// The report's schema (zod), checked whenever a report is read back from disk: every field the
// readers use, with its type; a report that does not fit names the field. Versions 1 and 2.
import { z } from 'zod'
import type { DuplicateLibrary } from '../package/duplicates.js'
import type { ShapeReport } from '../shape/shape.js'
import type { CombinationImportReport } from '../verify/combination.js'
import type { VerifyReport } from '../verify/verify.js'

/** A nested record checked as an object here; its own fields are typed by the module owning it. */
const record = <T>(what: string) =>
  z.custom<T>(value => typeof value === 'object' && value !== null && !Array.isArray(value), {
    message: `expected ${what} (an object)`
  })

const count = z.number().int().nonnegative()
const sizeStatus = z.enum(['ok', 'near-limit', 'over-limit'])
const packageUsage = z.looseObject({
  name: z.string(),
  version: z.string(),
  unzippedBytes: count,
  files: count
})

const shape = z.looseObject({
  runtimePackages: z.looseObject({ mode: z.string(), bytesRemoved: count }),
  slimming: z.array(z.looseObject({ rule: z.string(), files: count, bytes: count })),
  keptImported: z.array(z.string()),
  notices: z.array(z.string())
})

const layer = z.looseObject({
  layer: z.string(),
  runtime: z.string(),
  architecture: z.string(),
  fileName: z.string(),
  zipPath: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex SHA-256'),
  codeSha256: z.string(),
  zippedBytes: count,
  unzippedBytes: count,
  files: count,
  limitPercent: z.number(),
  status: sizeStatus,
  needsS3: z.boolean(),
  builder: z.string(),
  fallback: z.looseObject({ packages: z.array(z.string()) }).optional(),
  installer: z.string(),
  includesProject: z.boolean(),
  requirements: z.array(z.looseObject({ name: z.string(), version: z.string().optional() })),
  packages: z.array(packageUsage),
  shape: shape.and(record<ShapeReport>('the shape report')),
  duplicateLibraries: z.array(record<DuplicateLibrary>('a duplicate library')).optional(),
  verify: z
    .looseObject({ warnings: z.array(z.string()) })
    .and(record<VerifyReport>('the verify report'))
    .optional(),
  bytecode: z
    .looseObject({
      compiler: z.string().optional(),
      failed: count,
      notice: z.string().optional(),
      bytes: count.optional(),
      sourcesBytes: count.optional()
    })
    .optional(),
  seconds: z.number(),
  stages: z.record(z.string(), z.number()).optional(),
  reused: z.boolean().optional()
})

const failure = z.looseObject({
  layer: z.string(),
  runtime: z.string(),
  architecture: z.string(),
  fileName: z.string(),
  stage: z.enum(['export', 'install', 'shape', 'package', 'verify']),
  error: z.string(),
  hint: z.string().optional(),
  failedZip: z.string().optional()
})

const combination = z.looseObject({
  name: z.string(),
  runtime: z.string(),
  architecture: z.string(),
  layers: z.array(z.string()),
  unzippedBytes: count,
  limitPercent: z.number(),
  status: sizeStatus,
  // Absent in version 1 reports.
  summedBytes: count.optional(),
  sharedPackages: z
    .array(
      z.looseObject({
        name: z.string(),
        layers: z.array(z.looseObject({ layer: z.string(), version: z.string() }))
      })
    )
    .optional(),
  duplicateLibraries: z.array(record<DuplicateLibrary>('a duplicate library')).optional(),
  problems: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional()
})

const publishedLayer = z.looseObject({
  layer: z.string(),
  runtime: z.string(),
  architecture: z.string(),
  region: z.string(),
  layerName: z.string(),
  status: z.enum(['published', 'unchanged']),
  version: z.number().int().positive(),
  versionArn: z.string(),
  codeSha256: z.string(),
  bucket: z.string().optional(),
  s3Key: z.string().optional(),
  uploaded: z.boolean(),
  granted: z.array(z.string())
})

const functionUpdate = z.looseObject({
  name: z.string(),
  region: z.string(),
  functionArn: z.string(),
  status: z.enum(['updated', 'unchanged']),
  layers: z.array(z.string())
})

/** A report as written to disk: version 1 has no `failures` and may lack `combinations`. */
export const storedReport = z.looseObject({
  version: z.union([z.literal(1), z.literal(2)]),
  generator: z.looseObject({ name: z.string(), version: z.string() }),
  project: z.looseObject({
    name: z.string(),
    version: z.string(),
    lockKind: z.enum(['poetry', 'uv', 'unlocked'])
  }),
  tools: z.record(z.string(), z.string()),
  limits: z.looseObject({
    unzippedBytes: count,
    directUploadZipBytes: count,
    warnPercent: z.number()
  }),
  layers: z.array(layer),
  failures: z.array(failure).optional(),
  combinations: z.array(combination).optional(),
  combinationImports: z
    .array(record<CombinationImportReport>('a combination import check'))
    .optional(),
  prepareSeconds: z
    .looseObject({
      tools: z.number().optional(),
      wheel: z.number().optional(),
      export: z.number().optional()
    })
    .optional(),
  publish: z
    .looseObject({
      account: z.string(),
      layers: z.array(publishedLayer),
      functions: z.array(functionUpdate)
    })
    .optional(),
  cache: z.enum(['hit', 'miss', 'off']).optional()
})

export type StoredReport = z.infer<typeof storedReport>
