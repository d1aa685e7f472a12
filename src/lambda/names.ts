// Lambda's rules for layer names and layer version descriptions.

const MAX_NAME = 64
export const MAX_DESCRIPTION = 256
const NAME = /^[A-Za-z0-9_-]+$/

/** Why `name` is not a valid Lambda layer name, or undefined. */
export function nameProblem(name: string): string | undefined {
  if (!NAME.test(name))
    return `"${name}" has characters Lambda does not allow in a layer name (allowed: letters, digits, - and _)`
  if (name.length > MAX_NAME)
    return `"${name}" is ${name.length} characters long; Lambda allows at most ${MAX_NAME}`
  return undefined
}
