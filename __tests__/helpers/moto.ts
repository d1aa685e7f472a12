// A real moto server (S3, Lambda, STS, IAM on 127.0.0.1) for the publish tests, started and stopped
// by the test file, plus the real zips and reports the tests publish and the call counters they read.
import { freePort } from '../../__fixtures__/net.js'
import { CI_CACHE, missingService } from '../../__fixtures__/services.js'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { IAMClient } from '@aws-sdk/client-iam'
import { CreateBucketCommand, type BucketLocationConstraint } from '@aws-sdk/client-s3'
import yazl from 'yazl'
import { awsClients, type AwsClients, type RegionalClients } from '../../src/publish/clients.js'
import { REPORT_VERSION, type LayerReport, type Report } from '../../src/report/report.js'
import { unshapedReport } from '../../src/shape/shape.js'

export const MOTO_INSTALL = 'scripts/ci/moto.sh'
/** moto's fixed account. */
export const MOTO_ACCOUNT = '123456789012'
const DUMMY = { accessKeyId: 'testing', secretAccessKey: 'testing' }

/**
 * The python that has moto[server]: $MOTO_PYTHON, else the venv scripts/ci/moto.sh makes. Missing
 * moto fails the suite on CI (CI=true) and skips it, with a visible warning, elsewhere.
 */
export function motoPython(): string | undefined {
  const python = process.env.MOTO_PYTHON || path.join(CI_CACHE, 'moto-venv', 'bin', 'python')
  if (existsSync(python)) return python
  missingService(
    'the publish tests against moto',
    `moto not found at ${python}: run ${MOTO_INSTALL} (or set MOTO_PYTHON to a python with moto[server])`
  )
  return undefined
}

export class MotoServer {
  private made: RegionalClients[] = []

  private constructor(
    readonly endpoint: string,
    private readonly child: ChildProcess,
    private readonly output: () => string
  ) {}

  /** `script`: a Python file that starts moto's server itself (given the port), instead of moto.server. */
  static async start(python: string, script?: string): Promise<MotoServer> {
    const port = await freePort()
    const args = script
      ? [script, String(port)]
      : ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)]
    const child = spawn(python, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    const server = new MotoServer(`http://127.0.0.1:${port}`, child, () => output)
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`moto server exited with ${child.exitCode}:\n${output}`)
      const answered = await fetch(`${server.endpoint}/moto-api/data.json`).then(
        response => response.ok,
        () => false
      )
      if (answered) return server
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    await server.stop()
    throw new Error(`moto server did not answer on ${server.endpoint} within 60 s:\n${output}`)
  }

  /** Fresh clients (own middleware stacks) with dummy credentials, for this server only. */
  clients(credentials: { accessKeyId: string; secretAccessKey: string } = DUMMY): RegionalClients {
    const clients = awsClients({
      endpoint: this.endpoint,
      credentials,
      forcePathStyle: true,
      maxAttempts: 2
    })
    this.made.push(clients)
    return clients
  }

  iam(): IAMClient {
    return new IAMClient({ region: 'us-east-1', endpoint: this.endpoint, credentials: DUMMY })
  }

  async createBucket(bucket: string, region: string): Promise<void> {
    const constraint =
      region === 'us-east-1' ? {} : { LocationConstraint: region as BucketLocationConstraint }
    await this.clients()
      .clientsFor(region)
      .s3.send(new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: constraint }))
  }

  /** Forgets every bucket, layer, function, user: each test starts from an empty account. */
  async reset(): Promise<void> {
    await this.post('/moto-api/reset', '')
  }

  /** Turns request authentication on (IAM users and policies enforced) or off. */
  async enforceAuth(on: boolean): Promise<void> {
    await this.post('/moto-api/reset-auth', on ? '0' : 'inf')
  }

  private async post(route: string, body: string): Promise<void> {
    const response = await fetch(`${this.endpoint}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body
    })
    if (!response.ok) throw new Error(`moto ${route}: HTTP ${response.status}\n${this.output()}`)
  }

  async stop(): Promise<void> {
    for (const clients of this.made) clients.destroy()
    this.made = []
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise(resolve => this.child.once('exit', resolve))
    this.child.kill('SIGTERM')
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
}

/**
 * Registers a moto server for the enclosing describe (started in beforeAll, reset before each
 * test, stopped in afterAll) and returns a getter for it.
 */
export function useMoto(python: string): () => MotoServer {
  let server: MotoServer | undefined
  beforeAll(async () => {
    server = await MotoServer.start(python)
  }, 90_000)
  beforeEach(async () => server?.reset())
  afterAll(async () => server?.stop())
  return () => {
    if (!server) throw new Error('moto server is not running')
    return server
  }
}

/** A middleware that runs `before(commandName)` ahead of every call of a client. */
function before(action: (command: string) => void) {
  return <Args, Out>(next: (args: Args) => Promise<Out>, context: { commandName?: string }) =>
    async (args: Args) => {
      action(String(context.commandName).replace(/Command$/, ''))
      return next(args)
    }
}

/** Records every call the clients make, as "Service.Command" (e.g. "Lambda.ListLayerVersions"). */
export function countCalls(clients: AwsClients): string[] {
  const calls: string[] = []
  const record = (service: string) => before(command => calls.push(`${service}.${command}`))
  const options = { step: 'initialize', name: 'countCalls' } as const
  clients.s3.middlewareStack.add(record('S3'), options)
  clients.lambda.middlewareStack.add(record('Lambda'), options)
  clients.sts.middlewareStack.add(record('STS'), options)
  return calls
}

/** Makes the Lambda client's next `command` call (e.g. "PublishLayerVersion") fail once, unsent. */
export function failOnce(lambda: AwsClients['lambda'], command: string): void {
  let failed = false
  const fault = before(name => {
    if (failed || name !== command) return
    failed = true
    throw Object.assign(new Error(`injected failure of ${command}`), {
      name: 'ServiceUnavailableException',
      $metadata: { httpStatusCode: 503 }
    })
  })
  lambda.middlewareStack.add(fault, { step: 'initialize', name: `failOnce${command}` })
}

export interface Zip {
  zipPath: string
  zippedBytes: number
  sha256: string
  codeSha256: string
  unzippedBytes: number
  files: number
}

/** A real, small layer zip: python/<name> files with the given contents. */
export async function makeZip(
  file: string,
  contents: Record<string, string | Buffer>
): Promise<Zip> {
  await mkdir(path.dirname(file), { recursive: true })
  const zip = new yazl.ZipFile()
  const mtime = new Date(1980, 0, 1)
  let unzippedBytes = 0
  for (const [name, content] of Object.entries(contents).sort(([a], [b]) => a.localeCompare(b))) {
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content)
    unzippedBytes += buffer.length
    // Random bytes do not compress: store them, so big test zips are quick to make.
    zip.addBuffer(buffer, `python/${name}`, {
      mtime,
      mode: 0o100644,
      compress: !Buffer.isBuffer(content)
    })
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  await writeFile(file, bytes)
  const digest = createHash('sha256').update(bytes).digest()
  return {
    zipPath: file,
    zippedBytes: bytes.length,
    sha256: digest.toString('hex'),
    codeSha256: digest.toString('base64'),
    unzippedBytes,
    files: Object.keys(contents).length
  }
}

/** A report entry for a zip, as the build writes it. */
export function layerEntry(
  zip: Zip,
  layer = 'base',
  runtime = 'python3.12',
  architecture = 'x86_64'
): LayerReport {
  return {
    layer,
    runtime,
    architecture,
    fileName: path.basename(zip.zipPath),
    zipPath: zip.zipPath,
    sha256: zip.sha256,
    codeSha256: zip.codeSha256,
    zippedBytes: zip.zippedBytes,
    unzippedBytes: zip.unzippedBytes,
    files: zip.files,
    limitPercent: (zip.unzippedBytes / 262_144_000) * 100,
    status: 'ok',
    needsS3: zip.zippedBytes > 50 * 1024 * 1024,
    builder: 'native',
    installer: 'uv',
    includesProject: false,
    requirements: [],
    packages: [],
    shape: unshapedReport('remove'),
    seconds: 0.1
  }
}

export function makeReport(layers: LayerReport[], version = '1.2.3'): Report {
  return {
    version: REPORT_VERSION,
    failures: [],
    generator: { name: 'lambda-layer', version: '0.1.0' },
    project: { name: 'demo-app', version, lockKind: 'uv' },
    tools: {},
    limits: { unzippedBytes: 262_144_000, directUploadZipBytes: 50 * 1024 * 1024, warnPercent: 90 },
    layers,
    combinations: []
  }
}

/** Region, bucket and layer name the publish tests use. */
export const REGION = 'eu-west-1'
export const BUCKET = 'demo-layers-eu-west-1'
export const LAYER = 'demo-app-base-python3_12-x86_64'

/**
 * A describe block with a moto server for its tests (`moto()` gives it), skipped with a warning
 * where moto is missing, failing on CI (see motoPython).
 */
export function describeMoto(name: string, body: (moto: () => MotoServer) => void): void {
  const python = motoPython()
  if (!python) describe.skip(name, () => body(() => undefined as never))
  else describe(name, () => body(useMoto(python)))
}
