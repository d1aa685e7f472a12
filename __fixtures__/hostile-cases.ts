// The catalogue of hostile inputs, part 1: configuration keys and CLI flags. Each case fails
// before anything is installed, with exit 2 and one message naming the value and the fix.
import { symlink } from 'node:fs/promises'
import path from 'node:path'
import type { Sandbox } from './sentinel.js'

export interface HostileCase {
  name: string
  kind: 'config' | 'flag' | 'action' | 'project' | 'filesystem' | 'publish'
  /** Replaces pyproject.toml. */
  pyproject?: string
  /** Appended to the base pyproject.toml. */
  append?: string
  /** Prepares the sandbox; may return a cleanup (unmount). */
  setup?: (box: Sandbox) => Promise<unknown>
  /** CLI arguments after `build -p PROJECT --cache-dir CACHE` (or a whole argument list). */
  args?: string[] | ((box: Sandbox) => string[])
  /** Action inputs (name -> value); the case runs the action instead of the CLI. */
  inputs?: Record<string, string> | ((box: Sandbox) => Record<string, string>)
  env?: Record<string, string>
  /** The output folder when the case moves it (it may be created; it is outside the snapshot). */
  outputDir?: (box: Sandbox) => string
  code: number
  /** Text the one error message contains: the value at fault. */
  names: string | ((box: Sandbox) => string)
  /** The fix: a hint, or the allowed values. */
  fix: RegExp
}

const EXPECTED = /expected|hint:/

const flag = (name: string, args: string[], names: string, fix = EXPECTED): HostileCase => ({
  name,
  kind: 'flag',
  args,
  code: 2,
  names,
  fix
})

const key = (name: string, append: string, names: string, fix = EXPECTED): HostileCase => ({
  name,
  kind: 'config',
  append,
  code: 2,
  names,
  fix
})

const project = (name: string, table: string, names: string, fix = EXPECTED): HostileCase => ({
  name,
  kind: 'config',
  pyproject: `${table}\ndependencies = []\n`,
  code: 2,
  names,
  fix
})

export const CONFIG_CASES: HostileCase[] = [
  flag('unknown runtime', ['--runtime', 'python3.8'], 'python3.8'),
  flag('runtime list with a bad item', ['-r', 'python3.12,bogus'], 'bogus'),
  flag('unknown architecture', ['--architectures', 'arm46'], 'arm46'),
  flag('unknown layout', ['--layout', 'flat'], 'flat'),
  flag('unknown installer', ['--installer', 'conda'], 'conda'),
  flag('unknown builder', ['--builder', 'podman'], 'podman'),
  flag('negative compression level', ['--compression-level', '-1'], '-1'),
  flag('compression level too high', ['--compression-level', '13'], '13'),
  flag('size warning of zero', ['--size-warn-percent', '0'], '0'),
  flag('size warning not a number', ['--size-warn-percent', 'abc'], 'abc'),
  flag('unknown runtime-packages mode', ['--runtime-packages', 'drop'], 'drop'),
  flag('unknown slim rule', ['--slim', 'bytecod'], 'bytecod'),
  flag('unknown verify check', ['--verify', 'imprts'], 'imprts'),
  flag('unknown sdk-shadowing mode', ['--sdk-shadowing', 'fail'], 'fail'),
  flag('unknown layer', ['--layer', 'nope'], 'nope', /layers in pyproject.toml/),
  flag('runtime image read as a flag', ['--runtime-image=--privileged'], '--privileged'),
  flag('build image with upper case', ['--build-image', 'Team/Image'], 'Team/Image'),
  flag('build image with a space', ['--build-image', 'a b:1'], 'a b:1'),
  flag('output folder with a newline', ['--output-dir', 'out\nx'], 'out\\nx'),
  flag('cache folder with a tab', ['--cache-dir', 'c\tx'], 'c\\tx'),
  flag('misspelt flag', ['--runtme', 'python3.12'], '--runtme', /did you mean "--runtime"/),
  {
    ...flag('unknown command', [], 'biuld', /did you mean "build"/),
    args: box => ['biuld', '-p', box.project]
  },
  flag('extra argument', ['stray'], 'stray', /hint:/),
  flag('empty runtime list', ['--runtime', ','], '","'),
  key('old runtime in the file', '[tool.lambda-layer]\nruntime = "python2.7"\n', 'python2.7'),
  key(
    'bad architecture in a list',
    '[tool.lambda-layer]\narchitectures = ["x86_64", "sparc"]\n',
    'sparc'
  ),
  key('unknown key', '[tool.lambda-layer]\nruntimes = "python3.12"\n', 'runtimes', /known keys/),
  key(
    'integer out of range',
    '[tool.lambda-layer]\ncompression-level = 99999999999999999999\n',
    'line 6',
    /hint:/
  ),
  key('malformed TOML', '[tool.lambda-layer\nruntime = "python3.12"\n', 'line 5', /hint:/),
  key(
    'redefined table',
    '[tool.lambda-layer]\nlayout = "python"\n[tool.lambda-layer]\nlayout = "python"\n',
    'line 7',
    /hint:/
  ),
  key('layout of the wrong type', '[tool.lambda-layer]\nlayout = 3\n', '3'),
  key('exclude glob leaving the layer', '[tool.lambda-layer.slim]\nexclude = ["../**"]\n', '../**'),
  key('keep glob at the root', '[tool.lambda-layer.slim]\nkeep = ["/etc/**"]\n', '/etc/**'),
  key('unknown slim key', '[tool.lambda-layer.slim]\nremove = ["x"]\n', 'remove', /known keys/),
  key(
    'requirement file outside the project',
    '[tool.lambda-layer.layers.reqs]\nrequirements = "../../../../etc/passwd"\n',
    '../../../../etc/passwd',
    /inside the folder of pyproject.toml/
  ),
  {
    ...key(
      'requirement file through a symlink',
      '[tool.lambda-layer.layers.reqs]\nrequirements = "linked.txt"\n',
      'linked.txt',
      /inside the folder/
    ),
    setup: async box => symlink('/etc/passwd', path.join(box.project, 'linked.txt'))
  },
  key(
    'layer name with a space',
    '[tool.lambda-layer.layers."bad name"]\nextras = []\n',
    'bad name'
  ),
  key('layer with nothing to install', '[tool.lambda-layer.layers.x]\ndependencies = false\n', 'x'),
  key('layer with an unknown extra', '[tool.lambda-layer.layers.x]\nextras = ["nope"]\n', 'nope'),
  key(
    'combination of an unknown layer',
    '[tool.lambda-layer.combinations]\nall = ["base", "ghost"]\n',
    'ghost'
  ),
  key(
    'build image read as a flag',
    '[tool.lambda-layer]\nbuild-image = "--privileged"\n',
    '--privileged'
  ),
  key('runtime image with a space', '[tool.lambda-layer]\nruntime-image = "a b"\n', 'a b'),
  key('output folder with a newline', '[tool.lambda-layer]\noutput-dir = "a\\nb"\n', 'a\\nb'),
  key('size warning over 100', '[tool.lambda-layer]\nsize-warn-percent = 150\n', '150'),
  key(
    'runtime package versions not a table',
    '[tool.lambda-layer]\nruntime-package-versions = "x"\n',
    '"x"'
  ),
  project(
    'version leaving the output folder',
    '[project]\nname = "demo"\nversion = "/../../../../tmp/x/keep"',
    '/../../../../tmp/x/keep',
    /PEP 440/
  ),
  project(
    'version with a workflow command',
    '[project]\nname = "demo"\nversion = "1.0\\n::error title=x::pwned"',
    '::error title=x::pwned',
    /PEP 440/
  ),
  project('name with a path', '[project]\nname = "../evil"\nversion = "1.0"', '../evil', /PEP 508/),
  project('name with a slash', '[project]\nname = "a/b"\nversion = "1.0"', 'a/b', /PEP 508/),
  project('empty-ish version', '[project]\nname = "demo"\nversion = "1..0"', '1..0', /PEP 440/)
]
