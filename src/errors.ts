// Typed errors: every failure a user can act on says what went wrong, where, and what to do.

export interface ErrorDetails {
  /** What to do about it. */
  hint?: string
  /** The file at fault (absolute or relative to the project), for annotations. */
  file?: string
  /** 1-based line in `file`, when known. */
  line?: number
}

/** Base class: an expected failure whose message is meant for the user. */
export class LayerError extends Error {
  readonly hint?: string
  readonly file?: string
  readonly line?: number

  constructor(message: string, details: ErrorDetails = {}) {
    super(message)
    this.name = new.target.name
    this.hint = details.hint
    this.file = details.file
    this.line = details.line
  }
}

/** A configuration key, CLI flag or action input with a bad value. */
export class ConfigError extends LayerError {}

/** The Python project cannot be read or exported (pyproject.toml, lock files, extras). */
export class ProjectError extends LayerError {}

/** A layer could not be installed or packaged. */
export class BuildError extends LayerError {}

/** Required packages have no wheel for the target runtime and architecture. */
export class NoWheelError extends BuildError {
  constructor(
    readonly packages: { name: string; version?: string }[],
    readonly runtime: string,
    readonly architecture: string,
    layer: string,
    /** One line per package: why it has no wheel and the newest version that has one. */
    readonly reasons: string[] = []
  ) {
    const list = packages.map(p => (p.version ? `${p.name}==${p.version}` : p.name)).join(', ')
    super(
      reasons.length
        ? `${layerLabel({ layer, runtime, architecture })}: ${packages.length} ${packages.length === 1 ? 'package has' : 'packages have'} no compatible wheel:\n  - ${reasons.join('\n  - ')}`
        : `layer ${layer}: no compatible wheel of ${list} for ${runtime} ${architecture}`,
      {
        hint:
          'Pin the versions named above (they publish manylinux wheels for this runtime and architecture), ' +
          'or build this layer in the Lambda build image (builder "docker", or "auto" with a Docker engine).'
      }
    )
  }
}

/** The package index could not be asked (network, DNS, TLS, credentials): not a missing wheel. */
export class NetworkError extends BuildError {}

/** The Docker engine, an image, or a container could not do what a build or check needed. */
export class DockerError extends LayerError {}

/** A built layer failed a Verify check (imports, ELF, SDK shadowing, the project's tests). */
export class VerifyError extends LayerError {
  constructor(
    readonly layer: string,
    readonly problems: string[],
    details: ErrorDetails = {}
  ) {
    super(`layer ${layer} failed verification:\n  ${problems.join('\n  ')}`, details)
  }
}

/**
 * The build ran to its end and wrote the report, but failed: a target failed, or a layer or
 * combination is over Lambda's limit. The report travels with the error so the CLI and the action
 * still show the table, write the job summary and set the outputs before failing.
 */
export class BuildFailedError<R = unknown> extends LayerError {
  constructor(
    message: string,
    readonly report: R,
    readonly reportPath: string,
    details: ErrorDetails = {}
  ) {
    super(message, details)
  }
}

/** A layer, or a combination of layers, is over Lambda's unzipped size limit. */
export class SizeLimitError<R = unknown> extends BuildFailedError<R> {
  constructor(
    readonly problems: string[],
    report: R,
    reportPath: string,
    pyprojectPath: string
  ) {
    super(`over Lambda's unzipped size limit:\n  ${problems.join('\n  ')}`, report, reportPath, {
      file: pyprojectPath,
      hint: `Nothing was published. Split the layer, drop dependencies, or check what is large in ${reportPath}.`
    })
  }
}

/** An external tool (python, uv, poetry, pip) is missing or failed. */
export class ToolError extends LayerError {}

/** A layer × runtime × architecture as messages name it: "layer base (python3.12 x86_64)"; in
 * the short form of table rows and lists: "base python3.12 x86_64". */
export function layerLabel(
  of: { layer: string | { name: string }; runtime: string; architecture: string },
  form: 'message' | 'short' = 'message'
): string {
  const layer = typeof of.layer === 'string' ? of.layer : of.layer.name
  return form === 'short'
    ? `${layer} ${of.runtime} ${of.architecture}`
    : `layer ${layer} (${of.runtime} ${of.architecture})`
}

/** A combination of layers as messages name it: "combination api (base + web, python3.12 x86_64)". */
export function combinationLabel(of: {
  name: string
  layers: string[]
  runtime: string
  architecture: string
}): string {
  return `combination ${of.name} (${of.layers.join(' + ')}, ${of.runtime} ${of.architecture})`
}

/** The message of a caught error, or the thrown value as text: what a message quotes. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** One-line rendering used by the CLI and the action: message, location and hint. */
export function describeError(error: unknown): string {
  if (!(error instanceof LayerError)) {
    // No stack trace for users; the message and a way to report it.
    return `${errorMessage(error)}\n  hint: this is unexpected; run again with -v and report it with that output.`
  }
  const where = error.file ? ` (${error.file}${error.line ? `:${error.line}` : ''})` : ''
  return `${error.message}${where}${error.hint ? `\n  hint: ${error.hint}` : ''}`
}
