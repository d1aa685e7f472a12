// Running a runtime image of the other architecture: an x86_64 engine runs arm64 images through
// QEMU user emulation (and the reverse), slower, so the import check allows more time there.
import { dockerArch } from '../lambda/images.js'
import type { Architecture } from '../lambda/runtimes.js'

/** Per-module import time limits, in seconds: native, and under emulation (several times slower). */
export const IMPORT_TIME_LIMIT = { native: 120, emulated: 600 } as const

/** True when the engine's architecture (Docker's name: amd64, arm64) is not the target's. */
export function isEmulated(engineArch: string, architecture: Architecture): boolean {
  return engineArch !== dockerArch(architecture)
}

/** The engine could not start the image's programs: no emulator is registered for them. */
export function isExecFormatError(message: string): boolean {
  return /exec format error/i.test(message)
}

/** Why the import check cannot run, and how to make emulation available. */
export function emulationMissing(engineArch: string, architecture: Architecture): string {
  const platform = `linux/${dockerArch(architecture)}`
  return (
    `the Docker engine runs ${engineArch} and cannot run ${platform} programs: no QEMU emulation is registered. ` +
    `Enable it with \`docker run --privileged --rm tonistiigi/binfmt --install ${dockerArch(architecture)}\` ` +
    `or, on Debian/Ubuntu, \`apt-get install qemu-user-static binfmt-support\`; ` +
    `on GitHub Actions add the step \`uses: docker/setup-qemu-action@v3\`` +
    (architecture === 'arm64' ? ' or run the job on an ubuntu-24.04-arm runner' : '')
  )
}
