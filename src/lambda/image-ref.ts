// The OCI image reference grammar (name[:tag][@digest]) as Docker reads it, so an image option
// can be checked before Docker sees it and a value like "--privileged" is never read as a flag.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?'
// As Docker reads it: a first part is a registry only with a dot, a port, or "localhost".
const DOMAIN = `(?:localhost(?::[0-9]+)?|${LABEL}(?:\\.${LABEL})+(?::[0-9]+)?|${LABEL}:[0-9]+)`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`
)

/** Sample values for the placeholders an image template may hold. */
const SAMPLE = { '{python}': '3.12', '{runtime}': 'python3.12', '{arch}': 'x86_64' }

/** True when `image` (placeholders filled in with sample values) is a valid image reference. */
export function isImageReference(image: string): boolean {
  let filled = image
  for (const [placeholder, value] of Object.entries(SAMPLE))
    filled = filled.replaceAll(placeholder, value)
  return filled.length <= 255 && REFERENCE.test(filled)
}
