// Cache keys and the action's layer cache: keys follow the inputs that shape them, and an exact
// layer-cache hit (from the cache folder, or from the cache service into it) restores the zips and
// report without installing anything; on a miss, an earlier build's entry (restored by prefix)
// gives the targets whose own inputs did not change their zips.
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  installerCacheKey,
  keyPart,
  layerCache,
  layerScope,
  type CacheService
} from '../src/action/cache.js'
import { layerCacheKey } from '../src/cache/layout.js'
import type { Overrides } from '../src/config/options.js'
import { buildLayers, prepareBuild } from '../src/pipeline.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess, type Runner } from '../src/system/process.js'
import { copyExample, scratch, TEST_VERIFY, useScratch } from '../__fixtures__/projects.js'

const scratchDirs = useScratch()

/**
 * A cache service over a local folder, standing in for GitHub's cache service: an exact key, else
 * the most recently saved key that starts with a restore prefix.
 */
function folderCache(root: string): CacheService & { saved: string[] } {
  const saved: string[] = []
  return {
    saved,
    async restore(paths, key, restoreKeys = []) {
      const match =
        saved.includes(key) || restoreKeys.length === 0
          ? key
          : [...saved].reverse().find(name => restoreKeys.some(prefix => name.startsWith(prefix)))
      if (!match) return undefined
      const source = path.join(root, encodeURIComponent(match))
      try {
        for (const [i, target] of paths.entries())
          await cp(path.join(source, String(i)), target, { recursive: true })
        return match
      } catch {
        return undefined
      }
    },
    async save(paths, key) {
      saved.push(key)
      for (const [i, source] of paths.entries())
        await cp(source, path.join(root, encodeURIComponent(key), String(i)), { recursive: true })
    }
  }
}

/** Wraps the runner to record every install command. */
function recording(): { run: Runner; installs: string[][] } {
  const installs: string[][] = []
  const run: Runner = (command, args, options) => {
    if (args.includes('install')) installs.push([command, ...args])
    return runProcess(command, args, options)
  }
  return { run, installs }
}

it('keys the installer cache by runner, targets and lock content, with a restore prefix', async () => {
  const dir = await copyExample('uv-project')
  scratchDirs.track(path.dirname(dir))
  const prepared = await prepareBuild({
    projectDir: dir,
    overrides: { architectures: ['x86_64', 'arm64'] }
  })
  const first = await installerCacheKey(prepared, { os: 'Linux', arch: 'X64' })
  expect(first.key).toMatch(
    /^lambda-layer-v1-deps-Linux-X64-python3\.12-x86_64\+arm64-auto-uv-[0-9a-f]{32}$/
  )
  expect(first.restoreKeys).toEqual([
    'lambda-layer-v1-deps-Linux-X64-python3.12-x86_64+arm64-auto-uv-'
  ])
  expect(first.key.includes(',')).toBe(false)
  await writeFile(
    path.join(dir, 'uv.lock'),
    (await readFile(path.join(dir, 'uv.lock'), 'utf8')) + '\n'
  )
  const changed = await installerCacheKey(prepared, { os: 'Linux', arch: 'X64' })
  expect(changed.key).not.toBe(first.key)
  expect(changed.restoreKeys).toEqual(first.restoreKeys)
  expect(keyPart('a,b c/d')).toBe('a%2cb%20c%2fd')
})

it('scopes layer-cache keys by project and targets, not by version', async () => {
  const dir = await copyExample('uv-project')
  scratchDirs.track(path.dirname(dir))
  const scope = (overrides: Overrides) =>
    prepareBuild({ projectDir: dir, overrides }).then(layerScope)
  const base = await scope({ layers: ['base'] })
  expect(base).toMatch(/^uv-demo-[0-9a-f]{16}$/)
  expect(await scope({ layers: ['base'], compressionLevel: '9' })).toBe(base)
  expect(await scope({ layers: ['base'], architectures: ['arm64'] })).not.toBe(base)
  expect(await scope({ layers: ['base', 'yaml'] })).not.toBe(base)
  const pyproject = path.join(dir, 'pyproject.toml')
  const text = await readFile(pyproject, 'utf8')
  await writeFile(pyproject, text.replace('version = "0.1.0"', 'version = "0.2.0"'))
  expect(await scope({ layers: ['base'] })).toBe(base)
})

it('restores finished layers on an exact hit and installs nothing', async () => {
  const dir = await copyExample('uv-project')
  const store = await scratch()
  const [here, elsewhere] = [await scratch(), await scratch()]
  scratchDirs.track(path.dirname(dir), store, here, elsewhere)
  const service = folderCache(store)
  const scope = layerScope(await prepareBuild({ projectDir: dir }))

  const cold = recording()
  const first = await buildLayers(
    await prepareBuild({ projectDir: dir, overrides: { verify: TEST_VERIFY } }),
    { run: cold.run, log: silentLogger, layerCache: layerCache(service, here, scope) }
  )
  expect(first.cacheHit).toBe(false)
  expect(cold.installs.length).toBeGreaterThan(0)
  expect(service.saved).toEqual([`lambda-layer-v1-layers-${scope}-${first.layerKey}`])

  // Another machine: an empty cache folder, filled from the cache service.
  await rm(path.join(dir, 'lambda-layers'), { recursive: true })
  const warm = recording()
  const second = await buildLayers(
    await prepareBuild({ projectDir: dir, overrides: { verify: TEST_VERIFY } }),
    { run: warm.run, log: silentLogger, layerCache: layerCache(service, elsewhere, scope) }
  )
  expect(second.cacheHit).toBe(true)
  expect(second.layerKey).toBe(first.layerKey)
  expect(warm.installs.filter(cmd => cmd.includes('pip'))).toEqual([])
  expect(second.report.layers.map(l => l.sha256)).toEqual(first.report.layers.map(l => l.sha256))
  expect(await readFile(second.report.layers[0]!.zipPath)).toEqual(
    await readFile(first.report.layers[0]!.zipPath)
  )

  // Anything that shapes the zips changes the key.
  const other = await buildLayers(
    await prepareBuild({
      projectDir: dir,
      overrides: { compressionLevel: '9', verify: TEST_VERIFY }
    }),
    { run: runProcess, log: silentLogger, layerCache: layerCache(service, here, scope) }
  )
  expect(other.cacheHit).toBe(false)
  expect(other.layerKey).not.toBe(first.layerKey)
})

it('reuses the zips of unchanged targets from an earlier build the service restores by prefix', async () => {
  const dir = await copyExample('uv-project')
  const store = await scratch()
  const [here, elsewhere] = [await scratch(), await scratch()]
  scratchDirs.track(path.dirname(dir), store, here, elsewhere)
  const service = folderCache(store)
  const overrides = { layers: ['base', 'nodeps'], verify: TEST_VERIFY }
  const scope = layerScope(await prepareBuild({ projectDir: dir, overrides }))
  const first = await buildLayers(await prepareBuild({ projectDir: dir, overrides }), {
    run: runProcess,
    log: silentLogger,
    layerCache: layerCache(service, here, scope)
  })
  const [base, nodeps] = first.report.layers
  const baseBytes = await readFile(base!.zipPath)

  // The project's code changes (the nodeps layer holds its wheel); another machine builds it.
  const code = path.join(dir, 'src', 'uv_demo', '__init__.py')
  await writeFile(code, (await readFile(code, 'utf8')) + '\nANSWER = 42\n')
  await rm(path.join(dir, 'lambda-layers'), { recursive: true })
  const next = recording()
  const second = await buildLayers(await prepareBuild({ projectDir: dir, overrides }), {
    run: next.run,
    log: silentLogger,
    layerCache: layerCache(service, elsewhere, scope)
  })
  expect(second.cacheHit).toBe(false)
  expect(second.layerKey).not.toBe(first.layerKey)
  const [baseAgain, nodepsAgain] = second.report.layers
  expect(baseAgain!.reused).toBe(true)
  expect(nodepsAgain!.reused).toBeUndefined()
  expect(await readFile(baseAgain!.zipPath)).toEqual(baseBytes)
  expect(nodepsAgain!.sha256).not.toBe(nodeps!.sha256)
  // Only the project's wheel was installed: base's pinned packages were not.
  const installed = next.installs.filter(cmd => cmd.includes('--target'))
  expect(installed).toHaveLength(1)
  expect(installed[0]!.some(arg => arg.endsWith('.whl'))).toBe(true)
  expect(service.saved).toEqual(
    [first, second].map(build => `lambda-layer-v1-layers-${scope}-${build.layerKey}`)
  )
})

it('checks the cache before any tool runs when the lock decides every layer', async () => {
  const dir = await copyExample('uv-project')
  const store = await scratch()
  const here = await scratch()
  scratchDirs.track(path.dirname(dir), store, here)
  const service = folderCache(store)
  const overrides = { layers: ['base', 'yaml'] }
  let toolsPrepared = 0
  const beforeTools = () => {
    toolsPrepared++
    return Promise.resolve()
  }
  const cache = layerCache(
    service,
    here,
    layerScope(await prepareBuild({ projectDir: dir, overrides }))
  )
  await buildLayers(await prepareBuild({ projectDir: dir, overrides }), {
    run: runProcess,
    log: silentLogger,
    layerCache: cache,
    beforeTools
  })
  const commands: string[] = []
  const run: Runner = (command, args, options) => {
    commands.push([command, ...args].join(' '))
    return runProcess(command, args, options)
  }
  const second = await buildLayers(await prepareBuild({ projectDir: dir, overrides }), {
    run,
    log: silentLogger,
    layerCache: cache,
    beforeTools
  })
  expect(second.cacheHit).toBe(true)
  expect(commands).toEqual([])
  expect(toolsPrepared).toBe(1)
  // A changed lock is a different key.
  await writeFile(
    path.join(dir, 'uv.lock'),
    (await readFile(path.join(dir, 'uv.lock'), 'utf8')) + '\n'
  )
  const third = await buildLayers(await prepareBuild({ projectDir: dir, overrides }), {
    run: runProcess,
    log: silentLogger,
    layerCache: cache,
    beforeTools
  })
  expect(third.cacheHit).toBe(false)
  expect(toolsPrepared).toBe(2)
})

/** The nodeps layer of a copy of uv-project, built once into a cache folder of its own (no service). */
async function nodepsBuiltOnce() {
  const dir = await copyExample('uv-project')
  const here = await scratch()
  scratchDirs.track(path.dirname(dir), here)
  const prepared = await prepareBuild({
    projectDir: dir,
    overrides: { layers: ['nodeps'], verify: TEST_VERIFY }
  })
  const none: CacheService = {
    restore: () => Promise.resolve(undefined),
    save: () => Promise.resolve()
  }
  const cache = layerCache(none, here, layerScope(prepared))
  const first = await buildLayers(prepared, {
    run: runProcess,
    log: silentLogger,
    layerCache: cache
  })
  return { dir, here, prepared, cache, first }
}

it('rebuilds when a cached zip does not match its recorded hash', async () => {
  const { dir, here, prepared, cache, first } = await nodepsBuiltOnce()
  const { fileName } = first.report.layers[0]!
  const good = await readFile(first.report.layers[0]!.zipPath)
  // The cached copy is damaged, and the output folder no longer holds the zip.
  const entry = path.join(here, 'layers', 'v1', layerCacheKey(first.layerKey))
  await rm(path.join(entry, fileName))
  await writeFile(path.join(entry, fileName), 'not the zip')
  await rm(path.join(dir, 'lambda-layers'), { recursive: true })
  const warnings: string[] = []
  const log = { ...silentLogger, warn: (m: string) => warnings.push(m) }
  const again = await buildLayers(prepared, { run: runProcess, log, layerCache: cache })
  expect(again.cacheHit).toBe(false)
  expect(warnings).toEqual([expect.stringContaining('does not match its recorded hash')])
  expect(await readFile(path.join(dir, 'lambda-layers', fileName))).toEqual(good)
})

it('refuses a kept report whose file name leads out of the output folder', async () => {
  const { dir, here, prepared, cache, first } = await nodepsBuiltOnce()
  const entry = path.join(here, 'layers', 'v1', layerCacheKey(first.layerKey))
  const reportFile = path.join(entry, 'lambda-layer-report.json')
  const { fileName, zipPath } = first.report.layers[0]!
  const good = await readFile(zipPath)
  const crafted = '../../escaped.zip'
  await writeFile(
    reportFile,
    (await readFile(reportFile, 'utf8')).replaceAll(`"${fileName}"`, `"${crafted}"`)
  )
  await cp(path.join(entry, fileName), path.join(entry, crafted))
  await rm(path.join(dir, 'lambda-layers'), { recursive: true })
  const warnings: string[] = []
  const log = { ...silentLogger, warn: (m: string) => warnings.push(m) }
  const again = await buildLayers(prepared, { run: runProcess, log, layerCache: cache })
  expect(again.cacheHit).toBe(false)
  expect(warnings).toEqual([expect.stringContaining('"../../escaped.zip" is not a zip file name')])
  expect(await readFile(zipPath)).toEqual(good)
  // Where the crafted name leads from the output folder: nothing was written there.
  await expect(readFile(path.join(dir, 'lambda-layers', crafted))).rejects.toThrow()
})
