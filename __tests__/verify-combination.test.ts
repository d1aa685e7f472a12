// Combinations verified together in the stand-in runtime image: members merged under /opt in
// order, a later layer's file replacing an earlier one's; a module that imports alone but fails
// in the combination is reported. And each layer's cold-start cost from the import check.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildFailedError, LayerError } from '../src/errors.js'
import { renderReportTable } from '../src/report/table.js'
import type { LayerTarget } from '../src/plan/plan.js'
import type { LayerReport, Report } from '../src/report/report.js'
import { renderSummary } from '../src/report/summary.js'
import { verifyLine } from '../src/report/verify-lines.js'
import { createDocker } from '../src/system/docker.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { failCombinationImports, verifyCombinations } from '../src/verify/combination.js'
import { DEFAULT_VERIFY } from '../src/config/verify-options.js'
import { verifyLayer } from '../src/verify/verify.js'
import { build, useScratch } from '../__fixtures__/projects.js'
import { layerZip } from '../__fixtures__/layer-zip.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'
import { rejection } from '../__fixtures__/typed.js'
import { unshapedReport } from '../src/shape/shape.js'

const withDocker = dockerEngine() ? describe : describe.skip
const scratch = useScratch()
const docker = createDocker(runProcess, silentLogger)

const targetOf = (name: string): LayerTarget => ({
  layer: { name, extras: [], dependencies: true, includeProject: false },
  runtime: 'python3.11',
  architecture: 'x86_64',
  id: `${name}-python3.11-x86_64`,
  sitePackages: 'python'
})

/** A layer zip verified alone (imports in the runtime image), as the pipeline reports it. */
async function verifiedLayer(name: string, dists: Parameters<typeof layerZip>[1]) {
  const dir = await scratch.folder()
  const zipPath = await layerZip(dir, dists, name)
  const verify = await verifyLayer(zipPath, targetOf(name), {
    docker,
    run: runProcess,
    log: silentLogger,
    options: { ...DEFAULT_VERIFY, checks: ['imports'] },
    runtimeImage: RUNTIME_IMAGE,
    imageRequired: true,
    runtimeVersions: {},
    projectDir: '/nonexistent',
    workDir: dir
  })
  return {
    layer: name,
    runtime: 'python3.11',
    architecture: 'x86_64',
    zipPath,
    verify
  } as LayerReport
}

withDocker('layers imported together', () => {
  let core: LayerReport
  let legacy: LayerReport

  beforeAll(async () => {
    // core's package needs corehelper.VALUE; legacy ships an older corehelper.py without it.
    core = await verifiedLayer('core', {
      corepkg: {
        'corepkg/__init__.py': 'from corehelper import VALUE\n',
        'corehelper.py': 'VALUE = 1\n'
      }
    })
    legacy = await verifiedLayer('legacy', {
      legacypkg: { 'legacypkg/__init__.py': 'X = 1\n' },
      corehelper: { 'corehelper.py': '# the old helper, before VALUE\n' }
    })
  })

  it('reports the module of the first layer that the second breaks, naming the replaced file', async () => {
    const combos = [
      { name: 'api', layers: ['core', 'legacy'] },
      { name: 'reversed', layers: ['legacy', 'core'] }
    ]
    const ctx = {
      docker,
      run: runProcess,
      runtimeImage: RUNTIME_IMAGE,
      workDir: await scratch.folder()
    }
    const [api, reversed] = await verifyCombinations(combos, [core, legacy], ctx)
    expect(api).toEqual({
      name: 'api',
      runtime: 'python3.11',
      architecture: 'x86_64',
      layers: ['core', 'legacy'],
      where: RUNTIME_IMAGE,
      modules: 3,
      problems: [
        "import corepkg (layer core) works alone but fails in combination api (core + legacy, python3.11 x86_64): ImportError: cannot import name 'VALUE' from 'corehelper' (/opt/python/corehelper.py); layer legacy replaces 1 of its files (python/corehelper.py)"
      ]
    })
    // The other order keeps core's helper: everything imports.
    expect(reversed).toMatchObject({ name: 'reversed', modules: 3, problems: [] })

    const written = { report: report([core, legacy]), reportPath: '/tmp/report.json' }
    const error = (() => {
      try {
        failCombinationImports([api!, reversed!], written)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(BuildFailedError)
    expect((error as BuildFailedError).report).toBe(written.report)
    expect((error as Error).message).toContain('works alone but fails in combination api')

    const summary = renderSummary({
      ...report([core, legacy]),
      combinationImports: [api!, reversed!]
    })
    expect(summary).toContain('### Layers imported together')
    expect(summary).toContain(
      '| reversed | legacy + core | python3.11 | x86_64 | ✅ 3 modules import together |'
    )
    expect(summary).toContain(
      '| api | core + legacy | python3.11 | x86_64 | ❌ import corepkg (layer core) works alone'
    )
  })

  it("reports each layer's cold start: total import time and the five slowest modules", async () => {
    const seven = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map(n => [
        `slow${n}`,
        { [`slow${n}.py`]: `import time\ntime.sleep(${n / 20})\n` }
      ])
    )
    const layer = await verifiedLayer('slow', seven)
    const cold = layer.verify!.coldStart!
    const imports = layer.verify!.imports as { modules: { module: string; seconds: number }[] }
    const sum = imports.modules.reduce((total, m) => total + m.seconds, 0)
    expect(cold.modules).toBe(7)
    expect(cold.totalSeconds).toBeCloseTo(sum, 2)
    expect(cold.totalSeconds).toBeGreaterThanOrEqual(1.4) // 0.05 + 0.10 + ... + 0.35 s of sleep
    expect(cold.slowest.map(m => m.module)).toEqual(['slow7', 'slow6', 'slow5', 'slow4', 'slow3'])
    expect(cold.where).toBe(RUNTIME_IMAGE)

    const line = verifyLine({ ...layer, layer: 'slow' })
    expect(line).toMatch(
      /7 modules imported in lambda-layer-test\/python:3\.11 \(slowest: slow7 0\.\d\d s, slow6 0\.\d\d s, slow5 0\.\d\d s, slow4 0\.\d\d s, slow3 0\.\d\d s\), \d\.\d\d s of imports in total$/
    )
    const summary = renderSummary(report([layer]))
    expect(summary).toContain('### Cold start (import time per layer)')
    expect(summary).toMatch(
      new RegExp(
        `\\| slow \\| python3\\.11 \\| x86_64 \\| ${cold.totalSeconds.toFixed(2)} s \\| 7 \\| slow7 0\\.\\d\\d s, `
      )
    )
  })
})

withDocker('a build with a combination', () => {
  it('fails when the second layer (attrs 19.1.0) breaks the first (attrs 23.2.0), after writing the report', async () => {
    const dir = await scratch.folder()
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      `[project]\nname = "combo-demo"\nversion = "1.0.0"\n\n[tool.lambda-layer]\nruntime = "python3.11"\nruntime-image = "${RUNTIME_IMAGE}"\n\n[tool.lambda-layer.layers.first]\nrequirements = "first.txt"\n\n[tool.lambda-layer.layers.second]\nrequirements = "second.txt"\n\n[tool.lambda-layer.combinations]\napi = ["first", "second"]\n`
    )
    await writeFile(path.join(dir, 'first.txt'), 'attrs==23.2.0\n')
    await writeFile(path.join(dir, 'second.txt'), 'attrs==19.1.0\n')
    const error = await rejection(build(dir, { verify: ['imports'] }), LayerError)
    // The build fails after writing the report; the packages the layers share in different
    // versions fail it too (the sizes check), and the import check says what actually breaks.
    expect(error).toBeInstanceOf(BuildFailedError)
    const written = JSON.parse(
      await readFile(path.join(dir, 'lambda-layers', 'lambda-layer-report.json'), 'utf8')
    ) as Report
    const problem =
      /^import attrs \(layer first\) works alone but fails in combination api \(first \+ second, python3\.11 x86_64\): ImportError: cannot import name '\w+' from 'attr' .*; layer second replaces \d+ of its files \(python\/attr\//
    expect(written.combinationImports).toEqual([
      expect.objectContaining({
        name: 'api',
        layers: ['first', 'second'],
        modules: 2,
        problems: [expect.stringMatching(problem)]
      })
    ])
    expect(renderReportTable(written)).toMatch(
      /\nimport attrs \(layer first\) works alone but fails in combination api /
    )
  })
})

function report(layers: LayerReport[]): Report {
  const full = layers.map(l =>
    Object.assign(
      {
        fileName: 'x.zip',
        sha256: '',
        codeSha256: '',
        zippedBytes: 1,
        unzippedBytes: 1,
        files: 1,
        limitPercent: 0,
        status: 'ok' as const,
        needsS3: false,
        builder: 'native',
        installer: 'uv',
        includesProject: false,
        requirements: [],
        packages: [],
        shape: unshapedReport('remove'),
        seconds: 1
      },
      l
    )
  )
  return {
    version: 2,
    generator: { name: 'lambda-layer', version: '0' },
    project: { name: 'demo', version: '1', lockKind: 'uv' },
    tools: {},
    limits: { unzippedBytes: 262_144_000, directUploadZipBytes: 52_428_800, warnPercent: 90 },
    layers: full,
    failures: [],
    combinations: []
  }
}
