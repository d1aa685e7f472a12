// Image options (build-image, runtime-image): a valid image reference or a ConfigError naming the
// option, the value and the form expected.
import { ConfigError } from '../errors.js'
import { isImageReference } from '../lambda/image-ref.js'
import type { Where } from './values.js'

export function checkImage(image: string, where: Where): string {
  if (isImageReference(image)) return image
  throw new ConfigError(
    `${where.label}${where.file ? ' =' : ''} ${JSON.stringify(image)} is not a valid image name`,
    {
      file: where.file,
      line: where.line,
      hint: 'Use an image reference such as registry.example.com/team/image:tag (lowercase repository, optional :tag or @sha256:digest); {python}, {runtime} and {arch} are filled in.'
    }
  )
}
