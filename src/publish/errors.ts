// Publish failures: what went wrong, where (layer, region, bucket) and what to do, plus a reason
// code the CLI, the action and the tests can branch on.
import { LayerError, type ErrorDetails } from '../errors.js'

export type PublishFailure =
  | 'credentials'
  | 'access-denied'
  | 'bucket-missing'
  | 'wrong-region'
  | 'too-large'
  | 'zip'
  | 'function'
  | 'aws'
  | 'failed-targets'

/** A publish check failed, or an AWS call failed while publishing. */
export class PublishError extends LayerError {
  constructor(
    readonly reason: PublishFailure,
    message: string,
    details: ErrorDetails = {}
  ) {
    super(message, details)
  }
}

/** The fields of an AWS SDK v3 error that decisions are made on. */
export interface AwsErrorShape {
  name: string
  message: string
  status?: number
}

export function awsError(error: unknown): AwsErrorShape {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const metadata = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
  return { name: error.name, message: error.message, status: metadata?.httpStatusCode }
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidAccessKeyId',
  'InvalidToken',
  'TokenRefreshRequired'
])

export function isCredentialError(error: unknown): boolean {
  return CREDENTIAL_ERRORS.has(awsError(error).name)
}

/** Error names and the HTTP status by which AWS says "access denied" and "not found". */
const ACCESS_DENIED = {
  names: new Set(['AccessDenied', 'AccessDeniedException', 'Forbidden']),
  status: 403
}
const NOT_FOUND = {
  names: new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchKey', 'NoSuchBucket']),
  status: 404
}

/** True when the error has one of the names, or the status. */
function isKind(error: unknown, kind: { names: Set<string>; status: number }): boolean {
  const { name, status } = awsError(error)
  return kind.names.has(name) || status === kind.status
}

/** Access denied; a 403 that is a credentials problem (an expired token) is not. */
export function isAccessDenied(error: unknown): boolean {
  return isKind(error, ACCESS_DENIED) && !isCredentialError(error)
}

export function isNotFound(error: unknown): boolean {
  return isKind(error, NOT_FOUND)
}

export const CREDENTIALS_HINT =
  'Provide AWS credentials through the standard chain: in GitHub Actions run ' +
  'aws-actions/configure-aws-credentials (OIDC role) before this step; locally set AWS_PROFILE ' +
  'or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.'

const POLICY_HINT =
  "Grant the publishing role the actions in the README's minimal IAM policy " +
  '(s3:ListBucket, s3:GetObject, s3:PutObject on the bucket; lambda:ListLayerVersions, ' +
  'lambda:GetLayerVersion, lambda:PublishLayerVersion, lambda:AddLayerVersionPermission, ' +
  'lambda:GetLayerVersionPolicy; lambda:GetFunction*, lambda:UpdateFunctionConfiguration for functions).'

/**
 * Wraps an unexpected AWS failure of one call with where it happened; credential and
 * access-denied failures get their own reason. `hint` replaces the default advice.
 */
export function callFailed(what: string, error: unknown, hint?: string): PublishError {
  if (error instanceof PublishError) return error
  const { name, message } = awsError(error)
  const text = `${what} failed: ${name}: ${message}`
  if (isCredentialError(error))
    return new PublishError('credentials', text, { hint: CREDENTIALS_HINT })
  if (isAccessDenied(error))
    return new PublishError('access-denied', text, { hint: hint ?? POLICY_HINT })
  return new PublishError('aws', text, {
    hint:
      hint ??
      'Rerun the publish: objects already uploaded are reused and no duplicate layer version is created.'
  })
}
