// The C++ runtime check: a shared object needing a GLIBCXX_ version newer than the runtime's
// libstdc++ fails Verify naming file and package (table figures without Docker, the image's own
// libstdc++ with it), and the runtime's loader really refuses it; runtime-info shows libstdc++.
import { execFileSync } from 'node:child_process'
import { parseCli } from '../src/cli/args.js'
import { runtimeInfoCommand } from '../src/cli/runtime-info.js'
import { VerifyError } from '../src/errors.js'
import type { LayerTarget } from '../src/plan/plan.js'
import { createDocker } from '../src/system/docker.js'
import { silentLogger } from '../src/system/log.js'
import { runProcess } from '../src/system/process.js'
import { LIBSTDCXX_BY_OS } from '../src/lambda/libstdcxx.js'
import { cxxTooNew } from '../src/verify/cxx-runtime.js'
import { checkElf } from '../src/verify/elf-check.js'
import { indexLayer } from '../src/verify/layer-index.js'
import { DEFAULT_VERIFY } from '../src/config/verify-options.js'
import { verifyLayer } from '../src/verify/verify.js'
import { useScratch } from '../__fixtures__/projects.js'
import {
  futureCxxObject,
  layerZip,
  loadsLibrary,
  plainCxxObject
} from '../__fixtures__/layer-zip.js'
import { dockerEngine, RUNTIME_IMAGE } from './helpers/docker.js'
import { rejection } from '../__fixtures__/typed.js'

const withDocker = dockerEngine() ? describe : describe.skip
const scratch = useScratch()
const FUTURE = 'python/cxxpkg/_native.so'

const target: LayerTarget = {
  layer: { name: 'cxx', extras: [], dependencies: true, includeProject: false },
  runtime: 'python3.11',
  architecture: 'x86_64',
  id: 'cxx-python3.11-x86_64',
  sitePackages: 'python'
}

let zipPath: string
beforeAll(async () => {
  const dir = await scratch.folder()
  zipPath = await layerZip(dir, {
    cxxpkg: {
      'cxxpkg/__init__.py': loadsLibrary('_native.so'),
      'cxxpkg/_native.so': await futureCxxObject(dir)
    },
    plainpkg: { 'plainpkg/__init__.py': '', 'plainpkg/_plain.so': await plainCxxObject(dir) }
  })
})

describe('the C++ runtime check against the table of Lambda runtimes', () => {
  it('fails the object needing GLIBCXX_3.4.99, naming file, package, symbol and the limit with its source', async () => {
    const report = await checkElf(
      zipPath,
      await indexLayer(zipPath, 'python'),
      'python3.11',
      'x86_64'
    )
    expect(report.problems).toEqual([
      `${FUTURE} (package cxxpkg 1.0) needs GLIBCXX_3.4.99 (lambda_layer_future) from libstdc++.so.6, but python3.11's libstdc++ provides up to GLIBCXX_3.4.24 and CXXABI_1.3.11 (${LIBSTDCXX_BY_OS['Amazon Linux 2']!.source})`
    ])
    // g++'s std::string object needs GLIBCXX_3.4.21 and CXXABI_1.3.9: within Amazon Linux 2's.
    expect(report.newestCxx).toEqual(['GLIBCXX_3.4.99', 'CXXABI_1.3.9'])
    const al2023 = await checkElf(
      zipPath,
      await indexLayer(zipPath, 'python'),
      'python3.13',
      'x86_64'
    )
    expect(al2023.problems[0]).toContain(
      'provides up to GLIBCXX_3.4.29 and CXXABI_1.3.13 (Amazon Linux 2023'
    )
  })

  it('leaves needs of a vendored, renamed libstdc++ to that copy', () => {
    const need = (library: string) => ({ library, version: 'GLIBCXX_3.4.32', symbols: [] })
    const limits = LIBSTDCXX_BY_OS['Amazon Linux 2']!
    expect(cxxTooNew([need('libstdc++-6e2c1a.so.6.0.32')], limits)).toEqual([])
    expect(cxxTooNew([need('libstdc++.so.6')], limits)).toHaveLength(1)
  })
})

withDocker('the C++ runtime check against the runtime image', () => {
  it("reads the image's libstdc++ and fails the object; importing it in the image fails the same way", async () => {
    const libstdcxx = execFileSync(
      'docker',
      [
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        'readlink',
        RUNTIME_IMAGE,
        '-f',
        '/usr/lib/x86_64-linux-gnu/libstdc++.so.6'
      ],
      { env: { ...process.env } }
    )
      .toString()
      .trim()
    const error = await rejection(
      verifyLayer(zipPath, target, {
        docker: createDocker(runProcess, silentLogger),
        run: runProcess,
        log: silentLogger,
        options: { ...DEFAULT_VERIFY, checks: ['elf', 'imports'] },
        runtimeImage: RUNTIME_IMAGE,
        imageRequired: true,
        runtimeVersions: {},
        projectDir: '/nonexistent',
        workDir: await scratch.folder()
      }),
      VerifyError
    )
    expect(error).toBeInstanceOf(VerifyError)
    expect(error.problems).toEqual([
      `${FUTURE} (package cxxpkg 1.0) needs GLIBCXX_3.4.99 (lambda_layer_future) from libstdc++.so.6, but python3.11's libstdc++ provides up to GLIBCXX_3.4.30 and CXXABI_1.3.13 (${libstdcxx} in ${RUNTIME_IMAGE})`,
      expect.stringMatching(
        /^import cxxpkg fails in lambda-layer-test\/python:3\.11: OSError: .*version `GLIBCXX_3\.4\.99' not found \(required by \/opt\/python\/cxxpkg\/_native\.so\)$/
      )
    ])
  })

  it('runtime-info prints the libstdc++ versions of the image', async () => {
    const text = await runtimeInfoCommand(
      parseCli(['runtime-info', '--runtime', 'python3.11', '--runtime-image', RUNTIME_IMAGE]),
      { run: runProcess, log: silentLogger }
    )
    expect(text).toMatch(
      /\nlibstdc\+\+: +GLIBCXX_3\.4\.30, CXXABI_1\.3\.13 \(\/usr\/lib\/x86_64-linux-gnu\/libstdc\+\+\.so\.6\.0\.30\)\n/
    )
  })
})
