// Layer zips for the Verify tests: distributions with a dist-info (RECORD, METADATA,
// top_level.txt) and the files given for each, written by the project's own zip writer; and a
// shared object gcc links against a planted libstdc++ that defines a future GLIBCXX_ version.
import { execFile, execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { walkTree } from '../src/files/tree.js'
import { writeZip } from '../src/package/zip.js'

const exec = promisify(execFile)

/** Writes `dir/stage` and `dir/NAME.zip`; files are relative to python/. */
export async function layerZip(
  dir: string,
  dists: Record<string, Record<string, string | Buffer>>,
  name = 'layer'
): Promise<string> {
  const stage = path.join(dir, `${name}-stage`)
  for (const [dist, files] of Object.entries(dists)) {
    const info = path.join(stage, 'python', `${dist}-1.0.dist-info`)
    await mkdir(info, { recursive: true })
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(stage, 'python', file)), { recursive: true })
      await writeFile(path.join(stage, 'python', file), content)
    }
    const record = [...Object.keys(files), `${dist}-1.0.dist-info/RECORD`]
    await writeFile(path.join(info, 'RECORD'), record.map(f => `${f},,`).join('\n') + '\n')
    await writeFile(
      path.join(info, 'METADATA'),
      `Metadata-Version: 2.1\nName: ${dist}\nVersion: 1.0\n`
    )
    const tops = [
      ...new Set(Object.keys(files).map(f => (f.split('/')[0] ?? '').replace(/\..*$/, '')))
    ]
    await writeFile(path.join(info, 'top_level.txt'), tops.join('\n') + '\n')
  }
  const zipPath = path.join(dir, `${name}.zip`)
  await writeZip(await walkTree(stage), zipPath)
  return zipPath
}

/** The planted symbol version: newer than any libstdc++ (GCC 14 defines GLIBCXX_3.4.33). */
export const FUTURE_GLIBCXX = 'GLIBCXX_3.4.99'

/**
 * A shared object that needs lambda_layer_future@GLIBCXX_3.4.99 from libstdc++.so.6: linked
 * against a stub libstdc++.so.6 built here with that version, so the real loader refuses it.
 */
export async function futureCxxObject(dir: string): Promise<Buffer> {
  const stub = path.join(dir, 'stub')
  await mkdir(stub, { recursive: true })
  await writeFile(path.join(dir, 'stub.c'), 'void lambda_layer_future(void) {}\n')
  await writeFile(
    path.join(dir, 'stub.map'),
    `${FUTURE_GLIBCXX} { global: lambda_layer_future; };\n`
  )
  execFileSync('gcc', [
    '-shared',
    '-fPIC',
    `-Wl,--version-script=${path.join(dir, 'stub.map')}`,
    '-Wl,-soname,libstdc++.so.6',
    '-o',
    path.join(stub, 'libstdc++.so.6'),
    path.join(dir, 'stub.c')
  ])
  await writeFile(
    path.join(dir, 'ext.c'),
    'extern void lambda_layer_future(void);\nvoid run(void) { lambda_layer_future(); }\n'
  )
  const output = path.join(dir, '_native.so')
  execFileSync('gcc', [
    '-shared',
    '-fPIC',
    '-o',
    output,
    path.join(dir, 'ext.c'),
    `-L${stub}`,
    '-l:libstdc++.so.6'
  ])
  return readFile(output)
}

/** A C++ shared object g++ builds here (std::string: GLIBCXX_3.4.21 and older). */
export async function plainCxxObject(dir: string): Promise<Buffer> {
  const source = path.join(dir, 'plain.cpp')
  await writeFile(
    source,
    '#include <string>\nstd::string greet(const char *name) { return std::string("hi ") + name; }\n'
  )
  const output = path.join(dir, '_plain.so')
  execFileSync('g++', ['-shared', '-fPIC', '-O1', '-o', output, source])
  return readFile(output)
}

/** python/NAME/__init__.py that loads NAME/FILE with ctypes (what an extension's import does). */
export const loadsLibrary = (file: string) =>
  `import ctypes, os\nctypes.CDLL(os.path.join(os.path.dirname(__file__), ${JSON.stringify(file)}))\n`

/** A layer zip the way many make one by hand: pip install -t DIR/python (markupsafe, idna), then zip -r. */
export async function pipTargetZip(dir: string): Promise<string> {
  await exec('python3', [
    '-m',
    'pip',
    'install',
    '-q',
    '--disable-pip-version-check',
    '--root-user-action',
    'ignore',
    '--target',
    path.join(dir, 'python'),
    '--only-binary',
    ':all:',
    '--platform',
    'manylinux2014_x86_64',
    '--python-version',
    '3.11',
    'markupsafe==2.1.5',
    'idna==3.7'
  ])
  await exec('zip', ['-q', '-r', 'handmade.zip', 'python'], { cwd: dir })
  return path.join(dir, 'handmade.zip')
}
