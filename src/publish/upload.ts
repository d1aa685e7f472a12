// Puts a zip in S3 at a content-addressed key, once: an object already at the key (same size and
// hash) is reused, so a rerun after a failure uploads nothing. Large zips go up in parts.
import { createReadStream } from 'node:fs'
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { callFailed, isNotFound } from './errors.js'

/** Object metadata key holding the zip's SHA-256 (hex): x-amz-meta-sha256. */
const HASH_METADATA = 'sha256'

/** "{prefix}/{layer}/{sha256-hex}.zip" */
export function contentKey(prefix: string, layerName: string, sha256: string): string {
  return [prefix, layerName, `${sha256}.zip`].filter(Boolean).join('/')
}

export interface UploadRequest {
  bucket: string
  key: string
  zipPath: string
  /** hex */
  sha256: string
  size: number
  partBytes: number
  /** For messages: "layer base (python3.12 x86_64) in eu-west-1". */
  where: string
}

/** Uploads unless the object is already there; returns whether it uploaded. */
export async function ensureObject(s3: S3Client, request: UploadRequest): Promise<boolean> {
  const { bucket, key, where } = request
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    if (head.ContentLength === request.size && head.Metadata?.[HASH_METADATA] === request.sha256)
      return false
  } catch (error) {
    if (!isNotFound(error))
      throw callFailed(
        `${where}: looking for s3://${bucket}/${key} (S3 HeadObject)`,
        error,
        'Without s3:ListBucket, S3 answers 403 for a missing object: grant it on the bucket.'
      )
  }
  try {
    const upload = new Upload({
      client: s3,
      params: {
        Bucket: bucket,
        Key: key,
        Body: createReadStream(request.zipPath),
        ContentType: 'application/zip',
        Metadata: { [HASH_METADATA]: request.sha256 }
      },
      partSize: request.partBytes,
      queueSize: 4,
      leavePartsOnError: false
    })
    await upload.done()
    return true
  } catch (error) {
    throw callFailed(`${where}: uploading ${request.zipPath} to s3://${bucket}/${key}`, error)
  }
}
