// What will be published: one publication per layer x region with its Lambda layer name and description,
// and the checks that need no AWS call (names, duplicates, size limits).
import { formatBytes } from '../report/format.js'
import { type LayerReport, type Report } from '../report/report.js'
import { DIRECT_UPLOAD_LIMIT, UNZIPPED_LIMIT } from '../lambda/limits.js'
import { ConfigError, layerLabel } from '../errors.js'
import { PublishError } from './errors.js'
import { describeVersion, renderName } from './names.js'
import { nameProblem } from '../lambda/names.js'
import type { ResolvedOptions } from './options.js'

export interface Publication {
  entry: LayerReport
  region: string
  /** The Lambda layer name. */
  layerName: string
  description: string
  /** Set once the account is known (bucket templates may name it). */
  bucket?: string
}

export function planPublications(report: Report, options: ResolvedOptions): Publication[] {
  if (report.layers.length === 0)
    throw new PublishError('zip', 'the report lists no layers: nothing to publish', {
      hint: 'Build the layers first (lambda-layer build), then publish that report.'
    })
  const byName = new Map<string, LayerReport>()
  for (const entry of report.layers) {
    const name = renderName(options.nameTemplate, report, entry)
    const problem = nameProblem(name)
    if (problem)
      throw new ConfigError(
        `${options.optionName('nameTemplate')}: ${layerLabel(entry)}: ${problem}`,
        {
          hint: `The template "${options.nameTemplate}" must give names of letters, digits, - and _, at most 64 long.`
        }
      )
    const other = byName.get(name)
    if (other)
      throw new ConfigError(
        `${options.optionName('nameTemplate')}: ${layerLabel(other)} and ${layerLabel(entry)} would both be published as "${name}"`,
        {
          hint: 'Include {layer}, {runtime} and {arch} in the template so every zip has its own layer name.'
        }
      )
    byName.set(name, entry)
    checkSizes(report, entry, options)
  }
  checkCombinations(report)
  const publications: Publication[] = []
  for (const [layerName, entry] of byName)
    for (const region of options.regions)
      publications.push({
        entry,
        region,
        layerName,
        description: describeVersion({
          project: report.project.name,
          version: report.project.version,
          gitRef: options.gitRef,
          gitSha: options.gitSha,
          sha256: entry.sha256
        })
      })
  return publications
}

function checkSizes(report: Report, entry: LayerReport, options: ResolvedOptions): void {
  const unzippedLimit = report.limits?.unzippedBytes ?? UNZIPPED_LIMIT
  if (entry.unzippedBytes > unzippedLimit)
    throw new PublishError(
      'too-large',
      `${layerLabel(entry)} unzips to ${formatBytes(entry.unzippedBytes)} (${entry.unzippedBytes} bytes), over Lambda's limit of ${unzippedLimit} bytes for a function and all its layers`,
      { hint: 'Split the layer (extras into their own layers) or slim it; nothing was published.' }
    )
  const directLimit = report.limits?.directUploadZipBytes ?? DIRECT_UPLOAD_LIMIT
  if (!options.bucketFor && entry.zippedBytes > directLimit)
    throw new PublishError(
      'too-large',
      `${layerLabel(entry)}: the zip is ${formatBytes(entry.zippedBytes)} (${entry.zippedBytes} bytes), too large for a direct upload (ZipFile allows at most ${directLimit} bytes): publishing it needs an S3 bucket`,
      {
        hint: `Set ${options.optionName('bucket')} to a bucket in each publish region; nothing was published.`
      }
    )
}

/** Layers one function uses together must fit Lambda's unzipped limit as a whole. */
function checkCombinations(report: Report): void {
  const over = (report.combinations ?? []).filter(c => c.status === 'over-limit')
  if (over.length === 0) return
  const limit = report.limits?.unzippedBytes ?? UNZIPPED_LIMIT
  const list = over
    .map(
      c =>
        `${c.name} (${c.layers.join(' + ')}, ${c.runtime} ${c.architecture}): ${formatBytes(c.unzippedBytes)}`
    )
    .join('; ')
  throw new PublishError(
    'too-large',
    `layers used together unzip to more than Lambda's limit of ${limit} bytes: ${list}`,
    { hint: 'Slim the layers or split the combination; nothing was published.' }
  )
}
