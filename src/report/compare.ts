// Compares this run's report with the base branch's: size change per layer (matched by layer,
// runtime and architecture) and the packages added, removed or changed in version, with their
// size change. A base report in a format this version cannot read is "not comparable", never an error.
import { layerLabel } from '../errors.js'
import type { PackageUsage } from '../package/inventory.js'
import { REPORT_VERSION, type LayerReport, type Report } from './report.js'

export interface SizeDelta {
  zippedBytes: number
  unzippedBytes: number
  /** Change of the unzipped size as a percentage of the base (undefined when the base was 0). */
  unzippedPercent?: number
}

export interface PackageChange {
  name: string
  kind: 'added' | 'removed' | 'changed'
  before?: string
  after?: string
  /** Unzipped bytes after minus before. */
  bytes: number
}

export interface LayerComparison {
  key: string
  layer: LayerReport
  /** Absent for a layer the base did not build. */
  base?: { zippedBytes: number; unzippedBytes: number }
  delta?: SizeDelta
  packages: PackageChange[]
}

export type BaseState =
  | { kind: 'none' }
  | { kind: 'not-comparable'; reason: string }
  | { kind: 'compared'; base: BaseReport }

export interface Comparison {
  state: BaseState
  layers: LayerComparison[]
  /** Layers of the base this run did not build. */
  removed: { key: string; label: string; unzippedBytes: number }[]
}

/** The part of a base report the comparison reads; older report versions carry all of it. */
export interface BaseReport {
  version: number
  layers: {
    layer: string
    runtime: string
    architecture: string
    zippedBytes: number
    unzippedBytes: number
    packages: PackageUsage[]
  }[]
}

export const layerKey = (l: { layer: string; runtime: string; architecture: string }) =>
  layerLabel(l, 'short')

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** Reads a base report of any version: what can be compared, or why it cannot. */
export function readBaseReport(data: unknown): BaseState {
  if (data === undefined) return { kind: 'none' }
  const report = data as { version?: unknown; layers?: unknown }
  if (!report || typeof report !== 'object' || !isNumber(report.version))
    return { kind: 'not-comparable', reason: 'the base report has no format version' }
  if (report.version > REPORT_VERSION)
    return {
      kind: 'not-comparable',
      reason: `the base report is format ${report.version}, newer than this action reads (${REPORT_VERSION}); update the action on this branch`
    }
  if (!Array.isArray(report.layers))
    return { kind: 'not-comparable', reason: 'the base report lists no layers' }
  const layers: BaseReport['layers'] = []
  for (const entry of report.layers as Record<string, unknown>[]) {
    const { layer, runtime, architecture, zippedBytes, unzippedBytes } = entry ?? {}
    if (
      typeof layer !== 'string' ||
      typeof runtime !== 'string' ||
      typeof architecture !== 'string' ||
      !isNumber(zippedBytes) ||
      !isNumber(unzippedBytes)
    )
      return {
        kind: 'not-comparable',
        reason: `the base report (format ${report.version}) has a layer without name or sizes`
      }
    const packages = Array.isArray(entry.packages)
      ? (entry.packages as PackageUsage[]).filter(
          p => typeof p?.name === 'string' && isNumber(p.unzippedBytes)
        )
      : []
    layers.push({ layer, runtime, architecture, zippedBytes, unzippedBytes, packages })
  }
  return { kind: 'compared', base: { version: report.version, layers } }
}

function packageChanges(before: PackageUsage[], after: PackageUsage[]): PackageChange[] {
  const old = new Map(before.map(p => [p.name.toLowerCase(), p]))
  const changes: PackageChange[] = []
  for (const p of after) {
    const b = old.get(p.name.toLowerCase())
    old.delete(p.name.toLowerCase())
    if (!b) changes.push({ name: p.name, kind: 'added', after: p.version, bytes: p.unzippedBytes })
    else if (b.version !== p.version)
      changes.push({
        name: p.name,
        kind: 'changed',
        before: b.version,
        after: p.version,
        bytes: p.unzippedBytes - b.unzippedBytes
      })
  }
  for (const b of old.values())
    changes.push({ name: b.name, kind: 'removed', before: b.version, bytes: -b.unzippedBytes })
  return changes.sort(
    (a, b) => Math.abs(b.bytes) - Math.abs(a.bytes) || a.name.localeCompare(b.name)
  )
}

export function compareReports(report: Report, state: BaseState): Comparison {
  const base = state.kind === 'compared' ? state.base : undefined
  const byKey = new Map((base?.layers ?? []).map(l => [layerKey(l), l]))
  const layers = report.layers.map((layer): LayerComparison => {
    const key = layerKey(layer)
    const b = byKey.get(key)
    byKey.delete(key)
    if (!b) return { key, layer, packages: [] }
    return {
      key,
      layer,
      base: { zippedBytes: b.zippedBytes, unzippedBytes: b.unzippedBytes },
      delta: {
        zippedBytes: layer.zippedBytes - b.zippedBytes,
        unzippedBytes: layer.unzippedBytes - b.unzippedBytes,
        unzippedPercent: b.unzippedBytes
          ? ((layer.unzippedBytes - b.unzippedBytes) / b.unzippedBytes) * 100
          : undefined
      },
      packages: packageChanges(b.packages, layer.packages)
    }
  })
  const removed = [...byKey.entries()].map(([key, l]) => ({
    key,
    label: key,
    unzippedBytes: l.unzippedBytes
  }))
  return { state, layers, removed }
}
