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
