// The AWS SDK set every Lambda Python runtime ships on its sys.path (/var/runtime).

/** Distributions the Python runtimes provide (boto3 and its dependencies, and the runtime interface client). */
export const RUNTIME_PROVIDED = [
  'boto3',
  'botocore',
  's3transfer',
  'jmespath',
  'python-dateutil',
  'six',
  'urllib3',
  'awslambdaric'
] as const

/**
 * A consistent SDK set (boto3 1.40.0 pins botocore 1.40.x), close to what the Python runtimes
 * ship, for checks that need the set when neither the configuration nor a runtime image says
 * which versions the runtime has. The stand-in runtime image in CI carries the same set.
 */
export const DEFAULT_SDK_SET: Readonly<Record<string, string>> = {
  boto3: '1.40.0',
  botocore: '1.40.0',
  s3transfer: '0.13.1',
  jmespath: '1.0.1',
  'python-dateutil': '2.9.0.post0',
  six: '1.17.0',
  urllib3: '1.26.20'
}
