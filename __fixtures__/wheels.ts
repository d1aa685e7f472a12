// Local wheels for tests: a distribution with given files and tag, written by Python's zipfile
// with a proper RECORD, so pip and uv install it like one from an index.
import { spawn } from 'node:child_process'
import path from 'node:path'

export interface WheelSpec {
  name: string
  version?: string
  /** Wheel tag, e.g. `py3-none-any` or `py3-none-manylinux2014_x86_64`. */
  tag?: string
  /** Path inside the wheel -> content (text, bytes, or a number of zero bytes). */
  files: Record<string, string | Buffer | number>
  /** Requires-Dist lines. */
  requires?: string[]
}

const SCRIPT = `
import base64, hashlib, json, sys, zipfile
spec = json.load(sys.stdin)
name, version, tag = spec['name'], spec['version'], spec['tag']
dist = name.replace('-', '_')
info = f'{dist}-{version}.dist-info'
files = {}
for path, value in spec['files'].items():
    files[path] = bytes(value) if isinstance(value, int) else base64.b64decode(value)
meta = f'Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n'
meta += ''.join(f'Requires-Dist: {r}\\n' for r in spec['requires'])
files[f'{info}/METADATA'] = meta.encode()
purelib = 'true' if tag.endswith('-any') else 'false'
files[f'{info}/WHEEL'] = f'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: {purelib}\\nTag: {tag}\\n'.encode()
record = []
out = f"{spec['dir']}/{dist}-{version}-{tag}.whl"
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for path, data in files.items():
        z.writestr(path, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
        record.append(f'{path},sha256={digest},{len(data)}')
    record.append(f'{info}/RECORD,,')
    z.writestr(f'{info}/RECORD', '\\n'.join(record) + '\\n')
print(out)
`

/** Writes the wheel into `dir`; returns its path. */
export async function makeWheel(dir: string, spec: WheelSpec): Promise<string> {
  const files = Object.fromEntries(
    Object.entries(spec.files).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : Buffer.from(value).toString('base64')
    ])
  )
  const input = JSON.stringify({
    dir,
    name: spec.name,
    version: spec.version ?? '1.0',
    tag: spec.tag ?? 'py3-none-any',
    requires: spec.requires ?? [],
    files
  })
  const result = await runWithInput(['-c', SCRIPT], input)
  if (result.code !== 0) throw new Error(`making wheel ${spec.name} failed: ${result.stderr}`)
  return path.resolve(result.stdout.trim())
}

async function runWithInput(args: string[], input: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('python3', args, { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
    child.stdin.end(input)
  })
}
