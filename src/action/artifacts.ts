// Uploads the zips and the JSON report as workflow artifacts (@actions/artifact), with names
// unique across a matrix. A failed upload fails the step, naming the artifact.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { LayerError, errorMessage } from '../errors.js'
import type { Report } from '../report/report.js'

/** The upload seam: @actions/artifact in the action. */
interface ArtifactService {
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    retentionDays?: number
  ): Promise<void>
}

export const githubArtifacts: ArtifactService = {
  async upload(name, files, rootDirectory, retentionDays) {
    await new DefaultArtifactClient().uploadArtifact(
      name,
      files,
      rootDirectory,
      retentionDays ? { retentionDays } : {}
    )
  }
}

interface UploadedArtifact {
  name: string
  files: string[]
}

/** The report's artifact name: project, version and what this job built, so matrix jobs differ. */
function reportArtifactName(report: Report): string {
  const unique = (values: string[]) => [...new Set(values)].join('+')
  const parts = [
    `${report.project.name}-${report.project.version}-report`,
    unique(report.layers.map(l => l.layer)),
    unique(report.layers.map(l => l.runtime)),
    unique(report.layers.map(l => l.architecture))
  ]
  const name = parts.join('-')
  return name.length <= 200
    ? name
    : `${parts[0]}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`
}

/** One artifact per zip (named after the zip, which is unique) and one for the report. */
export async function uploadArtifacts(
  report: Report,
  reportPath: string,
  service: ArtifactService,
  retentionDays?: number
): Promise<UploadedArtifact[]> {
  const uploads: UploadedArtifact[] = [
    ...report.layers.map(layer => ({ name: layer.fileName, files: [layer.zipPath] })),
    { name: reportArtifactName(report), files: [reportPath] }
  ]
  for (const upload of uploads) {
    try {
      await service.upload(
        upload.name,
        upload.files,
        path.dirname(upload.files[0] as string),
        retentionDays
      )
    } catch (error) {
      throw new LayerError(`uploading artifact ${upload.name} failed: ${errorMessage(error)}`, {
        hint: 'The runner artifact service must be reachable (ACTIONS_RUNTIME_TOKEN); set upload-artifacts: false to skip artifacts.'
      })
    }
  }
  return uploads
}
