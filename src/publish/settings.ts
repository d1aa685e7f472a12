// Publishing settings as the CLI flags and action inputs give them (strings and lists), turned
// into PublishOptions. Regions default to the AWS environment; git details to GitHub's.
import { ConfigError } from '../errors.js'
import { optionLabel, type Door, type PublishSettings } from '../config/options.js'
import { parseFunctionToUpdate, type PublishOptions } from './options.js'

/** How a publishing option is named at a door; the grants are three options together. */
export function publishOptionLabel(key: keyof PublishOptions, door: Door): string {
  if (key === 'permissions')
    return ['grantAccounts', 'grantOrganization', 'grantPublic']
      .map(name => optionLabel(name, door))
      .join(', ')
  if (key === 'partBytes') return 'part size'
  return optionLabel(key, door)
}

const split = (items: string[] | undefined) =>
  (items ?? []).flatMap(item => item.split(/[,\s]+/)).filter(Boolean)

export function publishOptions(
  settings: PublishSettings,
  env: Record<string, string | undefined>,
  optionName: (key: keyof PublishOptions) => string
): PublishOptions {
  const regions = split(settings.regions)
  if (regions.length === 0) {
    const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION
    if (!fromEnv) {
      throw new ConfigError(`${optionName('regions')}: no region given and AWS_REGION is not set`, {
        hint: 'Name the regions to publish to, e.g. eu-west-1, or set AWS_REGION.'
      })
    }
    regions.push(fromEnv)
  }
  return {
    regions,
    bucket: parseBucket(settings.bucket),
    prefix: settings.prefix || undefined,
    license: settings.license || undefined,
    permissions: {
      accounts: split(settings.grantAccounts),
      organizationId: settings.grantOrganization || undefined,
      public: settings.grantPublic ?? false
    },
    // Function entries may hold commas inside "name=layer,layer": split on whitespace and newlines only.
    functions: (settings.functions ?? [])
      .flatMap(item => item.split(/\s+/))
      .filter(Boolean)
      .map(parseFunctionToUpdate),
    nameTemplate: settings.nameTemplate || undefined,
    gitRef: settings.gitRef || env.GITHUB_REF || undefined,
    gitSha: settings.gitSha || env.GITHUB_SHA || undefined,
    optionName
  }
}

/** "bucket", "bucket-{region}", or "us-east-1=a,eu-west-1=b". */
function parseBucket(text: string | undefined): PublishOptions['bucket'] {
  const value = text?.trim()
  if (!value) return undefined
  if (!value.includes('=')) return value
  return Object.fromEntries(
    value
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(pair => pair.split('=', 2).map(part => part.trim()) as [string, string])
  )
}
