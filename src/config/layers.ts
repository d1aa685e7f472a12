// Reads [tool.lambda-layer.layers.NAME] tables into layer specs, and [tool.lambda-layer.combinations].
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError } from '../errors.js'
import { isTable, type TomlTable } from '../files/pyproject.js'
import { exists } from '../system/exists.js'
import { isInside } from '../system/paths.js'
import { LAYER_KEYS, type Combination, type LayerSpec } from './schema.js'
import { didYouMean } from './suggest.js'
import {
  boolean,
  invalid,
  nonEmptyString,
  rejectUnknownKeys,
  stringList,
  type Where
} from './values.js'

const TABLE = 'tool.lambda-layer'
const LAYER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export type Locate = (key: string | undefined, header?: string) => Where

export async function readLayers(table: TomlTable, projectDir: string, inFile: Locate) {
  const raw = table.layers
  if (raw === undefined) {
    return [
      { name: 'base', extras: [], dependencies: true, includeProject: false }
    ] satisfies LayerSpec[]
  }
  if (!isTable(raw) || Object.keys(raw).length === 0) {
    throw invalid(inFile('layers'), raw, 'a table of layers, e.g. [tool.lambda-layer.layers.base]')
  }
  const layers: LayerSpec[] = []
  for (const [name, body] of Object.entries(raw)) {
    const header = `${TABLE}.layers.${name}`
    if (!LAYER_NAME.test(name)) {
      const where = inFile(undefined, header)
      throw new ConfigError(
        `layer name ${JSON.stringify(name)} is not allowed: use letters, digits, "-" and "_" (at most 64, starting with a letter or digit)`,
        {
          file: where.file,
          line: where.line ?? inFile(undefined, `${TABLE}.layers`).line,
          hint: 'Rename the table, e.g. [tool.lambda-layer.layers.my-layer].'
        }
      )
    }
    if (!isTable(body))
      throw invalid(
        inFile(name, `${TABLE}.layers`),
        body,
        'a table with extras, requirements, dependencies, include-project'
      )
    rejectUnknownKeys(body, LAYER_KEYS, key => inFile(key, header))

    const extras =
      body.extras === undefined ? [] : stringList(body.extras, inFile('extras', header))
    let requirements: string | undefined
    if (body.requirements !== undefined) {
      const where = inFile('requirements', header)
      const given = nonEmptyString(body.requirements, where)
      const file = path.resolve(projectDir, given)
      requirements = file
      const real = await realpath(file).catch(() => file)
      if (!isInside(file, projectDir) || !isInside(real, await realpath(projectDir))) {
        throw new ConfigError(`${where.label}: requirement file ${given} is outside the project`, {
          file: where.file,
          line: where.line,
          hint: 'Keep requirement files inside the folder of pyproject.toml and give them relative to it.'
        })
      }
      if (!(await exists(requirements))) {
        throw new ConfigError(
          `${where.label}: requirement file ${given} not found in ${projectDir}`,
          {
            file: where.file,
            line: where.line,
            hint: 'The path is relative to the folder of pyproject.toml.'
          }
        )
      }
    }
    const dependencies =
      body.dependencies === undefined
        ? requirements === undefined
        : boolean(body.dependencies, inFile('dependencies', header))
    const includeProject =
      body['include-project'] === undefined
        ? false
        : boolean(body['include-project'], inFile('include-project', header))
    if (!dependencies && !includeProject && extras.length === 0 && requirements === undefined) {
      const where = inFile(undefined, header)
      throw new ConfigError(`${where.label}: layer ${name} has nothing to install`, {
        file: where.file,
        line: where.line,
        hint: 'Give it extras, a requirements file, dependencies = true or include-project = true.'
      })
    }
    layers.push({ name, extras, requirements, dependencies, includeProject })
  }
  return layers
}

/** Named sets of layers one function uses together; each must name layers that exist. */
export function readCombinations(
  table: TomlTable,
  layers: LayerSpec[],
  inFile: Locate
): Combination[] {
  const raw = table.combinations
  if (raw === undefined) return []
  if (!isTable(raw))
    throw invalid(inFile('combinations'), raw, 'a table of names to lists of layers')
  const names = layers.map(layer => layer.name)
  return Object.entries(raw).map(([name, value]) => {
    const where = inFile(name, `${TABLE}.combinations`)
    const members = stringList(value, where)
    for (const member of members) {
      if (!names.includes(member)) {
        throw new ConfigError(
          `${where.label}: no layer "${member}"${didYouMean(member, names)}; layers: ${names.join(', ')}`,
          {
            file: where.file,
            line: where.line,
            hint: 'Name layers defined under [tool.lambda-layer.layers].'
          }
        )
      }
    }
    return { name, layers: members }
  })
}
