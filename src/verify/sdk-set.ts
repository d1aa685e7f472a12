// The runtime's AWS SDK set on the host, for the host import check: the versions the user declares
// (runtime-package-versions), else those the runtime image reports, else a pinned default,
// installed once into a cached folder that the check puts after the layer, as Lambda does.
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ToolError } from '../errors.js'
import { DEFAULT_SDK_SET, RUNTIME_PROVIDED } from '../lambda/sdk.js'
import { placeFolder } from '../system/atomic.js'
import { exists } from '../system/exists.js'
import { tail, type Runner } from '../system/process.js'

interface SdkSet {
  /** Folder holding the installed set (goes on sys.path after the layer). */
  dir: string
  /** Where the versions came from. */
  source: 'config' | 'image' | 'default'
  /** Requirements installed: name==version, or bare names resolved by their dependencies. */
  requirements: string[]
}

/** The SDK set's requirements from the declared or reported versions, else the default. */
export function sdkRequirements(
  declared: Record<string, string>,
  reported: Record<string, string> = {}
): Pick<SdkSet, 'source' | 'requirements'> & { resolve: boolean } {
  const members: string[] = RUNTIME_PROVIDED.filter(name => name !== 'awslambdaric')
  const pick = (versions: Record<string, string>) =>
    members.filter(name => versions[name]).map(name => `${name}==${versions[name]}`)
  const fromConfig = pick(declared)
  // Declared versions may name only part of the set: boto3 brings the rest, resolved against them.
  if (fromConfig.length)
    return {
      source: 'config',
      requirements: declared.boto3 ? fromConfig : [...fromConfig, 'boto3'],
      resolve: true
    }
  const fromImage = pick(reported)
  if (fromImage.length) return { source: 'image', requirements: fromImage, resolve: true }
  return { source: 'default', requirements: pick(DEFAULT_SDK_SET), resolve: false }
}

const installs = new Map<string, Promise<void>>()

/**
 * Installs the set with pip (run by `python`, any Python with pip: the SDK set is pure Python and
 * pip picks versions for `pythonVersion`) into `cacheDir/python<X.Y>-<hash of the requirements>`,
 * once per machine; concurrent builds each install into a private folder and rename it into place.
 */
export async function sdkSetFolder(
  run: Runner,
  python: string,
  pythonVersion: string,
  cacheDir: string,
  declared: Record<string, string>,
  reported?: Record<string, string>
): Promise<SdkSet> {
  const { source, requirements, resolve } = sdkRequirements(declared, reported)
  const key = createHash('sha256').update(JSON.stringify(requirements)).digest('hex').slice(0, 16)
  const dir = path.join(cacheDir, `python${pythonVersion}-${key}`)
  let install = installs.get(dir)
  if (!install) {
    install = installOnce(run, python, pythonVersion, dir, requirements, resolve)
    installs.set(dir, install)
    install.catch(() => installs.delete(dir))
  }
  await install
  return { dir, source, requirements }
}

async function installOnce(
  run: Runner,
  python: string,
  pythonVersion: string,
  dir: string,
  requirements: string[],
  resolve: boolean
): Promise<void> {
  if (await complete(dir)) return
  await placeFolder(
    dir,
    async partial => {
      const result = await run(python, [
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        '--no-compile',
        '--only-binary',
        ':all:',
        '--python-version',
        pythonVersion,
        ...(resolve ? [] : ['--no-deps']),
        '--target',
        partial,
        ...requirements
      ])
      if (result.code !== 0) {
        throw new ToolError(
          `could not install the runtime's SDK set (${requirements.join(' ')}) for the host import check:\n${tail(result.stderr, 6)}`,
          {
            hint: 'Check that the package index is reachable, and that runtime-package-versions names versions that exist.'
          }
        )
      }
      await mkdir(partial, { recursive: true })
      await writeFile(path.join(partial, '.complete'), '')
    },
    // Another build may have put the same set in place meanwhile: theirs is as good.
    complete
  )
}

const complete = (dir: string) => exists(path.join(dir, '.complete'))
