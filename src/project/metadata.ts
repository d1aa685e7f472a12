// Checks the project's name (PEP 508) and version (PEP 440) before they are used anywhere, so
// every file name built from them is a plain name: no separators, no "..", no newlines.
import { ConfigError } from '../errors.js'

const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i

const VERSION = new RegExp(
  '^v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*' +
    '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?' +
    '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?' +
    '(?:[-_.]?dev[-_.]?[0-9]*)?' +
    '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$',
  'i'
)

interface MetadataSource {
  file: string
  line?: number
  /** Where the value came from, e.g. "[project] name". */
  label: string
}

/** The name when it is a valid PEP 508 distribution name; a ConfigError otherwise. */
export function checkProjectName(name: string, where: MetadataSource): string {
  if (NAME.test(name)) return name
  throw new ConfigError(
    `${where.label} ${JSON.stringify(name)} is not a valid Python project name`,
    {
      file: where.file,
      line: where.line,
      hint: 'Use letters, digits, ".", "-" and "_", starting and ending with a letter or digit (PEP 508).'
    }
  )
}

/** The version when it is a valid PEP 440 version; a ConfigError otherwise. */
export function checkProjectVersion(version: string, where: MetadataSource): string {
  if (VERSION.test(version)) return version
  throw new ConfigError(`${where.label} ${JSON.stringify(version)} is not a valid version`, {
    file: where.file,
    line: where.line,
    hint: 'Use a PEP 440 version such as 1.2.3, 2.0rc1 or 1.0.post1.'
  })
}
