// What the Publish step did, as the report records it: per layer and region, published or
// unchanged, and each function pointed at the new versions.

export interface FunctionUpdate {
  name: string
  region: string
  functionArn: string
  status: 'updated' | 'unchanged'
  /** The function's layer version ARNs after the update, in order. */
  layers: string[]
}

export interface PublishedLayer {
  /** The layer's name in [tool.lambda-layer.layers]. */
  layer: string
  runtime: string
  architecture: string
  region: string
  /** The Lambda layer name. */
  layerName: string
  status: 'published' | 'unchanged'
  version: number
  versionArn: string
  /** base64 SHA-256 of the zip: the version's CodeSha256. */
  codeSha256: string
  /** The bucket and content-addressed key of the zip; absent when publishing without a bucket. */
  bucket?: string
  s3Key?: string
  /** Whether this run put the zip in S3 (false: it was there already, or not needed). */
  uploaded: boolean
  /** Statement IDs this run added to the version's policy. */
  granted: string[]
}

export interface PublishResult {
  account: string
  layers: PublishedLayer[]
  functions: FunctionUpdate[]
}
