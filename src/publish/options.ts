// The Publish step's options, their defaults, and their validation: every bad value fails before
// any AWS call with the option's name, the value, and what is allowed.
import { ConfigError } from '../errors.js'
import { didYouMean } from '../config/suggest.js'
import { DEFAULT_NAME_TEMPLATE, checkTemplate } from './names.js'

/** A function to point at the new layer versions. */
export interface FunctionToUpdate {
  /** Function name or ARN. An ARN is updated in its own region only; a name in every region. */
  name: string
  /**
   * Layers (names from [tool.lambda-layer.layers]) the function must have, appended when missing,
   * picked for the function's runtime and architecture. Default: only the layers it already uses.
   */
  layers?: string[]
}

export interface PermissionOptions {
  /** 12-digit AWS account IDs granted lambda:GetLayerVersion on each new version. */
  accounts?: string[]
  /** An AWS Organizations ID (o-...): every account of the organization may use the layer. */
  organizationId?: string
  /** Anyone may use the layer. Explicit opt-in. */
  public?: boolean
}

export interface PublishOptions {
  /** Regions to publish to, each with its own bucket, comparison and report row. */
  regions: string[]
  /**
   * S3 bucket for the zips: a name, a name template with {region} (and {account}), or a map
   * region -> name. Without a bucket, zips under the direct-upload limit go in the request.
   */
  bucket?: string | Record<string, string>
  /** Key prefix in the bucket. Default "lambda-layers". */
  prefix?: string
  /** LicenseInfo of each new version (SPDX identifier or URL, at most 512 characters). */
  license?: string
  permissions?: PermissionOptions
  functions?: (string | FunctionToUpdate)[]
  /** Git ref (refs/tags/v1.2.3, main) shown in the version description. */
  gitRef?: string
  /** Git commit; its first 7 characters are shown in the version description. */
  gitSha?: string
  /** Layer name template. Default "{project}-{layer}-{runtime}-{arch}". */
  nameTemplate?: string
  /** Part size of multipart uploads, bytes (at least 5 MiB). Default 16 MiB. */
  partBytes?: number
  /** How an option is named to the user ("--bucket" on the CLI, "input bucket" in the action). */
  optionName?: (key: keyof PublishOptions) => string
}

/** A grant of lambda:GetLayerVersion, with a statement ID that makes it idempotent. */
export interface Grant {
  statementId: string
  principal: string
  organizationId?: string
  /** For messages: "account 123456789012", "organization o-abc", "everyone". */
  label: string
}

export interface ResolvedOptions {
  regions: string[]
  /** The bucket of a region once the account is known; undefined when publishing without S3. */
  bucketFor?: (region: string, account: string) => string
  prefix: string
  license?: string
  grants: Grant[]
  functions: FunctionToUpdate[]
  gitRef?: string
  gitSha?: string
  nameTemplate: string
  partBytes: number
  optionName: (key: keyof PublishOptions) => string
}

const DEFAULT_PREFIX = 'lambda-layers'
const DEFAULT_PART_BYTES = 16 * 1024 * 1024
const MIN_PART_BYTES = 5 * 1024 * 1024
const MAX_LICENSE = 512
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/
const ACCOUNT = /^\d{12}$/
const ORGANIZATION = /^o-[a-z0-9]{10,32}$/
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const GIT_SHA = /^[0-9a-f]{7,64}$/i
const BUCKET_PLACEHOLDERS = ['region', 'account']

const defaultOptionName = (key: keyof PublishOptions) =>
  `--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`

/** Parses "NAME_OR_ARN" or "NAME_OR_ARN=layer1,layer2" (a CLI flag or an action input line). */
export function parseFunctionToUpdate(text: string): FunctionToUpdate {
  const [name = '', layers] = text.split('=', 2).map(part => part.trim())
  if (layers === undefined) return { name }
  return { name, layers: layers.split(/[,\s]+/).filter(Boolean) }
}

export function resolveOptions(options: PublishOptions): ResolvedOptions {
  const optionName = options.optionName ?? defaultOptionName
  const fail = (key: keyof PublishOptions, message: string, hint?: string) =>
    new ConfigError(`${optionName(key)}: ${message}`, { hint })

  if (options.regions.length === 0)
    throw fail('regions', 'no region given', 'Name at least one region, e.g. eu-west-1.')
  const regions: string[] = []
  for (const region of options.regions) {
    if (!REGION.test(region))
      throw fail('regions', `"${region}" is not an AWS region name`, 'Use names like eu-west-1.')
    if (regions.includes(region))
      throw fail('regions', `region ${region} is listed twice`, 'Name each region once.')
    regions.push(region)
  }

  const bucketFor = resolveBucket(options.bucket, regions, fail)

  const prefix = (options.prefix ?? DEFAULT_PREFIX).replace(/^\/+|\/+$/g, '')
  if (/[^A-Za-z0-9!\-_.*'()/]/.test(prefix) || prefix.includes('//'))
    throw fail(
      'prefix',
      `"${options.prefix}" is not a safe S3 key prefix`,
      'Use letters, digits and - _ . / only.'
    )

  if (
    options.license !== undefined &&
    (!options.license.trim() || options.license.length > MAX_LICENSE)
  )
    throw fail(
      'license',
      `must be 1 to ${MAX_LICENSE} characters (an SPDX identifier or a URL)`,
      'Give an SPDX identifier such as MIT, or a URL to the license text.'
    )

  if (options.gitSha && !GIT_SHA.test(options.gitSha))
    throw fail(
      'gitSha',
      `"${options.gitSha}" is not a git commit hash`,
      'Give 7 to 64 hexadecimal digits, e.g. the output of `git rev-parse HEAD`.'
    )

  const nameTemplate = options.nameTemplate ?? DEFAULT_NAME_TEMPLATE
  const templateProblem = checkTemplate(nameTemplate)
  if (templateProblem) throw fail('nameTemplate', templateProblem.message, templateProblem.hint)

  const partBytes = options.partBytes ?? DEFAULT_PART_BYTES
  if (!Number.isInteger(partBytes) || partBytes < MIN_PART_BYTES)
    throw fail(
      'partBytes',
      `${partBytes} is below S3's minimum part size of ${MIN_PART_BYTES} bytes`
    )

  const grants: Grant[] = []
  const permissions = options.permissions ?? {}
  for (const account of permissions.accounts ?? []) {
    if (!ACCOUNT.test(account))
      throw fail(
        'permissions',
        `"${account}" is not a 12-digit AWS account ID`,
        'Account IDs are 12 digits, e.g. 123456789012.'
      )
    if (grants.some(grant => grant.principal === account)) continue
    grants.push({
      statementId: `lambda-layer-account-${account}`,
      principal: account,
      label: `account ${account}`
    })
  }
  if (permissions.organizationId !== undefined) {
    const organizationId = permissions.organizationId
    if (!ORGANIZATION.test(organizationId))
      throw fail(
        'permissions',
        `"${organizationId}" is not an AWS Organizations ID`,
        'Organization IDs look like o-a1b2c3d4e5.'
      )
    grants.push({
      statementId: `lambda-layer-org-${organizationId}`,
      principal: '*',
      organizationId,
      label: `organization ${organizationId}`
    })
  }
  if (permissions.public === true)
    grants.push({ statementId: 'lambda-layer-public', principal: '*', label: 'everyone' })

  const functions: FunctionToUpdate[] = []
  for (const item of options.functions ?? []) {
    const target = typeof item === 'string' ? parseFunctionToUpdate(item) : item
    if (!target.name)
      throw fail('functions', 'a function entry has no name', 'Write NAME or NAME=LAYER,LAYER.')
    const region = functionArnRegion(target.name)
    if (region !== undefined && !regions.includes(region))
      throw fail(
        'functions',
        `function ${target.name} is in region ${region}, which is not one of the regions published to (${regions.join(', ')})`
      )
    functions.push(target)
  }

  return {
    regions,
    bucketFor,
    prefix,
    license: options.license,
    grants,
    functions,
    gitRef: options.gitRef || undefined,
    gitSha: options.gitSha || undefined,
    nameTemplate,
    partBytes,
    optionName
  }
}

type Fail = (key: keyof PublishOptions, message: string, hint?: string) => ConfigError

function resolveBucket(
  bucket: PublishOptions['bucket'],
  regions: string[],
  fail: Fail
): ResolvedOptions['bucketFor'] {
  if (bucket === undefined || bucket === '') return undefined
  const check = (name: string, from: string) => {
    if (!BUCKET.test(name) || name.includes('..'))
      throw fail(
        'bucket',
        `"${name}"${from} is not a valid S3 bucket name`,
        'Bucket names have 3-63 lowercase letters, digits, dots and hyphens.'
      )
  }
  if (typeof bucket === 'string') {
    for (const match of bucket.matchAll(/\{([^}]*)\}/g)) {
      const name = match[1] ?? ''
      if (!BUCKET_PLACEHOLDERS.includes(name))
        throw fail(
          'bucket',
          `unknown placeholder {${name}} in "${bucket}"${didYouMean(name, BUCKET_PLACEHOLDERS)}`,
          'A bucket template may use {region} and {account}.'
        )
    }
    const render = (region: string, account: string) =>
      bucket.replaceAll('{region}', region).replaceAll('{account}', account)
    for (const region of regions)
      check(render(region, '123456789012'), bucket.includes('{') ? ` (from "${bucket}")` : '')
    if (regions.length > 1 && !bucket.includes('{region}'))
      throw fail(
        'bucket',
        `one bucket "${bucket}" for ${regions.length} regions: Lambda reads layer zips only from a bucket in the layer's own region`,
        'Use a template with {region} (e.g. "my-layers-{region}") or a map region -> bucket.'
      )
    return render
  }
  for (const region of regions) {
    const name = bucket[region]
    if (name === undefined)
      throw fail(
        'bucket',
        `no bucket for region ${region} in the bucket map (it has ${Object.keys(bucket).join(', ') || 'none'})`,
        'Give every publish region a bucket in that region.'
      )
    check(name, ` (region ${region})`)
  }
  return region => bucket[region] as string
}

/** The region of a function ARN, undefined for a plain function name. */
export function functionArnRegion(nameOrArn: string): string | undefined {
  return /^arn:[^:]+:lambda:([^:]+):\d{12}:function:/.exec(nameOrArn)?.[1]
}
