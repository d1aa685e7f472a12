// The AWS clients the Publish step talks through, one set per region: standard retries, the tool's
// user agent, credentials and endpoint from the SDK's standard chain (AWS_PROFILE, OIDC, AWS_ENDPOINT_URL).
import { LambdaClient } from '@aws-sdk/client-lambda'
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import { TOOL_NAME, VERSION } from '../version.js'

export interface AwsClients {
  s3: S3Client
  lambda: LambdaClient
  sts: STSClient
}

/** The clients for one region; the publish step receives this, so tests can hand in their own. */
export type ClientsFor = (region: string) => AwsClients

export interface ClientOptions {
  /** Attempts per call, first try included (SDK standard retry mode). Default 5. */
  maxAttempts?: number
  /** Only for tests and local emulators; by default the SDK reads AWS_ENDPOINT_URL itself. */
  endpoint?: string
  /** Only for tests; by default the SDK's credential chain. */
  credentials?: S3ClientConfig['credentials']
  /** Path-style S3 URLs (emulators on a plain host name). Default: on when AWS_ENDPOINT_URL(_S3) is set. */
  forcePathStyle?: boolean
}

export interface RegionalClients {
  clientsFor: ClientsFor
  /** Closes every client made so far (sockets of the keep-alive agents). */
  destroy(): void
}

const USER_AGENT = `${TOOL_NAME}/${VERSION}`
const DEFAULT_MAX_ATTEMPTS = 5

export function awsClients(options: ClientOptions = {}): RegionalClients {
  const made = new Map<string, AwsClients>()
  const common = (region: string) => ({
    region,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'standard',
    customUserAgent: USER_AGENT,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {})
  })
  return {
    clientsFor(region) {
      let clients = made.get(region)
      if (!clients) {
        clients = {
          s3: new S3Client({
            ...common(region),
            ...((options.forcePathStyle ?? customS3Endpoint()) ? { forcePathStyle: true } : {})
          }),
          lambda: new LambdaClient(common(region)),
          sts: new STSClient(common(region))
        }
        made.set(region, clients)
      }
      return clients
    },
    destroy() {
      for (const clients of made.values()) {
        clients.s3.destroy()
        clients.lambda.destroy()
        clients.sts.destroy()
      }
      made.clear()
    }
  }
}

/** A custom S3 endpoint (LocalStack, moto) answers on one host name: buckets go in the path. */
function customS3Endpoint(): boolean {
  return Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL)
}
