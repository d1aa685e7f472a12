// Reports read back from disk are checked against the report's schema: a report that does not fit
// is refused with the field named; version 1 reports are upgraded; unknown fields are kept.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { remove, scratch } from '../__fixtures__/projects.js'
import { sampleReport } from '../__fixtures__/reports.js'
import { LayerError } from '../src/errors.js'
import { parseReport, readReportFile } from '../src/report/read.js'
import type { Report } from '../src/report/report.js'

/** Sets a field to any value, one the report's type may not allow. */
const set = (on: object, key: string, value: unknown) => Object.assign(on, { [key]: value })
const unset = (on: object, key: string) => Reflect.deleteProperty(on, key)

/** The sample report as JSON, after `change` edits a plain copy of it. */
function edited(change: (report: Report) => void): string {
  const report = structuredClone(sampleReport(2, { cache: 'miss' }))
  change(report)
  return JSON.stringify(report)
}

it('reads back a report as written, unknown fields kept', () => {
  const report = sampleReport(3, { cache: 'hit' })
  expect(parseReport(JSON.stringify(report))).toEqual(report)
  const later = parseReport(edited(r => set(r.layers[0]!, 'fromALaterVersion', { x: 1 })))
  expect((later.layers[0] as unknown as Record<string, unknown>).fromALaterVersion).toEqual({
    x: 1
  })
})

it('upgrades a version 1 report: no failures, no combinations', () => {
  const read = parseReport(
    edited(r => {
      set(r, 'version', 1)
      unset(r, 'failures')
      unset(r, 'combinations')
      for (const layer of r.layers) {
        unset(layer, 'stages')
        unset(layer, 'bytecode')
        unset(layer, 'duplicateLibraries')
      }
    })
  )
  expect(read.version).toBe(2)
  expect(read.failures).toEqual([])
  expect(read.combinations).toEqual([])
  expect(read.layers).toHaveLength(2)
})

it.each<[string, (r: Report) => void, RegExp]>([
  [
    'a size that is text',
    r => set(r.layers[1]!, 'zippedBytes', '12 MB'),
    /^report field layers\[1\]\.zippedBytes: .*expected number, received string/
  ],
  [
    'a missing zip path',
    r => unset(r.layers[0]!, 'zipPath'),
    /^report field layers\[0\]\.zipPath: /
  ],
  [
    'a status it does not know',
    r => set(r.layers[0]!, 'status', 'huge'),
    /layers\[0\]\.status: .*"ok"/
  ],
  [
    'a hash that is not one',
    r => set(r.layers[0]!, 'sha256', 'abc'),
    /layers\[0\]\.sha256: expected a hex SHA-256/
  ],
  ['no layers', r => unset(r, 'layers'), /^report field layers: /],
  [
    'a shape report that is not an object',
    r => set(r.layers[0]!, 'shape', 3),
    /^report field layers\[0\]\.shape/
  ],
  [
    'a failure stage',
    r => set(r, 'failures', [{ ...r.layers[0], stage: 'deploy', error: 'x' }]),
    /failures\[0\]\.stage/
  ],
  [
    'a published version that is not a number',
    r =>
      set(r, 'publish', {
        account: '1',
        functions: [],
        layers: [
          {
            layer: 'base',
            runtime: 'python3.12',
            architecture: 'x86_64',
            region: 'eu-west-1',
            layerName: 'l',
            status: 'published',
            version: '3',
            versionArn: 'arn',
            codeSha256: 'x',
            uploaded: true,
            granted: []
          }
        ]
      }),
    /^report field publish\.layers\[0\]\.version: /
  ],
  [
    'version 3',
    r => set(r, 'version', 3),
    /^not a lambda-layer report of version 1 or 2 \(version: 3\)/
  ],
  [
    'no version',
    r => unset(r, 'version'),
    /^not a lambda-layer report of version 1 or 2 \(version: undefined\)/
  ]
])('refuses %s, naming the field', (_what, change, message) => {
  expect(() => parseReport(edited(change))).toThrow(message)
})

it('names the file and the field for --report', async () => {
  const dir = await scratch()
  try {
    const file = path.join(dir, 'lambda-layer-report.json')
    await writeFile(
      file,
      edited(r => set(r.project, 'lockKind', 'pipenv'))
    )
    const failure = readReportFile(file)
    await expect(failure).rejects.toThrow(LayerError)
    await expect(failure).rejects.toThrow(
      new RegExp(`^--report ${file}: report field project\\.lockKind: `)
    )
    await writeFile(file, JSON.stringify(sampleReport(1) satisfies Report))
    expect((await readReportFile(file)).report.layers).toHaveLength(1)
  } finally {
    await remove(dir)
  }
})
