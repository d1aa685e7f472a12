// The combinations a build can check: each declared combination for every runtime and
// architecture the build produced, with its members in mount order, when every member was built.
import type { Combination } from '../config/schema.js'

/** What matches a built layer to a combination's member. */
interface BuiltLayerName {
  layer: string
  runtime: string
  architecture: string
}

interface BuiltCombination<T> {
  combination: Combination
  runtime: string
  architecture: string
  /** The built layers of the combination, in its order. */
  members: T[]
}

export function builtCombinations<T extends BuiltLayerName>(
  combinations: Combination[],
  layers: T[]
): BuiltCombination<T>[] {
  const result: BuiltCombination<T>[] = []
  const platforms = new Map(layers.map(l => [`${l.runtime}|${l.architecture}`, l]))
  for (const combination of combinations) {
    for (const { runtime, architecture } of platforms.values()) {
      const members = combination.layers.map(name =>
        layers.find(
          l => l.layer === name && l.runtime === runtime && l.architecture === architecture
        )
      )
      if (members.some(member => !member)) continue // not every member was built in this run
      result.push({ combination, runtime, architecture, members: members as T[] })
    }
  }
  return result
}
