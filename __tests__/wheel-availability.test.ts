// The wheel decision before installing: markers and tags for a Lambda target, the real PyPI
// simple API, a local PEP 503 HTML index, and an unreachable index told apart from a missing wheel.
import { createServer, type Server } from 'node:http'
import { checkAvailability, pinnedFor } from '../src/build/wheels/availability.js'
import { compareVersions } from '../src/system/versions.js'
import { createIndexClient, IndexUnreachable } from '../src/build/wheels/index-client.js'
import { indexLocations } from '../src/build/wheels/index-locations.js'
import { evaluateMarker, targetEnvironment } from '../src/build/wheels/markers.js'
import { fitsPython, parseWheelName, platformNeed, targetTags } from '../src/build/wheels/tags.js'
import { freePort } from '../__fixtures__/net.js'
import { rejection } from '../__fixtures__/typed.js'

const pypi = createIndexClient({ indexes: ['https://pypi.org/simple'], findLinks: [] })

describe('markers for a Lambda target', () => {
  const env = targetEnvironment('python3.11', 'arm64')
  it.each([
    ['python_version >= "3.9" and python_version < "4.0"', true],
    ["python_full_version < '3.12'", true],
    ['python_version >= "3.12"', false],
    ['sys_platform == "win32"', false],
    ['platform_machine == "aarch64" or platform_machine == "arm64"', true],
    ['(platform_machine == "x86_64") and python_version < "3.13"', false],
    ['platform_python_implementation != "PyPy" and sys_platform != "darwin"', true],
    ['python_version ~= "3.10"', true],
    ['"linux" in sys_platform', true]
  ])('%s -> %s', (marker, expected) => {
    expect(evaluateMarker(marker, env)).toBe(expected)
  })

  it('keeps only the pins whose markers hold, as poetry export writes them', () => {
    const lines = [
      'numpy==2.4.6 ; python_version >= "3.11" and python_version < "4.0"',
      'colorama==0.4.6 ; python_version >= "3.9" and sys_platform == "win32"',
      'tomli==2.0.1 ; python_version < "3.11"',
      'pandas[performance]==2.3.3 ; python_version >= "3.9"',
      '--extra-index-url https://example.invalid/simple',
      'requests>=2'
    ]
    expect(pinnedFor(lines, 'python3.11', 'x86_64')).toEqual([
      { name: 'numpy', version: '2.4.6' },
      { name: 'pandas', version: '2.3.3' }
    ])
  })
})

describe('wheel tags', () => {
  const al2 = targetTags('python3.11', 'x86_64')
  it.each([
    ['pandas-2.3.3-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl', 24],
    ['numpy-2.4.6-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl', undefined],
    ['numpy-2.2.6-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 17],
    ['cryptography-46.0.0-cp38-abi3-manylinux_2_17_x86_64.whl', 17],
    ['six-1.17.0-py2.py3-none-any.whl', 0],
    ['numpy-2.2.6-cp311-cp311-manylinux_2_17_aarch64.whl', undefined],
    ['numpy-2.2.6-cp312-cp312-manylinux_2_17_x86_64.whl', undefined],
    ['x-1.0-cp311-cp311-musllinux_1_2_x86_64.whl', undefined]
  ])('%s needs glibc 2.%s on python3.11 x86_64', (file, need) => {
    const wheel = parseWheelName(file)!
    const fits = fitsPython(wheel, al2) ? platformNeed(wheel, al2) : undefined
    expect(fits).toBe(need)
  })

  it('orders versions as PEP 440 does', () => {
    const sorted = ['1.0rc1', '1.0', '1.0.post1', '0.9', '1.0.dev1', '1.10', '1.2'].sort(
      compareVersions
    )
    expect(sorted).toEqual(['0.9', '1.0.dev1', '1.0rc1', '1.0', '1.0.post1', '1.2', '1.10'])
  })
})

describe('the decision against PyPI', () => {
  it('names every blocker with the newest version that has a compatible wheel', async () => {
    const pins = [
      { name: 'numpy', version: '2.4.6' },
      { name: 'docopt', version: '0.6.2' },
      { name: 'idna', version: '3.7' },
      { name: 'pandas', version: '2.3.3' }
    ]
    const result = await checkAvailability(pins, 'python3.11', 'x86_64', pypi)
    expect(result.blockers.map(b => b.reason)).toEqual([
      'docopt 0.6.2 publishes only a source distribution; docopt publishes no x86_64 wheel at any version',
      'numpy 2.4.6 publishes only manylinux_2_27+ wheels for cp311 x86_64 — python3.11 runs on glibc 2.26; numpy 2.2.6 is the newest with a compatible wheel'
    ])
    // pandas 2.3.3 ships manylinux_2_24 wheels for cp311: loadable on glibc 2.26, beyond uv's 2_17.
    expect(result.beyondUv).toEqual([{ name: 'pandas', version: '2.3.3' }])
    expect(result.unknown).toEqual([])
  }, 60_000)

  it('accepts a pure wheel on any architecture and reports a project no index knows', async () => {
    const result = await checkAvailability(
      [
        { name: 'pywin32-ctypes', version: '0.2.3' },
        { name: 'no-such-package-lambda-layer-test', version: '1.0' }
      ],
      'python3.12',
      'arm64',
      pypi
    )
    expect(result.blockers).toEqual([])
    expect(result.unknown).toEqual([{ name: 'no-such-package-lambda-layer-test', version: '1.0' }])
  }, 60_000)
})

describe('a local HTML simple index (PEP 503)', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    const port = await freePort()
    server = createServer((req, res) => {
      if (req.url === '/simple/nativepkg/') {
        res.setHeader('content-type', 'text/html')
        res.end(`<html><body>
<a href="/files/nativepkg-1.0.tar.gz#sha256=00">nativepkg-1.0.tar.gz</a>
<a href="/files/nativepkg-1.0-cp311-cp311-manylinux_2_17_x86_64.whl">nativepkg-1.0-cp311-cp311-manylinux_2_17_x86_64.whl</a>
<a href="/files/nativepkg-2.0-cp311-cp311-manylinux_2_28_x86_64.whl" data-requires-python="&gt;=3.10">nativepkg-2.0-cp311-cp311-manylinux_2_28_x86_64.whl</a>
</body></html>`)
      } else {
        res.statusCode = 404
        res.end('not found')
      }
    })
    await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${port}/simple`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it('reads the index the installer is configured with', async () => {
    const where = await indexLocations('uv', { UV_DEFAULT_INDEX: base }, [])
    expect(where).toEqual({ indexes: [base], findLinks: [] })
    const result = await checkAvailability(
      pinnedFor(['NativePkg==2.0'], 'python3.11', 'x86_64'),
      'python3.11',
      'x86_64',
      createIndexClient(where!)
    )
    expect(result.blockers.map(b => b.reason)).toEqual([
      'nativepkg 2.0 publishes only manylinux_2_28+ wheels for cp311 x86_64 — python3.11 runs on glibc 2.26; nativepkg 1.0 is the newest with a compatible wheel'
    ])
  })

  it('tells an unreachable index from a missing wheel', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/simple`
    const where = await indexLocations('pip', { PIP_INDEX_URL: closed, HOME: '/nonexistent' }, [])
    const client = createIndexClient(where!, { attempts: 1 })
    const error = await rejection(
      checkAvailability([{ name: 'numpy', version: '2.2.6' }], 'python3.11', 'x86_64', client),
      IndexUnreachable
    )
    expect(error).toBeInstanceOf(IndexUnreachable)
    expect(error.message).toMatch(
      /^could not read http:\/\/127\.0\.0\.1:\d+\/simple\/numpy\/: ECONNREFUSED/
    )
  })

  it('keeps credentials out of its messages', async () => {
    const closed = `http://user:s3cret@127.0.0.1:${await freePort()}/simple`
    const client = createIndexClient({ indexes: [closed], findLinks: [] }, { attempts: 1 })
    const error = await rejection(client.files('numpy'), IndexUnreachable)
    expect(error.message).toContain('http://***@127.0.0.1')
    expect(error.message).not.toContain('s3cret')
  })
})
