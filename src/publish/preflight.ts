// Checks before the first write, the seed's `aws-check`: every zip is the one the report describes,
// the credentials work (STS GetCallerIdentity), and each region's bucket exists, is reachable and is
// in that region (HeadBucket).
import { stat } from 'node:fs/promises'
import { HeadBucketCommand } from '@aws-sdk/client-s3'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { layerLabel } from '../errors.js'
import { fileSha256 } from '../system/file-results.js'
import type { ClientsFor } from './clients.js'
import {
  CREDENTIALS_HINT,
  PublishError,
  awsError,
  callFailed,
  isAccessDenied,
  isCredentialError,
  isNotFound
} from './errors.js'
import type { ResolvedOptions } from './options.js'
import { type Publication } from './publications.js'

export interface Identity {
  account: string
  /** The caller's ARN (role or user), for messages. */
  arn: string
  /** "aws", "aws-cn", "aws-us-gov": from the caller's ARN. */
  partition: string
}

/** Every zip exists and still has the size and hash the report recorded. */
export async function checkZips(publications: Publication[]): Promise<void> {
  const seen = new Set<string>()
  for (const { entry } of publications) {
    if (seen.has(entry.zipPath)) continue
    seen.add(entry.zipPath)
    const size = await stat(entry.zipPath).then(
      info => info.size,
      () => undefined
    )
    if (size === undefined)
      throw new PublishError('zip', `${layerLabel(entry)}: zip ${entry.zipPath} does not exist`, {
        hint: 'Publish the report of the build that wrote it, or rebuild the layers first.'
      })
    const hex = await fileSha256(entry.zipPath)
    if (size !== entry.zippedBytes || hex !== entry.sha256)
      throw new PublishError(
        'zip',
        `${layerLabel(entry)}: zip ${entry.zipPath} changed since the report was written (sha256 ${hex}, report says ${entry.sha256})`,
        { hint: 'Rebuild the layers so the report and the zips agree, then publish again.' }
      )
  }
}

export async function checkIdentity(clientsFor: ClientsFor, region: string): Promise<Identity> {
  try {
    const answer = await clientsFor(region).sts.send(new GetCallerIdentityCommand({}))
    const arn = answer.Arn ?? 'unknown caller'
    return {
      account: answer.Account ?? '',
      arn,
      partition: /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws'
    }
  } catch (error) {
    const { name, message } = awsError(error)
    if (name === 'CredentialsProviderError')
      throw new PublishError(
        'credentials',
        `no AWS credentials found (region ${region}): ${message}`,
        { hint: CREDENTIALS_HINT }
      )
    if (isCredentialError(error))
      throw new PublishError(
        'credentials',
        `AWS rejected the credentials (region ${region}): ${name}: ${message}`,
        {
          hint: `The access key is unknown, expired or mistyped. ${CREDENTIALS_HINT}`
        }
      )
    throw callFailed(
      `checking the AWS identity (STS GetCallerIdentity, region ${region})`,
      error,
      'Check the network and AWS_ENDPOINT_URL (if set) and that the region is enabled for the account.'
    )
  }
}

/** Resolves each publication's bucket and checks each (region, bucket) once. */
export async function checkBuckets(
  publications: Publication[],
  options: ResolvedOptions,
  identity: Identity,
  clientsFor: ClientsFor
): Promise<void> {
  const { bucketFor } = options
  if (!bucketFor) return
  const checked = new Set<string>()
  for (const publication of publications) {
    publication.bucket = bucketFor(publication.region, identity.account)
    const id = `${publication.region} ${publication.bucket}`
    if (checked.has(id)) continue
    checked.add(id)
    await checkBucket(clientsFor, publication.bucket, publication.region, identity, options)
  }
}

async function checkBucket(
  clientsFor: ClientsFor,
  bucket: string,
  region: string,
  identity: Identity,
  options: ResolvedOptions
): Promise<void> {
  const option = options.optionName('bucket')
  const inRegionHint =
    `Lambda reads layer zips only from a bucket in the layer's own region: create one in ${region} ` +
    `or point ${option} at one (a map region -> bucket, or a name template with {region}).`
  let found: string | undefined
  try {
    const answer = await clientsFor(region).s3.send(new HeadBucketCommand({ Bucket: bucket }))
    found = answer.BucketRegion
  } catch (error) {
    const { name, status } = awsError(error)
    if (isCredentialError(error))
      throw callFailed(`checking bucket ${bucket} (region ${region})`, error)
    if (name === 'NoSuchBucket' || isNotFound(error))
      throw new PublishError(
        'bucket-missing',
        `bucket ${bucket} does not exist (region ${region})`,
        {
          hint: `Create it (aws s3 mb s3://${bucket} --region ${region}) or fix ${option}; nothing was published.`
        }
      )
    if (
      status === 301 ||
      status === 307 ||
      name === 'PermanentRedirect' ||
      name === 'AuthorizationHeaderMalformed'
    )
      throw new PublishError('wrong-region', `bucket ${bucket} is not in region ${region}`, {
        hint: inRegionHint
      })
    if (isAccessDenied(error))
      throw new PublishError(
        'access-denied',
        `access to bucket ${bucket} denied for ${identity.arn} (region ${region})`,
        {
          hint:
            `Grant the role s3:ListBucket on arn:${identity.partition}:s3:::${bucket} and s3:GetObject, s3:PutObject ` +
            `on arn:${identity.partition}:s3:::${bucket}/${options.prefix ? `${options.prefix}/` : ''}*; ` +
            'if the bucket belongs to another account, its bucket policy must allow the role too.'
        }
      )
    throw callFailed(`checking bucket ${bucket} (S3 HeadBucket, region ${region})`, error)
  }
  if (found && found !== region)
    throw new PublishError(
      'wrong-region',
      `bucket ${bucket} is in region ${found}, not ${region} where the layer is published`,
      { hint: inRegionHint }
    )
}
