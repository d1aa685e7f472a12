// The builder seam: how a layer's requirements become an installed site-packages folder.
// "native" installs cross-platform wheels on the host, "docker" pip in the build image, "auto" both.
import type { Installer } from '../config/schema.js'
import type { LayerTarget } from '../plan/plan.js'
import type { Requirements } from '../project/requirements.js'

export interface BuildRequest {
  target: LayerTarget
  requirements: Requirements
  /** The project's own wheel, when the layer includes the project. */
  projectWheel?: string
  /** Empty folder to install into (the layer's site-packages). */
  siteDir: string
  /** Scratch folder for this target (requirement files, logs). */
  workDir: string
}

export interface BuildOutcome {
  builder: string
  installer: Installer
  /** Builder "auto" fell back to Docker: the packages with no compatible wheel that forced it. */
  fallback?: { packages: string[] }
}

export type Builder = (request: BuildRequest) => Promise<BuildOutcome>
