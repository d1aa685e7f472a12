// Synthetic reports for rendering tests: N layers with realistic names, sizes near and over the
// limit, package lists, slimming, SDK removal and verification, all deterministic.
import type { LayerReport, Report } from '../src/report/report.js'
import { UNZIPPED_LIMIT } from '../src/lambda/limits.js'
import { REPORT_VERSION } from '../src/report/report.js'
import { sizeStatus } from '../src/report/sizes.js'

const MIB = 1024 * 1024
const NAMES = [
  'base',
  'pyarrow',
  'parquet',
  'geo',
  'sql',
  'science',
  'netcdf',
  'ml',
  'web',
  'nodeps'
]

const packages = (seed: number, total: number) =>
  ['numpy', 'pyarrow', 'pandas', 'scipy', 'shapely', 'sqlalchemy', 'requests', 'pydantic']
    .slice(0, 3 + (seed % 5))
    .map((name, i) => ({
      name,
      version: `${1 + ((seed + i) % 3)}.${i}.${seed % 4}`,
      unzippedBytes: Math.round(total / 2 ** (i + 1)),
      files: 1118 + 37 * i
    }))

export interface SampleOptions {
  /** Unzipped MiB of each layer, in order (default: a spread up to near the limit). */
  mib?: number[]
  warnPercent?: number
  importSkipped?: boolean
  cache?: Report['cache']
}

export function sampleReport(count: number, options: SampleOptions = {}): Report {
  const warnPercent = options.warnPercent ?? 90
  const layers: LayerReport[] = []
  for (let i = 0; i < count; i++) {
    const unzippedBytes = Math.round((options.mib?.[i] ?? 20 + ((i * 37) % 220)) * MIB)
    const zippedBytes = Math.round(unzippedBytes * 0.31)
    const arch = i % 2 ? 'arm64' : 'x86_64'
    const layer = NAMES[Math.floor(i / 2) % NAMES.length]!
    layers.push({
      layer,
      runtime: i >= 10 ? 'python3.13' : 'python3.12',
      architecture: arch,
      fileName: `demo-1.0.0-${layer}-python3.12-${arch}.zip`,
      zipPath: `/work/lambda-layers/demo-1.0.0-${layer}-python3.12-${arch}.zip`,
      sha256: 'ab'.repeat(32),
      codeSha256: 'q'.repeat(43) + '=',
      zippedBytes,
      unzippedBytes,
      files: 2000 + i * 113,
      limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
      status: sizeStatus(unzippedBytes, warnPercent),
      needsS3: zippedBytes > 50 * MIB,
      builder: 'native',
      ...(i === 3 ? { fallback: { packages: ['netcdf4'] } } : {}),
      installer: 'uv',
      includesProject: layer === 'nodeps',
      requirements: [{ name: 'numpy', version: '2.2.6' }],
      packages: packages(i, unzippedBytes),
      shape: {
        runtimePackages: {
          mode: 'remove',
          found: [
            { name: 'boto3', version: '1.40.1' },
            { name: 'botocore', version: '1.40.1' }
          ],
          bytesRemoved: 24 * MIB,
          reliesOnRuntime: [],
          versionMismatches: []
        } as unknown as LayerReport['shape']['runtimePackages'],
        slimming: [
          { rule: 'bytecode', files: 410, bytes: 3 * MIB },
          { rule: 'tests', files: 1200, bytes: 9 * MIB },
          { rule: 'strip', files: 12, bytes: 14 * MIB }
        ],
        keptImported: [],
        notices: []
      },
      verify: {
        elf: { files: 40 + i, newestGlibc: '2.17', problems: [] },
        imports: options.importSkipped
          ? { skipped: `no runtime image for ${arch}` }
          : {
              where: 'public.ecr.aws/lambda/python:3.12',
              modules: [{ module: 'numpy', ok: true, seconds: 0.21 }],
              problems: []
            },
        warnings: []
      },
      seconds: 12
    })
  }
  return {
    version: REPORT_VERSION,
    generator: { name: 'lambda-layer', version: '0.1.0' },
    project: { name: 'demo', version: '1.0.0', lockKind: 'uv' },
    tools: { uv: '0.9.0' },
    limits: { unzippedBytes: UNZIPPED_LIMIT, directUploadZipBytes: 50 * MIB, warnPercent },
    layers,
    combinations: [],
    failures: [],
    ...(options.cache ? { cache: options.cache } : {})
  }
}
