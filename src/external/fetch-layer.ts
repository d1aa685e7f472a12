// Downloads a published layer version by ARN for `lambda-layer verify`: GetLayerVersion gives its
// runtimes, architectures, size, CodeSha256 and Content.Location (a presigned HTTPS URL on AWS);
// the zip is saved and checked against CodeSize and CodeSha256.
import { GetLayerVersionCommand } from '@aws-sdk/client-lambda'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { LayerError, errorMessage } from '../errors.js'
import type { ClientsFor } from '../publish/clients.js'

/** arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION (any partition). */
const LAYER_VERSION_ARN =
  /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+):(\d{12}):layer:([A-Za-z0-9_-]+):(\d+)$/

interface LayerVersionArn {
  arn: string
  region: string
  name: string
  version: number
}

export function parseLayerArn(text: string): LayerVersionArn | undefined {
  const match = LAYER_VERSION_ARN.exec(text)
  if (!match) return undefined
  return {
    arn: text,
    region: match[2] as string,
    name: match[4] as string,
    version: Number(match[5])
  }
}

interface FetchedLayer {
  zipPath: string
  runtimes: string[]
  architectures: string[]
  codeSha256: string
}

export async function fetchLayer(
  layer: LayerVersionArn,
  dir: string,
  clientsFor: ClientsFor
): Promise<FetchedLayer> {
  const { lambda, s3 } = clientsFor(layer.region)
  const fail = (what: string, hint: string) =>
    new LayerError(`layer version ${layer.arn}: ${what}`, { hint })
  let answer
  try {
    answer = await lambda.send(
      new GetLayerVersionCommand({ LayerName: layer.name, VersionNumber: layer.version })
    )
  } catch (error) {
    throw fail(
      `GetLayerVersion failed: ${errorMessage(error)}`,
      'Check the ARN and region, and that your credentials allow lambda:GetLayerVersion on it.'
    )
  }
  const location = answer.Content?.Location ?? ''
  let data: Buffer
  const s3Location = /^s3:\/\/([^/]+)\/(.+)$/.exec(location)
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location).catch((error: Error) => {
      throw fail(`download failed: ${error.message}`, 'Check the network path to S3.')
    })
    if (!response.ok) {
      throw fail(
        `download of Content.Location answered HTTP ${response.status}`,
        'The presigned URL is valid for 10 minutes: run the command again.'
      )
    }
    data = Buffer.from(await response.arrayBuffer())
  } else if (s3Location) {
    const object = await s3.send(
      new GetObjectCommand({ Bucket: s3Location[1], Key: s3Location[2] })
    )
    data = Buffer.from((await object.Body?.transformToByteArray()) ?? [])
  } else {
    throw fail(
      `GetLayerVersion gave no download location (Content.Location ${JSON.stringify(location)})`,
      'AWS gives a presigned HTTPS URL here; some emulators do not. Download the zip another way and pass its path to `lambda-layer verify`.'
    )
  }
  const sha = createHash('sha256').update(data).digest('base64')
  if (answer.Content?.CodeSha256 && sha !== answer.Content.CodeSha256) {
    throw fail(
      `the downloaded zip (${data.length} bytes, CodeSha256 ${sha}) does not match the layer's CodeSha256 ${answer.Content.CodeSha256}`,
      'The download was cut short or altered: run the command again.'
    )
  }
  const zipPath = path.join(dir, `${layer.name}-${layer.version}.zip`)
  await writeFile(zipPath, data)
  return {
    zipPath,
    runtimes: answer.CompatibleRuntimes ?? [],
    architectures: answer.CompatibleArchitectures ?? [],
    codeSha256: sha
  }
}
