export const id = 774;
export const ids = [774];
export const modules = {

/***/ 16476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/build/auto.ts
// The auto builder (default): native first; a layer that needs a package with no compatible
// wheel is rebuilt in the build image, and the outcome names the packages that forced it.


function autoBuilder({ native, docker, engine, log }) {
    return async (request) => {
        try {
            return await native(request);
        }
        catch (error) {
            if (!(error instanceof src_errors/* NoWheelError */.tc))
                throw error;
            const { target } = request;
            const packages = error.packages.map(p => (p.version ? `${p.name}==${p.version}` : p.name));
            const where = (0,src_errors/* layerLabel */.E5)(target);
            const { reason } = await engine.engine();
            if (reason) {
                throw new src_errors/* DockerError */.Bi(`${where}: ${packages.join(', ')} ${packages.length > 1 ? 'have' : 'has'} no wheel for ${target.runtime} ${target.architecture} and must be built in Docker, but ${reason}${error.reasons.length ? `\n  - ${error.reasons.join('\n  - ')}` : ''}`, {
                    hint: 'Start Docker (or point DOCKER_HOST at an engine) so builder "auto" can compile it, or pin the versions named above, which publish manylinux wheels.'
                });
            }
            log.warn(`${where}: no wheel of ${packages.join(', ')}: building this layer in Docker`);
            await (0,promises_.rm)(request.siteDir, { recursive: true, force: true });
            await (0,promises_.mkdir)(request.siteDir, { recursive: true });
            try {
                const outcome = await docker(request);
                return { ...outcome, fallback: { packages } };
            }
            catch (dockerError) {
                throw withReason(dockerError, error);
            }
        }
    };
}
/** A failed Docker fallback says why Docker was needed, and the way around it (other versions). */
function withReason(dockerError, noWheel) {
    const plain = [src_errors/* BuildError */.zS, src_errors/* DockerError */.Bi, src_errors/* ToolError */.v4];
    if (!(dockerError instanceof src_errors/* LayerError */.CE) || !plain.includes(dockerError.constructor))
        return dockerError;
    const why = noWheel.reasons.length
        ? noWheel.reasons
        : noWheel.packages.map(p => `${p.name}${p.version ? ` ${p.version}` : ''} has no compatible wheel`);
    const Kind = dockerError.constructor;
    return new Kind(`${dockerError.message}\n  Docker was needed because:\n  - ${why.join('\n  - ')}`, {
        hint: `${dockerError.hint ?? ''} Or avoid Docker: pin versions that publish wheels for this runtime and architecture (named above).`.trim(),
        file: dockerError.file,
        line: dockerError.line
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/project/local-paths.ts
// Local path dependencies in exported requirements. `uv export` writes them relative to the
// project (`../libs/util`, `-e ../libs/util`), which the installer would read relative to its own
// requirements file: they are made absolute here. A local folder (a package to build) is an error
// naming it: layers are installed from wheels, and local packages are not built.




/** A requirement line's local path: `-e PATH`, a bare path, or `NAME @ file:///PATH`. */
function localPathOf(line, projectDir) {
    const editable = /^-e\s+(\S+)/.exec(line);
    const bare = /^(\.{1,2}\/\S*|\/\S*|file:\S+)/.exec(line);
    const direct = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?\s*@\s*(file:\S+)/.exec(line);
    const written = (editable ?? bare ?? direct)?.[1];
    if (!written)
        return undefined;
    let absolute;
    try {
        absolute = written.startsWith('file:')
            ? (0,external_node_url_.fileURLToPath)(written)
            : external_node_path_default().resolve(projectDir, written);
    }
    catch {
        return undefined; // a file: URL naming another host: the installer says what is wrong with it
    }
    return {
        written,
        absolute,
        line: direct ? line : line.replace(written, absolute),
        editable: Boolean(editable)
    };
}
function pathKind(file) {
    const info = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    return info && (info.isDirectory() ? 'folder' : 'file');
}
/**
 * `lines` with every local path absolute; throws naming the local folders (package sources),
 * which cannot go into a layer as they are. `source` names the file the lines come from.
 */
function withAbsoluteLocalPaths(lines, projectDir, source, kindOf = pathKind) {
    const folders = [];
    const result = lines.map(line => {
        const local = localPathOf(line, projectDir);
        if (!local)
            return line;
        const kind = kindOf(local.absolute);
        if (!kind) {
            throw new src_errors/* ProjectError */.wB(`the project depends on ${local.written}, which does not exist`, {
                file: source,
                hint: `Build or restore ${local.absolute} before the layers, or change the dependency's path and lock again.`
            });
        }
        if (local.editable || kind === 'folder')
            folders.push(external_node_path_default().relative(projectDir, local.absolute) || '.');
        return local.line;
    });
    if (folders.length) {
        const list = folders.join(', ');
        throw new src_errors/* ProjectError */.wB(`the project depends on local ${folders.length === 1 ? 'package' : 'packages'} ${list}: layers are installed from wheels, and local packages are not built`, {
            file: source,
            hint: `Depend on a built wheel of each instead (\`uv build --wheel ${folders[0]}\`, then point the dependency's path at the .whl file and lock again), or publish it to your package index and depend on a version of it.`
        });
    }
    return result;
}
/** Whether a lock file names local paths (its exports then depend on files the lock does not hold). */
function lockHasLocalPaths(lockText) {
    return (/^\s*type\s*=\s*"(file|directory)"/m.test(lockText) ||
        // uv.lock names the project itself `{ editable = "." }` (or virtual): that is no local path.
        /source\s*=\s*\{\s*(path|directory|editable)\s*=\s*"(?!\.")/.test(lockText));
}

;// CONCATENATED MODULE: ./src/lambda/runtimes.ts
// The Lambda Python runtimes and architectures: Python version, OS, glibc, and the wheel
// platform tags each combination can load.
const RUNTIMES = {
    'python3.9': { python: '3.9', os: 'Amazon Linux 2', glibc: 26 },
    'python3.10': { python: '3.10', os: 'Amazon Linux 2', glibc: 26 },
    'python3.11': { python: '3.11', os: 'Amazon Linux 2', glibc: 26 },
    'python3.12': { python: '3.12', os: 'Amazon Linux 2023', glibc: 34 },
    'python3.13': { python: '3.13', os: 'Amazon Linux 2023', glibc: 34 },
    'python3.14': { python: '3.14', os: 'Amazon Linux 2023', glibc: 34 }
};
const RUNTIME_NAMES = Object.keys(RUNTIMES);
const DEFAULT_RUNTIME = 'python3.12';
/** Lambda's architecture names, and the machine name wheels and ELF files use for each. */
const ARCHITECTURES = { x86_64: 'x86_64', arm64: 'aarch64' };
const ARCHITECTURE_NAMES = Object.keys(ARCHITECTURES);
/** The runtime's glibc as "2.N". */
function glibcOf(runtime) {
    return `2.${RUNTIMES[runtime].glibc}`;
}
/**
 * uv's --python-platform target for a runtime: the newest manylinux target uv knows that the
 * runtime's glibc can load. uv has no 2_26 target, so Amazon Linux 2 runtimes use 2_17
 * (manylinux2014); wheels tagged only manylinux_2_24..2_26 need the pip installer there.
 */
function uvPlatform(runtime, architecture) {
    const glibc = RUNTIMES[runtime].glibc;
    const uvTargets = [34, 33, 32, 31, 28, 17];
    const best = uvTargets.find(minor => minor <= glibc) ?? 17;
    return `${ARCHITECTURES[architecture]}-manylinux_2_${best}`;
}
/**
 * pip's --platform list: pip matches each tag exactly, so name every manylinux tag the runtime's
 * glibc allows, newest first, with the legacy aliases (manylinux2014, manylinux2010, manylinux1).
 */
function pipPlatforms(runtime, architecture) {
    const machine = ARCHITECTURES[architecture];
    const oldest = machine === 'x86_64' ? 5 : 17;
    const tags = [];
    for (let minor = RUNTIMES[runtime].glibc; minor >= oldest; minor--) {
        tags.push(`manylinux_2_${minor}_${machine}`);
        if (minor === 17)
            tags.push(`manylinux2014_${machine}`);
        if (minor === 12)
            tags.push(`manylinux2010_${machine}`);
        if (minor === 5)
            tags.push(`manylinux1_${machine}`);
    }
    return tags;
}
/** Where Lambda puts a layer's Python packages on sys.path, relative to the zip root. */
function sitePackagesPath(runtime, layout) {
    return layout === 'python'
        ? 'python'
        : `python/lib/python${RUNTIMES[runtime].python}/site-packages`;
}

;// CONCATENATED MODULE: ./src/lambda/images.ts
// The Docker images a target uses: the SAM build image (docker builder) and the Lambda runtime
// image (Verify, runtime-info). Names are templates with {python}, {runtime} and {arch}.

const DEFAULT_BUILD_IMAGE = 'public.ecr.aws/sam/build-python{python}:latest-{arch}';
const DEFAULT_RUNTIME_IMAGE = 'public.ecr.aws/lambda/python:{python}';
/** The image name for a runtime and architecture; a name without placeholders is used as is. */
function imageFor(template, runtime, architecture) {
    return template
        .replaceAll('{python}', RUNTIMES[runtime].python)
        .replaceAll('{runtime}', runtime)
        .replaceAll('{arch}', architecture);
}
/** Docker's platform name for a Lambda architecture. */
function dockerPlatform(architecture) {
    return architecture === 'arm64' ? 'linux/arm64' : 'linux/amd64';
}
/** Docker's architecture name (as `docker version` reports the engine's) for a Lambda architecture. */
function dockerArch(architecture) {
    return architecture === 'arm64' ? 'arm64' : 'amd64';
}
/** sys.path of a Lambda Python function (function code, then layers, then the runtime), as PYTHONPATH. */
function lambdaPythonPath(runtime) {
    const python = RUNTIMES[runtime].python;
    return `/var/task:/opt/python/lib/python${python}/site-packages:/opt/python:/var/runtime`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/system/interrupt.ts
var interrupt = __webpack_require__(78550);
;// CONCATENATED MODULE: ./src/system/time-limit.ts
// Time limits: a step that does not settle in time fails with a message saying which step and
// how long it was given, instead of hanging the build.

/** Default limit of one external tool run (install, export, wheel build, container): 30 minutes. */
const TOOL_TIME_LIMIT_MS = 30 * 60 * 1000;
/** Default limit of filesystem setup (creating and probing the output and cache folders). */
const SETUP_TIME_LIMIT_MS = 20 * 1000;
/** The limit set by the variable `name` (seconds; default LAMBDA_LAYER_TIMEOUT), or `fallback`. */
function timeLimitFromEnv(fallback, env = process.env, name = 'LAMBDA_LAYER_TIMEOUT') {
    const seconds = Number(env[name]);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallback;
}
/** Settles like `work`, or rejects after `ms` with a message naming `what`. */
async function withTimeLimit(work, ms, what) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new src_errors/* LayerError */.CE(`${what} did not finish within ${Math.round(ms / 1000)} s`, {
            hint: 'The path may be on a hung or special filesystem (e.g. /proc); choose another folder.'
        })), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/system/process.ts
// Runs external commands as argument arrays (never through a shell) and captures their output.
// Each child runs in its own process group with a time limit; an interrupt stops the group.
// Not @actions/exec (3.0.0): its spawn options are only cwd, env and the Windows quoting ones,
// so the child cannot be started `detached` (its own process group), and the child process is
// never handed back, so neither the time limit nor SIGINT/SIGTERM (interrupt.ts) could kill the
// group — pip's, uv's and docker's own children would outlive the build.




/** Spawns the command; resolves with its exit code (non-zero is not an exception). */
const runProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.spawn)(command, args, {
        cwd: options.cwd,
        env: { ...(options.baseEnv ?? process.env), ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true
    });
    const pid = child.pid;
    if (pid !== undefined)
        (0,interrupt/* trackProcessGroup */.uU)(pid);
    const limit = options.timeoutMs ?? timeLimitFromEnv(TOOL_TIME_LIMIT_MS);
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        if (pid !== undefined) {
            try {
                process.kill(-pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        }
    }, limit);
    const stdout = [];
    const stderr = [];
    let pending = '';
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => {
        stderr.push(chunk);
        if (!options.onStderrLine)
            return;
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
            if (line.trim())
                options.onStderrLine(line);
    });
    child.on('error', error => {
        clearTimeout(timer);
        if (pid !== undefined)
            (0,interrupt/* forgetProcessGroup */.gl)(pid);
        const code = error.code;
        reject(new src_errors/* ToolError */.v4(code === 'ENOENT'
            ? `command not found: ${command}`
            : `could not run ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (pid !== undefined)
            (0,interrupt/* forgetProcessGroup */.gl)(pid);
        if (timedOut) {
            reject(new src_errors/* ToolError */.v4(`${command} ${args[0] ?? ''} did not finish within ${limit / 1000} s`, {
                hint: 'Set LAMBDA_LAYER_TIMEOUT (seconds) to allow more time, or check for a stuck download or build.'
            }));
            return;
        }
        if (pending.trim() && options.onStderrLine)
            options.onStderrLine(pending);
        resolve({
            code: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8')
        });
    });
});
/** The last `count` non-empty lines of a tool's output, for error messages. */
function tail(text, count = 12) {
    return text
        .split('\n')
        .filter(line => line.trim())
        .slice(-count)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/system/docker.ts
// The Docker seam: runs the `docker` CLI through the Runner (argument arrays, never a shell) to
// check the engine, make sure an image is there, and run one-off containers with bind mounts.





/** Exit code of a container the kernel or the engine killed (SIGKILL: out of memory, docker kill). */
const KILLED_EXIT = 137;
/** "uid:gid" of this process, so files written into bind mounts belong to the invoking user. */
function invokingUser() {
    return `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
}
/** Fails, naming what needed the engine and what to do, when no engine answers. */
async function requireEngine(docker, needs, hint) {
    const { reason } = await docker.engine();
    if (reason)
        throw new src_errors/* DockerError */.Bi(`${needs} needs a Docker engine, but ${reason}`, { hint });
}
function createDocker(run, log, command = 'docker') {
    let engine;
    const images = new Map();
    const docker = async (args, options = {}) => {
        try {
            return await run(command, args, options);
        }
        catch (error) {
            if (error instanceof src_errors/* ToolError */.v4)
                return { code: 127, stdout: '', stderr: error.message };
            throw error;
        }
    };
    const probe = async () => {
        const result = await docker(['version', '--format', '{{.Server.Version}} {{.Server.Arch}}']);
        const [version = '', arch = ''] = result.stdout.trim().split(/\s+/);
        if (result.code === 0 && version)
            return { engine: { version, arch } };
        const host = process.env.DOCKER_HOST ? ` at DOCKER_HOST=${process.env.DOCKER_HOST}` : '';
        return {
            reason: result.code === 127
                ? `the docker command is not installed`
                : `no Docker engine answered${host}: ${tail(result.stderr, 2) || `exit ${result.code}`}`
        };
    };
    const pull = async (image, use) => {
        if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).code === 0)
            return;
        log.info(`pulling ${image} (${use})`);
        const pulled = await docker(['pull', '--quiet', image]);
        if (pulled.code !== 0) {
            throw new src_errors/* DockerError */.Bi(`image ${image} (${use}) is not on this machine and could not be pulled: ${tail(pulled.stderr, 3)}`, {
                hint: 'Check the image name and that its registry is reachable (docker login for a private one), pull or build it beforehand, or name another image (build-image / runtime-image in [tool.lambda-layer], --build-image / --runtime-image).'
            });
        }
    };
    return {
        engine: () => (engine ??= probe()),
        ensureImage(image, use) {
            let pending = images.get(image);
            if (!pending) {
                pending = pull(image, use);
                images.set(image, pending);
                pending.catch(() => images.delete(image));
            }
            return pending;
        },
        async run(container) {
            // A named container, so an interrupt can remove it: stopping the docker client alone
            // would leave it running in the engine.
            const name = `lambda-layer-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            const args = ['run', '--rm', '--name', name];
            if (container.network)
                args.push('--network', container.network);
            if (container.user)
                args.push('--user', container.user);
            if (container.platform)
                args.push('--platform', container.platform);
            if (container.entrypoint)
                args.push('--entrypoint', container.entrypoint);
            if (container.workdir)
                args.push('--workdir', container.workdir);
            for (const mount of container.mounts ?? []) {
                const options = `type=bind,source=${mount.source},target=${mount.target}`;
                args.push('--mount', mount.readOnly ? `${options},readonly` : options);
            }
            for (const name of Object.keys(container.env ?? {}).sort())
                args.push('--env', name);
            args.push(container.image, ...container.command);
            log.debug(`${command} ${args.join(' ')}`);
            const forget = (0,interrupt/* runOnInterrupt */.se)(() => {
                (0,external_node_child_process_.spawnSync)(command, ['rm', '--force', name], { stdio: 'ignore', timeout: 15_000 });
            });
            try {
                return await docker(args, { env: container.env, onStderrLine: container.onStderrLine });
            }
            finally {
                forget();
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/system/log.ts
// The logging seam: the CLI writes to stderr, the action to the workflow log.
/** Runs `fn` inside the logger's group `title`, or plainly when the logger has no groups (CLI). */
function inGroup(log, title, fn) {
    return log.group ? log.group(title, fn) : fn();
}
/** Logger for the command line: progress and warnings on stderr, stdout stays for results. */
function consoleLogger(verbose = false) {
    return {
        info: message => process.stderr.write(`${message}\n`),
        warn: message => process.stderr.write(`warning: ${message}\n`),
        debug: message => {
            if (verbose)
                process.stderr.write(`  ${message}\n`);
        }
    };
}
/** Logger that discards everything (tests that only look at results). */
const silentLogger = { info: () => { }, warn: () => { }, debug: () => { } };
/** A warning that is logged once per key: one notice per cause, however many targets share it. */
function noticeOnce(log) {
    const seen = new Set();
    return (key, message) => {
        if (seen.has(key))
            return;
        seen.add(key);
        log.warn(message);
    };
}

;// CONCATENATED MODULE: ./src/system/in-order.ts
// Runs a few tasks at a time while the log reads as if they ran one after another: the earliest
// unfinished task logs live, inside its own group; a later one records its lines and replays them
// when its turn comes. Results come back in task order.

/** Runs functions at most `limit` at a time, in the order they were called. */
function limiter(limit) {
    let active = 0;
    const waiting = [];
    return async (fn) => {
        while (active >= limit)
            await new Promise(resolve => waiting.push(resolve));
        active++;
        try {
            return await fn();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
/** A logger that keeps its lines until it is pointed at the real one, then passes them through. */
function deferredLogger() {
    const lines = [];
    let live;
    const emit = (line, to) => line.level === 'warn' ? to.warn(line.message, line.place) : to[line.level](line.message);
    const take = (line) => (live ? emit(line, live) : lines.push(line));
    return {
        log: {
            info: message => take({ level: 'info', message }),
            warn: (message, place) => take({ level: 'warn', message, place }),
            debug: message => take({ level: 'debug', message })
        },
        goLive(target) {
            for (const line of lines.splice(0))
                emit(line, target);
            live = target;
        }
    };
}
/**
 * Runs `task` for every item, at most `limit` at a time, and returns the results in item order.
 * Each task logs through the logger it is given; its lines appear in item order, under `title`'s
 * group when it names one. When a task fails, the others still finish before the error is raised.
 */
async function inOrder(items, options, task) {
    const { log, title } = options;
    const run = limiter(Math.max(1, options.limit));
    const outputs = items.map(() => deferredLogger());
    const started = items.map((item, index) => run(() => task(item, outputs[index].log, index)));
    for (const pending of started)
        pending.catch(() => undefined); // each is awaited in turn below
    const results = [];
    try {
        for (const [index, item] of items.entries()) {
            const turn = () => {
                outputs[index]?.goLive(log);
                return started[index];
            };
            results.push(await (title ? inGroup(log, title(item, index), turn) : turn()));
        }
    }
    catch (error) {
        await Promise.allSettled(started);
        throw error;
    }
    return results;
}
/** Runs two tasks at once; the second's log lines follow the first's. */
async function bothInOrder(log, first, second) {
    const tasks = [first, second];
    const [a, b] = await inOrder(tasks, { limit: 2, log }, (task, log) => task(log));
    return [a, b];
}

;// CONCATENATED MODULE: ./src/build/compile-error.ts
// Reads pip's output after a failed install in the build image: which packages failed to build
// from source, what they were missing (a header, pg_config, a compiler), and the last lines of
// the failing build's own output (not the whole log).
const NAME = '([A-Za-z0-9][A-Za-z0-9._-]*)';
/** Lines that name the package that failed. */
const FAILED = [
    new RegExp(`Failed building wheel for ${NAME}`, 'g'),
    new RegExp(`(?:Building wheel|Running setup\\.py install) for ${NAME}[^\\n]*did not run successfully`, 'g'),
    // pip 24+: "× Failed to build installable wheels for some pyproject.toml based projects\n╰─> numpy"
    new RegExp(`Failed to build installable wheels[^\\n]*\\n[^\\n]*╰─> ${NAME}`, 'g'),
    new RegExp(`Failed to build (?!one or more|installable)${NAME}((?: [A-Za-z0-9][A-Za-z0-9._-]*)*)`, 'g'),
    // "Encountered error while trying to install package.\n╰─> numpy" (never "╰─> See above ...")
    new RegExp(`Encountered error while [^\\n]*\\n[^\\n]*╰─> (?!See above)${NAME}`, 'g')
];
/** Steps whose failure pip reports without the package's name: the name is in "Collecting X". */
const UNNAMED_STEP = /× (?:Getting requirements to build wheel|Preparing metadata \([^)]*\)|python setup\.py egg_info|Encountered error while generating package metadata)[^\n]*/g;
const COLLECTING = new RegExp(`^(?:Collecting|Processing|Downloading) ${NAME}`, 'gm');
/** What the failing build's output says it lacked. */
const CAUSES = [
    [/fatal error: ([^\s:]+): No such file or directory/g, m => `header ${m[1]} not found`],
    [
        /pg_config executable not found/g,
        () => 'pg_config not found (PostgreSQL client development files, e.g. libpq-dev / postgresql-devel)'
    ],
    [
        /error: command '([^']*(?:gcc|cc|g\+\+|clang)[^']*)' failed/g,
        m => `the compiler ${m[1]} failed or is missing`
    ],
    [
        /(?:can't find Rust compiler|rustc[^\n]*not found|Cargo[^\n]*not found)/gi,
        () => 'a Rust compiler (rustc/cargo) not found'
    ]
];
/** The compile failure in pip's output, or undefined when the install failed otherwise. */
function compileFailure(output, count = 8) {
    const packages = new Set();
    for (const pattern of FAILED) {
        for (const match of output.matchAll(pattern)) {
            const names = `${match[1] ?? ''} ${match[2] ?? ''}`;
            for (const name of names.trim().split(/\s+/))
                if (name)
                    packages.add(name);
        }
    }
    for (const step of output.matchAll(UNNAMED_STEP)) {
        const before = output.slice(0, step.index);
        const collected = [...before.matchAll(COLLECTING)].at(-1)?.[1];
        if (collected)
            packages.add(collected);
    }
    if (packages.size === 0)
        return undefined;
    // pip frames a subprocess's output between "╰─> [N lines of output]" and "[end of output]".
    const blocks = [
        ...output.matchAll(/╰─> \[\d+ lines of output\]\n([\s\S]*?)\n\s*\[end of output\]/g)
    ];
    const block = blocks.at(-1)?.[1] ?? '';
    const lines = block
        .split('\n')
        .map(line => line.replace(/^ {6}/, ''))
        .filter(line => line.trim());
    const causes = new Set();
    for (const [pattern, describe] of CAUSES) {
        for (const match of output.matchAll(pattern))
            causes.add(describe(match));
    }
    return { packages: [...packages], causes: [...causes], lines: lines.slice(-count) };
}

;// CONCATENATED MODULE: ./src/project/index-env.ts
// The host's package-index environment, read the same way wherever a tool installs: the proxy
// variables, the index URL (pip's, else uv's) and uv's extra indexes.
/** Proxy settings, passed on unchanged to every tool that downloads. */
const PROXY_VARIABLES = [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy'
];
/** The index URL: PIP_INDEX_URL, else uv's UV_DEFAULT_INDEX or UV_INDEX_URL. */
function indexUrlOf(env) {
    return env.PIP_INDEX_URL || env.UV_DEFAULT_INDEX || env.UV_INDEX_URL;
}
/** A space-separated list of URLs as a list. */
function urlList(value) {
    return (value ?? '').split(/\s+/).filter(Boolean);
}
/** uv's extra indexes: UV_INDEX ([name=]url items, the names dropped), then UV_EXTRA_INDEX_URL. */
function uvExtraIndexUrls(env) {
    return [
        ...urlList(env.UV_INDEX).map(item => item.replace(/^[A-Za-z0-9_-]+=/, '')),
        ...urlList(env.UV_EXTRA_INDEX_URL)
    ].filter(Boolean);
}

;// CONCATENATED MODULE: ./src/build/index-settings.ts
// The host's package index settings (pip's and uv's environment variables, proxies) translated
// into pip settings for a build container, so it installs from the same index as the host.

/** Variables passed to the container unchanged. */
const PASSED = [
    'PIP_INDEX_URL',
    'PIP_EXTRA_INDEX_URL',
    'PIP_TRUSTED_HOST',
    'PIP_DEFAULT_TIMEOUT',
    'PIP_RETRIES',
    ...PROXY_VARIABLES
];
/**
 * pip settings for the container from the host environment: PIP_* as set, else uv's
 * UV_DEFAULT_INDEX / UV_INDEX_URL (index) and UV_INDEX / UV_EXTRA_INDEX_URL (extra indexes).
 * Values may hold credentials: callers pass them as environment, never as arguments or logs.
 */
function indexSettings(env) {
    const settings = {};
    for (const name of PASSED) {
        const value = env[name];
        if (value)
            settings[name] = value;
    }
    const index = indexUrlOf(env);
    if (index)
        settings.PIP_INDEX_URL = index;
    if (!settings.PIP_EXTRA_INDEX_URL) {
        const extra = uvExtraIndexUrls(env);
        if (extra.length)
            settings.PIP_EXTRA_INDEX_URL = extra.join(' ');
    }
    if (!settings.PIP_TRUSTED_HOST && env.UV_INSECURE_HOST)
        settings.PIP_TRUSTED_HOST = env.UV_INSECURE_HOST;
    return settings;
}

;// CONCATENATED MODULE: ./src/build/docker.ts
// The docker builder: pip inside the AWS SAM build image for the runtime and architecture, which
// compiles source distributions. Runs as the invoking uid:gid, project read-only, pip's cache
// mounted from the host, the host's index settings passed as environment.











const ROOT = '/lambda-layer';
function dockerBuilder(ctx) {
    // pip writes a wheel into the wheelhouse in place: while one target fills a wheelhouse, another
    // installing from it could read half a file. Targets take turns per wheelhouse (per image).
    const turns = new Map();
    const inTurn = (wheelhouse, fn) => {
        const turn = turns.get(wheelhouse) ?? limiter(1);
        turns.set(wheelhouse, turn);
        return turn(fn);
    };
    return async (request) => {
        const { target } = request;
        const image = imageFor(ctx.image, target.runtime, target.architecture);
        const where = (0,src_errors/* layerLabel */.E5)(target);
        await requireEngine(ctx.docker, `builder "docker" for ${where}`, 'Start Docker (or point DOCKER_HOST at an engine), or choose the native builder: builder = "native" in [tool.lambda-layer], --builder native, or the action input builder: native.');
        await ctx.docker.ensureImage(image, `build image for ${target.runtime} ${target.architecture}`);
        const cache = ctx.cacheDir;
        const support = external_node_path_default().join(request.workDir, 'support');
        await Promise.all([request.siteDir, cache, support].map(d => (0,promises_.mkdir)(d, { recursive: true })));
        await (0,promises_.writeFile)(external_node_path_default().join(support, '_manylinux.py'), manylinuxPolicy(RUNTIMES[target.runtime].glibc));
        const mounts = new Mounts();
        mounts.add(ctx.projectDir, `${ROOT}/project`, true);
        mounts.add(request.workDir, `${ROOT}/work`, true);
        mounts.add(request.siteDir, `${ROOT}/site`, false);
        mounts.add(cache, `${ROOT}/cache`, false);
        const requirements = await requirementInputs(request, mounts);
        const projectWheel = request.projectWheel ? [mounts.pathOf(request.projectWheel)] : [];
        if (requirements.length + projectWheel.length === 0)
            return { builder: 'docker', installer: 'pip' };
        const hostEnv = ctx.env ?? process.env;
        // The host's CA bundle for pip (a proxy with its own CA): mounted, and pointed at.
        const cert = hostEnv.PIP_CERT && (await isFile(hostEnv.PIP_CERT)) ? hostEnv.PIP_CERT : undefined;
        if (cert)
            mounts.list.push({ source: cert, target: `${ROOT}/ca.pem`, readOnly: true });
        const env = {
            ...indexSettings(hostEnv),
            ...(cert ? { PIP_CERT: `${ROOT}/ca.pem` } : {}),
            HOME: '/tmp',
            PYTHONPATH: `${ROOT}/work/support`,
            PYTHONDONTWRITEBYTECODE: '1',
            PIP_DISABLE_PIP_VERSION_CHECK: '1',
            PIP_NO_INPUT: '1',
            PIP_PROGRESS_BAR: 'off'
        };
        const pip = async (args) => {
            const result = await ctx.docker.run({
                image,
                platform: dockerPlatform(target.architecture),
                user: ctx.user ?? invokingUser(),
                network: 'host',
                workdir: `${ROOT}/project`,
                mounts: mounts.list,
                env,
                command: [`python${RUNTIMES[target.runtime].python}`, '-m', 'pip', ...args],
                onStderrLine: line => ctx.log.debug(line)
            });
            for (const line of result.stdout.split('\n'))
                if (line.trim())
                    ctx.log.debug(line);
            return result;
        };
        // Every wheel downloaded or built lands in a wheelhouse kept per image; installs read only it,
        // so a second build of pinned requirements needs no network at all.
        const wheelhouse = `${ROOT}/cache/wheelhouse/${image.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
        const noDeps = request.requirements.complete ? ['--no-deps'] : [];
        const install = [
            'install',
            '--target',
            `${ROOT}/site`,
            '--no-index',
            '--find-links',
            wheelhouse,
            '--no-compile',
            ...noDeps,
            ...requirements,
            ...projectWheel
        ];
        return inTurn(wheelhouse, async () => {
            if (request.requirements.complete && (await pip(install)).code === 0) {
                ctx.log.debug(`${where}: installed from the wheelhouse, nothing downloaded`);
                return { builder: 'docker', installer: 'pip' };
            }
            const steps = [
                ...(requirements.length
                    ? [
                        [
                            'wheel',
                            '--wheel-dir',
                            wheelhouse,
                            '--cache-dir',
                            `${ROOT}/cache/pip`,
                            '--use-pep517',
                            ...noDeps,
                            ...requirements
                        ]
                    ]
                    : []),
                install
            ];
            for (const step of steps) {
                const result = await pip(step);
                if (result.code !== 0)
                    throw dockerBuildError(where, image, result.code, result.stdout + result.stderr, dockerPlatform(target.architecture));
            }
            return { builder: 'docker', installer: 'pip' };
        });
    };
}
const isFile = (file) => (0,promises_.stat)(file).then(info => info.isFile(), () => false);
/**
 * pip asks a `_manylinux` module which manylinux tags the interpreter may install (PEP 600): this
 * one allows only what the Lambda runtime's glibc loads, whatever the build image's glibc is.
 */
function manylinuxPolicy(glibcMinor) {
    return [
        '# Written by lambda-layer: wheels only up to the Lambda runtime glibc (PEP 600).',
        'def manylinux_compatible(major, minor, arch):',
        `    return (major, minor) <= (2, ${glibcMinor})`,
        ''
    ].join('\n');
}
/** Bind mounts by host folder; files elsewhere get their folder mounted read-only. */
class Mounts {
    list = [];
    add(source, target, readOnly) {
        this.list.push({ source: external_node_path_default().resolve(source), target, readOnly });
    }
    /** The container path of a host file, mounting its folder when no mount holds it. */
    pathOf(file) {
        const absolute = external_node_path_default().resolve(file);
        for (const mount of this.list) {
            const rel = external_node_path_default().relative(mount.source, absolute);
            if (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))
                return external_node_path_default().posix.join(mount.target, ...rel.split((external_node_path_default()).sep));
        }
        const target = `${ROOT}/inputs/${this.list.length}`;
        this.add(external_node_path_default().dirname(absolute), target, true);
        return `${target}/${external_node_path_default().basename(absolute)}`;
    }
}
/** A requirement line naming a local file (a wheel the project depends on) with its container path. */
function withContainerPath(line, mounts) {
    const local = localPathOf(line, '/');
    // A relative path is read from the project's mount (the working folder) as it is.
    if (!local || !(external_node_path_default().isAbsolute(local.written) || local.written.startsWith('file:')))
        return line;
    const inside = mounts.pathOf(local.absolute);
    return line.replace(local.written, local.written.startsWith('file:') ? `file://${inside}` : inside);
}
/** pip arguments naming the requirements to install, as container paths. */
async function requirementInputs(request, mounts) {
    const inputs = [];
    if (request.requirements.lines.length) {
        const file = external_node_path_default().join(request.workDir, 'requirements.txt');
        const lines = request.requirements.lines.map(line => withContainerPath(line, mounts));
        await (0,promises_.writeFile)(file, lines.join('\n') + '\n');
        inputs.push('-r', mounts.pathOf(file));
    }
    for (const file of request.requirements.files)
        inputs.push('-r', mounts.pathOf(file));
    return inputs;
}
function dockerBuildError(where, image, code, output, platform) {
    // The image is here, but not for this platform: docker run then tries to pull that variant.
    if (code === 125 && /Unable to find image/i.test(output)) {
        return new src_errors/* DockerError */.Bi(`${where}: ${image} is on this machine only for another architecture, not ${platform}, and the ${platform} variant could not be pulled`, {
            hint: `Pull or build the ${platform} variant of the build image (docker pull --platform ${platform} ...), or build this layer with the native builder (wheels only, any architecture).`
        });
    }
    if (code === KILLED_EXIT) {
        return new src_errors/* DockerError */.Bi(`${where}: the build container (${image}) was killed (exit 137)`, {
            hint: 'It most likely ran out of memory: give Docker more memory, or build fewer layers at once.'
        });
    }
    const failure = compileFailure(output);
    if (failure) {
        return new src_errors/* BuildError */.zS(`${where}: could not build ${failure.packages.join(', ')} from source in ${image}${failure.causes.length ? ` (${failure.causes.join('; ')})` : ''}:\n${failure.lines.join('\n')}`, {
            hint: `The build image lacks what ${failure.packages.join(', ')} ${failure.packages.length > 1 ? 'need' : 'needs'} to compile (headers, libraries, a compiler), or the package does not support this Python: pin a version with a wheel for ${where.replace(/^layer \S+ \((.*)\)$/, '$1')}, use the package's binary variant (e.g. psycopg2-binary), or use a build image that has the missing files.`
        });
    }
    if (/exec format error|does not match the specified platform/i.test(output)) {
        return new src_errors/* DockerError */.Bi(`${where}: ${image} cannot run on this engine's architecture`, {
            hint: 'Building for another architecture in Docker needs QEMU emulation (e.g. docker/setup-qemu-action), or use the native builder.'
        });
    }
    return new src_errors/* BuildError */.zS(`${where}: pip install in ${image} failed (exit ${code}):\n${tail(output)}`, {
        hint: 'Check the requirement named above and that the package index is reachable from the container.'
    });
}

;// CONCATENATED MODULE: ./src/system/paths.ts
// The path guard: every path the tool writes or removes must lie inside one of its own folders
// (the output folder, its temp folder, the cache). Anything else stops the build here.


const roots = new Set();
/** True when `child` is `parent` or lies below it (both made absolute, no symlinks resolved). */
function isInside(child, parent) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(parent), external_node_path_default().resolve(child));
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/** Lets the tool write and remove below `folders` until the returned function is called. */
function allowWritesUnder(...folders) {
    const added = folders.map(folder => external_node_path_default().resolve(folder)).filter(folder => !roots.has(folder));
    for (const folder of added)
        roots.add(folder);
    return () => {
        for (const folder of added)
            roots.delete(folder);
    };
}
/**
 * Returns `target` when it lies inside a folder the tool owns; throws otherwise. `what` says what
 * the path is for ("layer zip", "install folder"), so the message names it.
 */
function guardPath(target, what) {
    const absolute = external_node_path_default().resolve(target);
    if (roots.size === 0 || [...roots].some(root => isInside(absolute, root)))
        return absolute;
    throw new src_errors/* LayerError */.CE(`refusing to write ${what} ${absolute}: it is outside the output, temporary and cache folders`, {
        hint: 'A project name, version, layer name or option put a path outside those folders; check them.'
    });
}

;// CONCATENATED MODULE: ./src/system/exists.ts
// Whether a path exists, as a yes or no that never throws: the one copy of that check.

/** True when `file` exists and can be seen; false on any error (missing, no permission). */
function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/files/pyproject.ts
// Reads and parses a project's pyproject.toml, and finds the line of a key for error messages.




async function readPyproject(projectDir) {
    const file = external_node_path_default().join(projectDir, 'pyproject.toml');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new src_errors/* ProjectError */.wB(code === 'ENOENT'
            ? `no pyproject.toml in ${projectDir}`
            : `cannot read ${file}: ${String(error)}`, {
            hint: 'Point --project (or the project-directory input) at the folder that holds pyproject.toml.'
        });
    }
    try {
        return { path: file, text, data: (0,dist/* parse */.qg)(text) };
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '');
            throw new src_errors/* ConfigError */.xL(`invalid TOML in pyproject.toml at line ${error.line}, column ${error.column}: ${reason}`, {
                file,
                line: error.line,
                hint: 'Fix the syntax at that line.'
            });
        }
        throw new src_errors/* ConfigError */.xL(`invalid TOML in pyproject.toml: ${(0,src_errors/* errorMessage */.gJ)(error)}`, {
            file,
            hint: 'Fix the syntax of pyproject.toml.'
        });
    }
}
/** A nested table by its dotted path, or undefined. */
function tableAt(data, ...keys) {
    let node = data;
    for (const key of keys) {
        if (!isTable(node))
            return undefined;
        node = node[key];
    }
    return isTable(node) ? node : undefined;
}
function isTable(value) {
    return (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date));
}
/**
 * The 1-based line where `key` is set inside the table `[header]` (or the header's own line when
 * the key is not written there, e.g. inline tables). Undefined when the header is absent.
 */
function lineOf(text, header, key) {
    const lines = text.split('\n');
    const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\.\\s*');
    const headerPattern = new RegExp(`^\\s*\\[\\s*${escaped}\\s*\\]`);
    const start = lines.findIndex(line => headerPattern.test(line));
    if (start < 0)
        return undefined;
    if (key === undefined)
        return start + 1;
    const keyPattern = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`);
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (/^\s*\[/.test(line))
            break;
        if (keyPattern.test(line))
            return i + 1;
    }
    return start + 1;
}

;// CONCATENATED MODULE: ./src/project/metadata.ts
// Checks the project's name (PEP 508) and version (PEP 440) before they are used anywhere, so
// every file name built from them is a plain name: no separators, no "..", no newlines.

const metadata_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const VERSION = new RegExp('^v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*' +
    '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?' +
    '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?' +
    '(?:[-_.]?dev[-_.]?[0-9]*)?' +
    '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$', 'i');
/** The name when it is a valid PEP 508 distribution name; a ConfigError otherwise. */
function checkProjectName(name, where) {
    if (metadata_NAME.test(name))
        return name;
    throw new src_errors/* ConfigError */.xL(`${where.label} ${JSON.stringify(name)} is not a valid Python project name`, {
        file: where.file,
        line: where.line,
        hint: 'Use letters, digits, ".", "-" and "_", starting and ending with a letter or digit (PEP 508).'
    });
}
/** The version when it is a valid PEP 440 version; a ConfigError otherwise. */
function checkProjectVersion(version, where) {
    if (VERSION.test(version))
        return version;
    throw new src_errors/* ConfigError */.xL(`${where.label} ${JSON.stringify(version)} is not a valid version`, {
        file: where.file,
        line: where.line,
        hint: 'Use a PEP 440 version such as 1.2.3, 2.0rc1 or 1.0.post1.'
    });
}

;// CONCATENATED MODULE: ./src/project/project.ts
// The Python project as the pipeline sees it: name, version, extras, and how its dependencies are locked.




/** PEP 503 / PEP 685 normalization of project and extra names. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
async function loadProject(dir, pyproject) {
    const pep621 = tableAt(pyproject.data, 'project') ?? {};
    const poetry = tableAt(pyproject.data, 'tool', 'poetry') ?? {};
    const source = (key) => {
        const header = typeof pep621[key] === 'string' ? 'project' : 'tool.poetry';
        const given = typeof pep621[key] === 'string' || typeof poetry[key] === 'string';
        return {
            file: pyproject.path,
            line: given ? lineOf(pyproject.text, header, key) : undefined,
            label: given ? `[${header}] ${key}` : key === 'name' ? 'the project folder name' : key
        };
    };
    const name = checkProjectName(stringOr(pep621.name, stringOr(poetry.name, external_node_path_default().basename(dir))), source('name'));
    const version = checkProjectVersion(stringOr(pep621.version, stringOr(poetry.version, '0.0.0')), source('version'));
    const extras = new Set();
    for (const table of [pep621['optional-dependencies'], poetry.extras]) {
        if (isTable(table))
            for (const extra of Object.keys(table))
                extras.add(normalizeName(extra));
    }
    let lockKind = 'unlocked';
    let lockFile;
    for (const [kind, file] of [
        ['poetry', 'poetry.lock'],
        ['uv', 'uv.lock']
    ]) {
        const candidate = external_node_path_default().join(dir, file);
        if (await exists(candidate)) {
            lockKind = kind;
            lockFile = candidate;
            break;
        }
    }
    return {
        dir,
        pyprojectPath: pyproject.path,
        name: normalizeName(name),
        version,
        extras: [...extras].sort(),
        lockKind,
        lockFile,
        buildable: isTable(pyproject.data['build-system']) || Object.keys(poetry).length > 0,
        poetryOnly: !isTable(pyproject.data.project) && isTable(poetry.dependencies)
    };
}
function stringOr(value, fallback) {
    return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
;// CONCATENATED MODULE: ./src/system/versions.ts
// Versions of Python distributions (the runtime's SDK set, wheels, tools) compared as PEP 440 says
// (@renovatebot/pep440): "1.34" is "1.34.0", 1.0.dev1 < 1.0a1 < 1.0 < 1.0.post1, 1.10 > 1.9.

/** Sort order of two versions; a version PEP 440 cannot read sorts by its text, after valid ones. */
function compareVersions(a, b) {
    const [va, vb] = [(0,pep440/* valid */.rZ)(a), (0,pep440/* valid */.rZ)(b)];
    if (va && vb)
        return (0,pep440/* compare */.UD)(a, b);
    if (va || vb)
        return va ? -1 : 1;
    return a.localeCompare(b, 'en', { numeric: true });
}
/** Whether two versions name the same release ("1.34" and "1.34.0" do); text otherwise. */
function sameVersion(a, b) {
    return (0,pep440/* valid */.rZ)(a) && (0,pep440/* valid */.rZ)(b) ? (0,pep440.eq)(a, b) : a === b;
}

;// CONCATENATED MODULE: ./src/build/wheels/markers.ts
// Environment markers (PEP 508) and version specifiers (PEP 440) evaluated for a Lambda target, so
// the wheel check looks only at the lines the target's installer would install.


/** The marker variables of a Lambda runtime and architecture (CPython on Linux). */
function targetEnvironment(runtime, architecture, extras = []) {
    const python = RUNTIMES[runtime].python;
    return {
        python_version: python,
        // Lambda follows CPython's patch releases; markers almost never name a patch level.
        python_full_version: `${python}.99`,
        implementation_name: 'cpython',
        implementation_version: `${python}.99`,
        platform_python_implementation: 'CPython',
        platform_system: 'Linux',
        sys_platform: 'linux',
        os_name: 'posix',
        platform_machine: ARCHITECTURES[architecture],
        platform_release: '',
        platform_version: '',
        extra: extras.join(',')
    };
}
function tokenize(marker) {
    const tokens = [];
    const pattern = /\s*(?:(\()|(\))|("[^"]*"|'[^']*')|(===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)|(and\b|or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y;
    let index = 0;
    while (index < marker.length) {
        if (/^\s*$/.test(marker.slice(index)))
            break;
        pattern.lastIndex = index;
        const match = pattern.exec(marker);
        if (!match)
            throw new Error(`cannot read the marker "${marker}"`);
        index = pattern.lastIndex;
        if (match[1])
            tokens.push({ kind: 'lp', text: '(' });
        else if (match[2])
            tokens.push({ kind: 'rp', text: ')' });
        else if (match[3])
            tokens.push({ kind: 'str', text: match[3].slice(1, -1) });
        else if (match[4])
            tokens.push({ kind: 'op', text: match[4].replace(/\s+/, ' ') });
        else if (match[5])
            tokens.push({ kind: match[5], text: match[5] });
        else
            tokens.push({ kind: 'var', text: match[6] });
    }
    return tokens;
}
/** True when the marker holds in the environment; throws on a marker it cannot read. */
function evaluateMarker(marker, env) {
    const tokens = tokenize(marker);
    let at = 0;
    const peek = () => tokens[at];
    const next = () => {
        const token = tokens[at++];
        if (!token)
            throw new Error(`the marker "${marker}" ends early`);
        return token;
    };
    const value = (token) => {
        if (token.kind === 'str')
            return { text: token.text, variable: undefined };
        if (token.kind === 'var')
            return { text: env[token.text] ?? '', variable: token.text };
        throw new Error(`unexpected "${token.text}" in the marker "${marker}"`);
    };
    const atom = () => {
        if (peek()?.kind === 'lp') {
            next();
            const result = orExpr();
            if (next().kind !== 'rp')
                throw new Error(`unbalanced parentheses in "${marker}"`);
            return result;
        }
        const left = value(next());
        const op = next();
        if (op.kind !== 'op')
            throw new Error(`expected a comparison in "${marker}"`);
        const right = value(next());
        return compareMarker(left, op.text, right);
    };
    const andExpr = () => {
        let result = atom();
        while (peek()?.kind === 'and') {
            next();
            result = atom() && result;
        }
        return result;
    };
    const orExpr = () => {
        let result = andExpr();
        while (peek()?.kind === 'or') {
            next();
            result = andExpr() || result;
        }
        return result;
    };
    const result = orExpr();
    if (at !== tokens.length)
        throw new Error(`cannot read the marker "${marker}"`);
    return result;
}
const VERSION_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'implementation_version'
]);
function compareMarker(left, op, right) {
    if (op === 'in')
        return right.text.includes(left.text);
    if (op === 'not in')
        return !right.text.includes(left.text);
    if (left.variable === 'extra' || right.variable === 'extra') {
        const [wanted, extras] = left.variable === 'extra' ? [right.text, left.text] : [left.text, right.text];
        const has = extras.split(',').includes(normalizeName(wanted));
        return op === '!=' ? !has : has;
    }
    if (VERSION_VARIABLES.has(left.variable ?? '') && /^[0-9]/.test(right.text))
        return versionMatches(left.text, `${op}${right.text}`);
    if (VERSION_VARIABLES.has(right.variable ?? '') && /^[0-9]/.test(left.text))
        return versionMatches(right.text, `${flip(op)}${left.text}`);
    switch (op) {
        case '==':
        case '===':
            return left.text === right.text;
        case '!=':
            return left.text !== right.text;
        default:
            return versionMatches(left.text, `${op}${right.text}`);
    }
}
const flip = (op) => ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' })[op] ?? op;
/** Release numbers of a version ("2.4.6rc1" -> [2, 4, 6]), pre-release part ignored. */
function release(version) {
    return (/^\s*v?(\d+(?:\.\d+)*)/.exec(version)?.[1] ?? '0').split('.').map(Number);
}
function compareRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff)
            return diff;
    }
    return 0;
}
/** True when a (Python) version satisfies a specifier set such as ">=3.9,!=3.10.*,<4". */
function versionMatches(version, specifiers) {
    const have = release(version);
    for (const clause of specifiers.split(',')) {
        const match = /^\s*(===|==|!=|<=|>=|~=|<|>)\s*([^\s]+)\s*$/.exec(clause);
        if (!match) {
            if (clause.trim())
                return true; // an unreadable clause never hides a wheel
            continue;
        }
        const [, op, text] = match;
        if (text.endsWith('.*')) {
            const prefix = release(text.slice(0, -2));
            const same = compareRelease(have.slice(0, prefix.length), prefix) === 0;
            if ((op === '==') !== same)
                return false;
            continue;
        }
        const want = release(text);
        const cmp = compareRelease(have, want);
        const ok = {
            '==': cmp === 0,
            '===': version === text,
            '!=': cmp !== 0,
            '<=': cmp <= 0,
            '>=': cmp >= 0,
            '<': cmp < 0,
            '>': cmp > 0,
            '~=': cmp >= 0 && compareRelease(have.slice(0, want.length - 1), want.slice(0, -1)) === 0
        }[op];
        if (!ok)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/build/wheels/tags.ts
// Wheel file names and the tags a Lambda runtime accepts: CPython 3.X's interpreter and ABI tags,
// and the manylinux platform tags its glibc and architecture can load (PEP 425, 600, 491).


/** Reads a wheel's file name; undefined for anything that is not a wheel. */
function parseWheelName(fileName) {
    if (!fileName.endsWith('.whl'))
        return undefined;
    const parts = fileName.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return undefined;
    const [name, version] = parts;
    const [python, abi, platform] = parts.slice(-3);
    return {
        name: normalizeName(name),
        version,
        pythons: python.split('.'),
        abis: abi.split('.'),
        platforms: platform.split('.')
    };
}
/** The version in a source distribution's file name (name-version.tar.gz / .zip). */
function sdistVersion(fileName, name) {
    const match = /^(.*)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(fileName);
    if (!match)
        return undefined;
    const stem = match[1];
    const cut = stem.lastIndexOf('-');
    if (cut <= 0 || normalizeName(stem.slice(0, cut)) !== name)
        return undefined;
    return stem.slice(cut + 1);
}
/** The glibc a manylinux platform tag needs (as the minor of 2.N), or undefined for other tags. */
function manylinuxGlibc(platform, machine) {
    const legacy = { manylinux1: 5, manylinux2010: 12, manylinux2014: 17 };
    if (!platform.endsWith(`_${machine}`))
        return undefined;
    const stem = platform.slice(0, -machine.length - 1);
    if (stem in legacy)
        return legacy[stem];
    const match = /^manylinux_2_(\d+)$/.exec(stem);
    return match ? Number(match[1]) : undefined;
}
function targetTags(runtime, architecture) {
    const minor = Number(RUNTIMES[runtime].python.split('.')[1]);
    return {
        cpython: `cp3${minor}`,
        minor,
        machine: ARCHITECTURES[architecture],
        glibc: RUNTIMES[runtime].glibc
    };
}
/** True when the interpreter and ABI tags fit CPython 3.X (cp3X, abi3 from older cp3Y, py3 / py3Y). */
function fitsPython(wheel, target) {
    for (const python of wheel.pythons) {
        for (const abi of wheel.abis) {
            const cp = /^cp3(\d+)$/.exec(python);
            if (cp && abi === target.cpython && python === target.cpython)
                return true;
            if (cp && abi === 'abi3' && Number(cp[1]) <= target.minor && Number(cp[1]) >= 2)
                return true;
            if (abi !== 'none')
                continue;
            if (python === target.cpython || python === 'py3')
                return true;
            const py = /^py3(\d+)$/.exec(python);
            if (py && Number(py[1]) <= target.minor)
                return true;
        }
    }
    return false;
}
/**
 * The oldest glibc (2.N minor) among the wheel's platform tags that the target can load: 0 for a
 * pure wheel ("any"), undefined when no tag fits the architecture and glibc.
 */
function platformNeed(wheel, target) {
    let best;
    for (const platform of wheel.platforms) {
        if (platform === 'any')
            return 0;
        const glibc = manylinuxGlibc(platform, target.machine);
        if (glibc !== undefined && glibc <= target.glibc && (best === undefined || glibc < best))
            best = glibc;
    }
    return best;
}
/** The oldest glibc any of the wheel's tags for this architecture needs (to say "2_28+ only"). */
function oldestGlibcFor(wheel, machine) {
    const needs = wheel.platforms
        .map(platform => manylinuxGlibc(platform, machine))
        .filter((n) => n !== undefined);
    return needs.length ? Math.min(...needs) : undefined;
}

;// CONCATENATED MODULE: ./src/build/wheels/availability.ts
// The wheel decision, made before installing: for each pinned requirement that applies to the
// target, does the index publish a wheel the runtime can load? Every blocker is named, with why
// and the newest version that does publish a compatible wheel.





/** Pinned requirements (name==version) of requirement lines whose markers hold for the target. */
function pinnedFor(lines, runtime, architecture, extras = []) {
    const env = targetEnvironment(runtime, architecture, extras);
    const pins = new Map();
    for (const raw of lines) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#') || line.startsWith('-'))
            continue;
        const [spec = '', marker] = line.split(/;(.*)/s, 2);
        const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,;]+)\s*$/.exec(spec.trim());
        if (!match)
            continue;
        if (applies(marker, env)) {
            const name = normalizeName(match[1]);
            pins.set(name, { name, version: match[2] });
        }
    }
    return [...pins.values()];
}
/** Whether a line's marker holds; an unreadable marker counts as holding (check rather than skip). */
function applies(marker, env) {
    try {
        return marker ? evaluateMarker(marker, env) : true;
    }
    catch {
        return true;
    }
}
/** Decides every pin against the index; at most `parallel` index requests at once. */
async function checkAvailability(pins, runtime, architecture, client, parallel = 8) {
    const tags = targetTags(runtime, architecture);
    const uvGlibc = Number(/_2_(\d+)$/.exec(uvPlatform(runtime, architecture))?.[1] ?? 17);
    const result = { blockers: [], unknown: [], beyondUv: [] };
    const queue = [...pins];
    const worker = async () => {
        for (let pin = queue.shift(); pin; pin = queue.shift()) {
            const files = await client.files(pin.name);
            if (!files) {
                result.unknown.push(pin);
                continue;
            }
            const need = bestNeed(filesOf(files, pin.name, pin.version), tags);
            if (need === undefined)
                result.blockers.push(blocker(pin, files, tags, runtime));
            else if (need > uvGlibc)
                result.beyondUv.push(pin);
        }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, pins.length) }, worker));
    const byName = (a, b) => a.name.localeCompare(b.name);
    result.blockers.sort(byName);
    result.unknown.sort(byName);
    result.beyondUv.sort(byName);
    return result;
}
/** The lowest glibc a compatible wheel among these files needs; undefined when none fits. */
function bestNeed(files, tags) {
    let best;
    for (const file of files) {
        const wheel = parseWheelName(file.filename);
        if (!wheel || !fitsPython(wheel, tags))
            continue;
        if (file.requiresPython && !versionMatches(`3.${tags.minor}.99`, file.requiresPython))
            continue;
        const need = platformNeed(wheel, tags);
        if (need !== undefined && (best === undefined || need < best))
            best = need;
    }
    return best;
}
function fileVersion(file, name) {
    return parseWheelName(file.filename)?.version ?? sdistVersion(file.filename, name);
}
function filesOf(files, name, version) {
    return files.filter(file => {
        const found = fileVersion(file, name);
        return found !== undefined && sameVersion(found, version);
    });
}
function blocker(pin, files, tags, runtime) {
    const what = `${pin.name} ${pin.version}`;
    const own = filesOf(files, pin.name, pin.version);
    const wheels = own.map(file => parseWheelName(file.filename)).filter(w => w !== undefined);
    const forPython = wheels.filter(wheel => fitsPython(wheel, tags));
    const forMachine = forPython
        .map(wheel => oldestGlibcFor(wheel, tags.machine))
        .filter((n) => n !== undefined);
    let why;
    if (own.length === 0)
        why = `the index lists no files for ${what}`;
    else if (wheels.length === 0)
        why = `${what} publishes only a source distribution`;
    else if (forPython.length === 0)
        why = `${what} publishes no ${tags.cpython} wheel`;
    else if (forMachine.length === 0)
        why = `${what} publishes no ${tags.machine} wheel for ${tags.cpython}`;
    else
        why = `${what} publishes only manylinux_2_${Math.min(...forMachine)}+ wheels for ${tags.cpython} ${tags.machine} — ${runtime} runs on glibc ${glibcOf(runtime)}`;
    const newest = newestCompatible(files, pin, tags);
    if (newest)
        return {
            ...pin,
            newest,
            reason: `${why}; ${pin.name} ${newest} is the newest with a compatible wheel`
        };
    const anyForMachine = files.some(file => {
        const wheel = parseWheelName(file.filename);
        return wheel && wheel.platforms.some(p => p === 'any' || p.endsWith(`_${tags.machine}`));
    });
    const none = anyForMachine
        ? `no version of ${pin.name} publishes a wheel ${runtime} ${tags.machine} can load`
        : `${pin.name} publishes no ${tags.machine} wheel at any version`;
    return { ...pin, reason: `${why}; ${none}` };
}
function newestCompatible(files, pin, tags) {
    const pre = isPrerelease(pin.version);
    const versions = new Map();
    for (const file of files) {
        if (file.yanked)
            continue;
        const version = fileVersion(file, pin.name);
        if (!version || (!pre && isPrerelease(version)))
            continue;
        const list = versions.get(version) ?? [];
        list.push(file);
        versions.set(version, list);
    }
    const sorted = [...versions.entries()].sort(([a], [b]) => compareVersions(b, a));
    return sorted.find(([, list]) => bestNeed(list, tags) !== undefined)?.[0];
}
const isPrerelease = (version) => /(a|b|rc|alpha|beta|c|pre|preview|dev)\d*/i.test(version.replace(/^\d+(\.\d+)*/, ''));

;// CONCATENATED MODULE: ./src/build/wheels/index-client.ts
// Reads a project's file list from the package index in force (the JSON simple API of PEP 691,
// else the HTML simple index of PEP 503), and tells an unreachable index from a missing project.



/** The index could not be asked (network, DNS, TLS, HTTP 401/403/5xx): not a missing wheel. */
class IndexUnreachable extends Error {
    url;
    reason;
    constructor(url, reason) {
        super(`could not read ${redactUrl(url)}: ${reason}`);
        this.url = url;
        this.reason = reason;
    }
}
/** A URL with any user name and password replaced by "***". */
function redactUrl(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
/** A client over the indexes and local wheel folders; answers are kept for the whole build. */
function createIndexClient(where, options = {}) {
    const doFetch = options.fetch ?? fetch;
    const memo = new Map();
    async function fromIndex(base, name) {
        const pageUrl = `${base.replace(/\/+$/, '')}/${name}/`;
        const { url, headers } = withAuth(pageUrl);
        headers.Accept = 'application/vnd.pypi.simple.v1+json, text/html;q=0.2';
        const attempts = options.attempts ?? 3;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await doFetch(url, {
                    headers,
                    redirect: 'follow',
                    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
                });
            }
            catch (error) {
                if (attempt < attempts)
                    continue;
                throw new IndexUnreachable(pageUrl, networkReason(error));
            }
            if (response.status === 404)
                return undefined;
            if (response.status >= 500 && attempt < attempts)
                continue;
            if (!response.ok) {
                const auth = response.status === 401 || response.status === 403;
                throw new IndexUnreachable(pageUrl, `HTTP ${response.status}${auth ? ' (the index wants credentials)' : ''}`);
            }
            const type = response.headers.get('content-type') ?? '';
            const body = await response.text();
            return type.includes('json') ? jsonFiles(body) : htmlFiles(body, response.url || url);
        }
    }
    async function fromFolder(folder, name) {
        const entries = await (0,promises_.readdir)(folder).catch(() => []);
        return entries
            .filter(file => normalizeName(file.split('-')[0] ?? '') === name)
            .map(file => ({ filename: file, url: `file://${folder}/${file}`, yanked: false }));
    }
    return {
        files(project) {
            const name = normalizeName(project);
            let pending = memo.get(name);
            if (!pending) {
                pending = (async () => {
                    const lists = await Promise.all([
                        ...where.indexes.map(base => fromIndex(base, name)),
                        ...where.findLinks.map(folder => fromFolder(folder, name))
                    ]);
                    const known = lists.filter((list) => list !== undefined);
                    const indexKnows = lists.slice(0, where.indexes.length).some(list => list !== undefined);
                    if (!indexKnows && known.every(list => list.length === 0))
                        return undefined;
                    return known.flat();
                })();
                memo.set(name, pending);
            }
            return pending;
        }
    };
}
/** fetch refuses URLs with credentials: move them into an Authorization header. */
function withAuth(pageUrl) {
    const parsed = new URL(pageUrl);
    const headers = {};
    if (parsed.username || parsed.password) {
        const user = decodeURIComponent(parsed.username);
        const password = decodeURIComponent(parsed.password);
        headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        parsed.username = '';
        parsed.password = '';
    }
    return { url: parsed.toString(), headers };
}
function networkReason(error) {
    const cause = error.cause;
    if (error instanceof Error && error.name === 'TimeoutError')
        return 'no answer within 30 s';
    if (cause?.code)
        return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
    return (0,src_errors/* errorMessage */.gJ)(error);
}
function jsonFiles(body) {
    const page = JSON.parse(body);
    return (page.files ?? []).map(file => ({
        filename: file.filename,
        requiresPython: file['requires-python'] ?? undefined,
        yanked: Boolean(file.yanked)
    }));
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const index_client_unescape = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ENTITIES[e] ?? '');
function htmlFiles(body, pageUrl) {
    const files = [];
    for (const match of body.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
        const attributes = match[1];
        const href = /href\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
        if (!href)
            continue;
        const requiresPython = /data-requires-python\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
        const url = new URL(index_client_unescape(href), pageUrl);
        files.push({
            filename: index_client_unescape(match[2]).trim() ||
                decodeURIComponent(url.pathname.split('/').pop() ?? ''),
            requiresPython: requiresPython ? index_client_unescape(requiresPython) : undefined,
            yanked: /data-yanked/i.test(attributes)
        });
    }
    return files;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/build/wheels/index-locations.ts
// Which package indexes and wheel folders the installer in force reads: index options in the
// requirement lines, then uv's UV_* or pip's PIP_* variables and pip.conf, else PyPI.



const DEFAULT_INDEX = 'https://pypi.org/simple';
const words = (value) => (value ?? '').split(/\s+/).filter(Boolean);
const localFolder = (item) => /^[a-z][a-z0-9+.-]*:\/\//i.test(item) && !item.startsWith('file://')
    ? undefined
    : item.replace(/^file:\/\//, '');
/** Index settings from pip's configuration files ([global], then [install]; later files win). */
async function pipConfig(env) {
    const home = env.HOME ?? external_node_os_default().homedir();
    const files = [
        '/etc/xdg/pip/pip.conf',
        '/etc/pip.conf',
        external_node_path_default().join(home, '.pip', 'pip.conf'),
        external_node_path_default().join(env.XDG_CONFIG_HOME ?? external_node_path_default().join(home, '.config'), 'pip', 'pip.conf'),
        ...(env.PIP_CONFIG_FILE && env.PIP_CONFIG_FILE !== (external_node_os_default()).devNull ? [env.PIP_CONFIG_FILE] : [])
    ];
    const settings = {};
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
        let section = '';
        let key = '';
        for (const raw of text.split('\n')) {
            const line = raw.replace(/\s*[#;].*$/, '');
            const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
            if (header) {
                section = header[1].trim();
                key = '';
                continue;
            }
            if (section !== 'global' && section !== 'install')
                continue;
            const item = /^([A-Za-z0-9_-]+)\s*[=:]\s*(.*)$/.exec(line);
            if (item) {
                key = item[1].replace(/_/g, '-');
                if (section === 'install' || !(`install:${key}` in settings))
                    settings[key] = item[2].trim();
                if (section === 'install')
                    settings[`install:${key}`] = '1';
            }
            else if (key && /^\s+\S/.test(raw)) {
                settings[key] = `${settings[key] ?? ''} ${line.trim()}`.trim();
            }
        }
    }
    return settings;
}
/**
 * The locations the installer reads for these requirement lines, or undefined when it reads no
 * index and no local folder (then nothing can be checked before installing).
 */
async function indexLocations(installer, env, lines) {
    let index;
    const extras = [];
    const findLinks = [];
    let noIndex = false;
    for (const line of lines) {
        const option = /^(--index-url|-i|--extra-index-url|--find-links|-f|--no-index)(?:[\s=]+(\S+))?/.exec(line.trim());
        if (!option)
            continue;
        const [, name, value] = option;
        if (name === '--no-index')
            noIndex = true;
        else if (!value)
            continue;
        else if (name === '--index-url' || name === '-i')
            index = value;
        else if (name === '--extra-index-url')
            extras.push(value);
        else
            findLinks.push(value);
    }
    if (installer === 'uv') {
        index ??= env.UV_DEFAULT_INDEX || env.UV_INDEX_URL || undefined;
        extras.push(...words(env.UV_INDEX).map(item => item.replace(/^[A-Za-z0-9_-]+=(?=[a-z]+:)/i, '')), ...words(env.UV_EXTRA_INDEX_URL));
        findLinks.push(...words(env.UV_FIND_LINKS));
        noIndex ||= /^(1|true|yes)$/i.test(env.UV_NO_INDEX ?? '');
    }
    else {
        const conf = await pipConfig(env);
        index ??= env.PIP_INDEX_URL || conf['index-url'] || undefined;
        extras.push(...words(env.PIP_EXTRA_INDEX_URL ?? conf['extra-index-url']));
        findLinks.push(...words(env.PIP_FIND_LINKS ?? conf['find-links']));
        noIndex ||= /^(1|true|yes|on)$/i.test(env.PIP_NO_INDEX ?? conf['no-index'] ?? '');
    }
    const folders = findLinks.map(localFolder).filter((f) => Boolean(f));
    const indexes = noIndex ? [] : [index ?? DEFAULT_INDEX, ...extras];
    if (indexes.length === 0 && folders.length === 0)
        return undefined;
    return { indexes, findLinks: folders };
}

;// CONCATENATED MODULE: ./src/build/wheels/decide.ts
// The native builder's wheel decision for one target: reads the pinned requirements (lines and
// requirement files), asks the index in force, and turns the answer into typed errors.





/** One decider per build: index answers are shared by every target. */
function createWheelDecider(env = process.env, fetchImpl) {
    const clients = new Map();
    return {
        async decide({ target, requirements }, installer) {
            const fileLines = await Promise.all(requirements.files.map(file => (0,promises_.readFile)(file, 'utf8').catch(() => '')));
            const lines = [...requirements.lines, ...fileLines.flatMap(text => text.split('\n'))];
            const pins = pinnedFor(lines, target.runtime, target.architecture, target.layer.extras);
            if (pins.length === 0)
                return undefined;
            const where = await indexLocations(installer, env, lines);
            if (!where)
                return undefined;
            const key = JSON.stringify(where);
            let client = clients.get(key);
            if (!client) {
                client = createIndexClient(where, { fetch: fetchImpl });
                clients.set(key, client);
            }
            const label = (0,src_errors/* layerLabel */.E5)(target);
            let availability;
            try {
                availability = await checkAvailability(pins, target.runtime, target.architecture, client);
            }
            catch (error) {
                if (!(error instanceof IndexUnreachable))
                    throw error;
                throw new src_errors/* NetworkError */.Dr(`${label}: the package index could not be reached, so no package was checked or installed: ${error.message}`, {
                    hint: `Check the network, proxy and credentials for ${redactUrl(error.url.replace(/[^/]+\/$/, ''))} (index settings: PIP_INDEX_URL, UV_INDEX_URL, UV_DEFAULT_INDEX, pip.conf). This is not a missing wheel: Docker would not help.`
                });
            }
            if (availability.unknown.length) {
                const names = availability.unknown.map(p => `${p.name}==${p.version}`).join(', ');
                throw new src_errors/* BuildError */.zS(`${label}: ${names} not found on the package index (${where.indexes.map(redactUrl).join(', ') || 'no index'})`, {
                    hint: 'Check the package name, or point the installer at the index that publishes it (PIP_INDEX_URL / UV_INDEX_URL, or --extra-index-url in the lock).'
                });
            }
            if (availability.blockers.length) {
                throw new src_errors/* NoWheelError */.tc(availability.blockers.map(b => ({ name: b.name, version: b.version })), target.runtime, target.architecture, target.layer.name, availability.blockers.map(b => b.reason));
            }
            return availability;
        }
    };
}

;// CONCATENATED MODULE: ./src/build/native.ts
// The native builder: installs a layer from wheels on the host with `uv pip install --target`
// (or pip), for the runtime's Python version and the platform tags its glibc and architecture allow.








function nativeBuilder(ctx, installer) {
    const wheels = ctx.wheels ?? createWheelDecider();
    return async (request) => {
        await (0,promises_.mkdir)(guardPath(request.siteDir, 'install folder'), { recursive: true });
        const inputs = await installerInputs(request);
        if (inputs.length === 0)
            return { builder: 'native', installer };
        const install = async (use) => {
            const { command, args, env } = use === 'uv'
                ? await uvCommand(ctx, request, inputs)
                : await pipCommand(ctx, request, inputs, installer === 'uv');
            ctx.log.debug([...command, ...args].join(' '));
            const result = await ctx.run(command[0], [...command.slice(1), ...args], {
                env,
                onStderrLine: line => ctx.log.debug(line)
            });
            if (result.code !== 0)
                return result.stderr + result.stdout;
            // uv keeps a lock file for the target folder; it is not part of the layer.
            await (0,promises_.rm)(external_node_path_default().join(request.siteDir, '.lock'), { force: true });
            return undefined;
        };
        if (installer === 'uv') {
            // uv alone first: a layer whose wheels uv finds needs no other question to the index. When
            // it fails, every pin is looked up (wheels.decide), so all blockers are named at once, an
            // unreachable index is told from a missing wheel, and wheels only pip can select go to pip.
            const failed = await install('uv');
            if (failed === undefined)
                return { builder: 'native', installer };
            const decision = await wheels.decide(request, installer);
            if (!decision?.beyondUv.length)
                throw installError(request, 'uv', failed);
            // uv's newest manylinux target below glibc 2.28 is 2_17: wheels tagged 2_24..2_26 (which
            // Amazon Linux 2 loads) need pip, which takes the runtime's exact tag list.
            const { target } = request;
            const names = decision.beyondUv.map(p => `${p.name} ${p.version}`).join(', ');
            ctx.log.info(`layer ${target.layer.name} (${target.runtime} ${target.architecture}): the only wheels of ${names} that glibc 2.${RUNTIMES[target.runtime].glibc} loads are tagged manylinux_2_24..2_${RUNTIMES[target.runtime].glibc}, which uv cannot select: installing this layer with pip (the runtime's exact tags)`);
            await (0,promises_.rm)(request.siteDir, { recursive: true, force: true });
            await (0,promises_.mkdir)(request.siteDir, { recursive: true });
        }
        else {
            // Every pin is decided before pip runs: pip names one missing wheel at a time.
            await wheels.decide(request, installer);
        }
        const failed = await install('pip');
        if (failed !== undefined)
            throw installError(request, 'pip', failed);
        return { builder: 'native', installer: 'pip' };
    };
}
/** Installer arguments naming what to install: the pinned lines, requirement files, the project wheel. */
async function installerInputs({ requirements, projectWheel, workDir }) {
    const inputs = [];
    if (requirements.lines.length) {
        const file = external_node_path_default().join(workDir, 'requirements.txt');
        await (0,promises_.mkdir)(workDir, { recursive: true });
        await (0,promises_.writeFile)(file, requirements.lines.join('\n') + '\n');
        inputs.push('-r', file);
    }
    for (const file of requirements.files)
        inputs.push('-r', file);
    if (projectWheel)
        inputs.push(projectWheel);
    return inputs;
}
async function uvCommand(ctx, { target, requirements, siteDir }, inputs) {
    return {
        command: await ctx.tools.uv(),
        args: [
            'pip',
            'install',
            '--target',
            siteDir,
            '--python-version',
            RUNTIMES[target.runtime].python,
            '--python-platform',
            uvPlatform(target.runtime, target.architecture),
            '--only-binary',
            ':all:',
            // Hard links into uv's cache where it shares the file system (else uv copies): no bytes
            // copied. Later steps never write into an installed file: they remove it or replace it by a
            // rename (strip works on its own copy, see shape/strip.ts; bytecode is new files).
            '--link-mode',
            'hardlink',
            // No INSTALLER/REQUESTED/direct_url.json: they name host paths and break reproducibility.
            '--no-installer-metadata',
            ...(requirements.complete ? ['--no-deps'] : []),
            ...inputs
        ],
        env: ctx.uvEnv
    };
}
async function pipCommand(ctx, { target, requirements, siteDir }, inputs, 
/** Standing in for uv: read the index uv would (UV_* settings as PIP_*). */
forUv = false) {
    return {
        command: [...(await ctx.tools.python()), '-m', 'pip'],
        args: [
            'install',
            '--target',
            siteDir,
            '--python-version',
            RUNTIMES[target.runtime].python,
            '--implementation',
            'cp',
            ...pipPlatforms(target.runtime, target.architecture).flatMap(tag => ['--platform', tag]),
            '--only-binary=:all:',
            // pip checks Requires-Python against the host's interpreter even with --python-version;
            // the wheel tags already hold every package to the runtime's Python.
            '--ignore-requires-python',
            '--no-compile',
            '--disable-pip-version-check',
            '--cache-dir',
            ctx.pipCacheDir,
            ...(requirements.complete ? ['--no-deps'] : []),
            ...inputs
        ],
        env: forUv ? indexSettings(process.env) : {}
    };
}
/** Packages the installer found no compatible wheel for, from uv's or pip's error output. */
function packagesWithoutWheel(output) {
    const found = new Map();
    const patterns = [
        // uv writes a pin with its marker: numpy{python_full_version < '3.12'}==2.4.6
        /([A-Za-z0-9][A-Za-z0-9._-]*)(?:\{[^}]*\})?==([^\s,]+) has no (?:usable |compatible )?wheels/g,
        /Because (?:there is no version of |only )?([A-Za-z0-9][A-Za-z0-9._-]*)(?:==([^\s,]+))? (?:has no|is not available)[^\n]*wheels/g,
        /Could not find a version that satisfies the requirement ([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?:==([^\s;,]+))?/g
    ];
    for (const pattern of patterns) {
        for (const match of output.matchAll(pattern)) {
            const name = match[1];
            if (!found.has(name.toLowerCase()))
                found.set(name.toLowerCase(), { name, version: match[2] });
        }
    }
    return [...found.values()];
}
/** Installer output that says the index could not be reached (pip retries, uv request errors). */
const NETWORK = /Failed to establish a new connection|Temporary failure in name resolution|Name or service not known|Could not fetch URL|ProxyError|SSLError|Max retries exceeded|Retrying \(Retry\(|Failed to fetch:|error sending request|dns error|tcp connect error|Request failed after \d+ retries|Connection refused/i;
function installError(request, installer, output) {
    const { target } = request;
    const where = (0,src_errors/* layerLabel */.E5)(target);
    if (NETWORK.test(output)) {
        return new src_errors/* NetworkError */.Dr(`${where}: ${installer} could not reach the package index:\n${tail(output)}`, {
            hint: 'Check the network, proxy and credentials of the index (PIP_INDEX_URL, UV_INDEX_URL, UV_DEFAULT_INDEX, pip.conf). This is not a missing wheel: Docker would not help.'
        });
    }
    const missing = packagesWithoutWheel(output);
    if (missing.length)
        return new src_errors/* NoWheelError */.tc(missing, target.runtime, target.architecture, target.layer.name);
    return new src_errors/* BuildError */.zS(`${where}: ${installer} install failed:\n${tail(output)}`, {
        hint: 'Check the requirement named above and that the package index is reachable.'
    });
}

;// CONCATENATED MODULE: ./src/build/select.ts



function createBuilder(config, ctx) {
    const docker = () => dockerBuilder({
        docker: ctx.docker,
        log: ctx.log,
        projectDir: config.projectDir,
        image: config.buildImage,
        cacheDir: ctx.dockerCacheDir
    });
    switch (config.builder) {
        case 'native':
            return nativeBuilder(ctx, config.installer);
        case 'docker':
            return docker();
        case 'auto':
            return autoBuilder({
                native: nativeBuilder(ctx, config.installer),
                docker: docker(),
                engine: ctx.docker,
                log: ctx.log
            });
    }
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
// "Did you mean" suggestions for misspelt keys, flags and names.
/** Levenshtein edit distance between two short strings. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The closest candidate within a third of the word's length, if any. */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** " (did you mean X?)" or "". */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match ? ` (did you mean "${match}"?)` : '';
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// Expands the configuration into one LayerTarget per (layer x runtime x architecture), checking
// each layer against the project (its extras, whether it can build its own wheel).





/** The file name of a target's zip. */
function zipFileName(target) {
    return `${target.id}.zip`;
}
function planLayers(config, project, pyprojectText = '') {
    for (const layer of config.layers)
        checkLayer(layer, project, config.pyprojectPath, pyprojectText);
    const targets = [];
    for (const layer of config.layers) {
        for (const runtime of config.runtimes) {
            for (const architecture of config.architectures) {
                targets.push({
                    layer,
                    runtime,
                    architecture,
                    id: [project.name, project.version, layer.name, runtime, architecture].join('-'),
                    sitePackages: sitePackagesPath(runtime, config.layout)
                });
            }
        }
    }
    return targets;
}
function checkLayer(layer, project, file, text) {
    const header = `tool.lambda-layer.layers.${layer.name}`;
    for (const extra of layer.extras) {
        if (!project.extras.includes(normalizeName(extra))) {
            const available = project.extras.length ? project.extras.join(', ') : 'none';
            throw new src_errors/* ConfigError */.xL(`layer ${layer.name}: unknown extra "${extra}"${didYouMean(extra, project.extras)}; the project declares: ${available}`, {
                file,
                line: lineOf(text, header, 'extras'),
                hint: 'Extras come from [project.optional-dependencies] (or [tool.poetry.extras]).'
            });
        }
    }
    if (layer.includeProject && !project.buildable) {
        throw new src_errors/* ConfigError */.xL(`layer ${layer.name} includes the project, but pyproject.toml has no [build-system]`, {
            file,
            line: lineOf(text, header, 'include-project'),
            hint: 'Add a [build-system] table so the project can be built into a wheel, or set include-project = false.'
        });
    }
}

;// CONCATENATED MODULE: ./src/report/failures.ts
// Failed targets in the report: which layer, runtime and architecture failed, at which stage, why
// and what to do; and the error a build ends with when a target failed or a size is over the limit.


/** What the failure of one target records: the message and hint of the error. */
function failureOf(target, stage, error, failedZip) {
    const message = (0,src_errors/* errorMessage */.gJ)(error);
    const hint = error instanceof src_errors/* LayerError */.CE ? error.hint : undefined;
    return {
        ...target,
        stage,
        error: message,
        ...(hint ? { hint } : {}),
        ...(failedZip ? { failedZip } : {})
    };
}
/** The failure of a planned target, named as the report names it (its zip's file name). */
function targetFailure(target, stage, error, failedZip) {
    const { runtime, architecture } = target;
    const names = { layer: target.layer.name, runtime, architecture, fileName: zipFileName(target) };
    return failureOf(names, stage, error, failedZip);
}
/** One line per failed target, for the console and the action log. */
function failureLines(report) {
    return (report.failures ?? []).map(f => {
        const [first, ...rest] = f.error.split('\n');
        const detail = rest.length ? `\n    ${rest.map(line => line.trim()).join('\n    ')}` : '';
        const aside = f.failedZip ? `\n    zip moved aside: ${f.failedZip}` : '';
        const hint = f.hint ? `\n    hint: ${f.hint}` : '';
        return `${(0,src_errors/* layerLabel */.E5)(f, 'short')} failed at ${f.stage}: ${first}${detail}${aside}${hint}`;
    });
}
/** The report a failed build still carries (and the error, typed), if any. */
function reportOf(error) {
    return error instanceof src_errors/* BuildFailedError */.Wu
        ? { report: error.report, reportPath: error.reportPath, error }
        : undefined;
}
/** The error a build with failed targets ends with (after the report is written). */
function targetsFailed(report, reportPath, overLimit, conflicts = []) {
    const failed = report.failures;
    const total = failed.length + report.layers.length;
    const names = failed.map(f => `${(0,src_errors/* layerLabel */.E5)(f, 'short')} (${f.stage})`);
    return new src_errors/* BuildFailedError */.Wu(`${failed.length} of ${total} targets failed: ${names.join(', ')}${more(overLimit, conflicts)}`, report, reportPath, {
        hint: `Nothing was published. The other zips and ${reportPath} were written; each failure above says what to do.`
    });
}
/** The error of a build whose combined layers carry one package in different versions. */
function combinationsConflict(report, reportPath, overLimit, conflicts) {
    return new src_errors/* BuildFailedError */.Wu(`layers used together disagree:\n  ${conflicts.join('\n  ')}${more(overLimit, [])}`, report, reportPath, {
        hint: 'Nothing was published. Build the layers from one lock so their versions agree, or set dependencies = false on the layer that adds to the others so only one carries the package.'
    });
}
function more(overLimit, conflicts) {
    return [
        overLimit.length ? `\nover Lambda's unzipped size limit:\n  ${overLimit.join('\n  ')}` : '',
        conflicts.length ? `\nlayers used together disagree:\n  ${conflicts.join('\n  ')}` : ''
    ].join('');
}

;// CONCATENATED MODULE: ./src/report/format.ts
// Human-readable sizes and percentages shared by every rendering of the report.
const UNITS = ['B', 'KiB', 'MiB', 'GiB'];
/** 1536 -> "1.5 KiB"; binary units, one decimal. */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
function formatPercent(value) {
    return `${value.toFixed(1)}%`;
}

;// CONCATENATED MODULE: ./src/lambda/limits.ts
// Lambda's size limits for layers: what a function and its layers may unzip to, and what a
// direct upload may carry.
/** Lambda's limit on the unzipped size of a function and all its layers. */
const UNZIPPED_LIMIT = 262_144_000;
/** Zips above this size cannot be published with a direct ZipFile upload; they go through S3. */
const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/report/notes.ts
// Notes under the size table (console, action log and job summary): each combination as Lambda
// extracts it, packages its layers share, and native libraries vendored more than once.



const LIBRARIES_SHOWN = 3;
/** `libgdal` in 3 folders: "libgdal 3 copies (pyogrio.libs 93.0 MiB, …), 226.0 MiB together". */
function libraryLine(dup) {
    const where = dup.copies
        .map(copy => {
        const folder = copy.path.split('/').slice(-2, -1)[0] ?? copy.path;
        return `${copy.layer ? `${copy.layer}: ` : ''}${folder} ${formatBytes(copy.bytes)}`;
    })
        .join(', ');
    return `${dup.library} is vendored ${dup.copies.length} times (${where}), ${formatBytes(dup.bytes)} together`;
}
function reportNotes(report) {
    const notes = [];
    for (const c of report.combinations) {
        const label = (0,src_errors/* combinationLabel */.Sn)(c);
        const summed = c.summedBytes !== undefined && c.summedBytes !== c.unzippedBytes
            ? ` (the layers add up to ${formatBytes(c.summedBytes)}; files in several layers count once)`
            : '';
        notes.push(`${label}: ${formatBytes(c.unzippedBytes)} unzipped as Lambda extracts it, ${formatPercent(c.limitPercent)} of ${formatBytes(UNZIPPED_LIMIT)}${summed}`);
        for (const problem of c.problems ?? [])
            notes.push(`${label}: ${problem}`);
        for (const note of c.notes ?? [])
            notes.push(`${label}: ${note}`);
        for (const dup of (c.duplicateLibraries ?? []).slice(0, LIBRARIES_SHOWN))
            notes.push(`${label}: ${libraryLine(dup)}`);
    }
    for (const layer of report.layers) {
        for (const dup of (layer.duplicateLibraries ?? []).slice(0, LIBRARIES_SHOWN))
            notes.push(`${(0,src_errors/* layerLabel */.E5)(layer, 'short')}: ${libraryLine(dup)}`);
    }
    return notes;
}
/** Combination problems that fail the build: shared packages of different versions. */
function combinationConflicts(report) {
    return report.combinations.flatMap(c => (c.problems ?? []).map(problem => `combination ${c.name} (${c.layers.join(' + ')}, ${c.runtime} ${c.architecture}): ${problem}`));
}

;// CONCATENATED MODULE: ./src/system/atomic.ts
// Atomic outputs: every file (or installed folder) is written under a unique temporary name beside
// it and renamed into place, so a reader never sees half of one and two writers never share one.






/** A fresh temporary name next to `file` (same folder, so the final rename is atomic). */
function temporaryNameFor(file) {
    return external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
}
/** Writes `data` to `file` through a temporary name; on failure nothing is left under either. */
async function writeFileAtomic(file, data) {
    guardPath(file, 'output file');
    const temporary = temporaryNameFor(file);
    (0,interrupt/* removeOnInterrupt */.vY)(temporary);
    try {
        await (0,promises_.writeFile)(temporary, data);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    finally {
        (0,interrupt/* forgetOnInterrupt */.ai)(temporary);
    }
}
/**
 * Fills a private folder beside `dir` and renames it into place (pinned tools, the SDK set). When
 * another process put `dir` in place meanwhile (`ready(dir)`), theirs is as good and is kept.
 */
async function placeFolder(dir, fill, ready = exists) {
    const partial = `${dir}.partial-${process.pid}`;
    await (0,promises_.rm)(partial, { recursive: true, force: true });
    await (0,promises_.mkdir)(external_node_path_default().dirname(dir), { recursive: true });
    try {
        await fill(partial);
        await (0,promises_.rename)(partial, dir).catch(async (error) => {
            if (!(await ready(dir)))
                throw error;
        });
    }
    finally {
        await (0,promises_.rm)(partial, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/report/report.ts
// The versioned JSON report: the single source the console table, job summary and outputs render.



/**
 * Version 2 added `failures` (targets that failed, with stage, error and hint), the combinations'
 * overlap and `duplicateLibraries`. Readers accept 1 and 2 (see read.ts).
 */
const REPORT_VERSION = 2;
const REPORT_FILE = 'lambda-layer-report.json';
async function writeReport(report, outputDir) {
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const file = external_node_path_default().join(outputDir, REPORT_FILE);
    await writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
    return file;
}

;// CONCATENATED MODULE: ./src/plan/combinations.ts
function builtCombinations(combinations, layers) {
    const result = [];
    const platforms = new Map(layers.map(l => [`${l.runtime}|${l.architecture}`, l]));
    for (const combination of combinations) {
        for (const { runtime, architecture } of platforms.values()) {
            const members = combination.layers.map(name => layers.find(l => l.layer === name && l.runtime === runtime && l.architecture === architecture));
            if (members.some(member => !member))
                continue; // not every member was built in this run
            result.push({ combination, runtime, architecture, members: members });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/package/duplicates.ts
// Native libraries vendored more than once: wheels repaired by auditwheel carry their own copy of
// each shared library in `<package>.libs/` (e.g. GDAL in pyogrio.libs, rasterio.libs and
// fiona.libs); the same library in several such folders is paid for once per copy.
/** `python/fiona.libs/libgdal-3f0a1b2c.so.36.3.11.4` -> folder `python/fiona.libs`, file name. */
const VENDORED = /^(.*\.libs)\/(lib[^/]*\.so(?:\.[0-9.]+)?)$/;
/** `libgdal-3f0a1b2c.so.36.3.11.4` -> `libgdal`; `libopenblasp-r0-01191904.3.27.so` -> `libopenblasp-r0`. */
function libraryName(file) {
    const base = file.slice(0, file.indexOf('.so'));
    return base.replace(/-[0-9a-f]{8}(?:\.[0-9.]+)?$/, '').replace(/\.[0-9.]+$/, '');
}
/** Libraries found in more than one vendored-library folder, largest combined size first. */
function duplicateLibraries(files) {
    const byLibrary = new Map();
    for (const file of files) {
        const match = VENDORED.exec(file.path);
        if (!match)
            continue;
        const [, folder = '', name = ''] = match;
        const library = libraryName(name);
        const folders = byLibrary.get(library) ?? new Map();
        byLibrary.set(library, folders);
        // One copy per folder (and layer): a second file of the same library there is a symlink twin.
        const where = `${file.layer ?? ''}\0${folder}`;
        const seen = folders.get(where);
        if (!seen || seen.bytes < file.bytes)
            folders.set(where, file);
    }
    return [...byLibrary.entries()]
        .filter(([, folders]) => folders.size > 1)
        .map(([library, folders]) => {
        const copies = [...folders.values()].sort((a, b) => b.bytes - a.bytes);
        return { library, copies, bytes: copies.reduce((sum, copy) => sum + copy.bytes, 0) };
    })
        .sort((a, b) => b.bytes - a.bytes || (a.library < b.library ? -1 : 1));
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/files/zip-read.ts
// Reads zips (layer zips, wheels) with yauzl, one entry at a time: names and sizes from the central
// directory, an entry's bytes only when asked for, and extraction that streams each entry to disk.









/** Small reads (headers, the central directory) come from one cached block of the file. */
const BLOCK_BYTES = 16 * 1024;
/**
 * yauzl's reader for a zip file. yauzl reads each central directory record and each local header
 * with a read of its own; through the thread pool, as its file reader does, that costs more than
 * everything else for the thousands of entries of a layer. Here they are served from a block read
 * synchronously (the file is open and mostly in the page cache), and entry data streams.
 */
class ZipFileReader extends yauzl.RandomAccessReader {
    buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    /** The cached block: `buffer` up to `blockBytes`, read from `blockAt`. */
    blockAt = 0;
    blockBytes = 0;
    fd;
    constructor(fd) {
        super();
        this.fd = fd;
    }
    readInto(buffer, offset, length, position) {
        let read = 0;
        while (read < length) {
            const got = (0,external_node_fs_.readSync)(this.open(), buffer, offset + read, length - read, position + read);
            if (got === 0)
                break;
            read += got;
        }
        return read;
    }
    open() {
        if (this.fd === undefined)
            throw new Error('zip already closed');
        return this.fd;
    }
    read(buffer, offset, length, position, callback) {
        let read;
        try {
            const start = position - this.blockAt;
            if (start >= 0 && start + length <= this.blockBytes) {
                read = this.buffer.copy(buffer, offset, start, start + length);
            }
            else if (length > BLOCK_BYTES) {
                read = this.readInto(buffer, offset, length, position);
            }
            else {
                this.blockBytes = 0; // until the block is read whole
                this.blockBytes = this.readInto(this.buffer, 0, BLOCK_BYTES, position);
                this.blockAt = position;
                read = this.buffer.copy(buffer, offset, 0, Math.min(length, this.blockBytes));
            }
        }
        catch (error) {
            process.nextTick(callback, error);
            return;
        }
        process.nextTick(callback, null, read);
    }
    _readStreamForRange(start, end) {
        // Reads by position on the zip's descriptor; a stream destroyed early must not close it.
        const fs = { read: external_node_fs_.read, close: (_fd, done) => done(null) };
        return (0,external_node_fs_.createReadStream)('', { fd: this.open(), start, end: end - 1, fs });
    }
    close(callback) {
        const fd = this.fd;
        this.fd = undefined;
        try {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
        catch (error) {
            process.nextTick(callback, error);
            return;
        }
        process.nextTick(callback, null);
    }
}
async function openZip(zipPath) {
    const fd = (0,external_node_fs_.openSync)(zipPath, 'r');
    const reader = new ZipFileReader(fd);
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        return await new Promise((resolve, reject) => yauzl.fromRandomAccessReader(reader, size, { lazyEntries: true, autoClose: false }, (error, handle) => (error ? reject(error) : resolve(handle))));
    }
    catch (error) {
        reader.close(() => undefined);
        throw error;
    }
}
/**
 * Visits every entry in zip order, the next only after `visit` settled; the zip is closed after.
 * Returns where the central directory is.
 */
async function eachZipEntry(zipPath, visit) {
    const zip = await openZip(zipPath);
    // yauzl starts reading entries at the central directory's offset (from the end record).
    const directory = { offset: Number(zip.readEntryCursor) };
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                const open = () => new Promise((opened, failed) => zip.openReadStream(entry, (error, stream) => error || !stream
                    ? failed(error ?? new Error(`cannot read ${entry.fileName}`))
                    : opened(stream)));
                const mode = (entry.externalFileAttributes >>> 16) & 0o7777;
                const { fileName: name, uncompressedSize: size, crc32 } = entry;
                const raw = {
                    localHeaderOffset: entry.relativeOffsetOfLocalHeader,
                    method: entry.compressionMethod,
                    compressedSize: entry.compressedSize,
                    flags: entry.generalPurposeBitFlag,
                    fileName: entry.fileNameRaw
                };
                Promise.resolve()
                    .then(() => visit({ name, mode, size, crc32, raw, open }))
                    .then(() => zip.readEntry(), reject);
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    return directory;
}
/** An entry's whole content (for the few small files a caller picks). */
async function entryBytes(entry) {
    const chunks = [];
    for await (const chunk of await entry.open())
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/** The first `bytes` bytes of an entry (all of a shorter one); the rest is never inflated. */
async function entryHead(entry, bytes) {
    const chunks = [];
    let read = 0;
    for await (const chunk of await entry.open()) {
        chunks.push(chunk);
        read += chunk.length;
        if (read >= bytes)
            break; // leaving the loop destroys the stream
    }
    return Buffer.concat(chunks).subarray(0, bytes);
}
/** Zip path -> unzipped bytes, for every file entry (directories left out); no file is read. */
async function zipListing(zipPath) {
    const files = new Map();
    await eachZipEntry(zipPath, entry => {
        if (!entry.name.endsWith('/'))
            files.set(entry.name, entry.size);
    });
    return files;
}
/** Entry names of the zip, and the bytes of the entries `wanted` selects (in zip order). */
async function readZip(zipPath, wanted) {
    const names = [];
    const files = [];
    await eachZipEntry(zipPath, async (entry) => {
        names.push(entry.name);
        if (entry.name.endsWith('/') || !wanted(entry.name))
            return;
        files.push({ name: entry.name, mode: entry.mode, data: await entryBytes(entry) });
    });
    return { names, files };
}
/**
 * Extracts every entry below `dir` (made world-readable like Lambda's /opt) with the zip's
 * permissions, one entry at a time straight to disk; an entry whose path leaves `dir`, or whose
 * bytes do not match its CRC-32 (a damaged zip), stops it.
 */
async function extractZip(zipPath, dir) {
    const root = external_node_path_default().resolve(dir);
    await (0,promises_.mkdir)(root, { recursive: true });
    await (0,promises_.chmod)(root, 0o755);
    await eachZipEntry(zipPath, async (entry) => {
        const target = external_node_path_default().resolve(root, entry.name);
        if (!target.startsWith(root + (external_node_path_default()).sep))
            throw new src_errors/* VerifyError */.Gz(external_node_path_default().basename(zipPath), [
                `entry ${entry.name} points outside the layer`
            ]);
        if (entry.name.endsWith('/'))
            return (0,promises_.mkdir)(target, { recursive: true, mode: 0o755 });
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true, mode: 0o755 });
        let crc = 0;
        const checksum = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                crc = (0,external_node_zlib_.crc32)(chunk, crc);
                done(null, chunk);
            }
        });
        await (0,external_node_stream_promises_.pipeline)(await entry.open(), checksum, (0,external_node_fs_.createWriteStream)(target));
        if (crc >>> 0 !== entry.crc32 >>> 0)
            throw new src_errors/* VerifyError */.Gz(external_node_path_default().basename(zipPath), [
                `entry ${entry.name} does not match its CRC-32: the zip is damaged`
            ]);
        await (0,promises_.chmod)(target, entry.mode || 0o644);
    });
}

;// CONCATENATED MODULE: ./src/report/combinations.ts
// Layers one function uses together, as Lambda extracts them: in order into /opt, a later layer's
// file replacing the same path. Packages in more than one member are listed (different versions
// fail: one silently shadows the other at run time), and vendored libraries repeated across them.


/** Reads the listings of every zip a combination uses. */
async function combinationListings(members, read = zipListing) {
    const listings = new Map();
    for (const member of members)
        if (!listings.has(member.fileName))
            listings.set(member.fileName, await read(member.zipPath));
    return listings;
}
/** The combination of `members` (in order) as Lambda extracts it. */
function overlay(members, listings) {
    const summedBytes = members.reduce((sum, member) => sum + member.unzippedBytes, 0);
    let unzippedBytes = summedBytes;
    let copies = [];
    const lists = members.map(member => listings?.get(member.fileName));
    if (lists.every(Boolean)) {
        const extracted = new Map();
        for (const list of lists)
            for (const [file, bytes] of list ?? [])
                extracted.set(file, bytes);
        unzippedBytes = [...extracted.values()].reduce((sum, bytes) => sum + bytes, 0);
        copies = members.flatMap((member, i) => [...(lists[i] ?? [])].map(([file, bytes]) => ({ path: file, bytes, layer: member.layer })));
    }
    const byName = new Map();
    for (const member of members) {
        for (const pkg of member.packages ?? []) {
            if (pkg.name.endsWith('(no RECORD)'))
                continue;
            const item = byName.get(pkg.name) ?? { name: pkg.name, layers: [] };
            item.layers.push({ layer: member.layer, version: pkg.version });
            byName.set(pkg.name, item);
        }
    }
    const sharedPackages = [...byName.values()]
        .filter(item => item.layers.length > 1)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    const problems = sharedPackages
        .filter(item => new Set(item.layers.map(l => l.version)).size > 1)
        .map(item => `${item.name} differs between layers: ${item.layers.map(l => `${l.version} in ${l.layer}`).join(', ')}; the last one shadows the others at run time`);
    const notes = [];
    const same = sharedPackages.filter(item => new Set(item.layers.map(l => l.version)).size === 1);
    if (same.length) {
        const additive = [...new Set(same.flatMap(item => item.layers.slice(1).map(l => l.layer)))];
        const names = same.map(item => item.name);
        const shown = names.length > 6
            ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`
            : names.join(', ');
        notes.push(`${shown} ${names.length === 1 ? 'is' : 'are'} in more than one layer; set dependencies = false on ${additive.join(', ')} so ${additive.length === 1 ? 'it carries' : 'they carry'} only what ${additive.length === 1 ? 'it adds' : 'they add'}`);
    }
    return {
        unzippedBytes,
        summedBytes,
        sharedPackages,
        duplicateLibraries: duplicateLibraries(copies),
        problems,
        notes
    };
}

;// CONCATENATED MODULE: ./src/report/sizes.ts





function sizeStatus(unzippedBytes, warnPercent) {
    if (unzippedBytes > UNZIPPED_LIMIT)
        return 'over-limit';
    return (unzippedBytes / UNZIPPED_LIMIT) * 100 >= warnPercent ? 'near-limit' : 'ok';
}
const needsS3 = (zippedBytes) => zippedBytes > DIRECT_UPLOAD_LIMIT;
/**
 * Each combination for every runtime and architecture the build produced, sized as Lambda
 * extracts it when the zips' `listings` are given (else the members' sizes added up).
 */
function checkCombinations(combinations, layers, warnPercent, listings) {
    return builtCombinations(combinations, layers).map(({ combination, members, ...platform }) => {
        const { unzippedBytes, ...rest } = overlay(members, listings);
        return {
            name: combination.name,
            ...platform,
            layers: combination.layers,
            unzippedBytes,
            limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
            status: sizeStatus(unzippedBytes, warnPercent),
            ...rest
        };
    });
}
/** One line per layer or combination near or over the limit. */
function sizeProblems(layers, combinations) {
    const describe = (what, bytes, percent) => `${what} is ${formatBytes(bytes)} unzipped, ${formatPercent(percent)} of Lambda's ${formatBytes(UNZIPPED_LIMIT)} limit`;
    const over = [];
    const near = [];
    for (const l of layers) {
        const line = describe((0,src_errors/* layerLabel */.E5)(l), l.unzippedBytes, l.limitPercent) + bytecodeChoices(l);
        if (l.status === 'over-limit')
            over.push(line);
        if (l.status === 'near-limit')
            near.push(line);
    }
    for (const c of combinations) {
        const line = describe((0,src_errors/* combinationLabel */.Sn)(c), c.unzippedBytes, c.limitPercent);
        if (c.status === 'over-limit')
            over.push(line);
        if (c.status === 'near-limit')
            near.push(line);
    }
    return { over, near };
}
/**
 * What the bytecode choices would save on a layer that ships bytecode beside its sources, for the
 * line of a layer near or over the limit: each choice that saves at least 1 % of the layer.
 */
function bytecodeChoices({ bytecode, unzippedBytes }) {
    const worth = (bytes) => bytes !== undefined && bytes >= unzippedBytes / 100;
    const choices = [
        worth(bytecode?.sourcesBytes) &&
            `the python-sources rule would save ${formatBytes(bytecode.sourcesBytes)} (cold starts as fast, tracebacks without source lines)`,
        worth(bytecode?.bytes) &&
            `the bytecode rule would save ${formatBytes(bytecode.bytes)} (each cold start compiles what it imports)`
    ].filter(Boolean);
    return choices.map(choice => `; ${choice}`).join('');
}

;// CONCATENATED MODULE: ./src/report/finish.ts
// The end of a build, built or restored from the layer cache: the report written, its zips kept on
// interrupt from then on, one warning per layer or combination near the size limit, and the
// build's error (carrying the report) when a target failed, layers conflict or a size is over.






/** Title of the near-limit warnings (an annotation on pyproject.toml in the action). */
const NEAR_LIMIT_TITLE = 'Layer near the size limit';
/**
 * Writes the report into `outputDir`, warns near the limit, and fails when a target failed or a
 * size is over the limit; the error carries the report, so the table, summary and outputs still
 * appear.
 */
async function finishReport(report, { outputDir, pyprojectPath }, log) {
    const reportPath = await writeReport(report, outputDir);
    // With the report written, the zips are finished outputs: an interrupt now leaves them.
    for (const layer of report.layers)
        (0,interrupt/* forgetOnInterrupt */.ai)(layer.zipPath);
    const { over, near } = sizeProblems(report.layers, report.combinations);
    for (const line of near)
        log.warn(line, { title: NEAR_LIMIT_TITLE, file: pyprojectPath });
    const conflicts = combinationConflicts(report);
    if (report.failures.length)
        throw targetsFailed(report, reportPath, over, conflicts);
    if (conflicts.length)
        throw combinationsConflict(report, reportPath, over, conflicts);
    if (over.length)
        throw new src_errors/* SizeLimitError */.RZ(over, report, reportPath, pyprojectPath);
    return { report, reportPath };
}

;// CONCATENATED MODULE: ./src/project/build-env.ts
// The environment the project's build backend runs with: only what a wheel build needs (PATH,
// HOME, locale, certificates, proxies). Index URLs, which may hold passwords, go into a private
// config file instead, so no credential, token or AWS key is in the backend's environment.



const KEPT = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SOURCE_DATE_EPOCH',
    'XDG_CACHE_HOME',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'REQUESTS_CA_BUNDLE',
    'CURL_CA_BUNDLE',
    'NIX_SSL_CERT_FILE',
    'PIP_CERT',
    'PIP_DEFAULT_TIMEOUT',
    'PIP_RETRIES',
    'PIP_TRUSTED_HOST',
    'PIP_NO_INDEX',
    'PIP_FIND_LINKS',
    'PIP_CACHE_DIR',
    'UV_NATIVE_TLS',
    'UV_INSECURE_HOST',
    'UV_HTTP_TIMEOUT',
    'UV_OFFLINE',
    'UV_CACHE_DIR',
    ...PROXY_VARIABLES
]);
const toml = (value) => JSON.stringify(value);
const ini = (value) => value.replace(/[\r\n]/g, '');
/**
 * The scrubbed environment, and pip and uv config files under `configDir` (mode 0600) carrying
 * the index settings of `env` (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL, UV_INDEX_URL, UV_DEFAULT_INDEX,
 * UV_EXTRA_INDEX_URL, UV_INDEX).
 */
async function buildBackendEnv(env, configDir) {
    const clean = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && (KEPT.has(name) || name.startsWith('LC_')))
            clean[name] = value;
    }
    const index = indexUrlOf(env);
    const extra = [...urlList(env.PIP_EXTRA_INDEX_URL), ...uvExtraIndexUrls(env)];
    if (!index && extra.length === 0)
        return clean;
    await (0,promises_.mkdir)(configDir, { recursive: true, mode: 0o700 });
    const pipConf = external_node_path_default().join(configDir, 'pip.conf');
    const uvToml = external_node_path_default().join(configDir, 'uv.toml');
    await (0,promises_.writeFile)(pipConf, `[global]\n${index ? `index-url = ${ini(index)}\n` : ''}${extra.length ? `extra-index-url = ${extra.map(ini).join(' ')}\n` : ''}`, { mode: 0o600 });
    await (0,promises_.writeFile)(uvToml, `${index ? `index-url = ${toml(index)}\n` : ''}${extra.length ? `extra-index-url = [${extra.map(toml).join(', ')}]\n` : ''}`, { mode: 0o600 });
    return { ...clean, PIP_CONFIG_FILE: pipConf, UV_CONFIG_FILE: uvToml };
}

;// CONCATENATED MODULE: ./src/files/special.ts
// Names the kind of a special file (FIFO, socket, device) for messages refusing it: a layer and a
// project's sources hold regular files, folders and links only, and reading a FIFO would hang.
function specialKind(info) {
    if (info.isFIFO())
        return 'FIFO (named pipe)';
    if (info.isSocket())
        return 'socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'device';
    return 'special file';
}

;// CONCATENATED MODULE: ./src/project/source-check.ts
// Checks the project's own files before its wheel is built: a symlink leaving the project (to
// /proc/self/environ, /etc/passwd, a home folder) or a special file (FIFO, socket, device) is an
// error naming it, so nothing from outside the project can reach a layer and no build hangs.






/** Folders never part of a wheel's sources: caches and JavaScript packages. */
const SKIPPED = new Set(['node_modules', '__pycache__']);
/** The names virtual environments usually have: a symlink so named may lead out of the project. */
const ENVIRONMENT_NAMES = new Set(['venv', 'env']);
/** Entries a walk of the project reads at most. */
const MAX_ENTRIES = 200_000;
/**
 * Whether a project folder holds no sources: hidden (version control, tool caches), a Python
 * environment (holding pyvenv.cfg or conda-meta, whatever its name), node_modules or __pycache__.
 */
function isNonSourceFolder(name, folder) {
    return (name.startsWith('.') ||
        SKIPPED.has(name) ||
        (0,external_node_fs_.existsSync)(external_node_path_default().join(folder, 'pyvenv.cfg')) ||
        (0,external_node_fs_.existsSync)(external_node_path_default().join(folder, 'conda-meta')));
}
/**
 * The folders of `folders` (the output and cache folders) that lie inside the project, below its
 * top: a walk of the project leaves these out. One that holds the whole project leaves out nothing.
 */
function foldersBelow(projectDir, folders) {
    const top = external_node_path_default().resolve(projectDir);
    return folders
        .map(folder => external_node_path_default().resolve(folder))
        .filter(folder => folder !== top && isInside(folder, top));
}
/** Walks `projectDir`, skipping hidden folders, caches, virtual environments and `skip` folders. */
async function checkProjectFiles(projectDir, skip = []) {
    const root = await (0,promises_.realpath)(projectDir);
    const skipped = foldersBelow(projectDir, skip);
    let seen = 0;
    const visit = async (dir) => {
        for (const name of (await (0,promises_.readdir)(dir)).sort()) {
            if (++seen > MAX_ENTRIES)
                return;
            const file = external_node_path_default().join(dir, name);
            const shown = external_node_path_default().relative(projectDir, file);
            const info = await (0,promises_.lstat)(file);
            if (info.isSymbolicLink()) {
                const target = await (0,promises_.realpath)(file).catch(() => undefined);
                const written = await (0,promises_.readlink)(file);
                const resolved = target ?? external_node_path_default().resolve(dir, written);
                const skippable = name.startsWith('.') || SKIPPED.has(name) || ENVIRONMENT_NAMES.has(name);
                const toFolder = target ? (await (0,promises_.lstat)(target)).isDirectory() : false;
                if (!isInside(resolved, root) && !(skippable && toFolder)) {
                    throw new src_errors/* ProjectError */.wB(`symlink ${shown} points outside the project (to ${written})`, {
                        hint: 'Replace the link with the file itself, or remove it: files from outside the project never go into a layer.'
                    });
                }
                continue;
            }
            if (info.isDirectory()) {
                if (isNonSourceFolder(name, file) || skipped.some(s => isInside(file, s)))
                    continue;
                await visit(file);
                continue;
            }
            if (!info.isFile()) {
                throw new src_errors/* ProjectError */.wB(`${shown} in the project is a ${specialKind(info)}, not a file`, {
                    hint: 'Remove it: a layer holds regular files only, and reading it could hang the build.'
                });
            }
        }
    };
    await visit(projectDir);
}

;// CONCATENATED MODULE: ./src/project/wheel.ts
// Builds the project's own wheel with its own tool: `poetry build` for Poetry projects,
// `uv build` otherwise (`pip wheel --no-deps` with the pip installer).








async function buildProjectWheel(ctx, project, installer, outDir, 
/** Folders inside the project that are not its sources (the output folder). */
skipFolders = []) {
    await checkProjectFiles(project.dir, skipFolders);
    await (0,promises_.rm)(outDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outDir, { recursive: true });
    // The backend runs project code: it gets no AWS keys, tokens or index passwords.
    const baseEnv = await buildBackendEnv(process.env, external_node_path_default().join(external_node_path_default().dirname(outDir), 'index-config'));
    let command;
    let args;
    let env = {};
    if (project.lockKind === 'poetry') {
        command = await ctx.tools.poetry();
        args = ['build', '--format', 'wheel', '--output', outDir];
        env = { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' };
    }
    else if (installer === 'pip') {
        command = await ctx.tools.python();
        args = [
            '-m',
            'pip',
            'wheel',
            '--no-deps',
            '--disable-pip-version-check',
            '--wheel-dir',
            outDir,
            project.dir
        ];
    }
    else {
        command = await ctx.tools.uv();
        args = ['build', '--wheel', '--out-dir', outDir, project.dir];
        env = ctx.uvEnv;
    }
    ctx.log.info(`Building the ${project.name} wheel`);
    ctx.log.debug([...command, ...args].join(' '));
    const [executable, ...prefix] = command;
    const result = await ctx.run(executable, [...prefix, ...args], {
        cwd: project.dir,
        env,
        baseEnv
    });
    if (result.code !== 0) {
        throw new src_errors/* ProjectError */.wB(`could not build the wheel of ${project.name}:\n${tail(result.stderr + result.stdout)}`, {
            file: project.pyprojectPath,
            hint: 'Check [build-system] in pyproject.toml; the same command must work on your machine.'
        });
    }
    const wheels = (await (0,promises_.readdir)(outDir)).filter(name => name.endsWith('.whl'));
    if (wheels.length !== 1 || !wheels[0]) {
        throw new src_errors/* ProjectError */.wB(`building ${project.name} produced ${wheels.length} wheels in ${outDir}, expected one`);
    }
    return external_node_path_default().join(outDir, wheels[0]);
}
/**
 * SHA-256 over a wheel's entries (names and content, in name order), not its bytes: a rebuilt
 * wheel with new timestamps but the same files has the same content hash.
 */
async function wheelContentHash(wheel) {
    const digests = [];
    await eachZipEntry(wheel, async (entry) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of await entry.open())
            hash.update(chunk);
        digests.push(`${entry.name}\0${hash.digest('hex')}`);
    });
    return (0,external_node_crypto_.createHash)('sha256').update(digests.sort().join('\n')).digest('hex');
}

;// CONCATENATED MODULE: ./src/version.ts
// The tool's own version, written into reports and tool user agents (kept equal to package.json).
const version_VERSION = '0.1.0';
const TOOL_NAME = 'lambda-layer';

;// CONCATENATED MODULE: ./src/cache/layer-key.ts
// Layer keys: SHA-256 over everything that shapes the zips (exported requirements, the project
// wheel's content, every shaping option, the tool's version), for a whole build and for each of its
// targets (a target whose own key is unchanged is reused). The CLI and the action use the same.







/** The options that shape every zip, as hashed into the layer keys. */
function shapingOf({ config, project, projectFiles }) {
    return {
        version: version_VERSION,
        projectFiles,
        project: [project.name, project.version],
        layout: config.layout,
        installer: config.installer,
        builder: config.builder,
        buildImage: config.buildImage,
        runtimeImage: config.runtimeImage,
        verify: config.verify,
        shape: config.shape,
        compressionLevel: config.compressionLevel,
        sizeWarnPercent: config.sizeWarnPercent,
        combinations: config.combinations,
        sourceDateEpoch: config.sourceDateEpoch
    };
}
/** Streams a file into a hash (no whole-file reads). */
async function hashFile(hash, file) {
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
}
/**
 * The layer key of a poetry- or uv-locked project whose layers come from the lock alone (no
 * requirement files, no project wheel): pyproject.toml and the lock determine every export, so
 * hashing them stands in for the exports. Undefined otherwise.
 */
async function lockLayerKey(inputs) {
    const { project, targets } = inputs;
    if (!project.lockFile || targets.some(t => t.layer.requirements || t.layer.includeProject))
        return undefined;
    // Local files the lock points at (wheels) shape the layers too: the exports' keys cover them.
    if (lockHasLocalPaths(await (0,promises_.readFile)(project.lockFile, 'utf8')))
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(JSON.stringify({ ...shapingOf(inputs), lockKind: project.lockKind }));
    for (const target of targets)
        hash.update(JSON.stringify([target.id, target.sitePackages, target.layer]));
    await hashFile(hash, project.pyprojectPath);
    await hashFile(hash, project.lockFile);
    return hash.digest('hex');
}
/**
 * Each exported target's own key: the shaping options, the target and its layer, its exported
 * requirements and requirement files, and the project wheel's content when the layer holds the
 * project. Nothing else goes into a target's zip: a target whose key is unchanged has the same zip.
 * The project's version names the zip but goes into it only with the project's wheel, so a layer
 * without the project keeps its key across versions (its zip is reused under the new name).
 */
async function targetKeys(inputs, requirements, projectWheel) {
    const { project } = inputs;
    const shaping = JSON.stringify({ ...shapingOf(inputs), project: project.name });
    const wheel = projectWheel ? await wheelContentHash(projectWheel) : '';
    const keys = new Map();
    for (const target of inputs.targets) {
        const req = requirements.get(target);
        if (!req)
            continue; // its export failed: the target is recorded as failed, not built
        const hash = (0,external_node_crypto_.createHash)('sha256').update(shaping);
        const { runtime, architecture, sitePackages, layer } = target;
        const version = layer.includeProject ? project.version : undefined;
        // The requirement file by its place in the project (its content is hashed below): the same
        // project checked out elsewhere keeps its keys.
        const requirementFile = layer.requirements && external_node_path_default().relative(project.dir, layer.requirements);
        hash.update(JSON.stringify([
            version,
            runtime,
            architecture,
            sitePackages,
            { ...layer, requirements: requirementFile },
            req.lines,
            req.complete
        ]));
        for (const file of req.files)
            await hashFile(hash, file);
        // A local wheel or archive a line points at, by its content.
        for (const line of req.lines) {
            const local = localPathOf(line, project.dir);
            if (local)
                await hashFile(hash, local.absolute);
        }
        if (layer.includeProject)
            hash.update(wheel);
        keys.set(target, hash.digest('hex'));
    }
    return keys;
}
/** The layer key of a build from its targets' own keys (targetKeys). */
function exportedLayerKey(keys) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const [target, key] of keys)
        hash.update(`${target.id}\0${key}\n`);
    return hash.digest('hex');
}
/**
 * Each target's slot: its key without its requirement lines (the shaping options, the target and
 * its layer), for targets whose zip comes from pinned lines alone (no requirement files, no project
 * wheel, no local paths). The newest zip of a slot can be updated where only a few lines changed.
 */
function slotKeys(inputs, requirements) {
    const { project } = inputs;
    const shaping = JSON.stringify({ ...shapingOf(inputs), project: project.name });
    const slots = new Map();
    for (const target of inputs.targets) {
        const req = requirements.get(target);
        const { runtime, architecture, sitePackages, layer } = target;
        if (!req?.complete || req.files.length || layer.includeProject || layer.requirements)
            continue;
        if (req.lines.some(line => localPathOf(line, project.dir)))
            continue;
        const hash = (0,external_node_crypto_.createHash)('sha256').update(shaping);
        hash.update(JSON.stringify(['slot', runtime, architecture, sitePackages, layer]));
        slots.set(target, hash.digest('hex'));
    }
    return slots;
}

;// CONCATENATED MODULE: ./src/system/file-results.ts
// Per-file results, content-addressed in the cache folder (layout.files): the compressed bytes of a file and the
// stripped form of a shared object, each under the SHA-256 of its input and a tag naming every
// setting that shapes the result. Bounded in size: the least recently used go first.



/** Default bound on the per-file cache (bytes); LAMBDA_LAYER_FILE_CACHE_MB overrides it. */
const DEFAULT_FILE_CACHE_BYTES = 3 * 1024 * 1024 * 1024;
function fileCacheLimit(env = process.env) {
    const mb = Number(env.LAMBDA_LAYER_FILE_CACHE_MB);
    return Number.isFinite(mb) && mb >= 0 && env.LAMBDA_LAYER_FILE_CACHE_MB
        ? mb * 1024 * 1024
        : DEFAULT_FILE_CACHE_BYTES;
}
/** A short, file-name-safe tag from the settings that shape a result. */
function settingsTag(...settings) {
    return (0,external_node_crypto_.createHash)('sha256').update(settings.join('\0')).digest('hex').slice(0, 16);
}
/** Bytes read at a time to hash a file. */
const HASH_CHUNK_BYTES = 1024 * 1024;
/**
 * Read buffers of finished hashes, lent to the next. A read stream allocates a new buffer for every
 * chunk, hundreds of megabytes over a build's shared objects: each either stays resident in malloc's
 * heap once freed or, mapped for itself (system/memory.ts), has its pages faulted in afresh.
 */
const hashBuffers = [];
/** SHA-256 of a file, hex, read a chunk at a time (never whole: layers and shared objects can be large). */
async function fileSha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = hashBuffers.pop() ?? Buffer.allocUnsafeSlow(HASH_CHUNK_BYTES);
    const handle = await (0,promises_.open)(file, 'r');
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
        return hash.digest('hex');
    }
    finally {
        await handle.close();
        hashBuffers.push(buffer);
    }
}
/**
 * Puts a file in place: a hard link when both sides share a file system (no bytes copied), else a
 * copy; always through a temporary name and a rename, so readers never see half a file.
 */
async function placeFile(source, destination) {
    const partial = `${destination}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
        await (0,promises_.link)(source, partial).catch(() => (0,promises_.copyFile)(source, partial));
        await (0,promises_.rename)(partial, destination);
    }
    finally {
        await (0,promises_.rm)(partial, { force: true });
    }
}
/** Marks a result as just used (eviction removes the least recently used first). */
async function touch(file) {
    const now = new Date();
    await (0,promises_.utimes)(file, now, now).catch(() => undefined);
}
/**
 * Where the result for input `digest` lives: `{root}/{kind}/{tag}/{digest}`. One folder per kind
 * and settings: spread over hundreds of subfolders, each new result costs several times as much
 * to create (ext4 places each folder's files in another block group).
 */
function resultPath(root, kind, tag, digest) {
    return external_node_path_default().join(root, kind, tag, digest);
}
async function listFiles(dir, found) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            await listFiles(full, found);
        else {
            const info = await (0,promises_.stat)(full).catch(() => undefined);
            if (info)
                found.push({ file: full, bytes: info.size, time: info.mtimeMs });
        }
    }
}
/**
 * Keeps the per-file cache under `maxBytes`: when over, removes the least recently used results
 * (a hit renews a result's time) until it holds at most three quarters of the bound.
 */
async function evictFiles(root, maxBytes) {
    const found = [];
    await listFiles(root, found);
    let total = found.reduce((sum, item) => sum + item.bytes, 0);
    const removed = { files: 0, bytes: 0 };
    if (total <= maxBytes)
        return removed;
    found.sort((a, b) => a.time - b.time);
    for (const item of found) {
        if (total <= maxBytes * 0.75)
            break;
        await (0,promises_.rm)(item.file, { force: true });
        total -= item.bytes;
        removed.files++;
        removed.bytes += item.bytes;
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/cache/project-tree.ts
// What a test command reads besides the layer: the project's own files (its tests, its code). With a
// test command, the layer keys cover them, so a changed test runs again instead of coming back from
// the layer cache with the earlier outcome.






/**
 * SHA-256 over the project folder's files (relative path and content; a symlink by its target,
 * not followed), leaving out the folders that hold no sources (project/source-check.ts) and those of
 * `outside` inside the project (the output and cache folders, which the build itself writes).
 * Rejects when a folder cannot be read or the project holds more than `maxEntries` entries.
 */
async function projectTreeHash(projectDir, outside, maxEntries = MAX_ENTRIES) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const skipped = foldersBelow(projectDir, outside);
    let seen = 0;
    const visit = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (++seen > maxEntries)
                throw new Error(`the project holds more than ${maxEntries.toLocaleString('en-US')} files`);
            const full = external_node_path_default().join(dir, entry.name);
            const name = external_node_path_default().relative(projectDir, full);
            if (entry.isDirectory()) {
                if (isNonSourceFolder(entry.name, full) || skipped.some(folder => isInside(full, folder)))
                    continue;
                await visit(full);
            }
            else if (entry.isSymbolicLink()) {
                hash.update(`link\0${name}\0${await (0,promises_.readlink)(full)}\n`);
            }
            else if (entry.isFile()) {
                hash.update(`file\0${name}\0${await fileSha256(full)}\n`);
            }
        }
    };
    await visit(projectDir);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/cache/check.ts




/** The checks of one build against `store` (no store: every check is a miss, keys still computed). */
async function checkLayerCache(inputs, store, log) {
    const { config, project } = inputs;
    // A test command reads the project's own files too (its tests): then the keys cover them. A
    // project that cannot be hashed builds without the layer cache.
    let keyInputs = inputs;
    if (store && config.verify.testCommand) {
        try {
            const projectFiles = await projectTreeHash(project.dir, [config.outputDir, config.cacheDir]);
            keyInputs = { ...inputs, projectFiles };
        }
        catch (error) {
            log.warn(`layer cache off for this build: the test command reads the project's files, and they could not all be read for the cache key (${(0,src_errors/* errorMessage */.gJ)(error)}); every layer builds, and none is kept`);
            store = undefined;
        }
    }
    const restore = async (layerKey) => {
        const restored = await store?.restore(layerKey, config.outputDir, log);
        if (!restored)
            return undefined;
        log.info(`layers unchanged (layer cache ${layerKey.slice(0, 12)}): nothing to build`);
        return { ...(await finishReport(restored, config, log)), layerKey, cacheHit: true };
    };
    const lockKey = await lockLayerKey(keyInputs);
    return {
        store,
        beforeTools: async () => (lockKey ? restore(lockKey) : undefined),
        async afterExport(requirements, projectWheel) {
            const keys = await targetKeys(keyInputs, requirements, projectWheel);
            const slots = slotKeys(keyInputs, requirements);
            if (lockKey)
                return { layerKey: lockKey, targetKeys: keys, slots };
            const layerKey = exportedLayerKey(keys);
            return { layerKey, targetKeys: keys, slots, hit: await restore(layerKey) };
        }
    };
}

;// CONCATENATED MODULE: ./src/cache/layout.ts
// The cache folder's layout, defined once: where pinned tools, installer downloads, finished
// layers and per-file results live under the cache folder (`--cache-dir`, `cache-directory`).

/** Bump to drop every cache entry written by older versions (keys and folders carry it). */
const CACHE_VERSION = 'v1';
/**
 * The per-file results' own version, bumped when their layout changes (v2: one folder per kind and
 * settings); trimming the results removes the folders of other versions.
 */
const FILE_RESULTS_VERSION = 'v2';
function cacheLayout(root) {
    return {
        root,
        tools: external_node_path_default().join(root, 'tools'),
        uv: external_node_path_default().join(root, 'uv'),
        pip: external_node_path_default().join(root, 'pip'),
        pipDocker: external_node_path_default().join(root, 'pip-docker'),
        layers: external_node_path_default().join(root, 'layers', CACHE_VERSION),
        layerTransfer: external_node_path_default().join(root, 'layers', `transfer-${CACHE_VERSION}`),
        files: external_node_path_default().join(root, 'files', FILE_RESULTS_VERSION)
    };
}
/** The folders the installer cache carries between runs. */
function installerCachePaths(layout) {
    return [layout.uv, layout.pip, layout.pipDocker, layout.tools];
}
/** What every layer-cache key starts with. */
const LAYER_CACHE_PREFIX = `lambda-layer-${CACHE_VERSION}-layers-`;
/**
 * The layer-cache key of a layer key, the name of its folder; the action's cache service keys an
 * entry by it with the build's scope inserted (action/cache.ts).
 */
function layerCacheKey(layerKey) {
    return `${LAYER_CACHE_PREFIX}${layerKey}`;
}
/** The folder holding the layers saved under a layer key. */
function layerEntryDir(layout, layerKey) {
    return external_node_path_default().join(layout.layers, layerCacheKey(layerKey));
}

;// CONCATENATED MODULE: ./src/cache/evict.ts
// The per-file results folder kept within its size limit after a build (LAMBDA_LAYER_FILE_CACHE_MB):
// the least recently used results go first. Results of another layout version are removed.



async function trimFileResults(filesDir, env, log) {
    const parent = external_node_path_default().dirname(filesDir);
    for (const name of await (0,promises_.readdir)(parent).catch(() => [])) {
        if (/^v\d+$/.test(name) && name !== external_node_path_default().basename(filesDir))
            await (0,promises_.rm)(external_node_path_default().join(parent, name), { recursive: true, force: true });
    }
    const evicted = await evictFiles(filesDir, fileCacheLimit(env));
    if (evicted.files)
        log.info(`per-file cache: ${evicted.files} least recently used results removed`);
}

;// CONCATENATED MODULE: ./src/lambda/image-ref.ts
// The OCI image reference grammar (name[:tag][@digest]) as Docker reads it, so an image option
// can be checked before Docker sees it and a value like "--privileged" is never read as a flag.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
// As Docker reads it: a first part is a registry only with a dot, a port, or "localhost".
const DOMAIN = `(?:localhost(?::[0-9]+)?|${LABEL}(?:\\.${LABEL})+(?::[0-9]+)?|${LABEL}:[0-9]+)`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);
/** Sample values for the placeholders an image template may hold. */
const SAMPLE = { '{python}': '3.12', '{runtime}': 'python3.12', '{arch}': 'x86_64' };
/** True when `image` (placeholders filled in with sample values) is a valid image reference. */
function isImageReference(image) {
    let filled = image;
    for (const [placeholder, value] of Object.entries(SAMPLE))
        filled = filled.replaceAll(placeholder, value);
    return filled.length <= 255 && REFERENCE.test(filled);
}

;// CONCATENATED MODULE: ./src/config/image.ts
// Image options (build-image, runtime-image): a valid image reference or a ConfigError naming the
// option, the value and the form expected.


function checkImage(image, where) {
    if (isImageReference(image))
        return image;
    throw new src_errors/* ConfigError */.xL(`${where.label}${where.file ? ' =' : ''} ${JSON.stringify(image)} is not a valid image name`, {
        file: where.file,
        line: where.line,
        hint: 'Use an image reference such as registry.example.com/team/image:tag (lowercase repository, optional :tag or @sha256:digest); {python}, {runtime} and {arch} are filled in.'
    });
}

;// CONCATENATED MODULE: ./src/config/schema.ts
const LAYOUTS = ['python', 'site-packages'];
const INSTALLERS = ['uv', 'pip'];
/** Builders: host wheels, the Lambda build image, or native with a Docker fallback (default). */
const BUILDERS = ['auto', 'native', 'docker'];
const DEFAULT_OUTPUT_DIR = 'lambda-layers';
/** What Shape does with the runtime's SDK set: take it out as one set (default) or bundle it. */
const RUNTIME_PACKAGES = ['remove', 'keep'];
/** The named slimming rules (shape/rules.ts says what each removes). */
const SLIM_RULES = [
    'bytecode',
    'python-sources',
    'tests',
    'docs',
    'sources',
    'stubs',
    'other-platforms',
    'scripts',
    'dist-info',
    'strip'
];
/**
 * Rules off unless switched on: layers ship compiled bytecode beside their sources by default
 * (`bytecode` removes the bytecode; `python-sources` removes the sources it was compiled from).
 */
const SLIM_RULES_OFF_BY_DEFAULT = ['bytecode', 'python-sources'];
/** Keys of each layer table. */
const LAYER_KEYS = ['extras', 'requirements', 'dependencies', 'include-project'];
/** Keys of [tool.lambda-layer.slim] besides the rule switches. */
const SLIM_LISTS = ['exclude', 'keep', 'no-strip'];
/** Keys of [tool.lambda-layer.verify]. */
const VERIFY_KEYS = ['imports', 'elf', 'sdk', 'test-command', 'skip-imports'];

;// CONCATENATED MODULE: ./src/config/values.ts
// Value parsers shared by every configuration source: each rejects a bad value with the key or
// flag that held it, the value, and what is allowed.



function rejectUnknownKeys(table, known, where) {
    for (const key of Object.keys(table)) {
        if (!known.includes(key)) {
            const w = where(key);
            throw new src_errors/* ConfigError */.xL(`${w.label}: unknown key${didYouMean(key, known)}; known keys: ${known.join(', ')}`, {
                file: w.file,
                line: w.line
            });
        }
    }
}
function invalid(where, value, allowed) {
    // A file key reads as TOML (`key = "x"`), a flag or input as given (`--key "x"`).
    const shown = `${where.file ? ' =' : ''} ${JSON.stringify(value)}`;
    return new src_errors/* ConfigError */.xL(`${where.label}${shown} is not valid: expected ${allowed}`, {
        file: where.file,
        line: where.line
    });
}
/** Common misnamings with their right name, suggested instead of the closest spelling. */
const ALIASES = {
    amd64: 'x86_64',
    x64: 'x86_64',
    'x86-64': 'x86_64',
    aarch64: 'arm64'
};
function enumValue(value, allowed, where) {
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    let hint = '';
    if (typeof value === 'string') {
        const alias = ALIASES[value.toLowerCase()];
        // A version is not a typo: "python3.8" gets the list, not "did you mean python3.9".
        if (alias && allowed.includes(alias))
            hint = ` (did you mean "${alias}"?)`;
        else if (!/\d/.test(value))
            hint = didYouMean(value, allowed);
    }
    throw invalid(where, value, `one of ${allowed.join(', ')}${hint}`);
}
function enumList(value, allowed, where) {
    // "a,b", ["a", "b"] and ["a,b", " c "] all mean the same list (flags repeat or comma-separate).
    const items = stringList(value, where)
        .flatMap(item => item.split(/[,\s]+/))
        .filter(Boolean);
    if (items.length === 0)
        throw invalid(where, value, `one or more of ${allowed.join(', ')}`);
    const result = items.map(item => enumValue(item, allowed, where));
    return [...new Set(result)];
}
function stringList(value, where) {
    if (typeof value === 'string') {
        return value
            .split(/[,\s]+/)
            .map(item => item.trim())
            .filter(Boolean);
    }
    if (Array.isArray(value) && value.every(item => typeof item === 'string'))
        return value;
    throw invalid(where, value, 'a string or a list of strings');
}
function nonEmptyString(value, where) {
    if (typeof value === 'string' && value.trim())
        return value.trim();
    throw invalid(where, value, 'a non-empty string');
}
/** A folder path: non-empty, no control characters (a newline would split logs and outputs). */
function folderPath(value, where) {
    const text = nonEmptyString(value, where);
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u001f\u007f]/.test(text))
        return text;
    throw invalid(where, value, 'a folder path without control characters (newlines, tabs)');
}
/**
 * A glob relative to the layer root: not empty, not absolute, no ".." segment, also after a
 * leading "!" (negation) and in every brace alternative (`{a,/b}`, `{..,b}`).
 */
function layerGlob(value, where) {
    const body = value.startsWith('!') && !value.startsWith('!(') ? value.slice(1) : value;
    const leaves = body.startsWith('/') || /[{,]\//.test(body) || body.split(/[/{},]/).includes('..');
    if (body !== '' && !leaves)
        return value;
    throw invalid(where, value, 'globs relative to the layer root (e.g. "numpy/tests/**"), without a leading "/" or ".."');
}
function values_boolean(value, where) {
    if (typeof value === 'boolean')
        return value;
    throw invalid(where, value, 'true or false');
}
function integer(value, where, min, max) {
    const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max)
        return number;
    throw invalid(where, value, `a whole number from ${min} to ${max}`);
}
function stringTable(value, where) {
    if (isTable(value) && Object.values(value).every(item => typeof item === 'string')) {
        return value;
    }
    throw invalid(where, value, 'a table of names to version strings, e.g. { boto3 = "1.34.145" }');
}
/**
 * A value checked against its registry entry: a list item by item (comma- or space-separated
 * strings split; "none" alone is the empty list where allowed), a string against the allowed
 * values, an integer against its range.
 */
function parseOption(spec, value, where) {
    switch (spec.type) {
        case 'list': {
            const items = Array.isArray(value)
                ? stringList(value, where).flatMap(item => stringList(item, where))
                : stringList(value, where);
            if (spec.none && items.length === 1 && items[0] === 'none')
                return [];
            if (items.length === 0) {
                const shown = Array.isArray(value) ? value.join(',') : value;
                throw invalid(where, shown, `one or more of ${spec.values?.join(', ') ?? 'values'}`);
            }
            return spec.values ? enumList(items, spec.values, where) : items;
        }
        case 'string':
            return spec.values ? enumValue(value, spec.values, where) : nonEmptyString(value, where);
        case 'integer':
            return integer(value, where, spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER);
        case 'boolean':
            return values_boolean(value, where);
        default:
            return value;
    }
}

;// CONCATENATED MODULE: ./src/config/layers.ts
// Reads [tool.lambda-layer.layers.NAME] tables into layer specs, and [tool.lambda-layer.combinations].









const TABLE = 'tool.lambda-layer';
const LAYER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
async function readLayers(table, projectDir, inFile) {
    const raw = table.layers;
    if (raw === undefined) {
        return [
            { name: 'base', extras: [], dependencies: true, includeProject: false }
        ];
    }
    if (!isTable(raw) || Object.keys(raw).length === 0) {
        throw invalid(inFile('layers'), raw, 'a table of layers, e.g. [tool.lambda-layer.layers.base]');
    }
    const layers = [];
    for (const [name, body] of Object.entries(raw)) {
        const header = `${TABLE}.layers.${name}`;
        if (!LAYER_NAME.test(name)) {
            const where = inFile(undefined, header);
            throw new src_errors/* ConfigError */.xL(`layer name ${JSON.stringify(name)} is not allowed: use letters, digits, "-" and "_" (at most 64, starting with a letter or digit)`, {
                file: where.file,
                line: where.line ?? inFile(undefined, `${TABLE}.layers`).line,
                hint: 'Rename the table, e.g. [tool.lambda-layer.layers.my-layer].'
            });
        }
        if (!isTable(body))
            throw invalid(inFile(name, `${TABLE}.layers`), body, 'a table with extras, requirements, dependencies, include-project');
        rejectUnknownKeys(body, LAYER_KEYS, key => inFile(key, header));
        const extras = body.extras === undefined ? [] : stringList(body.extras, inFile('extras', header));
        let requirements;
        if (body.requirements !== undefined) {
            const where = inFile('requirements', header);
            const given = nonEmptyString(body.requirements, where);
            const file = external_node_path_default().resolve(projectDir, given);
            requirements = file;
            const real = await (0,promises_.realpath)(file).catch(() => file);
            if (!isInside(file, projectDir) || !isInside(real, await (0,promises_.realpath)(projectDir))) {
                throw new src_errors/* ConfigError */.xL(`${where.label}: requirement file ${given} is outside the project`, {
                    file: where.file,
                    line: where.line,
                    hint: 'Keep requirement files inside the folder of pyproject.toml and give them relative to it.'
                });
            }
            if (!(await exists(requirements))) {
                throw new src_errors/* ConfigError */.xL(`${where.label}: requirement file ${given} not found in ${projectDir}`, {
                    file: where.file,
                    line: where.line,
                    hint: 'The path is relative to the folder of pyproject.toml.'
                });
            }
        }
        const dependencies = body.dependencies === undefined
            ? requirements === undefined
            : values_boolean(body.dependencies, inFile('dependencies', header));
        const includeProject = body['include-project'] === undefined
            ? false
            : values_boolean(body['include-project'], inFile('include-project', header));
        if (!dependencies && !includeProject && extras.length === 0 && requirements === undefined) {
            const where = inFile(undefined, header);
            throw new src_errors/* ConfigError */.xL(`${where.label}: layer ${name} has nothing to install`, {
                file: where.file,
                line: where.line,
                hint: 'Give it extras, a requirements file, dependencies = true or include-project = true.'
            });
        }
        layers.push({ name, extras, requirements, dependencies, includeProject });
    }
    return layers;
}
/** Named sets of layers one function uses together; each must name layers that exist. */
function readCombinations(table, layers, inFile) {
    const raw = table.combinations;
    if (raw === undefined)
        return [];
    if (!isTable(raw))
        throw invalid(inFile('combinations'), raw, 'a table of names to lists of layers');
    const names = layers.map(layer => layer.name);
    return Object.entries(raw).map(([name, value]) => {
        const where = inFile(name, `${TABLE}.combinations`);
        const members = stringList(value, where);
        for (const member of members) {
            if (!names.includes(member)) {
                throw new src_errors/* ConfigError */.xL(`${where.label}: no layer "${member}"${didYouMean(member, names)}; layers: ${names.join(', ')}`, {
                    file: where.file,
                    line: where.line,
                    hint: 'Name layers defined under [tool.lambda-layer.layers].'
                });
            }
        }
        return { name, layers: members };
    });
}

;// CONCATENATED MODULE: ./src/lambda/compression.ts
// The deflate levels a layer zip can be written with (libdeflate's: 0 stores, 1 is fastest, 12 the
// smallest) and the default; kept apart from the zip writer so checking a level loads no compressor.
const MIN_LEVEL = 0;
const MAX_LEVEL = 12;
const DEFAULT_LEVEL = 6;

;// CONCATENATED MODULE: ./src/config/verify-options.ts
// The Verify step's settings: which checks run on each built layer, and how strictly.
const VERIFY_CHECKS = ['imports', 'elf', 'sdk'];
const SDK_SHADOWING = ['warn', 'error'];
const DEFAULT_VERIFY = {
    checks: VERIFY_CHECKS,
    sdkShadowing: 'warn',
    skipImports: []
};
/** Splits a command line into arguments: whitespace separates, single or double quotes group. */
function splitCommand(text) {
    const args = [];
    let current = '';
    let quote;
    let started = false;
    for (const char of text) {
        if (quote) {
            if (char === quote)
                quote = undefined;
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            started = true;
        }
        else if (/\s/.test(char)) {
            if (started)
                args.push(current);
            current = '';
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quote)
        throw new Error(`unclosed ${quote} quote`);
    if (started)
        args.push(current);
    return args;
}

;// CONCATENATED MODULE: ./src/config/options.ts
// The option registry: every option defined once — its [tool.lambda-layer] key, CLI flag, action
// input, type, default, allowed values and one doc line. Config validation, the CLI's parser and
// --help, the action's input reading and action.yml are derived from it (see README "Options").





// One option per line, read as a table.
// prettier-ignore
const OPTIONS = [
    // Where the project is, and how the CLI prints.
    { name: 'projectDir', group: 'run', type: 'string', flag: 'project', short: 'p', input: 'project-directory', arg: 'DIR', defaultText: 'the current folder', doc: 'Folder holding pyproject.toml.' },
    // What to build.
    { name: 'runtime', group: 'build', type: 'list', key: 'runtime', flag: 'runtime', short: 'r', input: 'runtime', arg: 'NAME', values: RUNTIME_NAMES, default: DEFAULT_RUNTIME, doc: 'Lambda Python runtimes to build for; comma-separated or repeated.' },
    { name: 'architectures', group: 'build', type: 'list', key: 'architectures', flag: 'architectures', short: 'a', input: 'architectures', arg: 'NAME', values: ARCHITECTURE_NAMES, default: 'x86_64', doc: 'Architectures to build for; comma-separated or repeated.' },
    { name: 'layers', group: 'build', type: 'list', flag: 'layer', short: 'l', input: 'layers', arg: 'NAME', defaultText: 'every layer', doc: 'Build only these layers of [tool.lambda-layer.layers].' },
    { name: 'layerTables', group: 'build', type: 'table', key: 'layers', doc: 'The layers: one table per layer (extras, requirements, dependencies, include-project).' },
    { name: 'combinations', group: 'build', type: 'table', key: 'combinations', doc: 'Layers one function uses together, sized as Lambda extracts them.' },
    { name: 'layout', group: 'build', type: 'string', key: 'layout', flag: 'layout', input: 'layout', arg: 'NAME', values: LAYOUTS, default: 'python', doc: 'Folder layout in the zip: python/ or python/lib/python3.X/site-packages/.' },
    { name: 'outputDir', group: 'build', type: 'string', key: 'output-dir', flag: 'output-dir', short: 'o', input: 'output-dir', arg: 'DIR', format: 'folder', default: DEFAULT_OUTPUT_DIR, doc: 'Where the zips and the report go, relative to the project.' },
    // How to build.
    { name: 'installer', group: 'build', type: 'string', key: 'installer', flag: 'installer', input: 'installer', arg: 'NAME', values: INSTALLERS, default: 'uv', doc: 'The installer that puts packages into the layer.' },
    { name: 'builder', group: 'build', type: 'string', key: 'builder', flag: 'builder', input: 'builder', arg: 'NAME', values: BUILDERS, default: 'auto', doc: 'auto: host wheels, Docker for a layer with a package that has no wheel; native: host only; docker: the Lambda build image.' },
    { name: 'buildImage', group: 'build', type: 'string', key: 'build-image', flag: 'build-image', input: 'build-image', arg: 'IMAGE', format: 'image', default: DEFAULT_BUILD_IMAGE, doc: 'Image the docker builder installs in; {python}, {runtime} and {arch} are filled in.' },
    { name: 'runtimeImage', group: 'build', type: 'string', key: 'runtime-image', flag: 'runtime-image', input: 'runtime-image', arg: 'IMAGE', format: 'image', default: DEFAULT_RUNTIME_IMAGE, doc: 'Image Verify and runtime-info run in; same placeholders.' },
    { name: 'cacheDir', group: 'build', type: 'string', flag: 'cache-dir', arg: 'DIR', format: 'folder', default: '~/.cache/lambda-layer', doc: 'Pinned tools and download caches.' },
    // Shape and package.
    { name: 'runtimePackages', group: 'build', type: 'string', key: 'runtime-packages', flag: 'runtime-packages', input: 'runtime-packages', arg: 'MODE', values: RUNTIME_PACKAGES, default: 'remove', doc: "Remove the AWS SDK set the runtime provides from the layers (as one set), or keep it." },
    { name: 'runtimePackageVersions', group: 'build', type: 'table', key: 'runtime-package-versions', doc: 'SDK versions the runtime provides (name = version), for mismatch warnings.' },
    { name: 'slim', group: 'build', type: 'list', key: 'slim', flag: 'slim', input: 'slim', arg: 'RULES', values: SLIM_RULES, none: true, defaultText: 'every rule but bytecode and python-sources', doc: 'Slimming rules to run, comma-separated, or none; the file holds a table of rule switches and globs.' },
    { name: 'compressionLevel', group: 'build', type: 'integer', key: 'compression-level', flag: 'compression-level', input: 'compression-level', arg: 'N', min: MIN_LEVEL, max: MAX_LEVEL, default: String(DEFAULT_LEVEL), doc: 'Deflate level of the zips: 0 stores, 1 is fastest, 12 the smallest.' },
    { name: 'sizeWarnPercent', group: 'build', type: 'integer', key: 'size-warn-percent', flag: 'size-warn-percent', input: 'size-warn-percent', arg: 'N', min: 1, max: 100, default: '90', doc: "Warn when a layer or combination uses more than this share of Lambda's unzipped limit." },
    // Verify.
    { name: 'verify', group: 'build', type: 'list', key: 'verify', flag: 'verify', input: 'verify', arg: 'CHECKS', values: VERIFY_CHECKS, none: true, defaultText: 'every check', doc: 'Checks to run on every layer before anything is published, comma-separated, or none; the file holds a table of check switches, skip-imports and test-command.' },
    { name: 'sdkShadowing', group: 'build', type: 'string', key: 'sdk-shadowing', flag: 'sdk-shadowing', input: 'sdk-shadowing', arg: 'MODE', values: SDK_SHADOWING, default: 'warn', doc: "Whether a layer that ships part of the runtime's SDK set (or other versions of it) warns or fails." },
    { name: 'testCommand', group: 'build', type: 'string', flag: 'test-command', input: 'test-command', arg: 'CMD', defaultText: 'none', doc: "The project's tests, run in the runtime image with the layer at /opt; a failure stops the build." },
    // Publish.
    { name: 'publish', group: 'run', type: 'boolean', input: 'publish', default: 'false', doc: 'Publish each zip whose content changed as a new Lambda layer version (the CLI: lambda-layer publish).' },
    { name: 'regions', group: 'publish', type: 'list', flag: 'region', input: 'regions', arg: 'NAME', defaultText: '$AWS_REGION', doc: 'Regions to publish to; comma-separated or repeated.' },
    { name: 'bucket', group: 'publish', type: 'string', flag: 'bucket', input: 'bucket', arg: 'NAME', defaultText: 'none: zips up to 50 MiB go in the request', doc: 'S3 bucket for the zips: a name, a template with {region}, or region=bucket pairs.' },
    { name: 'prefix', group: 'publish', type: 'string', flag: 's3-prefix', input: 's3-prefix', arg: 'PREFIX', default: 'lambda-layers', doc: 'Key prefix in the bucket; keys are {prefix}/{layer-name}/{sha256}.zip.' },
    { name: 'license', group: 'publish', type: 'string', flag: 'license', input: 'license', arg: 'TEXT', defaultText: 'none', doc: 'LicenseInfo of new layer versions (SPDX identifier or URL).' },
    { name: 'grantAccounts', group: 'publish', type: 'list', flag: 'grant-account', input: 'grant-accounts', arg: 'ID', defaultText: 'none', doc: 'AWS account IDs allowed to use new versions (lambda:GetLayerVersion).' },
    { name: 'grantOrganization', group: 'publish', type: 'string', flag: 'grant-organization', input: 'grant-organization', arg: 'ID', defaultText: 'none', doc: 'An AWS Organizations ID (o-...) whose accounts may use new versions.' },
    { name: 'grantPublic', group: 'publish', type: 'boolean', flag: 'grant-public', input: 'grant-public', default: 'false', doc: 'Let every AWS account use new versions (an explicit opt-in).' },
    { name: 'functions', group: 'publish', type: 'lines', flag: 'function', input: 'update-functions', arg: 'NAME[=L,..]', defaultText: 'none', doc: 'Functions to point at the new versions, one per line (or flag): NAME, ARN, or NAME=layer,layer to add layers.' },
    { name: 'nameTemplate', group: 'publish', type: 'string', flag: 'layer-name-template', input: 'layer-name-template', arg: 'T', default: '{project}-{layer}-{runtime}-{arch}', doc: 'Lambda layer names, from {project}, {layer}, {runtime}, {arch}.' },
    { name: 'gitRef', group: 'publish', type: 'string', flag: 'git-ref', arg: 'REF', defaultText: '$GITHUB_REF', doc: 'Git ref shown in version descriptions.' },
    { name: 'gitSha', group: 'publish', type: 'string', flag: 'git-sha', arg: 'SHA', defaultText: '$GITHUB_SHA', doc: 'Git commit shown in version descriptions.' },
    { name: 'report', group: 'run', type: 'string', flag: 'report', arg: 'FILE', doc: 'publish: the zips of this lambda-layer-report.json instead of building.' },
    // The action's own steps.
    { name: 'cache', group: 'run', type: 'boolean', input: 'cache', default: 'true', doc: "Cache the installer's downloads and the finished layers between runs; on an exact layer-cache hit nothing is installed." },
    { name: 'uploadArtifacts', group: 'run', type: 'boolean', input: 'upload-artifacts', default: 'true', doc: 'Upload each zip and the JSON report as workflow artifacts.' },
    { name: 'retentionDays', group: 'run', type: 'integer', input: 'retention-days', min: 1, max: 90, defaultText: "the repository's setting", doc: 'Days to keep the artifacts.' },
    { name: 'summary', group: 'run', type: 'boolean', input: 'summary', default: 'true', doc: 'Write the size table, chart and details to the job summary.' },
    { name: 'mode', group: 'run', type: 'string', input: 'mode', values: ['build', 'aggregate', 'verify-only'], default: 'build', doc: "build; aggregate: after a matrix, merge the jobs' report artifacts of this run into one job summary and one pull request comment (builds nothing); verify-only: check the zips in layer-zips instead of building." },
    { name: 'layerZips', group: 'run', type: 'list', input: 'layer-zips', defaultText: 'none', doc: 'verify-only: the layer zips (paths or globs) and layer version ARNs to check.' },
    { name: 'comment', group: 'run', type: 'string', input: 'comment', values: ['auto', 'true', 'false'], default: 'auto', doc: 'Post the size report with the change against the base branch as a pull request comment, updated in place on every push (auto: on pull_request events); needs pull-requests write, skipped with a notice when the token cannot write (forks).' },
    { name: 'githubToken', group: 'run', type: 'string', input: 'github-token', default: '${{ github.token }}', doc: 'Token for the pull request comment.' },
    { name: 'sizeGrowthWarn', group: 'run', type: 'string', input: 'size-growth-warn', defaultText: 'none', doc: 'Warn when a layer grows by more than this against the base branch on a pull request: a percentage (10%) or a size (5 MiB).' },
    { name: 'sizeGrowthFail', group: 'run', type: 'string', input: 'size-growth-fail', defaultText: 'none', doc: 'Fail when a layer grows by more than this against the base branch on a pull request: a percentage (20%) or a size (20 MiB).' },
    // The CLI's own switches.
    { name: 'json', group: 'run', type: 'boolean', flag: 'json', doc: 'Print the JSON report instead of the table.' },
    { name: 'profile', group: 'run', type: 'boolean', flag: 'profile', doc: 'Print seconds per stage: the wheel and the export, then install, shape, strip, compile, zip, check and verify per target (two targets build at a time, so their totals overlap).' },
    { name: 'noCache', group: 'run', type: 'boolean', flag: 'no-cache', doc: 'Build every layer even when nothing changed (no layer cache).' },
    { name: 'verbose', group: 'run', type: 'boolean', flag: 'verbose', short: 'v', doc: "Show the commands run and the installers' output." },
    { name: 'help', group: 'run', type: 'boolean', flag: 'help', short: 'h', doc: 'Show this help.' },
    { name: 'version', group: 'run', type: 'boolean', flag: 'version', doc: 'Show the version.' }
];
const BY_NAME = new Map(OPTIONS.map(option => [option.name, option]));
function options_option(name) {
    return BY_NAME.get(name);
}
function optionLabel(name, door) {
    const spec = BY_NAME.get(name);
    if (door === 'cli' && spec?.flag)
        return `--${spec.flag}`;
    if (door === 'action' && spec?.input)
        return `input ${spec.input}`;
    return spec?.key ?? name;
}
/** The keys of [tool.lambda-layer]. */
const FILE_KEYS = OPTIONS.flatMap(o => ('key' in o ? [o.key] : []));
/** The default as the docs show it: the literal in backticks, or the words. */
function defaultShown(spec) {
    return spec.default !== undefined ? `\`${spec.default}\`` : (spec.defaultText ?? '');
}

;// CONCATENATED MODULE: ./src/config/verify.ts
// Reads sdk-shadowing and the [tool.lambda-layer.verify] table (check switches, skip-imports,
// test-command) and their overrides into the Verify step's options.






const HEADER = 'tool.lambda-layer.verify';
function readVerify(table, overrides, inFile, fromFlag) {
    const raw = table.verify;
    if (raw !== undefined && !isTable(raw)) {
        throw invalid(inFile('verify'), raw, `a table of check switches (${VERIFY_CHECKS.join(', ')}), skip-imports and test-command`);
    }
    const verify = raw ?? {};
    rejectUnknownKeys(verify, VERIFY_KEYS, key => inFile(key, HEADER));
    let checks = VERIFY_CHECKS.filter(check => verify[check] === undefined || values_boolean(verify[check], inFile(check, HEADER)));
    if (overrides.verify !== undefined)
        checks = parseOption(options_option('verify'), overrides.verify, fromFlag('verify'));
    const shadowing = options_option('sdkShadowing');
    const sdkShadowing = (overrides.sdkShadowing !== undefined
        ? parseOption(shadowing, overrides.sdkShadowing, fromFlag('sdkShadowing'))
        : table['sdk-shadowing'] !== undefined
            ? parseOption(shadowing, table['sdk-shadowing'], inFile('sdk-shadowing'))
            : DEFAULT_VERIFY.sdkShadowing);
    const testCommand = overrides.testCommand !== undefined
        ? command(overrides.testCommand, fromFlag('testCommand'))
        : verify['test-command'] !== undefined
            ? command(verify['test-command'], inFile('test-command', HEADER))
            : undefined;
    return {
        checks,
        sdkShadowing,
        skipImports: verify['skip-imports'] === undefined
            ? []
            : stringList(verify['skip-imports'], inFile('skip-imports', HEADER)),
        ...(testCommand ? { testCommand } : {})
    };
}
/** A command as a string (split like a shell would, without running one) or a list of arguments. */
function command(value, where) {
    const allowed = 'a command, e.g. "python -m pytest tests", or a list of its arguments';
    if (Array.isArray(value) && value.length && value.every(item => typeof item === 'string'))
        return value;
    if (typeof value !== 'string')
        throw invalid(where, value, allowed);
    if (value.trim() === '')
        return undefined;
    try {
        return splitCommand(value);
    }
    catch (error) {
        throw invalid(where, value, `${allowed} (${(0,src_errors/* errorMessage */.gJ)(error)})`);
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Validates [tool.lambda-layer] and its overrides (CLI flags, action inputs) into a typed Config.
// Every bad value is an error naming the key or flag, the value, and what is allowed.











const load_TABLE = 'tool.lambda-layer';
async function loadConfig(options) {
    const { pyproject, projectDir } = options;
    const overrides = options.overrides ?? {};
    const overrideName = options.overrideName ?? ((key) => optionLabel(key, 'cli'));
    const table = tableAt(pyproject.data, 'tool', 'lambda-layer') ?? {};
    const inFile = (key, header = load_TABLE) => ({
        label: key === undefined ? `[${header}]` : `[${header}] ${key}`,
        file: pyproject.path,
        line: lineOf(pyproject.text, header, key)
    });
    const fromFlag = (key) => ({ label: overrideName(key) });
    rejectUnknownKeys(table, FILE_KEYS, inFile);
    /** The override if given, else the file's key, else the default; checked against the registry. */
    const pick = (name) => {
        const spec = options_option(name);
        const parse = (value, where) => spec.format === 'folder'
            ? folderPath(value, where)
            : spec.format === 'image'
                ? checkImage(nonEmptyString(value, where), where)
                : parseOption(spec, value, where);
        const override = overrides[name];
        if (override !== undefined)
            return parse(override, fromFlag(name));
        if (spec.key !== undefined && table[spec.key] !== undefined)
            return parse(table[spec.key], inFile(spec.key));
        return parse(spec.default, { label: `the default of ${spec.key}` });
    };
    let layers = await readLayers(table, projectDir, inFile);
    const combinations = readCombinations(table, layers, inFile);
    const selected = overrides.layers &&
        parseOption(options_option('layers'), overrides.layers, fromFlag('layers'));
    if (selected?.length) {
        const names = layers.map(layer => layer.name);
        for (const wanted of selected) {
            if (!names.includes(wanted)) {
                throw new src_errors/* ConfigError */.xL(`${overrideName('layers')} ${wanted}: no such layer${didYouMean(wanted, names)}; layers in pyproject.toml: ${names.join(', ')}`);
            }
        }
        layers = layers.filter(layer => selected.includes(layer.name));
    }
    return {
        projectDir,
        pyprojectPath: pyproject.path,
        runtimes: pick('runtime'),
        architectures: pick('architectures'),
        layout: pick('layout'),
        outputDir: external_node_path_default().resolve(projectDir, pick('outputDir')),
        installer: pick('installer'),
        builder: pick('builder'),
        buildImage: pick('buildImage'),
        runtimeImage: pick('runtimeImage'),
        verify: readVerify(table, overrides, inFile, fromFlag),
        layers,
        cacheDir: external_node_path_default().resolve(overrides.cacheDir === undefined
            ? defaultCacheDir()
            : folderPath(overrides.cacheDir, fromFlag('cacheDir'))),
        shape: readShape(table, overrides, pick('runtimePackages'), inFile, fromFlag),
        compressionLevel: pick('compressionLevel'),
        sizeWarnPercent: pick('sizeWarnPercent'),
        combinations,
        sourceDateEpoch: sourceDateEpoch(options.env ?? process.env)
    };
}
/** The reproducible-builds timestamp, when the environment sets one. */
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value === '')
        return undefined;
    return integer(value, { label: 'environment variable SOURCE_DATE_EPOCH' }, 0, 4_102_444_800);
}
/** runtime-package-versions and the [tool.lambda-layer.slim] table, or the slim override. */
function readShape(table, overrides, runtimePackages, inFile, fromFlag) {
    const header = `${load_TABLE}.slim`;
    const slimTable = table.slim;
    if (slimTable !== undefined && !isTable(slimTable)) {
        throw invalid(inFile('slim'), slimTable, `a table of rule switches (${SLIM_RULES.join(', ')}) and ${SLIM_LISTS.join(', ')}`);
    }
    const slim = slimTable ?? {};
    rejectUnknownKeys(slim, [...SLIM_RULES, ...SLIM_LISTS], key => inFile(key, header));
    let rules = SLIM_RULES.filter(rule => slim[rule] === undefined
        ? !SLIM_RULES_OFF_BY_DEFAULT.includes(rule)
        : values_boolean(slim[rule], inFile(rule, header)));
    if (overrides.slim !== undefined)
        rules = parseOption(options_option('slim'), overrides.slim, fromFlag('slim'));
    if (rules.includes('bytecode') && rules.includes('python-sources')) {
        const where = overrides.slim !== undefined ? fromFlag('slim') : inFile('python-sources', header);
        throw new src_errors/* ConfigError */.xL(`${where.label}: the bytecode and python-sources rules cannot both be on: bytecode removes all bytecode, python-sources ships bytecode in place of the sources`, {
            file: where.file,
            line: where.line,
            hint: 'Keep bytecode for the smallest layer that compiles at every cold start, or python-sources for a small layer that starts fast.'
        });
    }
    const list = (key) => slim[key] === undefined
        ? []
        : stringList(slim[key], inFile(key, header)).map(glob => layerGlob(glob, inFile(key, header)));
    return {
        runtimePackages,
        runtimePackageVersions: table['runtime-package-versions'] === undefined
            ? {}
            : stringTable(table['runtime-package-versions'], inFile('runtime-package-versions')),
        slim: rules,
        exclude: list('exclude'),
        keep: list('keep'),
        noStrip: list('no-strip')
    };
}
/** ~/.cache/lambda-layer, or $XDG_CACHE_HOME/lambda-layer. */
function defaultCacheDir() {
    const base = process.env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    return external_node_path_default().join(base, 'lambda-layer');
}

;// CONCATENATED MODULE: ./src/project/poetry-batch.ts
/** argv: a JSON list of argument lists. Prints a JSON list of {code, stdout, stderr}. */
const BATCH_SCRIPT = String.raw `
import json, sys
from cleo.io.inputs.argv_input import ArgvInput
from cleo.io.outputs.buffered_output import BufferedOutput
from poetry.console.application import Application

app = Application()
app.auto_exits(False)
results = []
for args in json.loads(sys.argv[1]):
    out, err = BufferedOutput(), BufferedOutput()
    code = app.run(ArgvInput(["poetry", *args]), out, err)
    results.append({"code": code, "stdout": out.fetch(), "stderr": err.fetch()})
sys.stdout.write(json.dumps(results))
`;
/**
 * Runs poetry once per argument list, in one process, in `cwd`; the results in the same order.
 * Undefined when that cannot be done (a poetry from PATH, whose interpreter is not known, or a
 * process that gave no results): run each command on its own then.
 */
async function runPoetryBatch(run, poetry, argLists, options) {
    // The pinned poetry runs as `PYTHON -m poetry`: the same interpreter runs the batch.
    const [python, flag, module] = poetry;
    if (flag !== '-m' || module !== 'poetry' || !python)
        return undefined;
    const result = await run(python, ['-c', BATCH_SCRIPT, JSON.stringify(argLists)], options).catch(() => undefined);
    if (result?.code !== 0)
        return undefined;
    try {
        const runs = JSON.parse(result.stdout);
        return Array.isArray(runs) && runs.length === argLists.length ? runs : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/project/poetry-scratch-lock.ts
// A Poetry project without poetry.lock: only Poetry can resolve [tool.poetry] dependencies, so
// lock a scratch copy of pyproject.toml with the pinned poetry (the project folder is not touched).





const POETRY_ENV = { POETRY_NO_INTERACTION: '1', POETRY_VIRTUALENVS_IN_PROJECT: 'false' };
/** A scratch folder with a copy of pyproject.toml (and a lock, when given); removed after `use`. */
async function inScratchCopy(project, lockText, use) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lambda-layer-poetry-'));
    try {
        await (0,promises_.copyFile)(project.pyprojectPath, external_node_path_default().join(dir, 'pyproject.toml'));
        if (lockText !== undefined)
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'poetry.lock'), lockText);
        return await use(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Locks a scratch copy and returns the lock; fails with what to run when poetry cannot lock it. */
async function lockScratchCopy(ctx, project) {
    const poetry = await ctx.tools.poetry();
    ctx.log.warn(`${project.pyprojectPath} has [tool.poetry] dependencies and no poetry.lock: locking a scratch copy with poetry ${ctx.tools.versions().poetry ?? ''} (today's versions; commit poetry.lock for reproducible layers)`);
    return inScratchCopy(project, undefined, async (dir) => {
        const result = await ctx.run(poetry[0], [...poetry.slice(1), 'lock'], {
            cwd: dir,
            env: POETRY_ENV
        });
        if (result.code !== 0) {
            throw new src_errors/* ProjectError */.wB(`a Poetry project without poetry.lock could not be locked here:\n${tail(result.stderr + result.stdout)}`, {
                file: project.pyprojectPath,
                hint: `run \`poetry lock\` and commit poetry.lock (in ${project.dir}).`
            });
        }
        return (0,promises_.readFile)(external_node_path_default().join(dir, 'poetry.lock'), 'utf8');
    });
}

;// CONCATENATED MODULE: ./src/project/requirements.ts
// A layer's requirements: pinned lines exported from the project's own tool, plus requirement
// files installed as given.

const PIN = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:===?\s*([^\s;,]+))?/;
/** Parses the name and pinned version of a requirement line; undefined for options and comments. */
function parsePin(line) {
    const text = line.trim();
    if (!text || text.startsWith('#') || text.startsWith('-'))
        return undefined;
    const match = PIN.exec(text);
    if (!match?.[1])
        return undefined;
    return { name: normalizeName(match[1]), version: match[2] };
}
/** The meaningful lines of a tool's requirements.txt output (no comments, no blanks, no line continuations). */
function requirementLines(text) {
    return text
        .replace(/\\\n/g, ' ')
        .split('\n')
        .map(line => line.replace(/\s+#.*$/, '').trim())
        .filter(line => line && !line.startsWith('#'));
}
/** Lines of `full` whose package is not in `base` (what a set of extras adds). */
function subtract(full, base) {
    const baseNames = new Set(base.map(line => parsePin(line)?.name).filter(Boolean));
    return full.filter(line => {
        const pin = parsePin(line);
        return pin ? !baseNames.has(pin.name) : true;
    });
}
function pinsOf(requirements) {
    return requirements.lines.map(parsePin).filter((pin) => pin !== undefined);
}

;// CONCATENATED MODULE: ./src/project/export.ts
// Exports each layer's pinned requirements with the project's own tool: `poetry export` for
// poetry.lock, `uv export` for uv.lock, `uv pip compile` for an unlocked PEP 621 project.







/**
 * An exporter for one project; exports are memoized (a lock export does not depend on the target).
 * A poetry.lock's exports for all of `targets` run in one poetry process, on the first request.
 */
function createExporter(ctx, project, targets = []) {
    const memo = new Map();
    // A Poetry project without poetry.lock is locked once, in a scratch copy, and exported from there.
    let scratchLock;
    let poetryRuns;
    const pinned = (extras, target) => {
        const sorted = [...extras].sort();
        const perTarget = project.lockKind === 'unlocked' && !project.poetryOnly;
        const key = perTarget
            ? `${sorted.join()}|${target.runtime}|${target.architecture}`
            : sorted.join();
        let lines = memo.get(key);
        if (!lines) {
            if (project.lockKind === 'unlocked' && project.poetryOnly) {
                scratchLock ??= lockScratchCopy(ctx, project);
                const poetryProject = { ...project, lockKind: 'poetry' };
                lines = scratchLock.then(lock => inScratchCopy(project, lock, dir => exportPins(ctx, { ...poetryProject, dir }, sorted, target)));
            }
            else if (project.lockKind === 'poetry') {
                poetryRuns ??= exportPoetrySets(ctx, project, extrasSetsOf(targets));
                lines = poetryRuns.then(runs => {
                    const run = runs?.get(key);
                    if (!run)
                        return exportPins(ctx, project, sorted, target);
                    if (run.code !== 0)
                        throw exportError(project, run.stderr + run.stdout);
                    return requirementLines(run.stdout);
                });
            }
            else {
                lines = exportPins(ctx, project, sorted, target);
            }
            memo.set(key, lines);
        }
        return lines;
    };
    return async (target) => {
        const layer = target.layer;
        let lines = [];
        if (layer.dependencies) {
            lines = await pinned(layer.extras, target);
        }
        else if (layer.extras.length) {
            lines = subtract(await pinned(layer.extras, target), await pinned([], target));
        }
        lines = withAbsoluteLocalPaths(lines, project.dir, project.lockFile ?? project.pyprojectPath);
        const files = layer.requirements ? [layer.requirements] : [];
        return { lines, files, complete: files.length === 0 };
    };
}
/** Every extras set the targets export, sorted (a layer of extras alone also needs the base set). */
function extrasSetsOf(targets) {
    const sets = new Map();
    for (const { layer } of targets) {
        if (!layer.dependencies && !layer.extras.length)
            continue;
        for (const extras of layer.dependencies ? [layer.extras] : [layer.extras, []]) {
            const sorted = [...extras].sort();
            sets.set(sorted.join(), sorted);
        }
    }
    return [...sets.values()];
}
/** `poetry export` of each extras set, from one process; undefined when that cannot be done. */
async function exportPoetrySets(ctx, project, sets) {
    if (sets.length < 2)
        return undefined;
    const poetry = await ctx.tools.poetry();
    const argLists = sets.map(poetryExportArgs);
    ctx.log.debug(`${poetry.join(' ')}, in one process: ${argLists.map(a => a.join(' ')).join('; ')}`);
    const runs = await runPoetryBatch(ctx.run, poetry, argLists, {
        cwd: project.dir,
        env: POETRY_ENV
    });
    return runs && new Map(sets.map((extras, index) => [extras.join(), runs[index]]));
}
function poetryExportArgs(extras) {
    return [
        'export',
        '--format',
        'requirements.txt',
        '--without-hashes',
        '--only',
        'main',
        ...extras.flatMap(extra => ['--extras', extra])
    ];
}
async function exportPins(ctx, project, extras, target) {
    const { command, args, env } = await exportCommand(ctx, project, extras, target);
    ctx.log.debug(`${[...command, ...args].join(' ')}`);
    const result = await ctx.run(command[0], [...command.slice(1), ...args], {
        cwd: project.dir,
        env
    });
    if (result.code !== 0)
        throw exportError(project, result.stderr + result.stdout);
    return requirementLines(result.stdout);
}
async function exportCommand(ctx, project, extras, target) {
    switch (project.lockKind) {
        case 'poetry':
            return { command: await ctx.tools.poetry(), args: poetryExportArgs(extras), env: POETRY_ENV };
        case 'uv':
            return {
                command: await ctx.tools.uv(),
                args: [
                    'export',
                    '--locked',
                    '--format',
                    'requirements-txt',
                    '--no-hashes',
                    '--no-header',
                    '--no-annotate',
                    '--no-emit-project',
                    '--no-default-groups',
                    ...extras.flatMap(extra => ['--extra', extra])
                ],
                env: ctx.uvEnv
            };
        case 'unlocked':
            return {
                command: await ctx.tools.uv(),
                args: [
                    'pip',
                    'compile',
                    'pyproject.toml',
                    '--quiet',
                    '--no-header',
                    '--no-annotate',
                    '--only-binary',
                    ':all:',
                    '--python-version',
                    RUNTIMES[target.runtime].python,
                    '--python-platform',
                    uvPlatform(target.runtime, target.architecture),
                    ...extras.flatMap(extra => ['--extra', extra])
                ],
                env: ctx.uvEnv
            };
    }
}
function exportError(project, output) {
    const lockName = project.lockKind === 'poetry' ? 'poetry.lock' : 'uv.lock';
    if (/changed significantly since poetry\.lock|poetry\.lock was last generated|needs to be updated|lockfile.*out of date/i.test(output)) {
        const fix = project.lockKind === 'poetry' ? 'poetry lock' : 'uv lock';
        return new src_errors/* ProjectError */.wB(`${lockName} is out of date with pyproject.toml`, {
            file: project.lockFile,
            hint: `Run \`${fix}\` in ${project.dir} and commit ${lockName}.`
        });
    }
    const tool = { poetry: 'poetry export', uv: 'uv export', unlocked: 'uv pip compile' }[project.lockKind];
    return new src_errors/* ProjectError */.wB(`${tool} failed for ${project.pyprojectPath}:\n${tail(output)}`, {
        file: project.lockFile ?? project.pyprojectPath,
        hint: project.lockKind === 'unlocked'
            ? 'Check that every dependency publishes a wheel for the target runtime and that the index is reachable.'
            : undefined
    });
}

;// CONCATENATED MODULE: ./src/system/heartbeat.ts
const HEARTBEAT_MS = 10_000;
/** Runs `step`, logging `${what}: still running (N s)` every `everyMs` until it settles. */
async function withHeartbeat(log, what, step, everyMs = HEARTBEAT_MS) {
    const started = Date.now();
    const timer = setInterval(() => {
        log.info(`${what}: still running (${Math.round((Date.now() - started) / 1000)} s)`);
    }, everyMs);
    timer.unref();
    try {
        return await step();
    }
    finally {
        clearInterval(timer);
    }
}

;// CONCATENATED MODULE: ./src/project/export-all.ts
// The Export stage of a build: every target's pinned requirements, two at a time (each export is
// mostly one tool's start-up; a poetry.lock's share one process), before anything installs. A target whose export fails is left out
// with its error, so the others build.




/** Exports running at once: a tool's start-up on one core while another resolves on the other. */
const EXPORTS_AT_ONCE = 2;
async function exportTargets(targets, exportFor, log) {
    const exports = { requirements: new Map(), errors: new Map() };
    await inOrder(targets, { limit: EXPORTS_AT_ONCE, log }, async (target, log) => {
        (0,interrupt/* setActivity */.qL)(`exporting requirements of ${target.layer.name}`);
        const what = `exporting requirements: ${target.layer.name} ${target.runtime} ${target.architecture}`;
        log.info(what);
        try {
            exports.requirements.set(target, await withHeartbeat(log, what, () => exportFor(target)));
        }
        catch (error) {
            exports.errors.set(target, error);
            const message = (0,src_errors/* errorMessage */.gJ)(error);
            log.warn(`${what} failed: ${message.split('\n')[0]}`);
        }
    });
    return exports;
}

;// CONCATENATED MODULE: ./src/report/assemble.ts





async function assembleReport(parts) {
    const { config, project, layers } = parts;
    // Only the zips some combination uses are listed (read back from disk).
    const members = layers.filter(l => config.combinations.some(c => c.layers.includes(l.layer)));
    return {
        version: REPORT_VERSION,
        generator: { name: TOOL_NAME, version: version_VERSION },
        project: { name: project.name, version: project.version, lockKind: project.lockKind },
        tools: parts.tools,
        limits: {
            unzippedBytes: UNZIPPED_LIMIT,
            directUploadZipBytes: DIRECT_UPLOAD_LIMIT,
            warnPercent: config.sizeWarnPercent
        },
        layers,
        prepareSeconds: parts.prepareSeconds,
        failures: parts.failures,
        combinations: checkCombinations(config.combinations, layers, config.sizeWarnPercent, await combinationListings(members)),
        ...(parts.combinationImports ? { combinationImports: parts.combinationImports } : {})
    };
}

;// CONCATENATED MODULE: ./src/system/stopwatch.ts
// Seconds per stage for the report's profile, to a tenth: each lap adds the time since the last
// lap (or the start) to a stage.
function stopwatch() {
    const seconds = {};
    let mark = Date.now();
    return {
        seconds,
        lap(stage) {
            const now = Date.now();
            seconds[stage] = Math.round(((seconds[stage] ?? 0) * 1000 + now - mark) / 100) / 10;
            mark = now;
        },
        set(stage, value) {
            seconds[stage] = Math.round(value * 10) / 10;
        },
        skip() {
            mark = Date.now();
        }
    };
}

;// CONCATENATED MODULE: ./src/system/tools.ts
// Finds the Python tools a build needs (python, uv, poetry with its export plugin) and installs
// missing ones at pinned versions into a tool directory outside the project, reused on later runs:
// uv with pip (one wheel), then poetry and its plugin with uv (seconds, where pip takes a minute).







/** Versions installed when the machine lacks a tool. */
const PINNED = {
    uv: '0.13.9',
    poetry: '2.5.1',
    poetryPluginExport: '1.10.1'
};
/** Tools resolved once per process and shared by every layer of a build. */
function createTools({ run, log, toolDir, uvCacheDir }) {
    const found = {};
    let installMs = 0;
    let installing = 0;
    let installStart = 0;
    const memo = new Map();
    const once = (name, find) => {
        let pending = memo.get(name);
        if (!pending) {
            pending = find();
            memo.set(name, pending);
        }
        return pending;
    };
    /** Runs `command --version`; returns the version it prints, or undefined when absent or broken. */
    async function versionOf(command, pattern) {
        try {
            const result = await run(command[0], [...command.slice(1), '--version']);
            return result.code === 0 ? pattern.exec(result.stdout + result.stderr)?.[1] : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Installs into a private folder, then renames it into place so concurrent runs never see half an install. */
    async function installInto(finalDir, install) {
        // Wall time while any install runs (poetry's install installs uv inside it: counted once).
        if (installing++ === 0)
            installStart = Date.now();
        try {
            await placeFolder(finalDir, install);
        }
        finally {
            if (--installing === 0)
                installMs += Date.now() - installStart;
        }
    }
    // The interpreter itself (sys.executable), not a wrapper such as a pyenv shim: pip run through
    // pyenv's shim rehashes pyenv's shims afterwards, and concurrent rehashes (builds side by side)
    // fail the install although pip succeeded.
    const whoAmI = 'import platform, sys; print("Python", platform.python_version()); print(sys.executable)';
    const python = () => once('python', async () => {
        for (const candidate of ['python3', 'python']) {
            const result = await run(candidate, ['-c', whoAmI]).catch(() => undefined);
            const [first = '', executable = ''] = (result?.code === 0 ? result.stdout : '').split('\n');
            const version = /^Python (\d+\.\d+\.\d+)/.exec(first)?.[1];
            if (version) {
                found.python = version;
                return [executable.trim() || candidate];
            }
        }
        throw new src_errors/* ToolError */.v4('no Python interpreter found (python3 or python on PATH)', {
            hint: 'Install Python 3.9 or newer, e.g. with actions/setup-python in a workflow.'
        });
    });
    async function pipInstall(args, what) {
        const [py] = await python();
        const result = await run(py, [
            '-m',
            'pip',
            'install',
            '--quiet',
            '--disable-pip-version-check',
            ...args
        ]);
        if (result.code !== 0) {
            throw new src_errors/* ToolError */.v4(`could not install ${what} into ${toolDir}:\n${tail(result.stderr)}`, {
                hint: 'Check that the package index is reachable, or put the tool on PATH yourself.'
            });
        }
    }
    const uv = () => once('uv', async () => {
        const onPath = await versionOf(['uv'], /uv (\d+\.\d+\.\d+)/);
        if (onPath && compareVersions(onPath, '0.6.0') >= 0) {
            found.uv = onPath;
            return ['uv'];
        }
        const dir = external_node_path_default().join(toolDir, 'uv', PINNED.uv);
        const binary = external_node_path_default().join(dir, 'bin', 'uv');
        if (!(await exists(binary))) {
            log.info(`Installing uv ${PINNED.uv} into ${dir}`);
            await withHeartbeat(log, `installing uv ${PINNED.uv}`, () => installInto(dir, partial => pipInstall(['--target', partial, `uv==${PINNED.uv}`], `uv ${PINNED.uv}`)));
        }
        found.uv = PINNED.uv;
        return [binary];
    });
    const poetry = () => once('poetry', async () => {
        const onPath = await versionOf(['poetry'], /version (\d+\.\d+\.\d+)/);
        if (onPath && compareVersions(onPath, '2.0.0') >= 0) {
            const hasExport = await run('poetry', ['export', '--help']).then(r => r.code === 0, () => false);
            if (hasExport) {
                found.poetry = onPath;
                return ['poetry'];
            }
        }
        const dir = external_node_path_default().join(toolDir, 'poetry', PINNED.poetry);
        const venvPython = external_node_path_default().join(dir, 'bin', 'python');
        if (!(await exists(venvPython))) {
            log.info(`Installing poetry ${PINNED.poetry} with poetry-plugin-export into ${dir}`);
            await withHeartbeat(log, `installing poetry ${PINNED.poetry}`, () => installInto(dir, async (partial) => {
                const [py] = await python();
                const [uvBin, ...uvArgs] = await uv();
                const env = {
                    UV_PYTHON_DOWNLOADS: 'never',
                    UV_NO_PROGRESS: '1',
                    ...(uvCacheDir ? { UV_CACHE_DIR: uvCacheDir } : {})
                };
                const venv = await run(uvBin, [...uvArgs, 'venv', '--quiet', '--python', py, partial], {
                    env
                });
                if (venv.code !== 0)
                    throw new src_errors/* ToolError */.v4(`could not create a virtualenv for poetry:\n${tail(venv.stderr)}`);
                const result = await run(uvBin, [
                    ...uvArgs,
                    'pip',
                    'install',
                    '--quiet',
                    '--python',
                    external_node_path_default().join(partial, 'bin', 'python'),
                    `poetry==${PINNED.poetry}`,
                    `poetry-plugin-export==${PINNED.poetryPluginExport}`
                ], { env });
                if (result.code !== 0) {
                    throw new src_errors/* ToolError */.v4(`could not install poetry ${PINNED.poetry}:\n${tail(result.stderr)}`, {
                        hint: 'Check that the package index is reachable, or install poetry and poetry-plugin-export yourself.'
                    });
                }
            }));
        }
        found.poetry = PINNED.poetry;
        return [venvPython, '-m', 'poetry'];
    });
    return {
        python,
        uv,
        poetry,
        versions: () => ({ ...found }),
        installSeconds: () => installMs / 1000
    };
}

;// CONCATENATED MODULE: ./src/system/fs-errors.ts
// Turns Node's filesystem errors (ENOSPC, EROFS, EACCES, ENOTDIR, ...) into one message naming the
// path, the cause in words, and what to do: never a raw error with a stack trace.

/** Each errno code, the cause in words and what to do: one line each, split by " | ". */
const fs_errors_CAUSES = new Map(`ENOSPC | no space left on the device | Free space on that disk, or point the folder elsewhere.
EDQUOT | the disk quota is used up | Free space, or point the folder elsewhere.
EROFS | the filesystem is read-only | Choose a writable folder (--output-dir, --cache-dir).
EACCES | permission denied | Choose a folder you can write, or fix its permissions.
EPERM | operation not permitted | Choose a folder you can write, or fix its permissions.
ENOTDIR | a part of the path is a file, not a folder | Remove that file or choose another folder.
EISDIR | it is a folder, not a file | Name a file there instead.
EEXIST | it exists and is not a folder | Remove it or choose another folder.
ENOENT | it does not exist | Check the path.
ELOOP | too many levels of symbolic links | Fix the links in that path.
ENAMETOOLONG | the name is too long | Choose a shorter path.
EMFILE | too many open files | Raise the open-file limit (ulimit -n).
EIO | an input/output error from the device | Check the disk.`
    .split('\n')
    .map(line => {
    const [code = '', cause = '', fix = ''] = line.split(' | ');
    return [code, [cause, fix]];
}));
/** True for an error thrown by a Node filesystem call (it carries an errno code and a syscall). */
function isFsError(error) {
    return (error instanceof Error &&
        typeof error.code === 'string' &&
        typeof error.syscall === 'string');
}
/** A filesystem error as a LayerError; any other error unchanged. */
function asLayerError(error) {
    return isFsError(error) ? fsError(error) : error;
}
/** The filesystem error as a LayerError; `what` names the path's role ("output folder"). */
function fsError(error, what, fallbackPath) {
    const code = error.code ?? 'EUNKNOWN';
    const [cause, fix] = error.syscall === 'mkdir' && code === 'ENOENT'
        ? ['that filesystem does not allow creating folders', 'Choose a folder on a writable disk.']
        : (fs_errors_CAUSES.get(code) ?? [error.message.split(',')[0] ?? code, 'Check that path.']);
    const where = error.path ? ` ${error.path}` : fallbackPath ? ` ${fallbackPath}` : '';
    return new src_errors/* LayerError */.CE(`cannot ${error.syscall ?? 'use'}${what ? ` the ${what}` : ''}${where}: ${cause} (${code})`, { hint: fix });
}

;// CONCATENATED MODULE: ./src/system/folders.ts
// Creates the tool's own folders (output, cache) and proves them writable before anything is
// installed: a file in the way, a read-only or full disk, or a hung filesystem fails here, early.






/** Makes `dir` one level at a time (a recursive mkdir hides EROFS behind ENOENT, or hangs on /proc). */
async function makeFolders(dir, label) {
    const missing = [];
    let current = dir;
    for (;;) {
        const info = await (0,promises_.stat)(current).catch(() => undefined);
        if (info) {
            if (!info.isDirectory())
                throw new src_errors/* LayerError */.CE(`the ${label} ${dir}: ${current} is a file, not a folder`, {
                    hint: 'Remove the file or choose another folder.'
                });
            break;
        }
        missing.unshift(current);
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const folder of missing) {
        await (0,promises_.mkdir)(folder).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
    }
}
/**
 * Makes `dir` (and its parents) and writes and removes a probe file in it. `label` names the
 * folder, e.g. "output folder".
 */
async function ensureWritableFolder(dir, label, limitMs = timeLimitFromEnv(SETUP_TIME_LIMIT_MS, process.env, 'LAMBDA_LAYER_SETUP_TIMEOUT')) {
    const work = (async () => {
        await makeFolders(dir, label);
        const probe = external_node_path_default().join(dir, `.lambda-layer-probe-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            await (0,promises_.writeFile)(probe, 'probe');
        }
        finally {
            await (0,promises_.rm)(probe, { force: true });
        }
    })();
    try {
        await withTimeLimit(work, limitMs, `setting up the ${label} ${dir}`);
    }
    catch (error) {
        if (isFsError(error))
            throw fsError(error, label, dir);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/system/output-lock.ts
// One build at a time per output folder: a lock file names the process holding it, so a second
// build into the same folder stops with that name instead of mixing zips and reports.





const LOCK_FILE = '.lambda-layer.lock';
const alive = (pid) => {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
};
/** Takes the lock on `outputDir` (which must exist); returns the function that releases it. */
async function lockOutputFolder(outputDir) {
    const file = external_node_path_default().join(outputDir, LOCK_FILE);
    const me = { pid: process.pid, host: external_node_os_default().hostname(), started: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const handle = await (0,promises_.open)(file, 'wx');
            await handle.writeFile(JSON.stringify(me) + '\n');
            await handle.close();
            (0,interrupt/* removeOnInterrupt */.vY)(file);
            return async () => {
                (0,interrupt/* forgetOnInterrupt */.ai)(file);
                await (0,promises_.rm)(file, { force: true });
            };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = await readHolder(file);
        // A lock left by a process that no longer runs on this machine is taken over.
        if (holder && holder.host === me.host && !alive(holder.pid)) {
            await (0,promises_.rm)(file, { force: true });
            continue;
        }
        throw new src_errors/* LayerError */.CE(`another build is writing to ${outputDir}: process ${holder?.pid ?? '?'} on ${holder?.host ?? '?'} (since ${holder?.started ?? '?'})`, {
            hint: `Wait for it to finish, or use another --output-dir. If no such build runs, remove ${file}.`
        });
    }
    throw new src_errors/* LayerError */.CE(`could not take the lock ${file}`, { hint: `Remove ${file} and retry.` });
}
async function readHolder(file) {
    try {
        const holder = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return typeof holder.pid === 'number' ? holder : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/system/workspace.ts
// The folders one build works in: the output and cache folders (proven writable, the output folder
// locked) and a scratch folder removed at the end or on interrupt. The build writes nowhere else.







/** Opens the build's folders before anything runs; a folder that cannot be written fails here. */
async function openWorkspace(outputDir, cacheDir) {
    (0,interrupt/* setActivity */.qL)('setting up the output and cache folders');
    await ensureWritableFolder(outputDir, 'output folder');
    await ensureWritableFolder(cacheDir, 'cache folder');
    const unlock = await lockOutputFolder(outputDir);
    const workRoot = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lambda-layer-'));
    (0,interrupt/* removeOnInterrupt */.vY)(workRoot);
    const disallow = allowWritesUnder(outputDir, cacheDir, workRoot);
    return {
        workRoot,
        async close() {
            await (0,promises_.rm)(guardPath(workRoot, 'temporary folder'), { recursive: true, force: true });
            (0,interrupt/* forgetOnInterrupt */.ai)(workRoot);
            disallow();
            await unlock();
        }
    };
}

;// CONCATENATED MODULE: ./src/files/tree.ts
// Walks a staged layer tree: every entry in a stable order, with its size and mode; symlinks are
// stored as the file they point to, and only when it is inside the tree.




/**
 * Every directory and file below `root`, sorted by name so the order never depends on the file
 * system. The walk uses the synchronous calls: thousands of small lookups one after another cost
 * far less time and memory that way than as many promises.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: a failure rejects
async function walkTree(root) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const entries = [];
    const visit = (dir, prefix) => {
        for (const name of (0,external_node_fs_.readdirSync)(dir)) {
            const absolute = external_node_path_default().join(dir, name);
            const zipName = prefix ? `${prefix}/${name}` : name;
            let info = (0,external_node_fs_.lstatSync)(absolute);
            let source = absolute;
            if (info.isSymbolicLink()) {
                // Symlinks are stored as the file they point to, and only when that file is inside the tree.
                const target = resolvedLink(absolute);
                if (!target || !(target + (external_node_path_default()).sep).startsWith(realRoot + (external_node_path_default()).sep)) {
                    throw new src_errors/* BuildError */.zS(`symlink ${zipName} points outside the layer (${target ?? 'dangling'})`, { hint: 'Remove the link, or add the file it points to inside the layer.' });
                }
                info = (0,external_node_fs_.statSync)(target);
                if (info.isDirectory()) {
                    throw new src_errors/* BuildError */.zS(`symlink ${zipName} points to a directory; layers store files only`);
                }
                source = target;
            }
            if (info.isDirectory()) {
                entries.push({ name: zipName, source, kind: 'directory', size: 0, executable: true });
                visit(absolute, zipName);
            }
            else if (info.isFile()) {
                entries.push({
                    name: zipName,
                    source,
                    kind: 'file',
                    size: info.size,
                    executable: (info.mode & 0o111) !== 0,
                    identity: fileIdentity(info)
                });
            }
            else {
                throw new src_errors/* BuildError */.zS(`${zipName} in the installed layer is a ${specialKind(info)}`, {
                    hint: 'A layer holds regular files only; find which package installs it and exclude it.'
                });
            }
        }
    };
    visit(root, '');
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Whether an entry of walkTree(root) stands for a symlink (it is read from the link's target). */
function isLink(root, entry) {
    return entry.source !== external_node_path_default().join(root, ...entry.name.split('/'));
}
/** The entries without the folders that hold no file, at any depth (as a zip of the tree needs). */
function withoutEmptyFolders(entries) {
    const holding = new Set();
    for (const { name, kind } of entries) {
        if (kind !== 'file')
            continue;
        for (let cut = name.lastIndexOf('/'); cut > 0; cut = name.lastIndexOf('/', cut - 1)) {
            const folder = name.slice(0, cut);
            if (holding.has(folder))
                break;
            holding.add(folder);
        }
    }
    return entries.filter(entry => entry.kind === 'file' || holding.has(entry.name));
}
/** A file's identity (TreeEntry.identity), or undefined without a birth time. */
function fileIdentity(info) {
    if (!info.birthtimeMs)
        return undefined;
    const times = 'mtimeNs' in info ? [info.birthtimeNs, info.mtimeNs] : [info.birthtimeMs, info.mtimeMs];
    return [info.dev, info.ino, info.size, ...times].join(':');
}
/** Where a symlink ends up, or undefined when it dangles. */
function resolvedLink(link) {
    try {
        return (0,external_node_fs_.realpathSync)(link);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/shape/distributions.ts
// The distributions installed in a layer's site-packages, read from their *.dist-info folders:
// name, version, the files their RECORD lists, and what they require.



/** Every `*.dist-info` directly inside `siteDir` (a zip path such as `python`). */
async function readDistributions(entries, siteDir) {
    const prefix = `${siteDir}/`;
    const infoDirs = entries.filter(e => e.kind === 'directory' &&
        e.name.startsWith(prefix) &&
        /^[^/]+\.dist-info$/.test(e.name.slice(prefix.length)));
    return Promise.all(infoDirs.map(async (dir) => {
        const base = dir.name.slice(prefix.length).replace(/\.dist-info$/, '');
        const dash = base.lastIndexOf('-');
        const [record, metadata] = await Promise.all(['RECORD', 'METADATA'].map(file => (0,promises_.readFile)(external_node_path_default().join(dir.source, file), 'utf8').catch(() => '')));
        return {
            name: normalizeName(base.slice(0, dash)),
            version: base.slice(dash + 1),
            infoDir: dir.name,
            files: recordFiles(record ?? '', siteDir),
            requires: requirementsOf(metadata ?? '')
        };
    }));
}
/**
 * Zip paths of the files a RECORD lists (`siteDir` is the folder its paths are relative to). A
 * line whose quoted path has no closing quote is left out rather than guessed at.
 */
function recordFiles(record, siteDir) {
    return record
        .split('\n')
        .map(recordPath)
        .filter((file) => file !== undefined)
        .map(file => external_node_path_default().posix.normalize(`${siteDir}/${file}`));
}
/** The path column of a RECORD line (CSV; the path may be quoted). */
function recordPath(line) {
    if (!line.trim())
        return undefined;
    if (line.startsWith('"')) {
        const end = line.indexOf('",');
        return end > 0 ? line.slice(1, end).replace(/""/g, '"') : undefined;
    }
    return line.split(',')[0];
}
/** Requires-Dist names from METADATA, without those that only an extra pulls in. */
function requirementsOf(metadata) {
    const names = new Set();
    for (const line of metadata.split('\n')) {
        if (line === '')
            break; // headers end at the first blank line
        const match = /^Requires-Dist:\s*([A-Za-z0-9][A-Za-z0-9._-]*)([^;]*)(?:;(.*))?$/.exec(line);
        if (!match?.[1])
            continue;
        if (match[3] && /\bextra\s*==/.test(match[3]))
            continue;
        names.add(normalizeName(match[1]));
    }
    return [...names];
}
/** Maps every file's zip path to the distribution whose RECORD (or dist-info folder) holds it. */
function ownerIndex(distributions) {
    const owner = new Map();
    for (const dist of distributions)
        for (const file of dist.files)
            owner.set(file, dist);
    return owner;
}

;// CONCATENATED MODULE: ./src/shape/rules.ts
/** Folder names whose content the tests and docs rules remove. */
const TEST_DIRS = new Set(['tests', 'test']);
const DOC_DIRS = new Set(['docs', 'doc', 'examples', 'example']);
const SOURCES = /\.(c|cc|cpp|cxx|h|hh|hpp|hxx|pyx|pxd|pxi)$/i;
const FOREIGN_BINARIES = /\.(dll|dylib|exe|pyd|lib)$/i;
const DIST_INFO_UNREAD = /^[^/]+\.dist-info\/(INSTALLER|REQUESTED|direct_url\.json)$/;
/**
 * The folder (relative path) that makes `file` part of a test suite or docs, e.g. `pandas/tests`
 * for `pandas/tests/frame/test_api.py`; undefined when it is not in one.
 */
function containingFolder(file, names, minDepth) {
    const parts = file.split('/');
    for (let i = minDepth; i < parts.length - 1; i++) {
        if (names.has(parts[i]))
            return parts.slice(0, i + 1).join('/');
    }
    return undefined;
}
/**
 * The deletion rule that claims a file (first match in SLIM_RULES order), or undefined.
 * `imported` are files inside test/doc folders that some package imports at run time: they stay.
 */
function deletionRule(file, platform, enabled, imported) {
    if (imported.has(file))
        return undefined;
    const name = file.slice(file.lastIndexOf('/') + 1);
    const on = (rule) => enabled.has(rule);
    if (on('bytecode') && isBytecode(file))
        return 'bytecode';
    if (on('tests')) {
        const folder = containingFolder(file, TEST_DIRS, 0);
        if (folder || name === 'conftest.py')
            return 'tests';
    }
    if (on('docs')) {
        if (containingFolder(file, DOC_DIRS, 1))
            return 'docs';
    }
    if (on('sources') && SOURCES.test(name))
        return 'sources';
    if (on('stubs') && name.endsWith('.pyi'))
        return 'stubs';
    if (on('other-platforms') && isForeignBinary(name, platform))
        return 'other-platforms';
    if (on('scripts') && file.startsWith('bin/'))
        return 'scripts';
    if (on('dist-info') && DIST_INFO_UNREAD.test(file))
        return 'dist-info';
    return undefined;
}
/** Whether the `bytecode` rule removes `file`: anything in `__pycache__`, and `*.pyc`/`*.pyo`. */
function isBytecode(file) {
    return file.includes('__pycache__/') || /\.py[co]$/.test(file);
}
function isForeignBinary(name, { python, machine }) {
    if (FOREIGN_BINARIES.test(name))
        return true;
    if (/-darwin\.so$/.test(name))
        return true;
    const abi = /\.cpython-3(\d+)[a-z]*-([a-z0-9_]+)-linux-gnu\.so$/.exec(name);
    if (abi)
        return `3.${abi[1]}` !== python || abi[2] !== machine;
    return false;
}

;// CONCATENATED MODULE: ./src/shape/sourceless.ts
// The `python-sources` rule: after bytecode is compiled, each `.py` that compiled gives way to its
// bytecode, moved beside it as `NAME.pyc` (the layout Python imports without a source). The layer
// shrinks by the sources' size and still starts without compiling; tracebacks show no source lines
// and `inspect.getsource` finds nothing, so it is off by default.



/**
 * Replaces every `NAME.py` under `siteDir` that has `__pycache__/NAME.cpython-3XY.pyc` for Python
 * `version` ("3.12") with that bytecode as `NAME.pyc`; `__pycache__` folders left empty go. Sources
 * without bytecode (they did not compile), sources `keep` matches (a path below `siteDir`) and
 * symlinks stay as they are.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: a failure rejects
async function replaceSourcesWithBytecode(siteDir, version, keep) {
    const suffix = bytecodeSuffix(version);
    const removed = { files: 0, bytes: 0 };
    const visit = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.isDirectory() && entry.name !== '__pycache__')
                visit(external_node_path_default().join(dir, entry.name));
        }
        const cache = external_node_path_default().join(dir, '__pycache__');
        let compiled;
        try {
            compiled = (0,external_node_fs_.readdirSync)(cache).filter(name => name.endsWith(suffix));
        }
        catch {
            return;
        }
        for (const name of compiled) {
            const module = name.slice(0, -suffix.length);
            const source = external_node_path_default().join(dir, `${module}.py`);
            const info = (0,external_node_fs_.lstatSync)(source, { throwIfNoEntry: false });
            if (!info?.isFile() || keep(external_node_path_default().relative(siteDir, source).split((external_node_path_default()).sep).join('/')))
                continue;
            (0,external_node_fs_.renameSync)(external_node_path_default().join(cache, name), external_node_path_default().join(dir, `${module}.pyc`));
            (0,external_node_fs_.rmSync)(source);
            removed.files++;
            removed.bytes += info.size;
        }
        try {
            (0,external_node_fs_.rmdirSync)(cache);
        }
        catch {
            // bytecode of another Python, or of a file kept as source: the folder stays
        }
    };
    visit(siteDir);
    return removed;
}
/**
 * The shares of a layer that has bytecode beside its sources, from its regular files (paths
 * relative to site-packages; symlinks left out, as python-sources leaves them): what the bytecode
 * rule would remove, and the sources replaceSourcesWithBytecode would replace; `keep` holds both.
 */
function bytecodeShares(files, version, keep) {
    const suffix = bytecodeSuffix(version);
    const compiled = new Set();
    let bytes = 0;
    for (const file of files) {
        if (!isBytecode(file.path) || keep(file.path))
            continue;
        bytes += file.size;
        const source = file.path.endsWith(suffix) ? sourceOfBytecode(file.path) : undefined;
        if (source)
            compiled.add(source);
    }
    let sourcesBytes = 0;
    for (const file of files) {
        if (compiled.has(file.path) && !keep(file.path))
            sourcesBytes += file.size;
    }
    return { bytes, sourcesBytes };
}
/** The name ending of the bytecode Python `version` ("3.12") compiles: `.cpython-312.pyc`. */
function bytecodeSuffix(version) {
    return `.cpython-${version.replace('.', '')}.pyc`;
}
/**
 * `pkg/__pycache__/mod.cpython-312.pyc`, or `pkg/mod.pyc` in its source's place (the
 * python-sources rule) -> `pkg/mod.py`: the source a bytecode file was compiled from.
 */
function sourceOfBytecode(name) {
    const cached = /^(.*\/)?__pycache__\/([^/.]+)\.[^/]+\.pyc$/.exec(name);
    if (cached)
        return `${cached[1] ?? ''}${cached[2]}.py`;
    return name.endsWith('.pyc') ? name.slice(0, -1) : undefined;
}

;// CONCATENATED MODULE: ./src/package/inventory.ts


/**
 * Unzipped bytes per installed distribution, from each `*.dist-info/RECORD` below `siteDir`;
 * files no RECORD lists are counted under their top-level folder.
 */
async function packageUsage(entries, siteDir) {
    const distributions = await readDistributions(entries, siteDir);
    const owner = ownerIndex(distributions);
    const usage = new Map();
    for (const entry of entries) {
        if (entry.kind !== 'file')
            continue;
        const dist = owner.get(entry.name) ??
            owner.get(sourceOfBytecode(entry.name) ?? '') ?? // compiled bytecode belongs to its source's owner
            distributions.find(d => entry.name.startsWith(`${d.infoDir}/`));
        const rest = entry.name.startsWith(`${siteDir}/`)
            ? entry.name.slice(siteDir.length + 1)
            : entry.name;
        const key = dist ? dist.name : `${rest.split('/')[0]} (no RECORD)`;
        const item = usage.get(key) ?? {
            name: key,
            version: dist?.version ?? '',
            unzippedBytes: 0,
            files: 0
        };
        item.unzippedBytes += entry.size;
        item.files += 1;
        usage.set(key, item);
    }
    return [...usage.values()].sort(largestFirst);
}
/** The report's order of distributions: largest first, then by name. */
function largestFirst(a, b) {
    return b.unzippedBytes - a.unzippedBytes || (a.name < b.name ? -1 : 1);
}

;// CONCATENATED MODULE: ./src/package/check.ts
// Reads a zip back with an independent reader (yauzl's central directory) before it is reported.
// A zip writeZip just wrote gets the structural check: every local header agrees with its central
// record and the entries lie end to end up to the central directory. Its data need no second look:
// the deflate workers proved each entry's bytes inflate to its file's. With `inflate`, for a zip
// from anywhere else, every entry is inflated and its CRC-32 checked instead. Entries up to 1 MiB
// are read and inflated whole, by position; larger ones stream, so memory stays bounded.






/** Entries read whole when both their stored and their inflated sizes are at most this. */
const WHOLE_BYTES = 1024 * 1024;
const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
async function checkZip(zipPath, expectedEntries, options = {}) {
    let count = 0;
    const fd = (0,external_node_fs_.openSync)(zipPath, 'r');
    try {
        // Where the next local header must start: the entries lie end to end from the zip's start.
        let next = 0;
        const directory = await eachZipEntry(zipPath, async (entry) => {
            count++;
            if (options.inflate) {
                const small = entry.raw.compressedSize <= WHOLE_BYTES && entry.size <= WHOLE_BYTES;
                const crc = small ? crcByPosition(fd, zipPath, entry) : await crcByStream(zipPath, entry);
                if (crc !== entry.crc32 >>> 0)
                    throw new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} fails its CRC check`);
            }
            else
                next = checkLocalHeader(fd, zipPath, entry, next);
        }).catch((error) => {
            if (error instanceof src_errors/* BuildError */.zS)
                throw error;
            throw new src_errors/* BuildError */.zS(`${zipPath}: cannot be read back as a zip (${String(error)})`);
        });
        if (!options.inflate && next !== directory.offset)
            throw new src_errors/* BuildError */.zS(`${zipPath}: its entries end at byte ${next}, but its central directory starts at byte ${directory.offset}`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (count !== expectedEntries) {
        throw new src_errors/* BuildError */.zS(`${zipPath}: ${count} entries read back, ${expectedEntries} written`);
    }
}
/**
 * Checks an entry's local header, read by position, against its central record: where it starts
 * (`at`, the end of the entry before), its signature, name, flags, method, CRC-32 and sizes.
 * Returns where the entry's data end.
 */
function checkLocalHeader(fd, zipPath, entry, at) {
    const { localHeaderOffset, method, compressedSize, flags, fileName } = entry.raw;
    const fail = (what) => new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} ${what}`);
    if (localHeaderOffset !== at)
        throw fail(`starts at byte ${localHeaderOffset}, but the entry before it ends at byte ${at}`);
    const header = Buffer.alloc(LOCAL_HEADER_BYTES + fileName.length);
    readAt(fd, zipPath, header, at);
    if (header.readUInt32LE(0) !== LOCAL_HEADER)
        throw fail(`has no local header at byte ${at}, where its central record says`);
    const nameBytes = header.readUInt16LE(26);
    const local = {
        flags: header.readUInt16LE(6),
        method: header.readUInt16LE(8),
        crc: header.readUInt32LE(14),
        'stored size': header.readUInt32LE(18),
        size: header.readUInt32LE(22)
    };
    const central = {
        flags,
        method,
        crc: entry.crc32 >>> 0,
        'stored size': compressedSize,
        size: entry.size
    };
    for (const field of Object.keys(central)) {
        if (local[field] !== central[field])
            throw fail(`has ${field} ${local[field]} in its local header, ${central[field]} in the central directory`);
    }
    if (nameBytes !== fileName.length || !header.subarray(LOCAL_HEADER_BYTES).equals(fileName))
        throw fail('has another name in its local header than in the central directory');
    if (method !== 0 && method !== 8)
        throw fail(`uses compression method ${method}`);
    if (method === 0 && compressedSize !== entry.size)
        throw fail(`is stored in ${compressedSize} bytes, but holds ${entry.size}`);
    return at + LOCAL_HEADER_BYTES + nameBytes + header.readUInt16LE(28) + compressedSize;
}
function readAt(fd, zipPath, bytes, position) {
    let read = 0;
    while (read < bytes.length) {
        const got = (0,external_node_fs_.readSync)(fd, bytes, read, bytes.length - read, position + read);
        if (got === 0)
            throw new src_errors/* BuildError */.zS(`${zipPath}: ends inside an entry`);
        read += got;
    }
}
/** CRC-32 of a small entry: its local header and data read by position, inflated in one go. */
function crcByPosition(fd, zipPath, entry) {
    const { localHeaderOffset, method, compressedSize } = entry.raw;
    const header = Buffer.alloc(LOCAL_HEADER_BYTES);
    readAt(fd, zipPath, header, localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_HEADER)
        throw new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} has no local header where it should`);
    const stored = Buffer.alloc(compressedSize);
    readAt(fd, zipPath, stored, localHeaderOffset + LOCAL_HEADER_BYTES + header.readUInt16LE(26) + header.readUInt16LE(28));
    let data;
    if (method === 0)
        data = stored;
    else if (method === 8) {
        try {
            data = external_node_zlib_default().inflateRawSync(stored);
        }
        catch (error) {
            throw new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} does not inflate (${String(error)})`);
        }
    }
    else
        throw new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} uses compression method ${method}`);
    if (data.length !== entry.size)
        throw new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} holds ${data.length} bytes, not ${entry.size}`);
    return external_node_zlib_default().crc32(data) >>> 0;
}
async function crcByStream(zipPath, entry) {
    let crc = 0;
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            crc = external_node_zlib_default().crc32(chunk, crc);
            done();
        }
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(await entry.open(), sink);
    }
    catch (error) {
        throw new src_errors/* BuildError */.zS(`${zipPath}: entry ${entry.name} does not read back (${String(error)})`);
    }
    return crc >>> 0;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/package/deflate/libdeflate-wasm.ts
// Generated by scripts/build-deflate-wasm.sh from src/package/deflate/wasm; do not edit.
// rustc 1.95.0 (59807616e 2026-04-14), Debian clang version 14.0.6.
/*! libdeflate, through the libdeflate-sys crate:
 * Copyright 2016 Eric Biggers
 * Copyright 2024 Google LLC
 *
 * Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software and associated documentation files
 * (the "Software"), to deal in the Software without restriction,
 * including without limitation the rights to use, copy, modify, merge,
 * publish, distribute, sublicense, and/or sell copies of the Software,
 * and to permit persons to whom the Software is furnished to do so,
 * subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
 * EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
 * MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 * NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS
 * BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN
 * ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 * CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */
const SOURCE_DIGEST = '40cf691974a78d5024bfe6c5abc95cad54f92cad99a3b77c4474747219df8453';
const WASM_DIGEST = '9b9fea276d11ecdae404679f682df9514bbf831ae35ac0654a14fd8a8f1ca902';
const LIBDEFLATE_WASM_BASE64 = 'AGFzbQEAAAABWQ1gAn9/AGAEf39/fwBgAX8Bf2ACf38Bf2ABfwBgBX9/f39/AX9gA39/fwBgAABgBX9/f39/AGAGf39/f39/AGAIf39/f39/f38AYAR/f39/AX9gA39/fwF/AyQjAgMEBAACBQIABgQAAQcEBAAAAAMBAQEBAQgJAwoFCwQCBgwEBQFwAQoKBQMBABEGGQN/AUGAgMAAC38AQfSUwAALfwBBgJXAAAsHXQcGbWVtb3J5AgAMYnVmZmVyX2FsbG9jAAALYnVmZmVyX2ZyZWUAAg5jb21wcmVzc29yX25ldwAFB2RlZmxhdGUABgpfX2RhdGFfZW5kAwELX19oZWFwX2Jhc2UDAgkPAQBBAQsJAgAQCxQVFhcYCtv+AyM6AQJ/QQAhAQJAIABB4P///wdLDQAgAEEQaiICQRAQgYCAgAAiAEUNACAAIAI2AgAgAEEQaiEBCyABC/YCAQV/AkACQAJAAkAgAUEJSQ0AQQAhASAAQbz/e0sNAUEQIABBC2pBeHEgAEELSRsiAkEcahCHgICAACIARQ0BIABBeGohAQJAIABBD3ENACABIQAMBAsgAEF8aiIDKAIAIgRBeHEgAEEPakFwcUF4aiIAQQBBECAAIAFrQRBLG2oiACABayIFayEGIARBA3FFDQIgACAGIAAoAgRBAXFyQQJyNgIEIAAgBmoiBiAGKAIEQQFyNgIEIAMgBSADKAIAQQFxckECcjYCACABIAVqIgYgBigCBEEBcjYCBCABIAUQiICAgAAMAwsgABCHgICAACEBCyABDwsgASgCACEBIAAgBjYCBCAAIAEgBWo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiBSACQRBqTQ0AIAAgAiABQQFxckECcjYCBCAAIAJqIgEgBSACayICQQNyNgIEIAAgBWoiBSAFKAIEQQFyNgIEIAEgAhCIgICAAAsgAEEIagt+AQN/AkACQAJAIABFDQAgAEFsaigCACIBQXhxIgJBBEEIIAFBA3EiARsgAEFwaiIAKAIAIgNqSQ0BAkAgAUUNACACIANBJ2pLDQMLIAAQg4CAgAALDwtBq4DAgABB3IDAgAAQhICAgAAAC0HsgMCAAEGcgcCAABCEgICAAAALqQkBBX8gAEF4aiIBIABBfGooAgAiAkF4cSIAaiEDAkACQCACQQFxDQAgAkECcUUNASABKAIAIgIgAGohAAJAIAEgAmsiAUEAKALQlMCAAEcNACADKAIEQQNxQQNHDQFBACAANgLIlMCAACADIAMoAgRBfnE2AgQgASAAQQFyNgIEIAMgADYCAA8LIAEgAhCSgICAAAsCQAJAAkACQAJAAkACQAJAIAMoAgQiAkECcQ0AIANBACgC1JTAgABGDQIgA0EAKALQlMCAAEYNAyADIAJBeHEiAhCSgICAACABIAIgAGoiAEEBcjYCBCABIABqIAA2AgAgAUEAKALQlMCAAEcNAUEAIAA2AsiUwIAADwsgAyACQX5xNgIEIAEgAEEBcjYCBCABIABqIAA2AgALIABBgAJJDQJBHyEDIABBgICACEkNAwwFC0EAIAE2AtSUwIAAQQBBACgCzJTAgAAgAGoiADYCzJTAgAAgASAAQQFyNgIEAkAgAUEAKALQlMCAAEcNAEEAQQA2AsiUwIAAQQBBADYC0JTAgAALIABBACgC4JTAgAAiAk0NBUEAKALUlMCAACIARQ0FQQAoAsyUwIAAIgRBKUkNA0GoksCAACEBA0ACQCABKAIAIgMgAEsNACAAIAMgASgCBGpJDQULIAEoAgghAQwACwtBACABNgLQlMCAAEEAQQAoAsiUwIAAIABqIgA2AsiUwIAAIAEgAEEBcjYCBCABIABqIAA2AgAPCwJAAkBBACgCwJTAgAAiA0EBIABBA3Z0IgJxDQBBACADIAJyNgLAlMCAACAAQfgBcUG4ksCAAGoiACEDDAELIABB+AFxIgBBuJLAgABqIQMgAEHAksCAAGooAgAhAAsgAyABNgIIIAAgATYCDCABIAM2AgwgASAANgIIDwsgAEEmIABBCHZnIgNrdkEBcSADQQF0ckE+cyEDDAELAkACQEEAKAKwksCAACIADQBB/x8hAQwBC0EAIQEDQCABQQFqIQEgACgCCCIADQALIAFB/x8gAUH/H0sbIQELQQAgATYC6JTAgAAgBCACTQ0BQQBBfzYC4JTAgAAMAQsgAUIANwIQIAEgAzYCHCADQQJ0QaiRwIAAaiECAkACQEEAKALElMCAAEEBIAN0IgRxDQAgAiABNgIAIAEgAjYCGCABIAE2AgwgASABNgIIQQBBACgCxJTAgAAgBHI2AsSUwIAADAELAkACQAJAIAIoAgAiBCgCBEF4cSAARw0AIAQhAwwBCyAAQQBBGSADQQF2ayADQR9GG3QhAgNAIAQgAkEddkEEcWoiBSgCECIDRQ0CIAJBAXQhAiADIQQgAygCBEF4cSAARw0ACwsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIDAELIAVBEGogATYCACABIAQ2AhggASABNgIMIAEgATYCCAtBAEEAKALolMCAAEF/aiIBNgLolMCAACABDQACQAJAQQAoArCSwIAAIgANAEH/HyEBDAELQQAhAQNAIAFBAWohASAAKAIIIgANAAsgAUH/HyABQf8fSxshAQtBACABNgLolMCAAA8LCxAAIABB3QAgARCJgICAAAALTgEBfyOAgICAAEEQayIBJICAgIAAIAFBgYCAgAA2AgwgAUGCgICAADYCCCABQQw2AgQgACABQQRqEJOAgIAAIQAgAUEQaiSAgICAACAACxIAIAAgASACIAMgBBCdgICAAAvYJgEIfwJAAkACQAJAIABB9QFJDQACQCAAQcz/e00NAEEADwsgAEELaiIBQXhxIQJBACgCxJTAgAAiA0UNAkEfIQQgAEH1//8HTw0BIAJBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBAwBCwJAAkACQAJAAkACQEEAKALAlMCAACIFQRAgAEELakH4A3EgAEELSRsiAkEDdiIBdiIAQQNxRQ0AIABBf3NBAXEgAWoiBkEDdCIAQbiSwIAAaiIBIABBwJLAgABqKAIAIgIoAggiB0YNASAHIAE2AgwgASAHNgIIDAILIAJBACgCyJTAgABNDQYgAA0CQQAoAsSUwIAAIgBFDQYgAGhBAnRBqJHAgABqKAIAIgcoAgRBeHEgAmshASAHIQUDQAJAIAcoAhAiAA0AIAcoAhQiAA0AIAUoAhghBAJAAkACQCAFKAIMIgAgBUcNACAFQRRBECAFKAIUIgAbaigCACIHDQFBACEADAILIAUoAggiByAANgIMIAAgBzYCCAwBCyAFQRRqIAVBEGogABshBgNAIAYhCCAHIgBBFGogAEEQaiAAKAIUIgcbIQYgAEEUQRAgBxtqKAIAIgcNAAsgCEEANgIACyAERQ0GAkACQCAFIAUoAhxBAnRBqJHAgABqIgcoAgBGDQACQCAEKAIQIAVGDQAgBCAANgIUIAANAgwJCyAEIAA2AhAgAA0BDAgLIAcgADYCACAARQ0GCyAAIAQ2AhgCQCAFKAIQIgdFDQAgACAHNgIQIAcgADYCGAsgBSgCFCIHRQ0GIAAgBzYCFCAHIAA2AhgMBgsgACgCBEF4cSACayIHIAEgByABSSIHGyEBIAAgBSAHGyEFIAAhBwwACwtBACAFQX4gBndxNgLAlMCAAAsgAiAAQQNyNgIEIAIgAGoiACAAKAIEQQFyNgIEIAJBCGoPCwJAAkAgACABdEECIAF0IgBBACAAa3JxaCIIQQN0IgFBuJLAgABqIgcgAUHAksCAAGooAgAiACgCCCIGRg0AIAYgBzYCDCAHIAY2AggMAQtBACAFQX4gCHdxNgLAlMCAAAsgACACQQNyNgIEIAAgAmoiBSABIAJrIgdBAXI2AgQgACABaiAHNgIAAkBBACgCyJTAgAAiAUUNAEEAKALQlMCAACECAkACQEEAKALAlMCAACIGQQEgAUEDdnQiCHENAEEAIAYgCHI2AsCUwIAAIAFBeHFBuJLAgABqIgEhBgwBCyABQXhxIgFBuJLAgABqIQYgAUHAksCAAGooAgAhAQsgBiACNgIIIAEgAjYCDCACIAY2AgwgAiABNgIIC0EAIAU2AtCUwIAAQQAgBzYCyJTAgAAgAEEIag8LQQBBACgCxJTAgABBfiAFKAIcd3E2AsSUwIAACwJAAkACQCABQRBJDQAgBSACQQNyNgIEIAUgAmoiByABQQFyNgIEIAcgAWogATYCAEEAKALIlMCAACIGRQ0BQQAoAtCUwIAAIQACQAJAQQAoAsCUwIAAIghBASAGQQN2dCIEcQ0AQQAgCCAEcjYCwJTAgAAgBkF4cUG4ksCAAGoiBiEIDAELIAZBeHEiBkG4ksCAAGohCCAGQcCSwIAAaigCACEGCyAIIAA2AgggBiAANgIMIAAgCDYCDCAAIAY2AggMAQsgBSABIAJqIgBBA3I2AgQgBSAAaiIAIAAoAgRBAXI2AgQMAQtBACAHNgLQlMCAAEEAIAE2AsiUwIAACyAFQQhqIgBFDQEMAgtBACACayEBAkACQAJAAkAgBEECdEGokcCAAGooAgAiBQ0AQQAhB0EAIQAMAQtBACEHIAJBAEEZIARBAXZrIARBH0YbdCEGQQAhAANAAkAgBSIFKAIEQXhxIgggAkkNACAIIAJrIgggAU8NACAFIQcgCCEBIAgNAEEAIQEgBSEAIAUhBwwDCyAFKAIUIgggACAIIAUgBkEddkEEcWooAhAiBUcbIAAgCBshACAGQQF0IQYgBQ0ACwsCQCAAIAdyDQBBACEHQQIgBHQiAEEAIABrciADcSIARQ0DIABoQQJ0QaiRwIAAaigCACEACyAARQ0BCwNAIAAoAgRBeHEiBSACayIGIAEgBiABSSIIGyEEIAUgAkkhBiAAIAcgCBshCAJAIAAoAhAiBQ0AIAAoAhQhBQsgASAEIAYbIQEgByAIIAYbIQcgBSEAIAUNAAsLIAdFDQACQEEAKALIlMCAACIAIAJJDQAgASAAIAJrTw0BCyAHKAIYIQQCQAJAAkAgBygCDCIAIAdHDQAgB0EUQRAgBygCFCIAG2ooAgAiBQ0BQQAhAAwCCyAHKAIIIgUgADYCDCAAIAU2AggMAQsgB0EUaiAHQRBqIAAbIQYDQCAGIQggBSIAQRRqIABBEGogACgCFCIFGyEGIABBFEEQIAUbaigCACIFDQALIAhBADYCAAsCQCAERQ0AAkACQAJAIAcgBygCHEECdEGokcCAAGoiBSgCAEYNAAJAIAQoAhAgB0YNACAEIAA2AhQgAA0CDAQLIAQgADYCECAADQEMAwsgBSAANgIAIABFDQELIAAgBDYCGAJAIAcoAhAiBUUNACAAIAU2AhAgBSAANgIYCyAHKAIUIgVFDQEgACAFNgIUIAUgADYCGAwBC0EAQQAoAsSUwIAAQX4gBygCHHdxNgLElMCAAAsCQAJAIAFBEEkNACAHIAJBA3I2AgQgByACaiIAIAFBAXI2AgQgACABaiABNgIAAkAgAUGAAkkNACAAIAEQkYCAgAAMAgsCQAJAQQAoAsCUwIAAIgVBASABQQN2dCIGcQ0AQQAgBSAGcjYCwJTAgAAgAUH4AXFBuJLAgABqIgEhBQwBCyABQfgBcSIBQbiSwIAAaiEFIAFBwJLAgABqKAIAIQELIAUgADYCCCABIAA2AgwgACAFNgIMIAAgATYCCAwBCyAHIAEgAmoiAEEDcjYCBCAHIABqIgAgACgCBEEBcjYCBAsgB0EIaiIADQELAkACQAJAAkACQAJAQQAoAsiUwIAAIgAgAk8NAAJAQQAoAsyUwIAAIgAgAksNAAJAIAJBr4AEaiIHQRB2QAAiAUF/Rw0AQQAPC0EAIQAgAUEQdCIFRQ0HQQBBACgC2JTAgAAgB0GAgHxxIgBBcGogACAFQQAgAGtGGyIIaiIANgLYlMCAAEEAIABBACgC3JTAgAAiASAAIAFLGzYC3JTAgAACQAJAAkBBACgC1JTAgAAiAUUNAEGoksCAACEAA0AgACgCACIHIAAoAgQiBmogBUYNAiAAKAIIIgANAAwDCwsCQAJAQQAoAuSUwIAAIgBFDQAgACAFTQ0BC0EAIAU2AuSUwIAAC0EAQf8fNgLolMCAAEEAIAg2AqySwIAAQQAgBTYCqJLAgABBAEG4ksCAADYCxJLAgABBAEHAksCAADYCzJLAgABBAEG4ksCAADYCwJLAgABBAEHIksCAADYC1JLAgABBAEHAksCAADYCyJLAgABBAEHQksCAADYC3JLAgABBAEHIksCAADYC0JLAgABBAEHYksCAADYC5JLAgABBAEHQksCAADYC2JLAgABBAEHgksCAADYC7JLAgABBAEHYksCAADYC4JLAgABBAEHoksCAADYC9JLAgABBAEHgksCAADYC6JLAgABBAEHwksCAADYC/JLAgABBAEHoksCAADYC8JLAgABBAEEANgK0ksCAAEEAQfiSwIAANgKEk8CAAEEAQfCSwIAANgL4ksCAAEEAQfiSwIAANgKAk8CAAEEAQYCTwIAANgKMk8CAAEEAQYCTwIAANgKIk8CAAEEAQYiTwIAANgKUk8CAAEEAQYiTwIAANgKQk8CAAEEAQZCTwIAANgKck8CAAEEAQZCTwIAANgKYk8CAAEEAQZiTwIAANgKkk8CAAEEAQZiTwIAANgKgk8CAAEEAQaCTwIAANgKsk8CAAEEAQaCTwIAANgKok8CAAEEAQaiTwIAANgK0k8CAAEEAQaiTwIAANgKwk8CAAEEAQbCTwIAANgK8k8CAAEEAQbCTwIAANgK4k8CAAEEAQbiTwIAANgLEk8CAAEEAQcCTwIAANgLMk8CAAEEAQbiTwIAANgLAk8CAAEEAQciTwIAANgLUk8CAAEEAQcCTwIAANgLIk8CAAEEAQdCTwIAANgLck8CAAEEAQciTwIAANgLQk8CAAEEAQdiTwIAANgLkk8CAAEEAQdCTwIAANgLYk8CAAEEAQeCTwIAANgLsk8CAAEEAQdiTwIAANgLgk8CAAEEAQeiTwIAANgL0k8CAAEEAQeCTwIAANgLok8CAAEEAQfCTwIAANgL8k8CAAEEAQeiTwIAANgLwk8CAAEEAQfiTwIAANgKElMCAAEEAQfCTwIAANgL4k8CAAEEAQYCUwIAANgKMlMCAAEEAQfiTwIAANgKAlMCAAEEAQYiUwIAANgKUlMCAAEEAQYCUwIAANgKIlMCAAEEAQZCUwIAANgKclMCAAEEAQYiUwIAANgKQlMCAAEEAQZiUwIAANgKklMCAAEEAQZCUwIAANgKYlMCAAEEAQaCUwIAANgKslMCAAEEAQZiUwIAANgKglMCAAEEAQaiUwIAANgK0lMCAAEEAQaCUwIAANgKolMCAAEEAQbCUwIAANgK8lMCAAEEAQaiUwIAANgKwlMCAAEEAIAU2AtSUwIAAQQBBsJTAgAA2AriUwIAAQQAgCEFYaiIANgLMlMCAACAFIABBAXI2AgQgBSAAakEoNgIEQQBBgICAATYC4JTAgAAMCAsgASAFTw0AIAcgAUsNACAAKAIMRQ0DC0EAQQAoAuSUwIAAIgAgBSAAIAVJGzYC5JTAgAAgBSAIaiEHQaiSwIAAIQACQAJAAkADQCAAKAIAIgYgB0YNASAAKAIIIgANAAwCCwsgACgCDEUNAQtBqJLAgAAhAAJAA0ACQCAAKAIAIgcgAUsNACABIAcgACgCBGoiB0kNAgsgACgCCCEADAALC0EAIAU2AtSUwIAAQQAgCEFYaiIANgLMlMCAACAFIABBAXI2AgQgBSAAakEoNgIEQQBBgICAATYC4JTAgAAgASAHQWBqQXhxQXhqIgAgACABQRBqSRsiBkEbNgIEIAZBCGoiAEEA/QACqJLAgAD9CwIAQQAgCDYCrJLAgABBACAFNgKoksCAAEEAIAA2ArCSwIAAQQBBADYCtJLAgAAgBkEcaiEAA0AgAEEHNgIAIABBBGoiACAHSQ0ACyAGIAFGDQcgBiAGKAIEQX5xNgIEIAEgBiABayIAQQFyNgIEIAYgADYCAAJAIABBgAJJDQAgASAAEJGAgIAADAgLAkACQEEAKALAlMCAACIHQQEgAEEDdnQiBXENAEEAIAcgBXI2AsCUwIAAIABB+AFxQbiSwIAAaiIAIQcMAQsgAEH4AXEiAEG4ksCAAGohByAAQcCSwIAAaigCACEACyAHIAE2AgggACABNgIMIAEgBzYCDCABIAA2AggMBwsgACAFNgIAIAAgACgCBCAIajYCBCAFIAJBA3I2AgQgBkEPakF4cUF4aiIBIAUgAmoiAGshAiABQQAoAtSUwIAARg0DIAFBACgC0JTAgABGDQQCQCABKAIEIgdBA3FBAUcNACABIAdBeHEiBxCSgICAACAHIAJqIQIgASAHaiIBKAIEIQcLIAEgB0F+cTYCBCAAIAJBAXI2AgQgACACaiACNgIAAkAgAkGAAkkNACAAIAIQkYCAgAAMBgsCQAJAQQAoAsCUwIAAIgFBASACQQN2dCIHcQ0AQQAgASAHcjYCwJTAgAAgAkH4AXFBuJLAgABqIgIhAQwBCyACQfgBcSICQbiSwIAAaiEBIAJBwJLAgABqKAIAIQILIAEgADYCCCACIAA2AgwgACABNgIMIAAgAjYCCAwFC0EAIAAgAmsiATYCzJTAgABBAEEAKALUlMCAACIAIAJqIgc2AtSUwIAAIAcgAUEBcjYCBCAAIAJBA3I2AgQgAEEIaiEADAYLQQAoAtCUwIAAIQECQAJAIAAgAmsiB0EPSw0AQQBBADYC0JTAgABBAEEANgLIlMCAACABIABBA3I2AgQgASAAaiIAIAAoAgRBAXI2AgQMAQtBACAHNgLIlMCAAEEAIAEgAmoiBTYC0JTAgAAgBSAHQQFyNgIEIAEgAGogBzYCACABIAJBA3I2AgQLIAFBCGoPCyAAIAYgCGo2AgRBAEEAKALUlMCAACIAQQ9qQXhxIgFBeGoiBzYC1JTAgABBACAAIAFrQQAoAsyUwIAAIAhqIgFqQQhqIgU2AsyUwIAAIAcgBUEBcjYCBCAAIAFqQSg2AgRBAEGAgIABNgLglMCAAAwDC0EAIAA2AtSUwIAAQQBBACgCzJTAgAAgAmoiAjYCzJTAgAAgACACQQFyNgIEDAELQQAgADYC0JTAgABBAEEAKALIlMCAACACaiICNgLIlMCAACAAIAJBAXI2AgQgACACaiACNgIACyAFQQhqDwtBACEAQQAoAsyUwIAAIgEgAk0NAEEAIAEgAmsiATYCzJTAgABBAEEAKALUlMCAACIAIAJqIgc2AtSUwIAAIAcgAUEBcjYCBCAAIAJBA3I2AgQgAEEIag8LIAAL8AYBBH8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBAkAgACADayIAQQAoAtCUwIAARw0AIAIoAgRBA3FBA0cNAUEAIAE2AsiUwIAAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgAiABNgIADAILIAAgAxCSgICAAAsCQAJAAkACQAJAAkAgAigCBCIDQQJxDQAgAkEAKALUlMCAAEYNAiACQQAoAtCUwIAARg0DIAIgA0F4cSIDEJKAgIAAIAAgAyABaiIBQQFyNgIEIAAgAWogATYCACAAQQAoAtCUwIAARw0BQQAgATYCyJTAgAAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsCQCABQYACSQ0AQR8hAiABQYCAgAhJDQMMBAsCQAJAQQAoAsCUwIAAIgJBASABQQN2dCIDcQ0AQQAgAiADcjYCwJTAgAAgAUH4AXFBuJLAgABqIgEhAgwBCyABQfgBcSIBQbiSwIAAaiECIAFBwJLAgABqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQQAgADYC1JTAgABBAEEAKALMlMCAACABaiIBNgLMlMCAACAAIAFBAXI2AgQgAEEAKALQlMCAAEcNA0EAQQA2AsiUwIAAQQBBADYC0JTAgAAPC0EAIAA2AtCUwIAAQQBBACgCyJTAgAAgAWoiATYCyJTAgAAgACABQQFyNgIEIAAgAWogATYCAA8LIAFBJiABQQh2ZyICa3ZBAXEgAkEBdHJBPnMhAgsgAEIANwIQIAAgAjYCHCACQQJ0QaiRwIAAaiEDAkBBACgCxJTAgABBASACdCIEcQ0AIAMgADYCACAAIAM2AhggACAANgIMIAAgADYCCEEAQQAoAsSUwIAAIARyNgLElMCAAA8LAkACQAJAIAMoAgAiBCgCBEF4cSABRw0AIAQhAgwBCyABQQBBGSACQQF2ayACQR9GG3QhAwNAIAQgA0EddkEEcWoiBSgCECICRQ0CIANBAXQhAyACIQQgAigCBEF4cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgIIDwsgBUEQaiAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIDwsLRwEBfyOAgICAAEEgayIDJICAgIAAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQgA0EUahCKgICAAAALOAIBfwF+I4CAgIAAQRBrIgEkgICAgAAgACkCACECIAEgADYCDCABIAI3AgQgAUEEahCOgICAAAALCQAgAEEANgIAC5kBAQJ/I4CAgIAAQRBrIgQkgICAgABBAEEAKAKkkcCAACIFQQFqNgKkkcCAAAJAIAVBAEgNAAJAAkBBAC0AnJHAgAANAEEAQQAoApiRwIAAQQFqNgKYkcCAAEEAKAKgkcCAAEF/Sg0BDAILIARBCGogACABEYCAgIAAgICAgAAAC0EAQQA6AJyRwIAAIAJFDQAQjYCAgAAACwALAwAACwsAIAAQj4CAgAAAC5ABAQN/I4CAgIAAQRBrIgEkgICAgAACQCAAKAIAIgIoAgQiA0EBcUUNACACKAIAIQIgASADQQF2NgIEIAEgAjYCACABQYOAgIAAIAAoAggiAC0ACCAALQAJEIyAgIAAAAsgAUGAgICAeDYCACABIAA2AgwgAUGEgICAACAAKAIIIgAtAAggAC0ACRCMgICAAAALDAAgACABKQIANwMAC8MCAQR/QR8hAgJAIAFBgICACE8NACABQSYgAUEIdmciAmt2QQFxIAJBAXRyQT5zIQILIABCADcCECAAIAI2AhwgAkECdEGokcCAAGohAwJAQQAoAsSUwIAAQQEgAnQiBHENACADIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AghBAEEAKALElMCAACAEcjYCxJTAgAAPCwJAAkACQCADKAIAIgQoAgRBeHEgAUcNACAEIQIMAQsgAUEAQRkgAkEBdmsgAkEfRht0IQMDQCAEIANBHXZBBHFqIgUoAhAiAkUNAiADQQF0IQMgAiEEIAIoAgRBeHEgAUcNAAsLIAIoAggiAyAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgAzYCCA8LIAVBEGogADYCACAAIAQ2AhggACAANgIMIAAgADYCCAuSAwEEfyAAKAIMIQICQAJAAkACQCABQYACSQ0AIAAoAhghAwJAAkACQCACIABHDQAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggMAQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQIAEbaigCACIBDQALIAVBADYCAAsgA0UNAgJAAkAgACAAKAIcQQJ0QaiRwIAAaiIBKAIARg0AIAMoAhAgAEYNASADIAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsCQCACIAAoAggiBEYNACAEIAI2AgwgAiAENgIIDwtBAEEAKALAlMCAAEF+IAFBA3Z3cTYCwJTAgAAPCyACIAM2AhgCQCAAKAIQIgFFDQAgAiABNgIQIAEgAjYCGAsgACgCFCIBRQ0AIAIgATYCFCABIAI2AhgPCw8LQQBBACgCxJTAgABBfiAAKAIcd3E2AsSUwIAAC4ETBAh/AXsBfwJ7QQAhAgJAIAEoAgBBDEcNAEEGIAAgAEF/RhsiA0EMSw0AQYCEpgQhAAJAIANBCUsNAEHg5CghACADQQFLDQBB4K8MQcAvIANBAUYbIQALQQAhAiABKAIEIgRBACgC7JTAgAAgBBtBICAAEKKAgIAAIgBFDQAgACADNgIIIABBNyADQQJ0azYCDEEAIQQgACABKAIIIgFBACgC8JTAgAAgARs2AgQCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMODAABAgMEBQYHCAkKCwwLIABBADYCACAAQX82AgwMDAsgAEEgNgIUIABBhYCAgAA2AgAMCwsgAEKGgICAoAE3AxAgAEGGgICAADYCAAwKCyAAQoyAgIDgATcDECAAQYaAgIAANgIADAkLIABCkICAgOADNwMQIABBhoCAgAA2AgAMCAsgAEKQgICA4AM3AxAgAEGHgICAADYCAAwHCyAAQqOAgICQCDcDECAAQYeAgIAANgIADAYLIABC5ICAgKAQNwMQIABBh4CAgAA2AgAMBQsgAEKsgoCAoCA3AxAgAEGIgICAADYCAAwECyAAQtiEgICgIDcDECAAQYiAgIAANgIADAMLIAD9DAIAAAAgAAAAIAAAAAAAAAD9CwLkg6YEIABCo4CAgLAJNwMQIABBiYCAgAA2AgAgAEGc86MEaiEFQQAhBANAQQEgBEGAiMCAAGotAAB0IQYgBEECdEHAiMCAAGooAgAiByECAkACQCAEQQpJDQAgBkFwcSIIQXBqIgFBBHZBAWoiCUEDcSEDIAT9DyEKQQAhAgJAIAFBMEkNACAAIAdqIQsgCUH8////AXEhCUEAIQIDQCALIAJqIgFBzPOjBGogCv0LAAAgAUG886MEaiAK/QsAACABQazzowRqIAr9CwAAIAFBnPOjBGogCv0LAAAgAkHAAGohAiAJQXxqIgkNAAsLAkAgA0UNACAFIAIgB2pqIQEDQCABIAr9CwAAIAFBEGohASADQX9qIgMNAAsLIAYgCEYNASAHIAhqIQILIAUgAmohASAHIAZqIAJrIQIDQCABIAQ6AAAgAUEBaiEBIAJBf2oiAg0ACwsgBEEBaiIEQR5HDQAMAwsLIAD9DAQAAAAQAAAAEAAAAOgDAAD9CwLkg6YEIABC5ICAgOASNwMQIABBiYCAgAA2AgAgAEGc86MEaiEFA0BBASAEQYCIwIAAai0AAHQhBiAEQQJ0QcCIwIAAaigCACIHIQICQAJAIARBCkkNACAGQXBxIghBcGoiAUEEdkEBaiIJQQNxIQMgBP0PIQpBACECAkAgAUEwSQ0AIAAgB2ohCyAJQfz///8BcSEJQQAhAgNAIAsgAmoiAUHM86MEaiAK/QsAACABQbzzowRqIAr9CwAAIAFBrPOjBGogCv0LAAAgAUGc86MEaiAK/QsAACACQcAAaiECIAlBfGoiCQ0ACwsCQCADRQ0AIAUgAiAHamohAQNAIAEgCv0LAAAgAUEQaiEBIANBf2oiAw0ACwsgBiAIRg0BIAcgCGohAgsgBSACaiEBIAcgBmogAmshAgNAIAEgBDoAACABQQFqIQEgAkF/aiICDQALCyAEQQFqIgRBHkcNAAwCCwsgAP0MCgAAAAEAAAABAAAAECcAAP0LAuSDpgQgAEKsgoCAoCA3AxAgAEGJgICAADYCACAAQZzzowRqIQVBACEEA0BBASAEQYCIwIAAai0AAHQhBiAEQQJ0QcCIwIAAaigCACIHIQICQAJAIARBCkkNACAGQXBxIghBcGoiAUEEdkEBaiIJQQNxIQMgBP0PIQpBACECAkAgAUEwSQ0AIAAgB2ohCyAJQfz///8BcSEJQQAhAgNAIAsgAmoiAUHM86MEaiAK/QsAACABQbzzowRqIAr9CwAAIAFBrPOjBGogCv0LAAAgAUGc86MEaiAK/QsAACACQcAAaiECIAlBfGoiCQ0ACwsCQCADRQ0AIAUgAiAHamohAQNAIAEgCv0LAAAgAUEQaiEBIANBf2oiAw0ACwsgBiAIRg0BIAcgCGohAgsgBSACaiEBIAcgBmogAmshAgNAIAEgBDoAACABQQFqIQEgAkF/aiICDQALCyAEQQFqIgRBHkcNAAsLIAD9DAEAAAABAAAAAQAAAAEAAAAiDP0LAogKIAAgDP0LAvgJIAAgDP0LAugJIAAgDP0LAtgJIAAgDP0LAsgJIAAgDP0LArgJIAAgDP0LAqgJIAAgDP0LApgJIAD9DAIAAAACAAAAAgAAAAIAAAAiCv0LAogJIAAgCv0LAvgIIAD9DAQAAAAEAAAABAAAAAQAAAAiDf0LAugIIAAgDf0LAtgIIAAgDf0LAsgIIAAgDf0LArgIIAAgDf0LAqgIIAAgDf0LApgIIAAgDP0LAogIIAAgDP0LAvgHIAAgDP0LAugHIAAgDP0LAtgHIAAgDP0LAsgHIAAgDP0LArgHIAAgDP0LAqgHIAAgDP0LApgHIAAgDP0LAogHIAAgDP0LAvgGIAAgDP0LAugGIAAgDP0LAtgGIAAgDP0LAsgGIAAgDP0LArgGIAAgDP0LAqgGIAAgDP0LApgGIAAgDP0LAogGIAAgDP0LAvgFIAAgDP0LAugFIAAgDP0LAtgFIAAgDP0LAsgFIAAgDP0LArgFIAAgDP0LAqgFIAAgDP0LApgFIAAgDP0LAogFIAAgDP0LAvgEIAAgDP0LAugEIAAgDP0LAtgEIAAgCv0LAsgEIAAgCv0LArgEIAAgCv0LAqgEIAAgCv0LApgEIAAgCv0LAogEIAAgCv0LAvgDIAAgCv0LAugDIAAgCv0LAtgDIAAgCv0LAsgDIAAgCv0LArgDIAAgCv0LAqgDIAAgCv0LApgDIAAgCv0LAogDIAAgCv0LAvgCIAAgCv0LAugCIAAgCv0LAtgCIAAgCv0LAsgCIAAgCv0LArgCIAAgCv0LAqgCIAAgCv0LApgCIAAgCv0LAogCIAAgCv0LAvgBIAAgCv0LAugBIAAgCv0LAtgBIAAgCv0LAsgBIAAgCv0LArgBIAAgCv0LAqgBIAAgCv0LApgBIAAgCv0LAogBIAAgCv0LAnggACAK/QsCaCAAIAr9CwJYIAAgCv0LAkggACAK/QsCOCAAIAr9CwIoIAAgCv0LAhhBoAJBDiAAQRhqIABBsCFqIABBsBdqEJmAgIAAQSBBDyAAQZgJaiAAQdAjaiAAQbAgahCZgICAACAAIQILIAILuBIFBH8BexB/AXsGfyAAQcAvaiEEIAAoAhQhBUEAIQYDQCAAIAZqIgdBsDBq/QwAgACAAIAAgACAAIAAgACAIgj9CwEAIAdBoDBqIAj9CwEAIAdBkDBqIAj9CwEAIAdBgDBqIAj9CwEAIAdB8C9qIAj9CwEAIAdB4C9qIAj9CwEAIAdB0C9qIAj9CwEAIAdBwC9qIAj9CwEAIAZBgAFqIgZBgIAIRw0AC0GCAiEJIAVBggIgBUGCAkkbIQogAEHwE2ohCyAAQZAXaiEMIABBmAlqIQ0gAEHwCmohDiAAQfAUaiEPIABBGGohECAAQcCvDGohESAAQcCvCGohEiABIAJqIRNBACECIAEhFANAIBBBAEGACvwLACASQQA2AgAgEyAUQf//A2ogEyAUa0GHpwRJGyEVIBIhFiAUIRcCQANAAkAgEyAXayIHQYECSw0AAkAgB0EESw0AAkACQCAHQQFxDQAgByEGDAELIAAgFy0AAEECdGpBGGoiBiAGKAIAQQFqNgIAIBYgFigCAEEBajYCACAHQX9qIQYgF0EBaiEXC0EAIQkCQCAHQQFHDQAgFyEYDAQLA0AgECAXLQAAQQJ0aiIHIAcoAgBBAWo2AgAgFiAWKAIAQQFqNgIAIBAgF0EBai0AAEECdGoiByAHKAIAQQFqNgIAIBYgFigCAEEBajYCACAXQQJqIRcgBkF+aiIGDQALIBchGAwDCyAHIAogCiAHSxshCiAHIQkLAkAgFyABayIHQYCAAkcNAEEAIQYDQCAAIAZqIgdBwC9qIgUgBf0AAQD9DAAAAAAAAAAAAAAAAAAAAAAiGf2YASAI/VD9CwEAIAdB0C9qIgUgBf0AAQAgGf2YASAI/VD9CwEAIAdB4C9qIgUgBf0AAQAgGf2YASAI/VD9CwEAIAdB8C9qIgcgB/0AAQAgGf2YASAI/VD9CwEAIAZBwABqIgZBgIAIRw0ACyABQYCAAmohAUEAIQcLIAQgAkECdGoiBi4BACEFIBcoAAAhGiAXKAABIQIgBiAHOwEAIBdBAWohGCACQb3P1vEBbEERdiECAkACQCAHQRB0QRB1QYCAfnMiByAFTg0AIAYuAQIhGyAGIAU7AQICQAJAIAEgBWoiBigAACAaRw0AAkACQAJAAkAgCUFsakFvSyIcRQ0AQQQhHQwBC0EEIR0gFygABCAGKAAEcyIFDQFBCCEdIBcoAAggBigACHMiBQ0BQQwhHSAXKAAMIAYoAAxzIgUNAUEQIR0gFygAECAGKAAQcyIFDQFBFCEdCwNAAkAgHUEEaiIeIAlNDQAgHSAJTw0DA0AgBiAdai0AACAXIB1qLQAARw0EIAkgHUEBaiIdRw0ACyAJIR0MAwsgBiAdaiEFIBcgHWohHyAeIR0gHygAACAFKAAAcyIFRQ0ACyAeQXxqIR0LIAVoQQN2IB1qIR0LIAcgG04NASAdIApPDQEgASAbaiIHKAAAIBpHDQEgByAdakF9aigAACAXIB1qQX1qKAAARw0BAkACQAJAAkAgHEUNAEEEIQUMAQtBBCEFIBcoAAQgBygABHMiGg0BQQghBSAXKAAIIAcoAAhzIhoNAUEMIQUgFygADCAHKAAMcyIaDQFBECEFIBcoABAgBygAEHMiGg0BQRQhBQsDQAJAIAVBBGoiGyAJTQ0AIAUgCU8NAwNAIAcgBWotAAAgFyAFai0AAEcNBCAJIAVBAWoiBUcNAAsgCSEFDAMLIAcgBWohGiAXIAVqIRwgGyEFIBwoAAAgGigAAHMiGkUNAAsgG0F8aiEFCyAaaEEDdiAFaiEFCyAFIB0gBSAdSyIaGyEdIAcgBiAaGyEGDAELIAcgG04NASABIBtqIgYoAAAgGkcNAQJAAkACQCAJQWxqQW9NDQBBBCEdDAELQQQhBSAXKAAEIAYoAARzIgcNAUEIIQUgFygACCAGKAAIcyIHDQFBDCEFIBcoAAwgBigADHMiBw0BQRAhBSAXKAAQIAYoABBzIgcNAUEUIR0LA0ACQCAdQQRqIgUgCU0NACAdIAlPDQMDQCAGIB1qLQAAIBcgHWotAABHDQQgCSAdQQFqIh1HDQALIAkhHQwDCyAGIB1qIQcgFyAdaiEaIAUhHSAaKAAAIAcoAABzIgdFDQALIAVBfGohBQsgB2hBA3YgBWohHQsgHUUNACAdQbCBwIAAai0AAEECdCAQakGECGoiByAHKAIAQQFqNgIAIBBBgAIgFyAGayIHa0EddiIGQQF0IAdBf2ogBnZBwIPAgABqLQAAaiIGQQJ0akGACWoiBSAFKAIAQQFqNgIAIBYgBzsBBCAWIAY7AQYgFkEANgIIIBYgFigCACAdQRd0cjYCAAJAIB1BBGogEyAYa0sNACAdQX9qIRoCQCAYIAFrIgcgHWpB/v99akH//31LDQBBACEFA0AgACAFaiIGQcAvaiIbIBv9AAEA/QwAAAAAAAAAAAAAAAAAAAAAIhn9mAEgCP1Q/QsBACAGQdAvaiIbIBv9AAEAIBn9mAEgCP1Q/QsBACAGQeAvaiIbIBv9AAEAIBn9mAEgCP1Q/QsBACAGQfAvaiIGIAb9AAEAIBn9mAEgCP1Q/QsBACAFQcAAaiIFQYCACEcNAAsgB0GAgH5qIQcgAUGAgAJqIQELAkAgGkEBcUUNACAEIAJBAnRqIgYgBi8BADsBAiAGIAc7AQAgHUF+aiEaIAdBAWohByAXQQJqIRggFygAAkG9z9bxAWxBEXYhAgsgHUECRg0AIBhBAmohBgNAIAQgAkECdGoiBSAFLwEAOwECIAUgBzsBACAEIAZBf2ooAABBvc/W8QFsQQ92Qfz/B3FqIgUgBS8BADsBAiAFIAdBAWo7AQAgB0ECaiEHIAYoAABBvc/W8QFsQRF2IQIgBkECaiEGIBpBfmoiGg0ACwsgFkEIaiEWIBcgHWohGAwBCyAAIBctAABBAnRqQRhqIgcgBygCAEEBajYCACAWIBYoAgBBAWo2AgALIBggFU8NASAYIRcgFiARSQ0ACwsgACAAKAKYCEEBajYCmAhBoAJBDiAQIA8gDhCZgICAAEEgQQ8gDSAMIAsQmYCAgAAgACADIBQgGCAUayASIBggE0YiBxCagICAAAJAIAcNACAYIRQgAy0AEEUNAQsLC48YBwV/AXsPfwF7A38Bewt/I4CAgIAAQYACayIEJICAgIAAIABBwC9qIQUgACgCFCEGQQAhBwNAIAAgB2oiCEGwMGr9DACAAIAAgACAAIAAgACAAIAiCf0LAQAgCEGgMGogCf0LAQAgCEGQMGogCf0LAQAgCEGAMGogCf0LAQAgCEHwL2ogCf0LAQAgCEHgL2ogCf0LAQAgCEHQL2ogCf0LAQAgCEHAL2ogCf0LAQAgB0GAAWoiB0GAgAxHDQALQYICIQogBkGCAiAGQYICSRshCyAAQfATaiEMIABBkBdqIQ0gAEGYCWohDiAAQfAKaiEPIABB8BRqIRAgAEEYaiERIABBwOQoaiESIABBmApqIRMgAEHArxBqIRQgASACaiEVQQAhFkEAIRcgASEYA0AgAP0MAAAAAAAAAAAAAAAAAAAAACIZ/QsCyAogACAZ/QsCmAogAEIANwLoCiAAIBn9CwLYCiAAIBn9CwK4CiAAIBn9CwKoCiARQQBBgAr8CwAgAEEANgLArxAgACgCECEaIARBAEGAAvwLAEEDIRsCQCAVIBhB4KcSaiAVIBhrQejOEkkbIhwgGGsiCEGABEkNACAIQYAgIAhBgCBJGyIIQQNxIQZBACEHAkAgCEF/akEDSQ0AIAhB/D9xIQJBACEHA0AgBCAYIAdqIggtAABqQQE6AAAgBCAIQQFqLQAAakEBOgAAIAQgCEECai0AAGpBAToAACAEIAhBA2otAABqQQE6AAAgAiAHQQRqIgdHDQALCwJAIAZFDQAgGCAHaiEIA0AgBCAILQAAakEBOgAAIAhBAWohCCAGQX9qIgYNAAsLQQAhBwNAIBn9DAAAAAAAAAAAAAAAAAAAAAAiHSAEIAdqIgj9AAQA/Q0QAQIDEQUGBxIJCgsTDQ4P/a4BIB0gCEEEaigCAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/a4BIB0gCEEIav1dAwD9DRABAgMRBQYHEgkKCxMNDg/9rgEgHSAIQQxqKAIA/RH9DRABAgMRBQYHEgkKCxMNDg/9rgEhGSAHQRBqIgdBgAJHDQALQQMhGyAZIBkgCf0NCAkKCwwNDg8AAAAAAAAAAP2uASIdIB0gCf0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bACIIQc8ASw0AIAhBwIrAgABqLQAAIRsgGkEPSw0AAkAgGkEESw0AIBtBBCAIQVNqQSNJGyEbDAELAkAgGkEJSw0AIBtBBSAIQXBqQcAASRshGwwBCyAbQQcgCEF4akHIAEkbIRsLIBtBf2ohHiAUIR8gGCEgA0ACQCAVICBrIghBgQJLDQAgCCALIAsgCEsbIQsgCCEKCyAAKAIQIQYCQCAgIAFrIgdBgIACRw0AQQAhBwNAIAAgB2oiCEHAL2oiAiAC/QABAP0MAAAAAAAAAAAAAAAAAAAAACId/ZgBIAn9UP0LAQAgCEHQL2oiAiAC/QABACAd/ZgBIAn9UP0LAQAgCEHgL2oiAiAC/QABACAd/ZgBIAn9UP0LAQAgCEHwL2oiCCAI/QABACAd/ZgBIAn9UP0LAQAgB0HAAGoiB0GAgBBHDQALIAFBgIACaiEBQQAhBwsCQAJAIApBBUkNACAHQYCAAnNBEHRBEHUhAiAFIBdBAXRqIhcuAQAhGiAFIBZBAXRqQYCABGoiFi4BACEIIBcgBzsBACAWIAc7AQAgBSAHQQF0akGAgAxqIAg7AQAgICgAASIHQb3P1vEBbEEQdiEWIAdB////B3FBvc/W8QFsQRF2IRcCQAJAAkAgHkEDSw0AIBogAkwNAyAgKAAAISFBAyEiICAhBwJAIB5BAksNACAgIAEgGmoiByAHKAAAICFzQf///wdxIhobIQcgHkEDIBobISILIAggAkwNBCAGQX9qIRoCQANAIBohBiABIAhBEHRBEHUiCGoiIygAACAhRg0BIAUgCEH//wFxQQF0akGAgAxqLgEAIgggAkwNBiAGQX9qIRogBg0ADAYLCwJAAkACQAJAIApBbGoiJEFvTQ0AQQQhIgwBC0EEIRogICgABCAjKAAEcyIHDQFBCCEaICAoAAggIygACHMiBw0BQQwhGiAgKAAMICMoAAxzIgcNAUEQIRogICgAECAjKAAQcyIHDQFBFCEiCyABIAhqISUDQAJAICJBBGoiGiAKTQ0AICIgCk8NAwNAICUgImotAAAgICAiai0AAEcNBCAKICJBAWoiIkcNAAsgCiEiDAMLICUgImohByAgICJqISEgGiEiICEoAAAgBygAAHMiB0UNAAsgGkF8aiEaCyAHaEEDdiAaaiEiCyAiIAtPDQIgBSAIQf//AXFBAXRqQYCADGouAQAiCCACTA0CIAYNAQwCCyAeIAtPDQIgCCACTA0CIApBbGohJCAgISMgHiEiCyAgQX1qISEDQCAGQX9qIQcgISAiaigAACEaAkADQCAHIQYCQCABIAhBEHRBEHUiCGoiByAiakF9aigAACAaRw0AIAcoAAAgICgAAEYNAgsgBSAIQf//AXFBAXRqQYCADGouAQAiCCACTA0DIAZBf2ohByAGDQAMAwsLAkACQAJAAkAgJEFvTQ0AQQQhGgwBC0EEIRogICgABCAHKAAEcyIlDQFBCCEaICAoAAggBygACHMiJQ0BQQwhGiAgKAAMIAcoAAxzIiUNAUEQIRogICgAECAHKAAQcyIlDQFBFCEaCyABIAhqISYDQAJAIBpBBGoiJyAKTQ0AIBogCk8NAwNAICYgGmotAAAgICAaai0AAEcNBCAKIBpBAWoiGkcNAAsgCiEaDAMLICYgGmohJSAgIBpqISggJyEaICgoAAAgJSgAAHMiJUUNAAsgJ0F8aiEaCyAlaEEDdiAaaiEaCwJAIBogIk0NACAHISMgGiEiIBogC0kNACAaISIMBAsgBSAIQf//AXFBAXRqQYCADGouAQAiCCACTA0BIAYNAAsLICMhBwwBCyAgIQcgHiEiCwJAAkAgIiAbSQ0AICAgB2shCAJAICJBA0sNACAIQYAgSw0BCyAiQbCBwIAAai0AAEECdCARakGECGoiByAHKAIAQQFqNgIAIBFBgAIgCGtBHXYiB0EBdCAIQX9qIAd2QcCDwIAAai0AAGoiB0ECdGpBgAlqIgYgBigCAEEBajYCACAAQSRBICAiQQhLG2pBmApqIgYgBigCAEEBajYCACAfIAg7AQQgHyAHOwEGIAAgACgC6ApBAWoiIzYC6AogH0EANgIIIB8gHygCACAiQRd0cjYCAAJAICJBBGogFSAgQQFqIgJrSw0AIAIgAWshCCAiQX9qIRoDQAJAIAhBgIACRw0AQQAhBwNAIAAgB2oiCEHAL2oiBiAG/QABAP0MAAAAAAAAAAAAAAAAAAAAACId/ZgBIAn9UP0LAQAgCEHQL2oiBiAG/QABACAd/ZgBIAn9UP0LAQAgCEHgL2oiBiAG/QABACAd/ZgBIAn9UP0LAQAgCEHwL2oiCCAI/QABACAd/ZgBIAn9UP0LAQAgB0HAAGoiB0GAgBBHDQALIAFBgIACaiEBQQAhCAsgBSAXQQF0aiAIOwEAIAUgCEEBdGpBgIAMaiAFIBZBAXRqQYCABGoiBy8BADsBACAHIAg7AQAgCEEBaiEIIAIoAAEiB0G9z9bxAWxBEHYhFiAHQf///wdxQb3P1vEBbEERdiEXIAJBAWohAiAaQX9qIhoNAAsLIB9BCGohHyAgICJqISAMAQsgACAgLQAAIghBAnRqQRhqIgcgBygCAEEBajYCACAAIAhBBXZBBnEgCEEBcXJBAnRqQZgKaiIIIAgoAgBBAWo2AgAgACAAKALoCkEBaiIjNgLoCiAfIB8oAgBBAWo2AgAgIEEBaiEgCwJAAkACQCAgIBxPDQAgHyASSQ0BCyAgIBhrIQgMAQsgI0GABEkNASAgIBhrIghBiCdIDQEgFSAga0GIJ0gNASATIAgQm4CAgABFDQELCyAAIAAoApgIQQFqNgKYCEGgAkEOIBEgECAPEJmAgIAAQSBBDyAOIA0gDBCZgICAACAAIAMgGCAIIBQgICAVRiIHEJqAgIAAAkAgBw0AICAhGCADLQAQRQ0BCwsgBEGAAmokgICAgAALyjAHBX8Bew9/AXsEfwF7D38jgICAgABBgAJrIgQkgICAgAAgAEHAL2ohBSAAKAIUIQZBACEHA0AgACAHaiIIQbAwav0MAIAAgACAAIAAgACAAIAAgCIJ/QsBACAIQaAwaiAJ/QsBACAIQZAwaiAJ/QsBACAIQYAwaiAJ/QsBACAIQfAvaiAJ/QsBACAIQeAvaiAJ/QsBACAIQdAvaiAJ/QsBACAIQcAvaiAJ/QsBACAHQYABaiIHQYCADEcNAAtBggIhCiAGQYICIAZBggJJGyELIABB8BNqIQwgAEGQF2ohDSAAQZgJaiEOIABB8ApqIQ8gAEHwFGohECAAQRhqIREgAEHA5ChqIRIgAEGYCmohEyAAQcCvEGohFCABIAJqIRVBACEWQQAhFyABIRgDQCAA/QwAAAAAAAAAAAAAAAAAAAAAIhn9CwLICiAAIBn9CwKYCiAAQgA3AugKIAAgGf0LAtgKIAAgGf0LArgKIAAgGf0LAqgKIBFBAEGACvwLACAAQQA2AsCvECAAKAIQIRogBEEAQYAC/AsAIBUgGGsiCEGQzgAgCEGQzgBIGyEbQQMhHAJAIBUgGEHgpxJqIAhB6M4SSRsiHSAYayIIQYAESQ0AIAhBgCAgCEGAIEkbIghBA3EhBkEAIQcCQCAIQX9qQQNJDQAgCEH8P3EhAkEAIQcDQCAEIBggB2oiCC0AAGpBAToAACAEIAhBAWotAABqQQE6AAAgBCAIQQJqLQAAakEBOgAAIAQgCEEDai0AAGpBAToAACACIAdBBGoiB0cNAAsLAkAgBkUNACAYIAdqIQgDQCAEIAgtAABqQQE6AAAgCEEBaiEIIAZBf2oiBg0ACwtBACEHA0AgGf0MAAAAAAAAAAAAAAAAAAAAACIeIAQgB2oiCP0ABAD9DRABAgMRBQYHEgkKCxMNDg/9rgEgHiAIQQRqKAIA/RH9DRABAgMRBQYHEgkKCxMNDg/9rgEgHiAIQQhq/V0DAP0NEAECAxEFBgcSCQoLEw0OD/2uASAeIAhBDGooAgD9Ef0NEAECAxEFBgcSCQoLEw0OD/2uASEZIAdBEGoiB0GAAkcNAAtBAyEcIBkgGSAJ/Q0ICQoLDA0ODwAAAAAAAAAA/a4BIh4gHiAJ/Q0EBQYHAAAAAAAAAAAAAAAA/a4B/RsAIghBzwBLDQAgCEHAisCAAGotAAAhHCAaQQ9LDQACQCAaQQRLDQAgHEEEIAhBU2pBI0kbIRwMAQsCQCAaQQlLDQAgHEEFIAhBcGpBwABJGyEcDAELIBxBByAIQXhqQcgASRshHAsgGCAbaiEfIBQhICAYIQIDQAJAIAIgH0kNACAA/QACiAggAP0AAvgHIAD9AALoByAA/QAC2AcgAP0AAsgHIAD9AAK4ByAA/QACqAcgAP0AApgHIAD9AAKIByAA/QAC+AYgAP0AAugGIAD9AALYBiAA/QACyAYgAP0AArgGIAD9AAKoBiAA/QACmAYgAP0AAogGIAD9AAL4BSAA/QAC6AUgAP0AAtgFIAD9AALIBSAA/QACuAUgAP0AAqgFIAD9AAKYBSAA/QACiAUgAP0AAvgEIAD9AALoBCAA/QAC2AQgAP0AAsgEIAD9AAK4BCAA/QACqAQgAP0AApgEIAD9AAKIBCAA/QAC+AMgAP0AAugDIAD9AALYAyAA/QACyAMgAP0AArgDIAD9AAKoAyAA/QACmAMgAP0AAogDIAD9AAL4AiAA/QAC6AIgAP0AAtgCIAD9AALIAiAA/QACuAIgAP0AAqgCIAD9AAKYAiAA/QACiAIgAP0AAvgBIAD9AALoASAA/QAC2AEgAP0AAsgBIAD9AAK4ASAA/QACqAEgAP0AApgBIAD9AAKIASAA/QACeCAA/QACaCAA/QACWCAA/QACSCAA/QACOCAA/QACKCAA/QACGP2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uAf2uASIeIB4gCf0NCAkKCwwNDg8AAAAAAAAAAP2uASIeIB4gCf0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bAEEKdv0RIR4gACgCECEG/QwAAAAAAAAAAAAAAAAAAAAAIRlBACEHA0AgGSAAIAdqIghBGGr9AAIAIB79PP2xASAIQShq/QACACAe/Tz9sQEgCEE4av0AAgAgHv08/bEBIAhByABq/QACACAe/Tz9sQEhGSAHQcAAaiIHQYAIRw0AC0EDIRwCQCAZIBkgCf0NCAkKCwwNDg8AAAAAAAAAAP2uASIeIB4gCf0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bACIIQc8ASw0AIAhBwIrAgABqLQAAIRwgBkEPSw0AAkAgBkEESw0AIBxBBCAIQVNqQSNJGyEcDAELAkAgBkEJSw0AIBxBBSAIQXBqQcAASRshHAwBCyAcQQcgCEF4akHIAEkbIRwLIB8gAiAYayIIIBUgH2siByAHIAhKG2ohHwsCQCAVIAJrIghBgQJLDQAgCCALIAsgCEsbIQsgCCEKCyAAKAIQISECQCACIAFrIghBgIACRw0AQQAhBwNAIAAgB2oiCEHAL2oiBiAG/QABAP0MAAAAAAAAAAAAAAAAAAAAACIe/ZgBIAn9UP0LAQAgCEHQL2oiBiAG/QABACAe/ZgBIAn9UP0LAQAgCEHgL2oiBiAG/QABACAe/ZgBIAn9UP0LAQAgCEHwL2oiCCAI/QABACAe/ZgBIAn9UP0LAQAgB0HAAGoiB0GAgBBHDQALIAFBgIACaiEBQQAhCAsgHEF/aiEbAkACQCAKQQVPDQAgAiEGDAELIAhBgIACc0EQdEEQdSEaIAUgF0EBdGoiBi4BACEiIAUgFkEBdGpBgIAEaiIWLgEAIQcgBiAIOwEAIBYgCDsBACAFIAhBAXRqQYCADGogBzsBACACKAABIghBvc/W8QFsQRB2IRYgCEH///8HcUG9z9bxAWxBEXYhFwJAAkACQCAbQQNLDQACQCAiIBpKDQAgAiEGDAQLIAIoAAAhI0EDISQgAiEGAkAgG0ECSw0AIAIgASAiaiIIIAgoAAAgI3NB////B3EiCBshBiAbQQMgCBshJAsCQCAHIBpKDQAgJCEbDAQLICFBf2ohGwJAA0AgGyEIIAEgB0EQdEEQdSIHaiIiKAAAICNGDQECQCAFIAdB//8BcUEBdGpBgIAMai4BACIHIBpKDQAgJCEbDAYLIAhBf2ohGyAIDQALICQhGwwECwJAAkACQAJAIApBbGoiJUFvTQ0AQQQhGwwBC0EEIRsgAigABCAiKAAEcyIGDQFBCCEbIAIoAAggIigACHMiBg0BQQwhGyACKAAMICIoAAxzIgYNAUEQIRsgAigAECAiKAAQcyIGDQFBFCEbCyABIAdqISYDQAJAIBtBBGoiIyAKTQ0AIBsgCk8NAwNAICYgG2otAAAgAiAbai0AAEcNBCAKIBtBAWoiG0cNAAsgCiEbDAMLICYgG2ohBiACIBtqISQgIyEbICQoAAAgBigAAHMiBkUNAAsgI0F8aiEbCyAGaEEDdiAbaiEbCyAbIAtPDQIgBSAHQf//AXFBAXRqQYCADGouAQAiByAaTA0CIAgNAQwCCwJAIBsgC0kNACACIQYMAwsCQCAHIBpKDQAgAiEGDAMLIApBbGohJSACISIgISEICyACQX1qISQDQCAIQX9qIQYgJCAbaigAACEjAkADQCAGIQgCQCABIAdBEHRBEHUiB2oiBiAbakF9aigAACAjRw0AIAYoAAAgAigAAEYNAgsgBSAHQf//AXFBAXRqQYCADGouAQAiByAaTA0DIAhBf2ohBiAIDQAMAwsLAkACQAJAAkAgJUFvTQ0AQQQhIwwBC0EEISMgAigABCAGKAAEcyImDQFBCCEjIAIoAAggBigACHMiJg0BQQwhIyACKAAMIAYoAAxzIiYNAUEQISMgAigAECAGKAAQcyImDQFBFCEjCyABIAdqIScDQAJAICNBBGoiKCAKTQ0AICMgCk8NAwNAICcgI2otAAAgAiAjai0AAEcNBCAKICNBAWoiI0cNAAsgCiEjDAMLICcgI2ohJiACICNqISkgKCEjICkoAAAgJigAAHMiJkUNAAsgKEF8aiEjCyAmaEEDdiAjaiEjCwJAICMgG00NACAGISIgIyEbICMgC0kNACAjIRsMAwsgBSAHQf//AXFBAXRqQYCADGouAQAiByAaTA0BIAgNAAsLICIhBgsCQAJAAkAgGyAcSQ0AIAIgBmshJCAbQQNHDQEgJEGBwABJDQELIAAgAi0AACIIQQJ0akEYaiIHIAcoAgBBAWo2AgAgACAIQQV2QQZxIAhBAXFyQQJ0akGYCmoiCCAIKAIAQQFqNgIAIAAgACgC6ApBAWoiGjYC6AogICAgKAIAQQFqNgIAIAJBAWohAgwBCyACQQFqISMCQAJAIBsgC0kNACAkIQcgIyEhIBshAgwBCyAhQQF2IidBf2ohKgNAAkAgFSAjayIIQYECSw0AIAggCyALIAhLGyELIAghCgsCQCAjIAFrIghBgIACRw0AQQAhBwNAIAAgB2oiCEHAL2oiBiAG/QABAP0MAAAAAAAAAAAAAAAAAAAAACIe/ZgBIAn9UP0LAQAgCEHQL2oiBiAG/QABACAe/ZgBIAn9UP0LAQAgCEHgL2oiBiAG/QABACAe/ZgBIAn9UP0LAQAgCEHwL2oiCCAI/QABACAe/ZgBIAn9UP0LAQAgB0HAAGoiB0GAgBBHDQALIAFBgIACaiEBQQAhCAsgG0F/aiECICNBAWohIQJAAkAgCkEFTw0AICMhBgwBCyAIQYCAAnNBEHRBEHUhGiAFIBdBAXRqIgYuAQAhJSAFIBZBAXRqQYCABGoiFi4BACEHIAYgCDsBACAWIAg7AQAgBSAIQQF0akGAgAxqIAc7AQAgISgAACIIQb3P1vEBbEEQdiEWIAhB////B3FBvc/W8QFsQRF2IRcCQAJAAkAgAkEDSw0AAkAgJSAaSg0AICMhBgwECyAjKAAAISJBAyEmICMhBgJAIAJBAksNACAjIAEgJWoiCCAIKAAAICJzQf///wdxIggbIQYgAkEDIAgbISYLAkAgByAaSg0AICYhAgwECyAqIQICQANAIAIhCCABIAdBEHRBEHUiB2oiJSgAACAiRg0BAkAgBSAHQf//AXFBAXRqQYCADGouAQAiByAaSg0AICYhAgwGCyAIQX9qIQIgCA0ACyAmIQIMBAsCQAJAAkACQCAKQWxqIihBb00NAEEEIQIMAQtBBCECICMoAAQgJSgABHMiBg0BQQghAiAjKAAIICUoAAhzIgYNAUEMIQIgIygADCAlKAAMcyIGDQFBECECICMoABAgJSgAEHMiBg0BQRQhAgsgASAHaiEpA0ACQCACQQRqIiIgCk0NACACIApPDQMDQCApIAJqLQAAICMgAmotAABHDQQgCiACQQFqIgJHDQALIAohAgwDCyApIAJqIQYgIyACaiEmICIhAiAmKAAAIAYoAABzIgZFDQALICJBfGohAgsgBmhBA3YgAmohAgsgAiALTw0CIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgGkwNAiAIDQEMAgsCQCACIAtJDQAgIyEGDAMLAkAgByAaSg0AICMhBgwDCyAKQWxqISggIyElICchCAsgI0F9aiEmA0AgCEF/aiEGICYgAmooAAAhIgJAA0AgBiEIAkAgASAHQRB0QRB1IgdqIgYgAmpBfWooAAAgIkcNACAGKAAAICMoAABGDQILIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgGkwNAyAIQX9qIQYgCA0ADAMLCwJAAkACQAJAIChBb00NAEEEISIMAQtBBCEiICMoAAQgBigABHMiKQ0BQQghIiAjKAAIIAYoAAhzIikNAUEMISIgIygADCAGKAAMcyIpDQFBECEiICMoABAgBigAEHMiKQ0BQRQhIgsgASAHaiErA0ACQCAiQQRqIiwgCk0NACAiIApPDQMDQCArICJqLQAAICMgImotAABHDQQgCiAiQQFqIiJHDQALIAohIgwDCyArICJqISkgIyAiaiEtICwhIiAtKAAAICkoAABzIilFDQALICxBfGohIgsgKWhBA3YgImohIgsCQCAiIAJNDQAgBiElICIhAiAiIAtJDQAgIiECDAMLIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgGkwNASAIDQALCyAlIQYLAkAgAiAbSQ0AICMgBmsiB2cgJGdrIAIgG2tBAnRqQQNIDQAgACAjQX9qLQAAIghBAnRqQRhqIgYgBigCAEEBajYCACAAIAhBBXZBBnEgCEEBcXJBAnRqQZgKaiIIIAgoAgBBAWo2AgAgACAAKALoCkEBajYC6AogICAgKAIAQQFqNgIAIAIhGyAhISMgByEkIAIgC08NAgwBCwsgG0GwgcCAAGotAABBAnQgEWpBhAhqIgggCCgCAEEBajYCACARQYACICRrQR12IghBAXQgJEF/aiAIdkHAg8CAAGotAABqIghBAnRqQYAJaiIHIAcoAgBBAWo2AgAgAEEkQSAgG0EISxtqQZgKaiIHIAcoAgBBAWo2AgAgICAkOwEEICAgCDsBBiAAIAAoAugKQQFqIho2AugKICBBADYCCCAgICAoAgAgG0EXdHI2AgAgG0F+aiEjAkAgG0EDaiAVICFrSw0AICEgAWshCCAhIQIgIyEbA0ACQCAIQYCAAkcNAEEAIQcDQCAAIAdqIghBwC9qIgYgBv0AAQD9DAAAAAAAAAAAAAAAAAAAAAAiHv2YASAJ/VD9CwEAIAhB0C9qIgYgBv0AAQAgHv2YASAJ/VD9CwEAIAhB4C9qIgYgBv0AAQAgHv2YASAJ/VD9CwEAIAhB8C9qIgggCP0AAQAgHv2YASAJ/VD9CwEAIAdBwABqIgdBgIAQRw0ACyABQYCAAmohAUEAIQgLIAUgF0EBdGogCDsBACAFIAhBAXRqQYCADGogBSAWQQF0akGAgARqIgcvAQA7AQAgByAIOwEAIAhBAWohCCACKAABIgdBvc/W8QFsQRB2IRYgB0H///8HcUG9z9bxAWxBEXYhFyACQQFqIQIgG0F/aiIbDQALCyAgQQhqISAgISAjaiECDAELIAJBsIHAgABqLQAAQQJ0IBFqQYQIaiIIIAgoAgBBAWo2AgAgEUGAAiAHa0EddiIIQQF0IAdBf2ogCHZBwIPAgABqLQAAaiIIQQJ0akGACWoiBiAGKAIAQQFqNgIAIABBJEEgIAJBCEsbakGYCmoiBiAGKAIAQQFqNgIAICAgBzsBBCAgIAg7AQYgACAAKALoCkEBaiIaNgLoCiAgQQA2AgggICAgKAIAIAJBF3RyNgIAIAJBf2ohIwJAIAJBBGogFSAha0sNACAhIAFrIQggISECICMhGwNAAkAgCEGAgAJHDQBBACEHA0AgACAHaiIIQcAvaiIGIAb9AAEA/QwAAAAAAAAAAAAAAAAAAAAAIh79mAEgCf1Q/QsBACAIQdAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQeAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQfAvaiIIIAj9AAEAIB79mAEgCf1Q/QsBACAHQcAAaiIHQYCAEEcNAAsgAUGAgAJqIQFBACEICyAFIBdBAXRqIAg7AQAgBSAIQQF0akGAgAxqIAUgFkEBdGpBgIAEaiIHLwEAOwEAIAcgCDsBACAIQQFqIQggAigAASIHQb3P1vEBbEEQdiEWIAdB////B3FBvc/W8QFsQRF2IRcgAkEBaiECIBtBf2oiGw0ACwsgIEEIaiEgICEgI2ohAgsCQAJAAkAgAiAdTw0AICAgEkkNAQsgAiAYayEIDAELIBpBgARJDQEgAiAYayIIQYgnSA0BIBUgAmtBiCdIDQEgEyAIEJuAgIAARQ0BCwsgACAAKAKYCEEBajYCmAhBoAJBDiARIBAgDxCZgICAAEEgQQ8gDiANIAwQmYCAgAAgACADIBggCCAUIAIgFUYiBxCagICAAAJAIAcNACACIRggAy0AEEUNAQsLIARBgAJqJICAgIAAC5M8BwV/AXsPfwF7BH8BexJ/I4CAgIAAQYACayIEJICAgIAAIABBwC9qIQUgACgCFCEGQQAhBwNAIAAgB2oiCEGwMGr9DACAAIAAgACAAIAAgACAAIAiCf0LAQAgCEGgMGogCf0LAQAgCEGQMGogCf0LAQAgCEGAMGogCf0LAQAgCEHwL2ogCf0LAQAgCEHgL2ogCf0LAQAgCEHQL2ogCf0LAQAgCEHAL2ogCf0LAQAgB0GAAWoiB0GAgAxHDQALQYICIQogBkGCAiAGQYICSRshCyAAQfATaiEMIABBkBdqIQ0gAEGYCWohDiAAQfAKaiEPIABB8BRqIRAgAEEYaiERIABBwOQoaiESIABBmApqIRMgAEHArxBqIRQgASACaiEVQQAhFkEAIRcgASEYA0AgAP0MAAAAAAAAAAAAAAAAAAAAACIZ/QsCyAogACAZ/QsCmAogAEIANwLoCiAAIBn9CwLYCiAAIBn9CwK4CiAAIBn9CwKoCiARQQBBgAr8CwAgAEEANgLArxAgACgCECEaIARBAEGAAvwLACAVIBhrIghBkM4AIAhBkM4ASBshG0EDIRwCQCAVIBhB4KcSaiAIQejOEkkbIh0gGGsiCEGABEkNACAIQYAgIAhBgCBJGyIIQQNxIQZBACEHAkAgCEF/akEDSQ0AIAhB/D9xIQJBACEHA0AgBCAYIAdqIggtAABqQQE6AAAgBCAIQQFqLQAAakEBOgAAIAQgCEECai0AAGpBAToAACAEIAhBA2otAABqQQE6AAAgAiAHQQRqIgdHDQALCwJAIAZFDQAgGCAHaiEIA0AgBCAILQAAakEBOgAAIAhBAWohCCAGQX9qIgYNAAsLQQAhBwNAIBn9DAAAAAAAAAAAAAAAAAAAAAAiHiAEIAdqIgj9AAQA/Q0QAQIDEQUGBxIJCgsTDQ4P/a4BIB4gCEEEaigCAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/a4BIB4gCEEIav1dAwD9DRABAgMRBQYHEgkKCxMNDg/9rgEgHiAIQQxqKAIA/RH9DRABAgMRBQYHEgkKCxMNDg/9rgEhGSAHQRBqIgdBgAJHDQALQQMhHCAZIBkgCf0NCAkKCwwNDg8AAAAAAAAAAP2uASIeIB4gCf0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bACIIQc8ASw0AIAhBwIrAgABqLQAAIRwgGkEPSw0AAkAgGkEESw0AIBxBBCAIQVNqQSNJGyEcDAELAkAgGkEJSw0AIBxBBSAIQXBqQcAASRshHAwBCyAcQQcgCEF4akHIAEkbIRwLIBggG2ohHyAUISAgGCEhA0ACQCAhIB9JDQAgAP0AAogIIAD9AAL4ByAA/QAC6AcgAP0AAtgHIAD9AALIByAA/QACuAcgAP0AAqgHIAD9AAKYByAA/QACiAcgAP0AAvgGIAD9AALoBiAA/QAC2AYgAP0AAsgGIAD9AAK4BiAA/QACqAYgAP0AApgGIAD9AAKIBiAA/QAC+AUgAP0AAugFIAD9AALYBSAA/QACyAUgAP0AArgFIAD9AAKoBSAA/QACmAUgAP0AAogFIAD9AAL4BCAA/QAC6AQgAP0AAtgEIAD9AALIBCAA/QACuAQgAP0AAqgEIAD9AAKYBCAA/QACiAQgAP0AAvgDIAD9AALoAyAA/QAC2AMgAP0AAsgDIAD9AAK4AyAA/QACqAMgAP0AApgDIAD9AAKIAyAA/QAC+AIgAP0AAugCIAD9AALYAiAA/QACyAIgAP0AArgCIAD9AAKoAiAA/QACmAIgAP0AAogCIAD9AAL4ASAA/QAC6AEgAP0AAtgBIAD9AALIASAA/QACuAEgAP0AAqgBIAD9AAKYASAA/QACiAEgAP0AAnggAP0AAmggAP0AAlggAP0AAkggAP0AAjggAP0AAiggAP0AAhj9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgH9rgEiHiAeIAn9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiHiAeIAn9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwBBCnb9ESEeIAAoAhAhBv0MAAAAAAAAAAAAAAAAAAAAACEZQQAhBwNAIBkgACAHaiIIQRhq/QACACAe/Tz9sQEgCEEoav0AAgAgHv08/bEBIAhBOGr9AAIAIB79PP2xASAIQcgAav0AAgAgHv08/bEBIRkgB0HAAGoiB0GACEcNAAtBAyEcAkAgGSAZIAn9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiHiAeIAn9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAiCEHPAEsNACAIQcCKwIAAai0AACEcIAZBD0sNAAJAIAZBBEsNACAcQQQgCEFTakEjSRshHAwBCwJAIAZBCUsNACAcQQUgCEFwakHAAEkbIRwMAQsgHEEHIAhBeGpByABJGyEcCyAfICEgGGsiCCAVIB9rIgcgByAIShtqIR8LAkAgFSAhayIIQYECSw0AIAggCyALIAhLGyELIAghCgsgACgCECEiAkAgISABayIIQYCAAkcNAEEAIQcDQCAAIAdqIghBwC9qIgYgBv0AAQD9DAAAAAAAAAAAAAAAAAAAAAAiHv2YASAJ/VD9CwEAIAhB0C9qIgYgBv0AAQAgHv2YASAJ/VD9CwEAIAhB4C9qIgYgBv0AAQAgHv2YASAJ/VD9CwEAIAhB8C9qIgggCP0AAQAgHv2YASAJ/VD9CwEAIAdBwABqIgdBgIAQRw0ACyABQYCAAmohAUEAIQgLIBxBf2ohAgJAAkAgCkEFTw0AICEhBgwBCyAIQYCAAnNBEHRBEHUhGyAFIBdBAXRqIgYuAQAhIyAFIBZBAXRqQYCABGoiGi4BACEHIAYgCDsBACAaIAg7AQAgBSAIQQF0akGAgAxqIAc7AQAgISgAASIIQb3P1vEBbEEQdiEWIAhB////B3FBvc/W8QFsQRF2IRcCQAJAAkAgAkEDSw0AAkAgIyAbSg0AICEhBgwECyAhKAAAIRpBAyEkICEhBgJAIAJBAksNACAhIAEgI2oiCCAIKAAAIBpzQf///wdxIggbIQYgAkEDIAgbISQLAkAgByAbSg0AICQhAgwECyAiQX9qIQICQANAIAIhCCABIAdBEHRBEHUiB2oiIygAACAaRg0BAkAgBSAHQf//AXFBAXRqQYCADGouAQAiByAbSg0AICQhAgwGCyAIQX9qIQIgCA0ACyAkIQIMBAsCQAJAAkACQCAKQWxqIiVBb00NAEEEIQIMAQtBBCECICEoAAQgIygABHMiBg0BQQghAiAhKAAIICMoAAhzIgYNAUEMIQIgISgADCAjKAAMcyIGDQFBECECICEoABAgIygAEHMiBg0BQRQhAgsgASAHaiEmA0ACQCACQQRqIhogCk0NACACIApPDQMDQCAmIAJqLQAAICEgAmotAABHDQQgCiACQQFqIgJHDQALIAohAgwDCyAmIAJqIQYgISACaiEkIBohAiAkKAAAIAYoAABzIgZFDQALIBpBfGohAgsgBmhBA3YgAmohAgsgAiALTw0CIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgG0wNAiAIDQEMAgsCQCACIAtJDQAgISEGDAMLAkAgByAbSg0AICEhBgwDCyAKQWxqISUgISEjICIhCAsgIUF9aiEkA0AgCEF/aiEGICQgAmooAAAhGgJAA0AgBiEIAkAgASAHQRB0QRB1IgdqIgYgAmpBfWooAAAgGkcNACAGKAAAICEoAABGDQILIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgG0wNAyAIQX9qIQYgCA0ADAMLCwJAAkACQAJAICVBb00NAEEEIRoMAQtBBCEaICEoAAQgBigABHMiJg0BQQghGiAhKAAIIAYoAAhzIiYNAUEMIRogISgADCAGKAAMcyImDQFBECEaICEoABAgBigAEHMiJg0BQRQhGgsgASAHaiEnA0ACQCAaQQRqIiggCk0NACAaIApPDQMDQCAnIBpqLQAAICEgGmotAABHDQQgCiAaQQFqIhpHDQALIAohGgwDCyAnIBpqISYgISAaaiEpICghGiApKAAAICYoAABzIiZFDQALIChBfGohGgsgJmhBA3YgGmohGgsCQCAaIAJNDQAgBiEjIBohAiAaIAtJDQAgGiECDAMLIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgG0wNASAIDQALCyAjIQYLAkACQAJAIAIgHEkNACAhIAZrISYgAkEDRw0BICZBgcAASQ0BCyAAICEtAAAiCEECdGpBGGoiByAHKAIAQQFqNgIAIAAgCEEFdkEGcSAIQQFxckECdGpBmApqIgggCCgCAEEBajYCACAAIAAoAugKQQFqIiM2AugKICAgICgCAEEBajYCACAhQQFqISEMAQsgIUEBaiEaAkAgAiALTw0AICJBAnYiKkF/aiErICJBAXYiLEF/aiEtA0ACQAJAIBUgGmsiJUGBAk0NACAKISUMAQsgJSALIAsgJUsbIQsLAkAgGiABayIIQYCAAkcNAEEAIQcDQCAAIAdqIghBwC9qIgYgBv0AAQD9DAAAAAAAAAAAAAAAAAAAAAAiHv2YASAJ/VD9CwEAIAhB0C9qIgYgBv0AAQAgHv2YASAJ/VD9CwEAIAhB4C9qIgYgBv0AAQAgHv2YASAJ/VD9CwEAIAhB8C9qIgggCP0AAQAgHv2YASAJ/VD9CwEAIAdBwABqIgdBgIAQRw0ACyABQYCAAmohAUEAIQgLIAJBf2ohGyAaQQFqISQCQAJAICVBBUkNACAIQYCAAnNBEHRBEHUhISAFIBdBAXRqIgYuAQAhIiAFIBZBAXRqQYCABGoiFi4BACEHIAYgCDsBACAWIAg7AQAgBSAIQQF0akGAgAxqIAc7AQAgJCgAACIIQb3P1vEBbEEQdiEWIAhB////B3FBvc/W8QFsQRF2IRcCQAJAAkAgG0EDSw0AICIgIUwNAyAaKAAAIShBAyEjIBohBgJAIBtBAksNACAaIAEgImoiCCAIKAAAIChzQf///wdxIggbIQYgG0EDIAgbISMLIAcgIUwNBCAtISICQANAICIhCCABIAdBEHRBEHUiB2oiCigAACAoRg0BIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgIUwNBiAIQX9qISIgCA0ADAYLCwJAAkACQAJAICVBbGoiKUFvTQ0AQQQhIwwBC0EEISMgGigABCAKKAAEcyIGDQFBCCEjIBooAAggCigACHMiBg0BQQwhIyAaKAAMIAooAAxzIgYNAUEQISMgGigAECAKKAAQcyIGDQFBFCEjCyABIAdqIScDQAJAICNBBGoiIiAlTQ0AICMgJU8NAwNAICcgI2otAAAgGiAjai0AAEcNBCAlICNBAWoiI0cNAAsgJSEjDAMLICcgI2ohBiAaICNqISggIiEjICgoAAAgBigAAHMiBkUNAAsgIkF8aiEjCyAGaEEDdiAjaiEjCyAjIAtPDQIgBSAHQf//AXFBAXRqQYCADGouAQAiByAhTA0CIAgNAQwCCyAbIAtPDQIgByAhTA0CICVBbGohKSAaIQogLCEIIBshIwsgGkF9aiEoA0AgCEF/aiEGICggI2ooAAAhIgJAA0AgBiEIAkAgASAHQRB0QRB1IgdqIgYgI2pBfWooAAAgIkcNACAGKAAAIBooAABGDQILIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgIUwNAyAIQX9qIQYgCA0ADAMLCwJAAkACQAJAIClBb00NAEEEISIMAQtBBCEiIBooAAQgBigABHMiJw0BQQghIiAaKAAIIAYoAAhzIicNAUEMISIgGigADCAGKAAMcyInDQFBECEiIBooABAgBigAEHMiJw0BQRQhIgsgASAHaiEuA0ACQCAiQQRqIi8gJU0NACAiICVPDQMDQCAuICJqLQAAIBogImotAABHDQQgJSAiQQFqIiJHDQALICUhIgwDCyAuICJqIScgGiAiaiEwIC8hIiAwKAAAICcoAABzIidFDQALIC9BfGohIgsgJ2hBA3YgImohIgsCQCAiICNNDQAgBiEKICIhIyAiIAtJDQAgIiEjDAQLIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgIUwNASAIDQALCyAKIQYMAQsgGiEGIBshIwsCQAJAICMgAkkNACAaIAZrIgdnICZnayAjIAJrQQJ0akEDSA0AIAAgGkF/ai0AACIIQQJ0akEYaiIGIAYoAgBBAWo2AgAgACAIQQV2QQZxIAhBAXFyQQJ0akGYCmoiCCAIKAIAQQFqNgIAIAAoAugKQQFqIQggJSEKIAchJiAkIRogIyECDAELAkACQCAVICRrIgpBgQJNDQAgJSEKDAELIAogCyALIApLGyELCwJAICQgAWsiCEGAgAJHDQBBACEHA0AgACAHaiIIQcAvaiIGIAb9AAEA/QwAAAAAAAAAAAAAAAAAAAAAIh79mAEgCf1Q/QsBACAIQdAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQeAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQfAvaiIIIAj9AAEAIB79mAEgCf1Q/QsBACAHQcAAaiIHQYCAEEcNAAsgAUGAgAJqIQFBACEICyAaQQJqISECQAJAIApBBU8NACAkIQYMAQsgCEGAgAJzQRB0QRB1ISMgBSAXQQF0aiIGLgEAISUgBSAWQQF0akGAgARqIhYuAQAhByAGIAg7AQAgFiAIOwEAIAUgCEEBdGpBgIAMaiAHOwEAICEoAAAiCEG9z9bxAWxBEHYhFiAIQf///wdxQb3P1vEBbEERdiEXAkACQAJAIBtBA0sNAAJAICUgI0oNACAkIQYMBAsgJCgAACEiQQMhKCAkIQYCQCAbQQJLDQAgJCABICVqIgggCCgAACAic0H///8HcSIIGyEGIBtBAyAIGyEoCwJAIAcgI0oNACAoIRsMBAsgKyEbAkADQCAbIQggASAHQRB0QRB1IgdqIiUoAAAgIkYNAQJAIAUgB0H//wFxQQF0akGAgAxqLgEAIgcgI0oNACAoIRsMBgsgCEF/aiEbIAgNAAsgKCEbDAQLAkACQAJAAkAgCkFsaiIpQW9NDQBBBCEbDAELQQQhGyAaKAAFICUoAARzIgYNAUEIIRsgGigACSAlKAAIcyIGDQFBDCEbIBooAA0gJSgADHMiBg0BQRAhGyAaKAARICUoABBzIgYNAUEUIRsLIAEgB2ohJwNAAkAgG0EEaiIiIApNDQAgGyAKTw0DA0AgJyAbai0AACAkIBtqLQAARw0EIAogG0EBaiIbRw0ACyAKIRsMAwsgJyAbaiEGICQgG2ohKCAiIRsgKCgAACAGKAAAcyIGRQ0ACyAiQXxqIRsLIAZoQQN2IBtqIRsLIBsgC08NAiAFIAdB//8BcUEBdGpBgIAMai4BACIHICNMDQIgCA0BDAILAkAgGyALSQ0AICQhBgwDCwJAIAcgI0oNACAkIQYMAwsgCkFsaiEpICQhJSAqIQgLIBpBfmohKANAIAhBf2ohBiAoIBtqKAAAISICQANAIAYhCAJAIAEgB0EQdEEQdSIHaiIGIBtqQX1qKAAAICJHDQAgBigAACAkKAAARg0CCyAFIAdB//8BcUEBdGpBgIAMai4BACIHICNMDQMgCEF/aiEGIAgNAAwDCwsCQAJAAkACQCApQW9NDQBBBCEiDAELQQQhIiAaKAAFIAYoAARzIicNAUEIISIgGigACSAGKAAIcyInDQFBDCEiIBooAA0gBigADHMiJw0BQRAhIiAaKAARIAYoABBzIicNAUEUISILIAEgB2ohLgNAAkAgIkEEaiIvIApNDQAgIiAKTw0DA0AgLiAiai0AACAkICJqLQAARw0EIAogIkEBaiIiRw0ACyAKISIMAwsgLiAiaiEnICQgImohMCAvISIgMCgAACAnKAAAcyInRQ0ACyAvQXxqISILICdoQQN2ICJqISILAkAgIiAbTQ0AIAYhJSAiIRsgIiALSQ0AICIhGwwDCyAFIAdB//8BcUEBdGpBgIAMai4BACIHICNMDQEgCA0ACwsgJSEGCwJAIBsgAkkNACAkIAZrIgdnICZnayAbIAJrQQJ0akEHSA0AIBEgGkF/ai0AACIIQQJ0aiIGIAYoAgBBAWo2AgAgEyAIQQV2QQZxIAhBAXFyQQJ0aiIIIAgoAgBBAWo2AgAgICAgKAIAQQFqNgIAIBMgGi0AACIIQQV2QQZxIAhBAXFyQQJ0aiIGIAYoAgBBAWo2AgAgESAIQQJ0aiIIIAgoAgBBAWo2AgAgACgC6ApBAmohCCAHISYgISEaIBshAgwBCyACQbCBwIAAai0AAEECdCARakGECGoiCCAIKAIAQQFqNgIAIBFBgAIgJmtBHXYiCEEBdCAmQX9qIAh2QcCDwIAAai0AAGoiCEECdGpBgAlqIgcgBygCAEEBajYCACAAQSRBICACQQhLG2pBmApqIgcgBygCAEEBajYCACAgICY7AQQgICAIOwEGIAAgACgC6ApBAWoiIzYC6AogIEEANgIIICAgICgCACACQRd0cjYCACAgQQhqISAgAkEESQ0DIAJBfWohGgJAIAJBAmogFSAha0sNACAhIAFrIQggISECIBohGwNAAkAgCEGAgAJHDQBBACEHA0AgACAHaiIIQcAvaiIGIAb9AAEA/QwAAAAAAAAAAAAAAAAAAAAAIh79mAEgCf1Q/QsBACAIQdAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQeAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQfAvaiIIIAj9AAEAIB79mAEgCf1Q/QsBACAHQcAAaiIHQYCAEEcNAAsgAUGAgAJqIQFBACEICyAFIBdBAXRqIAg7AQAgBSAIQQF0akGAgAxqIAUgFkEBdGpBgIAEaiIHLwEAOwEAIAcgCDsBACAIQQFqIQggAigAASIHQb3P1vEBbEEQdiEWIAdB////B3FBvc/W8QFsQRF2IRcgAkEBaiECIBtBf2oiGw0ACwsgISAaaiEhDAMLIAAgCDYC6AogICAgKAIAQQFqNgIAIAIgC0kNAAsLIAJBsIHAgABqLQAAQQJ0IBFqQYQIaiIIIAgoAgBBAWo2AgAgEUGAAiAma0EddiIIQQF0ICZBf2ogCHZBwIPAgABqLQAAaiIIQQJ0akGACWoiByAHKAIAQQFqNgIAIABBJEEgIAJBCEsbakGYCmoiByAHKAIAQQFqNgIAICAgJjsBBCAgIAg7AQYgACAAKALoCkEBaiIjNgLoCiAgQQA2AgggICAgKAIAIAJBF3RyNgIAIAJBf2ohIQJAIAJBBGogFSAaa0sNACAaIAFrIQggGiECICEhGwNAAkAgCEGAgAJHDQBBACEHA0AgACAHaiIIQcAvaiIGIAb9AAEA/QwAAAAAAAAAAAAAAAAAAAAAIh79mAEgCf1Q/QsBACAIQdAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQeAvaiIGIAb9AAEAIB79mAEgCf1Q/QsBACAIQfAvaiIIIAj9AAEAIB79mAEgCf1Q/QsBACAHQcAAaiIHQYCAEEcNAAsgAUGAgAJqIQFBACEICyAFIBdBAXRqIAg7AQAgBSAIQQF0akGAgAxqIAUgFkEBdGpBgIAEaiIHLwEAOwEAIAcgCDsBACAIQQFqIQggAigAASIHQb3P1vEBbEEQdiEWIAdB////B3FBvc/W8QFsQRF2IRcgAkEBaiECIBtBf2oiGw0ACwsgIEEIaiEgIBogIWohIQsCQAJAAkAgISAdTw0AICAgEkkNAQsgISAYayEIDAELICNBgARJDQEgISAYayIIQYgnSA0BIBUgIWtBiCdIDQEgEyAIEJuAgIAARQ0BCwsgACAAKAKYCEEBajYCmAhBoAJBDiARIBAgDxCZgICAAEEgQQ8gDiANIAwQmYCAgAAgACADIBggCCAUICEgFUYiBxCagICAAAJAIAcNACAhIRggAy0AEEUNAQsLIARBgAJqJICAgIAAC+ElBgZ/AnsRfwJ7DX8BfiOAgICAAEGQAmsiBCSAgICAACAAKAIUIQVBACEGIARBADoADyACQYCAAiACQYCAAkkbIQcgAEHAryBqIQggASACaiEJA0AgACAGaiICQbAwav0MAIAAgACAAIAAgACAAIAAgCIK/QsBACACQaAwaiAK/QsBACACQZAwaiAK/QsBACACQYAwaiAK/QsBACACQfAvaiAK/QsBACACQeAvaiAK/QsBACACQdAvaiAK/QsBACACQcAvaiAK/QsBACAGQYABaiIGQYCAGEcNAAsgAEHICmr9DAAAAAAAAAAAAAAAAAAAAAAiC/0LAgAgAEGYCmoiDCAL/QsCACAAQegKaiINQgA3AgAgAEHYCmogC/0LAgAgAEG4CmogC/0LAgAgAEGoCmogC/0LAgAgAEHM86UEaiIOQQBBmBD8CwBBggIhDyAFQYICIAVBggJJGyEQIABB2PulBGohESAAQcDKjgNqIRIgASAHaiETQQAhAkEAIRRBACEVIAghFiABIRcgASEYIAEhGQNAIAkgGEHgpxJqIAkgGGtB6M4SSRshGkGDAiEbAkAgAkH/AXENACAAKAIQIRwgBEEQakEAQYAC/AsAQQMhGyAaIBhrIgJBgARJDQAgAkGAICACQYAgSRsiAkEDcSEFQQAhBgJAIAJBf2pBA0kNACACQfw/cSEHQQAhBgNAIARBEGogGCAGaiICLQAAakEBOgAAIARBEGogAkEBai0AAGpBAToAACAEQRBqIAJBAmotAABqQQE6AAAgBEEQaiACQQNqLQAAakEBOgAAIAcgBkEEaiIGRw0ACwsCQCAFRQ0AIBggBmohAgNAIARBEGogAi0AAGpBAToAACACQQFqIQIgBUF/aiIFDQALC0EAIQYgCyEdA0AgHf0MAAAAAAAAAAAAAAAAAAAAACIeIARBEGogBmoiAv0ABAD9DRABAgMRBQYHEgkKCxMNDg/9rgEgHiACQQRqKAIA/RH9DRABAgMRBQYHEgkKCxMNDg/9rgEgHiACQQhq/V0DAP0NEAECAxEFBgcSCQoLEw0OD/2uASAeIAJBDGooAgD9Ef0NEAECAxEFBgcSCQoLEw0OD/2uASEdIAZBEGoiBkGAAkcNAAsgHSAdIAr9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiHiAeIAr9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAiAkHPAEsNACACQcCKwIAAai0AACEbIBxBD0sNAAJAIBxBBEsNACAbQQQgAkFTakEjSRshGwwBCwJAIBxBCUsNACAbQQUgAkFwakHAAEkbIRsMAQsgG0EHIAJBeGpByABJGyEbC0EAIR8gGSEHAkACQANAIAkgB2shIAJAAkAgByATRg0AIBMhIQwBC0EAIQYDQCAAIAZqIgJBwC9qIgUgBf0AAQD9DAAAAAAAAAAAAAAAAAAAAAAiHv2YASAK/VD9CwEAIAJB0C9qIgUgBf0AAQAgHv2YASAK/VD9CwEAIAJB4C9qIgUgBf0AAQAgHv2YASAK/VD9CwEAIAJB8C9qIgIgAv0AAQAgHv2YASAK/VD9CwEAIAZBwABqIgZBgIAgRw0ACyATICBBgIACICBBgIACSRtqISEgEyEXCwJAAkAgIEGBAk0NACAPISAMAQsgICAQIBAgIEsbIRALQQAhIgJAAkAgIEEFTw0AIBYhIwwBCyAAIBVBAnRqIhxBwC9qIiQuAQAhBiAHKAABIQUgJCAHIBdrIgI7AQAgHEHCL2oiHC4BACElIBwgBjsBACAFQf///wdxIRwgACgCECEkIBYhIwJAIAJBgIB+aiImIAZODQACQCAHKAAAQf///wdxIicgFyAGaiIGKAAAQf///wdxRg0AIBYhIyAmICVODQEgFiEjICcgFyAlaiIGKAAAQf///wdxRw0BCyAWQQM7AQAgFiAHIAZrOwECIBZBBGohIwsgBUG9z9bxAWwhDyAcQb3P1vEBbCEVIABBwC9qIgYgFEEBdGpBgIAQaiIcLgEAIQUgHCACOwEAIAYgAkECdEH8/wdxaiICQYKAGGohJyACQYCAGGohKAJAAkACQCAmIAVODQBBAyEpQQAhKkEAIRNBACECA0ACQCAXIAVqIhwgAmotAAAgByACai0AAEcNAAJAAkACQCAgIAJBAWoiBmtBEEkNACAHIAZqKAAAIBwgBmooAABzIiUNASAHIAJBBWoiBmooAAAgHCAGaigAAHMiJQ0BIAcgAkEJaiIGaigAACAcIAZqKAAAcyIlDQEgByACQQ1qIgZqKAAAIBwgBmooAABzIiUNASACQRFqIQYLA0ACQCAGQQRqIgIgIE0NACAGICBPDQMDQCAcIAZqLQAAIAcgBmotAABHDQQgICAGQQFqIgZHDQALICAhBgwDCyAcIAZqISUgByAGaiErIAIhBiArKAAAICUoAABzIiVFDQALIAJBfGohBgsgJWhBA3YgBmohBgsCQCAGIClLDQAgBiECDAELICMgBjsBACAjIAcgHGs7AQIgI0EEaiEjIAYgEE8NAyAGIQIgBiEpCwJAAkAgHCACai0AACAHIAJqLQAATw0AICggBTsBACATIQYgACAFQQJ0Qfz/B3FqQcKvGGoiBSEoIAIhKgwBCyAnIAU7AQAgKiEGIAAgBUECdEH8/wdxakHArxhqIgUhJyACIRMLAkAgJiAFLgEAIgVODQAgBiACIAYgAkkbIQIgJEF/aiIkDQELCyAoQYCAAjsBACAnQYCAAjsBAAwCCyAnQYCAAjsBACAoQYCAAjsBAAwBCyAoIAAgBUECdEH8/wdxaiICQcCvGGovAQA7AQAgJyACQcKvGGovAQA7AQALIA9BEHYhFCAVQRB2IRUgIyAWTQ0AICNBfGovAQAhIgsCQCAHIBlJDQACQCAiIBtJDQAgDSANKAIAQQFqNgIAIAAgIkECdGpBzPOlBGoiAiACKAIAQQFqNgIAIABBJEEgICJBCEsbakGYCmoiAiACKAIAQQFqNgIAIAcgImohGQwBCyAHLQAAIQIgDSANKAIAQQFqNgIAIAAgAkEFdkEGcSACQQFxckECdGpBmApqIgIgAigCAEEBajYCACAHQQFqIRkLICMgIyAWa0ECdjsBACAjIActAAA7AQIgI0EEaiEWIAdBAWohAgJAAkAgIkEDSQ0AICIgEEkNACAHQQFqISkgIkF/aiEiICAhDyAhIRMgAiEHA0AgCSAHayEcAkAgByATRw0AQQAhBgNAIAAgBmoiAkHAL2oiBSAF/QABAP0MAAAAAAAAAAAAAAAAAAAAACIe/ZgBIAr9UP0LAQAgAkHQL2oiBSAF/QABACAe/ZgBIAr9UP0LAQAgAkHgL2oiBSAF/QABACAe/ZgBIAr9UP0LAQAgAkHwL2oiAiAC/QABACAe/ZgBIAr9UP0LAQAgBkHAAGoiBkGAgCBHDQALIBMhFyATIBxBgIACIBxBgIACSRtqIRMLAkAgHEGBAksNACAcIBAgECAcSxshECAcIQ8LAkAgD0EFSQ0AIABBwC9qIiQgFUECdGoiBi8BACEFIAcoAAEhHCAGIAcgF2siAjsBACAGIAU7AQIgACAUQQF0akHArxBqIgYuAQAhBSAGIAI7AQAgJCACQQJ0Qfz/B3FqIgZBgoAYaiEmIAZBgIAYaiEgIBxBvc/W8QFsQRB2IRQgHEH///8HcUG9z9bxAWxBEHYhFQJAAkAgAkGAgH5qIicgBU4NACAAKAIQISVBACEoQQAhKkEAIQYDQAJAAkAgFyAFaiIcIAZqLQAAIiQgByAGai0AACIjRg0AIAYhAgwBCwJAAkACQCAQIAZBAWoiAmtBEEkNACAHIAJqKAAAIBwgAmooAABzIiQNASAHIAZBBWoiAmooAAAgHCACaigAAHMiJA0BIAcgBkEJaiICaigAACAcIAJqKAAAcyIkDQEgByAGQQ1qIgJqKAAAIBwgAmooAABzIiQNASAGQRFqIQILICkgAmohBgNAAkAgAkEEaiIjIBBNDQAgAiAQTw0DA0AgHCACai0AACApIAJqLQAARw0EIBAgAkEBaiICRw0ADAgLCyAcIAJqISQgBigAACErIAZBBGohBiAjIQIgKyAkKAAAcyIkRQ0ACyAjQXxqIQILICRoQQN2IAJqIQILIAIgEE8NAyAHIAJqLQAAISMgHCACai0AACEkCwJAAkAgJEH/AXEgI0H/AXFPDQAgICAFOwEAICohBiAAIAVBAnRB/P8HcWpBwq8YaiIFISAgAiEoDAELICYgBTsBACAoIQYgACAFQQJ0Qfz/B3FqQcCvGGoiBSEmIAIhKgsCQCAnIAUuAQAiBU4NACAGIAIgBiACSRshBiAlQX9qIiUNAQsLICBBgIACOwEAICZBgIACOwEADAILICZBgIACOwEAICBBgIACOwEADAELICAgACAFQQJ0Qfz/B3FqIgJBwK8Yai8BADsBACAmIAJBwq8Yai8BADsBAAsgFkEAOwEAIBYgBy0AADsBAiApQQFqISkgFkEEaiEWIAdBAWohByAiQX9qIiINAAwCCwsgICEPICEhEyACIQcLIAcgGk8NASAWIBJPDQEgDSgCAEGABEkNACAHIBhrIgJBiCdIDQAgCSAHa0GIJ0gNAAJAIAwgAhCbgICAAA0AIAD9AAKYCiEeIAAgC/0LApgKIAD9AAKoCiEdIAAgC/0LAqgKIAAoArwKIQIgACgCuAohBiAAQgA3ArgKIAAgHiAA/QACwAr9rgH9CwLACiAAIB0gAP0AAtAK/a4B/QsC0AogACAGIAAoAuAKajYC4AogACACIAAoAuQKajYC5AogACAAKALsCiANKAIAajYC7ApBACEGIA1BADYCAANAIAAgBmoiAkHM86UEaiIF/QACACEeIAUgC/0LAgAgAkHc86UEaiIF/QACACEdIAUgC/0LAgAgAkHY+6UEaiIFIB4gBf0AAgD9rgH9CwIAIAJB6PulBGoiAiAdIAL9AAIA/a4B/QsCACAGQSBqIgZBgAhHDQALIAAoAsz7pQQhAiAAQQA2Asz7pQQgACgC1PulBCEGIAAoAtD7pQQhBSAAQgA3AtD7pQQgACACIAAoAtiDpgRqNgLYg6YEIAAgBSAAKALcg6YEajYC3IOmBCAAIAYgACgC4IOmBGo2AuCDpgQgByEfDAELCyAfRQ0AIB9Bf3MgB2ohHAJAAkAgByAfayIGQQNxIgUNACAWIQIMAQsgFiECA0AgAkF8aiICIAIvAQBBAnRrIQIgBkF/aiEGIAVBf2oiBQ0ACwsgHyAYayEFAkAgHEEDSQ0AA0AgAiACQXxqLwEAQQJ0a0F4aiICIAIvAQBBAnRrQXxqIgIgAi8BAEECdGtBfGoiAiACLwEAQQJ0ayECIAZBfGoiBg0ACwsgACADIBggBSACIBggAUZBACAEQQ9qEJyAgIAAIAggAiAWIAJrIgb8CgAAIAAgAP0AAsAK/QsCoPOlBCAA/QAC0AohHiAAIAv9CwLQCiAAIB79CwKw86UEIAApAuAKISwgAEIANwLgCiAAICw3AsDzpQQgACgC7AohAiAAQQA2AuwKIAAgAjYCyPOlBCAAIAv9CwLACiARQQBBjAj8CwAgACAGakHAryBqIRYMAQsgAP0AApgKIR4gACAL/QsCmAogAP0AAqgKIR0gACAL/QsCqAogACgCvAohAiAAKAK4CiEGIABCADcCuAogACAeIAD9AALACv2uAf0LAsAKIAAgHSAA/QAC0Ar9rgH9CwLQCiAAIAYgACgC4ApqNgLgCiAAIAIgACgC5ApqNgLkCiAAIAAoAuwKIA0oAgBqNgLsCkEAIQYgDUEANgIAA0AgACAGaiICQczzpQRqIgX9AAIAIR4gBSAL/QsCACACQdzzpQRqIgX9AAIAIR0gBSAL/QsCACACQdj7pQRqIgUgHiAF/QACAP2uAf0LAgAgAkHo+6UEaiICIB0gAv0AAgD9rgH9CwIAIAZBIGoiBkGACEcNAAsgACgCzPulBCECIABBADYCzPulBCAAKALU+6UEIQYgACgC0PulBCEFIABCADcC0PulBCAAIAIgACgC2IOmBGo2AtiDpgQgACAFIAAoAtyDpgRqNgLcg6YEIAAgBiAAKALgg6YEajYC4IOmBCAAIAMgGCAHIBhrIBYgGCABRiAHIAlGIARBD2oQnICAgAAgACAL/QsCmAogACAL/QsCqAogACAA/QACwAr9CwKg86UEIAApAuAKISwgAP0AAtAKIR4gACAL/QsC2AogACAL/QsCyAogACAe/QsCsPOlBCAAICw3AsDzpQQgACAAKALsCjYCyPOlBCANQgA3AgAgACAL/QsCuAogDkEAQZgQ/AsAIAghFiAHIR8LAkAgByAJRg0AIAMtABANACAELQAPIQIgHyEYIAchGQwBCwsgBEGQAmokgICAgAAL9xQCDn8BeyOAgICAAEHACWsiBSSAgICAAEEAIQYgBUHAAGpBACAAQQJ0Igf8CwACQAJAIAANAEF/IQgMAQsgAEEBcSEJAkACQCAAQX9qIggNAEEAIQoMAQsgAEF+cSELQQAhCiACIQwDQCAFQcAAaiAIIAwoAgAiDSANIAhLG0ECdGoiDSANKAIAQQFqNgIAIAVBwABqIAggDEEEaigCACINIA0gCEsbQQJ0aiINIA0oAgBBAWo2AgAgDEEIaiEMIAsgCkECaiIKRw0ACwsCQCAJRQ0AIAVBwABqIAggAiAKQQJ0aigCACIMIAwgCEsbQQJ0aiIMIAwoAgBBAWo2AgALQQAhBgJAIABBAkkNACAIQQNxIQoCQAJAIABBfmpBA08NAEEAIQZBASEMDAELIAhBfHEhDiAFQcAAakEQaiEMQQAhBkEAIQ0DQCAMQXRqIgsoAgAhCSALIAY2AgAgDEF4aiILKAIAIQ8gCyAJIAZqIgk2AgAgDEF8aiILKAIAIQYgCyAPIAlqIgk2AgAgDCgCACELIAwgBiAJaiIJNgIAIAsgCWohBiAMQRBqIQwgDiANQQRqIg1HDQALIA1BAWohDAsgCkUNACAFQcAAaiAMQQJ0aiEMA0AgDCgCACENIAwgBjYCACAMQQRqIQwgDSAGaiEGIApBf2oiCg0ACwtBACEMA0ACQAJAIAIoAgAiCkUNACAFQcAAaiAIIAogCiAISxtBAnRqIg0gDSgCACINQQFqNgIAIAQgDUECdGogCkEKdCAMcjYCAAwBCyADIAxqQQA6AAALIAJBBGohAiAAIAxBAWoiDEcNAAsLAkAgBUHAAGogCEECdGooAgAgByAFQcAAampBeGooAgAiCGsiCkECSQ0AIAQgCEECdGoiD0F8aiEIIApBAXYhCQNAIAggCUECdGooAgAhCyAJIQICQCAJQQF0IgwgCksNACAJIQ0DQAJAAkAgDCAKSQ0AIAwhAgwBCyAMQQFyIgIgDCAIIAJBAnRqKAIAIAggDEECdGooAgBLGyECCwJAIAsgCCACQQJ0aigCACIMSQ0AIA0hAgwCCyAIIA1BAnRqIAw2AgAgAiENIAJBAXQiDCAKTQ0ACwsgCCACQQJ0aiALNgIAIAlBf2oiCQ0ACyAKQQJJDQAgCCAKQQJ0aiICKAIAIQsgAiAPKAIANgIAIA8gCzYCACAKQX9qIgpBAkkNAANAQQIhDEEBIQ0DQAJAAkAgDCAKSQ0AIAwhAgwBCyAMQQFyIgIgDCAIIAJBAnRqKAIAIAggDEECdGooAgBLGyECCwJAAkAgCyAIIAJBAnRqKAIAIgxJDQAgDSECDAELIAggDUECdGogDDYCACACIQ0gAkEBdCIMIApNDQELCyAIIAJBAnRqIAs2AgAgCCAKQQJ0aiICKAIAIQsgAiAPKAIANgIAIA8gCzYCACAKQX9qIgpBAUsNAAsLAkACQCAGQQFLDQACQAJAIAZFDQAgBCgCAEH/B3EiCA0BC0EBIQgLIARBADYCACADQQE6AAAgBCAIQQJ0akEBNgIAIAMgCGpBAToAAAwBCyAGQX9qIQtBACENIAQhCEEAIQJBACEMQQAhCgNAAkACQCACQQFqIg8gC0sNACAEIA9BAnRqKAIAQYB4cSEJAkAgCiAMRg0AIAkgBCAMQQJ0aigCAEGAeHFLDQELIAQgAkECdGooAgBBgHhxIAlqIQkgAkECaiECDAELAkACQCAMQQJqIgcgCk0NACAMQQFqIQ4gBCACQQJ0aigCAEGAeHEhCQwBCyAEIAxBAWoiDkECdGoiECgCACIRQYB4cSESAkAgAiALSw0AIBIgBCACQQJ0aigCAEGAeHEiCU8NAQsgECARQf8HcSANcjYCACAEIAxBAnRqIgwgDCgCACIMQf8HcSANcjYCACAMQYB4cSASaiEJIAchDAwBCyAEIAxBAnRqIgIgAigCACICQf8HcSANcjYCACACQYB4cSAJaiEJIA8hAiAOIQwLIAggCCgCAEH/B3EgCXI2AgAgCEEEaiEIIA1BgAhqIQ0gCyAKQQFqIgpHDQALQQAhDQJAAkAgAUEBaiILQQRJDQAgC0F8cSINQXxqIghBAnZBAWoiCkEHcSECQQAhDAJAIAhBHEkNACAKQfj///8HcSEKIAVBwABqIQhBACEMA0AgCP0MAAAAAAAAAAAAAAAAAAAAACIT/QsEACAIQTBqIBP9CwQAIAhBIGogE/0LBAAgCEEQaiAT/QsEACAIQXBqIBP9CwQAIAhBYGogE/0LBAAgCEFQaiAT/QsEACAIQUBqIBP9CwQAIAhBgAFqIQggDEEgaiEMIApBeGoiCg0ACwsCQCACRQ0AIAUgDEECdGohCANAIAj9DAAAAAAAAAAAAAAAAAAAAAD9CwQAIAhBEGohCCACQX9qIgINAAsLIAsgDUYNAQsgASANa0EBaiECIAUgDUECdGohCANAIAhBADYCACAIQQRqIQggAkF/aiICDQALCyAFQQI2AgQgBkECdCAEakF4aiIIIAgoAgBB/wdxNgIAAkAgBkF9aiIKQQBIDQAgAUECdCAFakF8aiENA0AgBCAKQQJ0aiIIIAQgCCgCACIIQQh2Qfz//wdxaigCAEEKdkEBaiICQQp0IAhB/wdxcjYCAAJAAkAgAiABSQ0AIA0hCCABIQIDQCACQX9qIQIgCCgCACEMIAhBfGohCCAMRQ0ADAILCyAFIAJBAnRqKAIAIQwLIAUgAkECdGoiCCAMQX9qNgIAIAhBBGoiCCAIKAIAQQJqNgIAIApBf2oiCkF/Sg0ACwsCQAJAIAFFDQBBACEKIAEhAgNAAkAgBSACQQJ0aigCACIMRQ0AIAxBf2ohCwJAIAxBA3EiDUUNACAEIApBAnRqIQgDQCADIAgoAgBB/wdxaiACOgAAIAhBBGohCCAKQQFqIQogDEF/aiEMIA1Bf2oiDQ0ACwsgC0EDSQ0AIAQgCkECdGohCANAIAMgCCgCAEH/B3FqIAI6AAAgAyAIQQRqKAIAQf8HcWogAjoAACADIAhBCGooAgBB/wdxaiACOgAAIAMgCEEMaigCAEH/B3FqIAI6AAAgCEEQaiEIIApBBGohCiAMQXxqIgwNAAsLIAJBf2oiAg0ACyAFQgA3A0BBAiEIIAFBAkkNASABQX9qIgJBAXEhC0EAIQwCQCABQQJGDQAgAkF+cSENIAVBCHIhCCAFQcAAakEMciECQQAhDEEAIQoDQCACQXxqIAhBfGooAgAgDGpBAXQiDDYCACACIAgoAgAgDGpBAXQiDDYCACAIQQhqIQggAkEIaiECIA0gCkECaiIKRw0ACyAKQQJqIQgLIAtFDQEgBUHAAGogCEECdCIIaiAIIAVqQXxqKAIAIAxqQQF0NgIADAELIAVCADcDQAsgAEUNAANAIAVBwABqIAMtAAAiAkECdGoiCCAIKAIAIghBAWo2AgAgBCAIQf8BcUHAhcCAAGotAABBCHQgCEEIdkHAhcCAAGotAAByQRAgAmt2NgIAIANBAWohAyAEQQRqIQQgAEF/aiIADQALCyAFQcAJaiSAgICAAAutNQsEfwN7A38DewN/AXsBfwV7AX8LewF/IAEoAgQhBiABKAIAIQcgASgCDCEIIAEoAgghCSAAEJ+AgIAA/QwAAAAAAAAAAAAAAAAAAAAAIgogAP0AAvAj/QwAAAAAAAAAAAAAAAAAAAAAIgsgAEGIJWr9AAAAIgz9DRABAgMRBQYHEgkKCxMNDg/9tQEgAEGQJGr9AAIAIAwgC/0NCBESEwkVFhcKGRobCx0eH/21Af2uASAAQYAkav0AAgAgDCAL/Q0EERITBRUWFwYZGhsHHR4f/bUBIABBoCRq/QACACAMIAv9DQwREhMNFRYXDhkaGw8dHh/9tQH9rgH9rgEiDCAMIAv9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiDCAMIAv9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAgAEGkL2ooAgAiDUEDbGogAEGYJWotAABBAmogAEGwJGooAgBsaiAAQZklai0AAEEDaiAAQbQkaigCAGxqIABBmiVqLQAAQQdqIABBuCRqKAIAbGpBEWr9HAAhDCAIIAggCWsiDkEDIA5BA0gbayEPIABBKGohCP0MAwAAAAAAAAAAAAAAAAAAACEQQQAhDgNAIAj9AAIAIhFBA/2rASAIQXBq/QACACISQQP9qwEgEP2uAf2uASEQIBEgCyAAIA5qIhNB9BRqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgEiALIBNB8BRqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgDP2uAf2uASEMIAhBIGohCCAOQQhqIg5BkAFHDQALIAogECAQIAv9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiECAQIAv9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwD9HAAhECAKIAwgDCAL/Q0ICQoLDA0ODwAAAAAAAAAA/a4BIgwgDCAL/Q0EBQYHAAAAAAAAAAAAAAAA/a4B/RsA/RwAIQwgAEGEFmohCCAAQfAjaiEUIAIgA2ohFUEAIQ4DQCAAIA5qIhNB6ARq/QACACIRIAsgCCgAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/bUBIBNB2ARq/QACACISIAsgCEF8aigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/bUBIAz9rgH9rgEhDCAR/QwJAAAACQAAAAkAAAAJAAAAIhb9tQEgEiAW/bUBIBD9rgH9rgEhECAIQQhqIQggDkEgaiIOQcADRw0ACwJAIAYgA0EDdCADQf7/A2pB//8DbkEobGpBBSAGa0EHcXJBe2oiCCAAQYwKaigCACITQRJsIABBiApqKAIAIhdBEmwgAEH4CWr9AAIAIhL9DBAAAAAQAAAAEQAAABEAAAD9tQEgAEHoCWr9AAIAIhb9DA4AAAAOAAAADwAAAA8AAAD9tQEgAEHYCWr9AAIAIhj9DAwAAAAMAAAADQAAAA0AAAD9tQEgAEHICWr9AAIAIhn9DAoAAAAKAAAACwAAAAsAAAD9tQEgAEG4CWr9AAIAIhr9DAgAAAAIAAAACQAAAAkAAAD9tQEgAEGoCWr9AAIAIhv9DAYAAAAGAAAABwAAAAcAAAD9tQEgAEGYCWr9AAIAIhz9DAUAAAAFAAAABQAAAAUAAAAiEf21ASAKIABBjAlqKAIAIh0gAEHNI2otAABsIAsgAEHJI2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0ODyAR/a4BIABB/Ahq/QACACIe/bUBIAsgAEHFI2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MBAAAAAQAAAAEAAAABAAAACIf/a4BIABB7Ahq/QACACIg/bUBIAsgAEHBI2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MAwAAAAMAAAADAAAAAwAAACIh/a4BIABB3Ahq/QACACIi/bUBIAsgAEG9I2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MAgAAAAIAAAACAAAAAgAAACIj/a4BIABBzAhq/QACACIk/bUBIAsgAEG5I2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MAQAAAAEAAAABAAAAAQAAACIl/a4BIABBvAhq/QACACIm/bUBIABBrAhq/QACACInIAsgAEG1I2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/21ASAAQZwIav0AAgAiKCALIABBsSNqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgCiAQIBAgC/0NCAkKCwwNDg8AAAAAAAAAAP2uASIQIBAgC/0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bAEEHav0cAP2uAf2uAf2uAf2uAf2uAf2uAf2uASIQIBAgC/0NCAkKCwwNDg8AAAAAAAAAAP2uASIQIBAgC/0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bAGr9HAD9rgH9rgH9rgH9rgH9rgH9rgH9rgEiECAQIAv9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiECAQIAv9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwBqaiIOIA4gCEsbIikgAEGtF2otAABBDWogE2wgAEGsF2otAABBDWogF2wgCyAAQagXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwLAAAACwAAAAwAAAAMAAAA/a4BIBL9tQEgCyAAQaQXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwJAAAACQAAAAoAAAAKAAAA/a4BIBb9tQEgCyAAQaAXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwHAAAABwAAAAgAAAAIAAAA/a4BIBj9tQEgCyAAQZwXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwFAAAABQAAAAYAAAAGAAAA/a4BIBn9tQEgCyAAQZgXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwDAAAAAwAAAAQAAAAEAAAA/a4BIBr9tQEgCyAAQZQXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwBAAAAAQAAAAIAAAACAAAA/a4BIBv9tQEgHCALIABBkBdqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgCiAdIABBjRdqLQAAbCALIABBiRdqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg8gEf2uASAe/bUBIAsgAEGFF2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0ODyAf/a4BICD9tQEgCyAAQYEXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4PICH9rgEgIv21ASALIABB/RZqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg8gI/2uASAk/bUBIAsgAEH5FmooAAD9Ef0NEAECAxEFBgcSCQoLEw0ODyAl/a4BICb9tQEgJyALIABB9RZqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgKCALIABB8RZqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgCiAMIAwgC/0NCAkKCwwNDg8AAAAAAAAAAP2uASILIAsgC/0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bACAAQfAWai0AAGr9HAD9rgH9rgH9rgH9rgH9rgH9rgH9rgEiCyALIAv9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiCyALIAv9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwBq/RwA/a4B/a4B/a4B/a4B/a4B/a4B/a4BIgsgCyAL/Q0ICQoLDA0ODwAAAAAAAAAA/a4BIgsgCyAL/Q0EBQYHAAAAAAAAAAAAAAAA/a4B/RsAamoiEyATIClLGyITakEHakEDdiABKAIMIAlrTQ0AIAFBAToAEA8LAkACQCATIAhHDQAgCSAFQYCABCADQYCABEkiABsgBnQgB3I6AAAgA0H//wMgABshAAJAAkAgBkEGTw0AIAlBAWohCQwBCyAJQQA6AAEgCUECaiEJCyAJIAA7AAAgCSAAQX9zOwACIAlBBGoiCSACIAD8CgAAIAkgAGohCUEAIQ4CQCAAIANHDQBBACEADAILIAIgAGohCANAIAkgFSAIayIAQf//AyAAQYCABEkiAhsiADsAASAJIAIgBXE6AAAgCSAAQX9zOwADIAlBBWoiCSAIIAD8CgAAIAkgAGohCSAIIABqIgggFUcNAAtBACEADAELAkACQCATIA5HDQAgBSAGdCAHckEBIAZBAWp0ciEVIAZBA2ohDiAAQbAXaiEFAkACQCAJIA9JDQACQCAOQQhPDQAgDiEIDAQLAkAgBkF7aiITQQN2QQFqQQdxIghFDQADQCAJIBU6AAAgFUEIdiEVIA5BeGohDiAJQQFqIQkgCEF/aiIIDQALCyATQThPDQEgDiEIDAMLIAkgFTYAACAOQQdxIQggCSAOQQN2aiEJIBUgDkF4cXYhFQwCCwNAIAkgFToAACAJQQRqQQA2AAAgCUEDaiAVQRh2OgAAIAlBAmogFUEQdjoAACAJQQFqIBVBCHY6AAAgCUEIaiEJQQAhFSAOQUBqIg5BB0sNAAsgDiEIQQAhFQwBCyAFIAZ0IAdyQQIgBkEBanRyIA1BfGogBkENanRyIABBnC9qKAIAQf99aiAGQQNqdHIgAEGgL2ooAgBBf2ogBkEIanRyIRUgBkERaiEIIABBqC9qKAIAIRcCQAJAIAkgD0kNACAIQQhJDQECQCAGQQlqIhNBA3ZBAWpBB3EiDkUNAANAIAkgFToAACAVQQh2IRUgCEF4aiEIIAlBAWohCSAOQX9qIg4NAAsLIBNBOEkNASAVIQ4DQCAJIA46AABBACEVIAlBBGpBADYAACAJQQNqIA5BGHY6AAAgCUECaiAOQRB2OgAAIAlBAWogDkEIdjoAACAJQQhqIQlBACEOIAhBQGoiCEEHSw0ADAILCyAJIBU2AAAgCSAIQQN2aiEJIBUgCEF4cXYhFSAIQQdxIQgLIABB8ApqIQUgDUEBIA1BAUsbIQZBACETA0AgCEEDaiEOIAAgE0GgiMCAAGotAABqQYglai0AACAIdCAVciEVAkACQCAJIA9JDQAgCEEFSSEdIA4hCCAdDQEDQCAJIBU6AAAgFUEIdiEVIAlBAWohCSAIQXhqIghBB0sNAAwCCwsgCSAVNgAAIA5BB3EhCCAJIA5BA3ZqIQkgFSAOQXhxdiEVCyATQQFqIhMgBkcNAAsgF0EBIBdBAUsbIQdBACETIABB8CNqIQYDQCAIIAYgBiATQQJ0akGsAWooAgAiHUEfcSIXakGYAWotAABqIikgF0HAh8CAAGotAABqIQ4gBiAXQQJ0akHMAGooAgAgCHQgFXIgHUEFdiApdHIhFQJAAkAgCSAPSQ0AIA4hCCAOQQhJDQEDQCAJIBU6AAAgFUEIdiEVIAlBAWohCSAIQXhqIghBB0sNAAwCCwsgCSAVNgAAIA5BB3EhCCAJIA5BA3ZqIQkgFSAOQXhxdiEVCyATQQFqIhMgB0cNAAsLIABB/CtqISlB/CMhE0H/KyEOA0AgACATaiAOIA5BtNW/gABqLQAAIgZBAnRBwInAgABqKAIAa0GEVGogBSAGQYECaiIXakGACmoiHS0AAHQgBSAXQQJ0aigCAHI2AgAgACAOaiAGQeCHwIAAai0AACAdLQAAajoAACAOQQFqIQ4gE0EEaiITQfwrRw0ACwJAAkAgBEUNAANAAkAgBCgCACIXQf///wNxIg5FDQADQCAOQX9qIQ4gCCAFIAItAAAiE2pBgApqLQAAIgZqIQAgBSATQQJ0aigCACAIdCAVciETAkACQCAJIA9JDQACQCAAQQhPDQAgACEIIBMhFQwCCwJAAkAgCCAGakF4aiIGQQN2QQFqQQdxIhUNACAAIQgMAQsgACEIA0AgCSATOgAAIBNBCHYhEyAIQXhqIQggCUEBaiEJIBVBf2oiFQ0ACwsgEyEVIAZBOEkNAQNAIAkgEzoAAEEAIRUgCUEEakEANgAAIAlBA2ogE0EYdjoAACAJQQJqIBNBEHY6AAAgCUEBaiATQQh2OgAAIAlBCGohCUEAIRMgCEFAaiIIQQdLDQAMAgsLIAkgEzYAACAAQQdxIQggCSAAQQN2aiEJIBMgAEF4cXYhFQsgAkEBaiECIA4NAAsLIBdBgICABEkNAiAIICkgF0EXdiIGai0AACIXaiEAIBQgBkECdGooAgAgCHQgFXIhDiAELwEGIRMgBC8BBCEVAkACQCAJIA9JDQACQCAAQQhPDQAgDiEIDAILAkAgCCAXakF4aiIXQQN2QQFqQQdxIghFDQADQCAJIA46AAAgDkEIdiEOIABBeGohACAJQQFqIQkgCEF/aiIIDQALCyAOIQggF0E4SQ0BA0AgCSAOOgAAQQAhCCAJQQRqQQA2AAAgCUEDaiAOQRh2OgAAIAlBAmogDkEQdjoAACAJQQFqIA5BCHY6AAAgCUEIaiEJQQAhDiAAQUBqIgBBB0sNAAwCCwsgCSAONgAAIAkgAEEDdmohCSAOIABBeHF2IQggAEEHcSEACyAAIAUgE2pBoAxqLQAAIh1qIQ4gBSATQQJ0IhdqQYAJaigCACAAdCAIciEIAkACQCAJIA9JDQACQCAOQQhPDQAgCCEADAILAkAgACAdakF4aiIdQQN2QQFqQQdxIgBFDQADQCAJIAg6AAAgCEEIdiEIIA5BeGohDiAJQQFqIQkgAEF/aiIADQALCyAIIQAgHUE4SQ0BA0AgCSAIOgAAQQAhACAJQQRqQQA2AAAgCUEDaiAIQRh2OgAAIAlBAmogCEEQdjoAACAJQQFqIAhBCHY6AAAgCUEIaiEJQQAhCCAOQUBqIg5BB0sNAAwCCwsgCSAINgAAIAkgDkEDdmohCSAIIA5BeHF2IQAgDkEHcSEOCyAOIBNBgIjAgABqLQAAIhNqIQggFSAXQcCIwIAAaigCAGsgDnQgAHIhAAJAAkAgCSAPSQ0AAkAgCEEITw0AIAAhFQwCCwJAIA4gE2pBeGoiE0EDdkEBakEHcSIORQ0AA0AgCSAAOgAAIABBCHYhACAIQXhqIQggCUEBaiEJIA5Bf2oiDg0ACwsgACEVIBNBOEkNAQNAIAkgADoAAEEAIRUgCUEEakEANgAAIAlBA2ogAEEYdjoAACAJQQJqIABBEHY6AAAgCUEBaiAAQQh2OgAAIAlBCGohCUEAIQAgCEFAaiIIQQdLDQAMAgsLIAkgADYAACAJIAhBA3ZqIQkgACAIQXhxdiEVIAhBB3EhCAsgBEEIaiEEIAIgBmohAgwACwsgAEHE2o4DaiITIANBA3RqIRcDQCATKAIEIgJBCXYhBgJAAkACQAJAIAJB/wNxIgRBAUcNACAIIAUgBmpBgApqLQAAIg5qIQIgBSAGQQJ0aigCACAIdCAVciEVIAkgD0kNAQJAIAJBCE8NACACIQgMBAsCQAJAIAggDmpBeGoiBkEDdkEBakEHcSIODQAgAiEIDAELIAIhCANAIAkgFToAACAVQQh2IRUgCEF4aiEIIAlBAWohCSAOQX9qIg4NAAsLIAZBOEkNAyAVIQIDQCAJIAI6AABBACEVIAlBBGpBADYAACAJQQNqIAJBGHY6AAAgCUECaiACQRB2OgAAIAlBAWogAkEIdjoAACAJQQhqIQlBACECIAhBQGoiCEEHSw0ADAQLCyAIICkgBGotAAAiHWohAiAUIARBAnRqKAIAIAh0IBVyIQ4gACAGakGc86MEai0AACEVAkACQCAJIA9JDQACQCACQQhPDQAgDiEIDAILAkAgCCAdakF4aiIdQQN2QQFqQQdxIghFDQADQCAJIA46AAAgDkEIdiEOIAJBeGohAiAJQQFqIQkgCEF/aiIIDQALCyAOIQggHUE4SQ0BA0AgCSAOOgAAQQAhCCAJQQRqQQA2AAAgCUEDaiAOQRh2OgAAIAlBAmogDkEQdjoAACAJQQFqIA5BCHY6AAAgCUEIaiEJQQAhDiACQUBqIgJBB0sNAAwCCwsgCSAONgAAIAkgAkEDdmohCSAOIAJBeHF2IQggAkEHcSECCyACIAUgFWpBoAxqLQAAIgNqIQ4gBSAVQQJ0Ih1qQYAJaigCACACdCAIciEIAkACQCAJIA9JDQACQCAOQQhPDQAgCCECDAILAkAgAiADakF4aiIDQQN2QQFqQQdxIgJFDQADQCAJIAg6AAAgCEEIdiEIIA5BeGohDiAJQQFqIQkgAkF/aiICDQALCyAIIQIgA0E4SQ0BA0AgCSAIOgAAQQAhAiAJQQRqQQA2AAAgCUEDaiAIQRh2OgAAIAlBAmogCEEQdjoAACAJQQFqIAhBCHY6AAAgCUEIaiEJQQAhCCAOQUBqIg5BB0sNAAwCCwsgCSAINgAAIAkgDkEDdmohCSAIIA5BeHF2IQIgDkEHcSEOCyAOIBVBgIjAgABqLQAAIgNqIQggBiAdQcCIwIAAaigCAGsgDnQgAnIhFSAJIA9PDQEgCCECCyAJIBU2AAAgAkEHcSEIIAkgAkEDdmohCSAVIAJBeHF2IRUMAQsgCEEISQ0AAkAgDiADakF4aiIOQQN2QQFqQQdxIgJFDQADQCAJIBU6AAAgFUEIdiEVIAhBeGohCCAJQQFqIQkgAkF/aiICDQALCyAOQThJDQAgFSECA0AgCSACOgAAQQAhFSAJQQRqQQA2AAAgCUEDaiACQRh2OgAAIAlBAmogAkEQdjoAACAJQQFqIAJBCHY6AAAgCUEIaiEJQQAhAiAIQUBqIghBB0sNAAsLIBMgBEEDdGoiEyAXRw0ACwsgCCAFQYAMai0AACICaiEOIAUoAoAIIAh0IBVyIQACQCAJIA9JDQAgDkEISQ0BAkAgCCACakF4aiICQQN2QQFqQQdxIghFDQADQCAJIAA6AAAgAEEIdiEAIA5BeGohDiAJQQFqIQkgCEF/aiIIDQALCyACQThJDQEgACEIA0AgCSAIOgAAQQAhACAJQQRqQQA2AAAgCUEDaiAIQRh2OgAAIAlBAmogCEEQdjoAACAJQQFqIAhBCHY6AAAgCUEIaiEJQQAhCCAOQUBqIg5BB0sNAAwCCwsgCSAANgAAIAkgDkEDdmohCSAAIA5BeHF2IQAgDkEHcSEOCyABIAk2AgggASAONgIEIAEgADYCAAufBQYBfwJ7AX8CewN/AXsCQAJAAkAgACgCVCICDQAgAEHAAGr9AAIAIQMgAEEwav0AAgAhBCAAKAJQIQUgAP0AAhghBiAA/QACCCEHDAELIAD9AAIYIgb9GwMgAmwiBSAAKAJQIgggAEHAAGr9AAIAIgP9GwNsIglrIAkgBWsgBSAJSxsgBv0bAiACbCIFIAggA/0bAmwiCWsgCSAFayAFIAlLGyAG/RsBIAJsIgUgCCAD/RsBbCIJayAJIAVrIAUgCUsbIAb9GwAgAmwiBSAIIAP9GwBsIglrIAkgBWsgBSAJSxsgAP0AAggiB/0bAyACbCIFIAggAEEwav0AAgAiBP0bA2wiCWsgCSAFayAFIAlLGyAH/RsCIAJsIgUgCCAE/RsCbCIJayAJIAVrIAUgCUsbIAf9GwEgAmwiBSAIIAT9GwFsIglrIAkgBWsgBSAJSxsgB/0bACACbCIFIAggBP0bAGwiCWsgCSAFayAFIAlLGyAAKAIEIAJsIgUgCCAAQSxqKAIAbCIJayAJIAVrIAUgCUsbIAAoAgAgAmwiBSAIIAAoAihsIglrIAkgBWsgBSAJSxtqampqampqamohCiAIIAJqIQUgCEHIAWxBCXYgAmwhCQJAIAFBj84ASw0AIAVB/z9LDQAgCSAJrUGAwAAgBWutfkINiKdqIQkLQQEhCCAKIAIgAUEMdmxqIAlPDQELIAD9DAAAAAAAAAAAAAAAAAAAAAAiC/0LAhAgACAFNgJUIABCADcCIEEAIQggAEEANgJQIAAoAgQhAiAAKAIAIQUgACAL/QsCACAAQTBqIAQgB/2uAf0LAgAgAEHAAGogAyAG/a4B/QsCACAAIAUgACgCKGo2AiggAEEsaiIAIAIgACgCAGo2AgALIAgL4nAGEX8DewF/AnsEfgZ/I4CAgIAAQRBrIggkgICAgAAgAEHkg6YEaigCACEJQQAhCiAAQRhqIgtBAEGACvwLAAJAIANFDQAgA0EDcSEMAkAgA0F/akEDSQ0AIANBfHEhDUEAIQogAEEYaiEOA0AgDiACIApqIg8tAABBAnRqIhAgECgCAEEBajYCACAOIA9BAWotAABBAnRqIhAgECgCAEEBajYCACAOIA9BAmotAABBAnRqIhAgECgCAEEBajYCACAOIA9BA2otAABBAnRqIg8gDygCAEEBajYCACANIApBBGoiCkcNAAsLIAxFDQAgAiAKaiEOA0AgACAOLQAAQQJ0akEYaiIPIA8oAgBBAWo2AgAgDkEBaiEOIAxBf2oiDA0ACwsgAEGYCGpBATYCAEGgAkEOIAsgAEHwFGoiESAAQfAKaiISEJmAgIAAQSBBDyAAQZgJaiITIABBkBdqIhQgAEHwE2oiFRCZgICAACAAEKCAgIAAIRYCQCADQYECaiIOQefOEiAOQefOEkkbIgwgA0kNACADIQ8CQCAMIANrIhBBAWpBB3EiCkUNACADQQN0IABqQcTajgNqIQ4gAyEPA0AgDkGAgICAeDYCACAOQQhqIQ4gD0EBaiEPIApBf2oiCg0ACwsgEEEHSQ0AIAwgD2tBAWohCiAPQQN0IABqQfzajgNqIQ4DQCAOQYCAgIB4NgIAIA5BeGpBgICAgHg2AgAgDkFwakGAgICAeDYCACAOQWhqQYCAgIB4NgIAIA5BYGpBgICAgHg2AgAgDkFYakGAgICAeDYCACAOQVBqQYCAgIB4NgIAIA5BSGpBgICAgHg2AgAgDkHAAGohDiAKQXhqIgoNAAsLQX8hFwJAIABB8IOmBGooAgAgA0kNACAAQZDiowRqIhggAEGE0aMEaiINQYwR/AoAAAJAAkACQCAAQbAjaiANTQ0AIABBsCFqIABBhNmjBGpJDQELIABBtCFqIQ5BACEPA0AgACAPaiIKQZTRowRq/QwAAAAAAAAAAAAAAAAAAAAAIhn9DA0NDQ0AAAAAAAAAAAAAAAAiGiAOKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9CwIAIApBhNGjBGogGSAaIA5BfGooAAD9ESIbIBsgGf0j/VL9DRABAgMRBQYHEgkKCxMNDg9BBP2rAf0LAgAgDkEIaiEOIA9BIGoiD0GACEcNAAwCCwsgAEGxIWohDkEAIQ8DQCAAIA9qIgpBhNGjBGogDkF/ai0AACIMQQ0gDBtBBHQ2AgAgCkGI0aMEaiAOLQAAIgpBDSAKG0EEdDYCACAOQQJqIQ4gD0EIaiIPQYAIRw0ACwsgAEGQ2aMEaiEOQQMhDwNAIA4gD0GwgcCAAGotAAAiCiAAakGxI2otAAAiDEENIAwbIApB4IfAgABqLQAAakEEdDYCACAOQQRqIQ4gD0EBaiIPQYMCRw0ACyAAQdAjaiEPAkACQCAAQe4jaiAAQZDhowRqIgpNDQBBACEOIA8gAEGI4qMEakkNAQsgCv0MAAAAAAAAAAAAAAAAAAAAACIZ/QwKCgoKAAAAAAAAAAAAAAAAIhogDygAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QsCACAAQaDhowRqIBkgGiAAQdQjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QwQAAAAEAAAACAAAAAgAAAA/a4B/QsCACAAQbDhowRqIBkgGiAAQdgjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QwwAAAAMAAAAEAAAABAAAAA/a4B/QsCACAAQcDhowRqIBkgGiAAQdwjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QxQAAAAUAAAAGAAAABgAAAA/a4B/QsCACAAQdDhowRqIBkgGiAAQeAjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QxwAAAAcAAAAIAAAACAAAAA/a4B/QsCACAAQeDhowRqIBkgGiAAQeQjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QyQAAAAkAAAAKAAAACgAAAA/a4B/QsCACAAQfDhowRqIBkgGiAAQegjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QywAAAAsAAAAMAAAADAAAAA/a4B/QsCAEEcIQ4LIA5BAnQhDwNAIAAgD2oiCkGQ4aMEaiAAIA5qIgxB0CNqLQAAIhBBCiAQGyAOQYCIwIAAai0AAGpBBHQ2AgAgCkGU4aMEaiAMQdEjai0AACIKQQogChsgDkGBiMCAAGotAABqQQR0NgIAIA9BCGohDyAOQQJqIg5BHkcNAAsgACADIAQQoYCAgAAgAEHE2o4DaigCACEOIA0gGEGMEfwKAAAgDkEEdkEHaiEXC0EAIQogAEEYakEAQYAI/AsAIANBC3YhGAJAIANFDQAgA0EDcSEMAkAgA0F/akEDSQ0AIANBfHEhDUEAIQogAEEYaiEOA0AgDiACIApqIg8tAABBAnRqIhAgECgCAEEBajYCACAOIA9BAWotAABBAnRqIhAgECgCAEEBajYCACAOIA9BAmotAABBAnRqIhAgECgCAEEBajYCACAOIA9BA2otAABBAnRqIg8gDygCAEEBajYCACANIApBBGoiCkcNAAsLIAxFDQAgAiAKaiEOA0AgACAOLQAAQQJ0akEYaiIPIA8oAgBBAWo2AgAgDkEBaiEOIAxBf2oiDA0ACwsgGP0RIRn9DAAAAAAAAAAAAAAAAAAAAAAhGkEAIQ8DQCAaIAAgD2oiDkEYav0AAgAgGf08/bEBIA5BKGr9AAIAIBn9PP2xASAOQThq/QACACAZ/Tz9sQEgDkHIAGr9AAIAIBn9PP2xASEaIA9BwABqIg9BgAhHDQALQQMhDgJAIBogGiAZ/Q0ICQoLDA0ODwAAAAAAAAAA/a4BIhkgGSAZ/Q0EBQYHAAAAAAAAAAAAAAAA/a4B/RsAIg9BASAPGyINQc8ASw0AIA1BwIrAgABqLQAAIQ4gACgCECIPQQ9LDQACQCAPQQRLDQAgDkEEIA1BU2pBI0kbIQ4MAQsCQCAPQQlLDQAgDkEFIA1BcGpBwABJGyEODAELIA5BByANQXhqQcgASRshDgtBACEKAkACQAJAQYMCIA5rIhBBBE8NACADIQwMAQv9DAAAAAAAAAAAAAAAAAAAAAAiGiAD/RwAIRsgDv0R/QwAAAAAAQAAAAIAAAADAAAA/a4BIRkgEEH8A3EiGEF8aiIPQQJ2QQFqIgpBAXEhHAJAAkAgDw0AQQAhCgwBCyAKQf7///8HcSEMIA5BAnQgAGpB6PulBGohD/0MAAAAAAAAAAAAAAAAAAAAACEaQQAhCgNAIBsgD0Fwav0AAgAiHSAZ/bUBIA/9AAIAIh4gGf0MBAAAAAQAAAAEAAAABAAAAP2uAf21Af2uAf2xASEbIA9BIGohDyAZ/QwIAAAACAAAAAgAAAAIAAAA/a4BIRkgCkEIaiEKIB4gHSAa/a4B/a4BIRogDEF+aiIMDQALCwJAIBxFDQAgACAOIApqQQJ0akHY+6UEav0AAgAiHSAa/a4BIRogGyAdIBn9tQH9sQEhGwsgGiAaIBn9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiGSAZIBn9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAhCiAbIBsgGf0NCAkKCwwNDg8AAAAAAAAAAP2uASIZIBkgGf0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bACEMIBAgGEYNASAOIBhqIQ4LIA5BAnQgAGpB2PulBGohDwNAIA8oAgAiECAKaiEKIAwgECAObGshDCAPQQRqIQ8gDkEBaiIOQYMCRw0ACwtBAiAKQQJ0IAxBACAMQQBKGyIOSyAKIA5LG0GCAmwiDkGRjcCAAGotAAAhDCAOIA1qQZCLwIAAai0AACEOAkACQAJAAkAgBUUNACAAQfTYowRqIA79ESIZ/QsCACAAQeTYowRqIBn9CwIAIABB1NijBGogGf0LAgAgAEHE2KMEaiAZ/QsCACAAQbTYowRqIBn9CwIAIABBpNijBGogGf0LAgAgAEGU2KMEaiAZ/QsCACAAQYTYowRqIBn9CwIAIABB9NejBGogGf0LAgAgAEHk16MEaiAZ/QsCACAAQdTXowRqIBn9CwIAIABBxNejBGogGf0LAgAgAEG016MEaiAZ/QsCACAAQaTXowRqIBn9CwIAIABBlNejBGogGf0LAgAgAEGE16MEaiAZ/QsCACAAQfTWowRqIBn9CwIAIABB5NajBGogGf0LAgAgAEHU1qMEaiAZ/QsCACAAQcTWowRqIBn9CwIAIABBtNajBGogGf0LAgAgAEGk1qMEaiAZ/QsCACAAQZTWowRqIBn9CwIAIABBhNajBGogGf0LAgAgAEH01aMEaiAZ/QsCACAAQeTVowRqIBn9CwIAIABB1NWjBGogGf0LAgAgAEHE1aMEaiAZ/QsCACAAQbTVowRqIBn9CwIAIABBpNWjBGogGf0LAgAgAEGU1aMEaiAZ/QsCACAAQYTVowRqIBn9CwIAIABB9NSjBGogGf0LAgAgAEHk1KMEaiAZ/QsCACAAQdTUowRqIBn9CwIAIABBxNSjBGogGf0LAgAgAEG01KMEaiAZ/QsCACAAQaTUowRqIBn9CwIAIABBlNSjBGogGf0LAgAgAEGE1KMEaiAZ/QsCACAAQfTTowRqIBn9CwIAIABB5NOjBGogGf0LAgAgAEHU06MEaiAZ/QsCACAAQcTTowRqIBn9CwIAIABBtNOjBGogGf0LAgAgAEGk06MEaiAZ/QsCACAAQZTTowRqIBn9CwIAIABBhNOjBGogGf0LAgAgAEH00qMEaiAZ/QsCACAAQeTSowRqIBn9CwIAIABB1NKjBGogGf0LAgAgAEHE0qMEaiAZ/QsCACAAQbTSowRqIBn9CwIAIABBpNKjBGogGf0LAgAgAEGU0qMEaiAZ/QsCACAAQYTSowRqIBn9CwIAIABB9NGjBGogGf0LAgAgAEHk0aMEaiAZ/QsCACAAQdTRowRqIBn9CwIAIABBxNGjBGogGf0LAgAgAEG00aMEaiAZ/QsCACAAQaTRowRqIBn9CwIAIABBlNGjBGogGf0LAgAgAEGE0aMEaiAZ/QsCACAAQZDZowRqIQ4gDP0RIRpBAyEPA0AgDv0MAAAAAAAAAAAAAAAAAAAAACIZIBkgD0GwgcCAAGooAAD9Ef0NEAECAxEFBgcSCQoLEw0ODyIZ/RsDQeCHwIAAaiAZ/RsCQeCHwIAAaiAZ/RsBQeCHwIAAaiAZ/RsAQeCHwIAAav0HAAD9VAAAAf1UAAAC/VQAAAP9DRABAgMRBQYHEgkKCxMNDg9BBP2rASAa/a4B/QsCACAOQRBqIQ4gD0EEaiIPQYMCRw0ADAILCyAAQaTzpQRqNQIAIABB7ApqNQIAIh9+IiAgAEHECmo1AgAgAEHI86UEajUCACIhfiIifSAiICB9ICAgIlYbIABBoPOlBGo1AgAgH34iICAAQcAKajUCACAhfiIifSAiICB9ICAgIlYbfCAAQajzpQRqNQIAIB9+IiAgAEHICmo1AgAgIX4iIn0gIiAgfSAgICJWG3wgAEGs86UEajUCACAffiIgIABBzApqNQIAICF+IiJ9ICIgIH0gICAiVht8IABBsPOlBGo1AgAgH34iICAAQdAKajUCACAhfiIifSAiICB9ICAgIlYbfCAAQbTzpQRqNQIAIB9+IiAgAEHUCmo1AgAgIX4iIn0gIiAgfSAgICJWG3wgAEG486UEajUCACAffiIgIABB2ApqNQIAICF+IiJ9ICIgIH0gICAiVht8IABBvPOlBGo1AgAgH34iICAAQdwKajUCACAhfiIifSAiICB9ICAgIlYbfCAAQcDzpQRqNQIAIB9+IiAgAEHgCmo1AgAgIX4iIn0gIiAgfSAgICJWG3wgAEHE86UEajUCACAffiIgIABB5ApqNQIAICF+IiJ9ICIgIH0gICAiVht8IiAgHyAhfkLIAX5CCYgiH0IDfiIhWA0BIABB9NijBGogDv0RIhn9CwIAIABB5NijBGogGf0LAgAgAEHU2KMEaiAZ/QsCACAAQcTYowRqIBn9CwIAIABBtNijBGogGf0LAgAgAEGk2KMEaiAZ/QsCACAAQZTYowRqIBn9CwIAIABBhNijBGogGf0LAgAgAEH016MEaiAZ/QsCACAAQeTXowRqIBn9CwIAIABB1NejBGogGf0LAgAgAEHE16MEaiAZ/QsCACAAQbTXowRqIBn9CwIAIABBpNejBGogGf0LAgAgAEGU16MEaiAZ/QsCACAAQYTXowRqIBn9CwIAIABB9NajBGogGf0LAgAgAEHk1qMEaiAZ/QsCACAAQdTWowRqIBn9CwIAIABBxNajBGogGf0LAgAgAEG01qMEaiAZ/QsCACAAQaTWowRqIBn9CwIAIABBlNajBGogGf0LAgAgAEGE1qMEaiAZ/QsCACAAQfTVowRqIBn9CwIAIABB5NWjBGogGf0LAgAgAEHU1aMEaiAZ/QsCACAAQcTVowRqIBn9CwIAIABBtNWjBGogGf0LAgAgAEGk1aMEaiAZ/QsCACAAQZTVowRqIBn9CwIAIABBhNWjBGogGf0LAgAgAEH01KMEaiAZ/QsCACAAQeTUowRqIBn9CwIAIABB1NSjBGogGf0LAgAgAEHE1KMEaiAZ/QsCACAAQbTUowRqIBn9CwIAIABBpNSjBGogGf0LAgAgAEGU1KMEaiAZ/QsCACAAQYTUowRqIBn9CwIAIABB9NOjBGogGf0LAgAgAEHk06MEaiAZ/QsCACAAQdTTowRqIBn9CwIAIABBxNOjBGogGf0LAgAgAEG006MEaiAZ/QsCACAAQaTTowRqIBn9CwIAIABBlNOjBGogGf0LAgAgAEGE06MEaiAZ/QsCACAAQfTSowRqIBn9CwIAIABB5NKjBGogGf0LAgAgAEHU0qMEaiAZ/QsCACAAQcTSowRqIBn9CwIAIABBtNKjBGogGf0LAgAgAEGk0qMEaiAZ/QsCACAAQZTSowRqIBn9CwIAIABBhNKjBGogGf0LAgAgAEH00aMEaiAZ/QsCACAAQeTRowRqIBn9CwIAIABB1NGjBGogGf0LAgAgAEHE0aMEaiAZ/QsCACAAQbTRowRqIBn9CwIAIABBpNGjBGogGf0LAgAgAEGU0aMEaiAZ/QsCACAAQYTRowRqIBn9CwIAIABBkNmjBGohDiAM/REhGkEDIQ8DQCAO/QwAAAAAAAAAAAAAAAAAAAAAIhkgGSAPQbCBwIAAaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4PIhn9GwNB4IfAgABqIBn9GwJB4IfAgABqIBn9GwFB4IfAgABqIBn9GwBB4IfAgABq/QcAAP1UAAAB/VQAAAL9VAAAA/0NEAECAxEFBgcSCQoLEw0OD0EE/asBIBr9rgH9CwIAIA5BEGohDiAPQQRqIg9BgwJHDQALCyAAQYDiowRqQp6CgIDgIzcCACAAQfDhowRq/Qz+AAAA/gAAAA4BAAAOAQAA/QsCACAAQeDhowRq/QzeAAAA3gAAAO4AAADuAAAA/QsCACAAQdDhowRq/Qy+AAAAvgAAAM4AAADOAAAA/QsCACAAQcDhowRq/QyeAAAAngAAAK4AAACuAAAA/QsCACAAQbDhowRq/Qx+AAAAfgAAAI4AAACOAAAA/QsCACAAQaDhowRq/QxeAAAAXgAAAG4AAABuAAAA/QsCACAAQZDhowRq/QxOAAAATgAAAE4AAABOAAAA/QsCAAwBCwJAICBCAoYgH0IJflgNACAOQQNs/REhGUEAIQ8DQCAAIA9qIg5BhNGjBGoiCiAK/QACACAZ/a4BQQL9rQH9CwIAIA5BlNGjBGoiCiAK/QACACAZ/a4BQQL9rQH9CwIAIA5BpNGjBGoiCiAK/QACACAZ/a4BQQL9rQH9CwIAIA5BtNGjBGoiDiAO/QACACAZ/a4BQQL9rQH9CwIAIA9BwABqIg9BgAhHDQALIABBkNmjBGohDiAM/REhGkEDIQ8DQCAO/QwAAAAAAAAAAAAAAAAAAAAAIhkgGSAPQbCBwIAAaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4PIhn9GwNB4IfAgABqIBn9GwJB4IfAgABqIBn9GwFB4IfAgABqIBn9GwBB4IfAgABq/QcAAP1UAAAB/VQAAAL9VAAAA/0NEAECAxEFBgcSCQoLEw0OD0EE/asBIBr9rgH9DAMAAAADAAAAAwAAAAMAAAD9tQEgDv0AAgD9rgFBAv2tAf0LAgAgDkEQaiEOIA9BBGoiD0GDAkcNAAsgAEGQ4aMEaiIOIA79AAIA/QzqAAAA6gAAAOoAAADqAAAA/a4BQQL9rQH9CwIAIABBoOGjBGoiDiAO/QACAP0MGgEAABoBAABKAQAASgEAAP2uAUEC/a0B/QsCACAAQbDhowRqIg4gDv0AAgD9DHoBAAB6AQAAqgEAAKoBAAD9rgFBAv2tAf0LAgAgAEHA4aMEaiIOIA79AAIA/QzaAQAA2gEAAAoCAAAKAgAA/a4BQQL9rQH9CwIAIABB0OGjBGoiDiAO/QACAP0MOgIAADoCAABqAgAAagIAAP2uAUEC/a0B/QsCACAAQeDhowRqIg4gDv0AAgD9DJoCAACaAgAAygIAAMoCAAD9rgFBAv2tAf0LAgAgAEHw4aMEaiIOIA79AAIA/Qz6AgAA+gIAACoDAAAqAwAA/a4BQQL9rQH9CwIAIABBgOKjBGoiDiAOKAIAQdoGakECdjYCACAAQYTiowRqIg4gDigCAEHaBmpBAnY2AgAMAQsCQCAgQgGGIiAgIVgNACAOQQVs/REhGkEAIQ8DQCAAIA9qIg5BhNGjBGoiCiAK/QACAP0MAwAAAAMAAAADAAAAAwAAACIZ/bUBIBr9rgFBA/2tAf0LAgAgDkGU0aMEaiIKIAr9AAIAIBn9tQEgGv2uAUED/a0B/QsCACAOQaTRowRqIgogCv0AAgAgGf21ASAa/a4BQQP9rQH9CwIAIA5BtNGjBGoiDiAO/QACACAZ/bUBIBr9rgFBA/2tAf0LAgAgD0HAAGoiD0GACEcNAAsgAEGQ2aMEaiEOIAz9ESEbQQMhDwNAIA79DAAAAAAAAAAAAAAAAAAAAAAiGiAaIA9BsIHAgABqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg8iGv0bA0Hgh8CAAGogGv0bAkHgh8CAAGogGv0bAUHgh8CAAGogGv0bAEHgh8CAAGr9BwAA/VQAAAH9VAAAAv1UAAAD/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwEgG/2uAf0MBQAAAAUAAAAFAAAABQAAAP21ASAO/QACACAZ/bUB/a4BQQP9rQH9CwIAIA5BEGohDiAPQQRqIg9BgwJHDQALIABBkOGjBGoiDiAO/QACACAZ/bUB/QyGAQAAhgEAAIYBAACGAQAA/a4BQQP9rQH9CwIAIABBoOGjBGoiDiAO/QACACAZ/bUB/QzWAQAA1gEAACYCAAAmAgAA/a4BQQP9rQH9CwIAIABBsOGjBGoiDiAO/QACACAZ/bUB/Qx2AgAAdgIAAMYCAADGAgAA/a4BQQP9rQH9CwIAIABBwOGjBGoiDiAO/QACACAZ/bUB/QwWAwAAFgMAAGYDAABmAwAA/a4BQQP9rQH9CwIAIABB0OGjBGoiDiAO/QACACAZ/bUB/Qy2AwAAtgMAAAYEAAAGBAAA/a4BQQP9rQH9CwIAIABB4OGjBGoiDiAO/QACACAZ/bUB/QxWBAAAVgQAAKYEAACmBAAA/a4BQQP9rQH9CwIAIABB8OGjBGoiDiAO/QACACAZ/bUB/Qz2BAAA9gQAAEYFAABGBQAA/a4BQQP9rQH9CwIAIABBgOKjBGoiDiAOKAIAQQNsQZYLakEDdjYCACAAQYTiowRqIg4gDigCAEEDbEGWC2pBA3Y2AgAMAQsgDv0RIRkCQCAgIB9WDQBBACEPA0AgACAPaiIOQYTRowRqIgogCv0AAgD9DAMAAAADAAAAAwAAAAMAAAAiGv21ASAZ/a4BQQL9rQH9CwIAIA5BlNGjBGoiCiAK/QACACAa/bUBIBn9rgFBAv2tAf0LAgAgDkGk0aMEaiIKIAr9AAIAIBr9tQEgGf2uAUEC/a0B/QsCACAOQbTRowRqIg4gDv0AAgAgGv21ASAZ/a4BQQL9rQH9CwIAIA9BwABqIg9BgAhHDQALIABBkNmjBGohDiAM/REhG0EDIQ8DQCAO/QwAAAAAAAAAAAAAAAAAAAAAIhkgGSAPQbCBwIAAaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4PIhn9GwNB4IfAgABqIBn9GwJB4IfAgABqIBn9GwFB4IfAgABqIBn9GwBB4IfAgABq/QcAAP1UAAAB/VQAAAL9VAAAA/0NEAECAxEFBgcSCQoLEw0OD0EE/asBIBv9rgEgDv0AAgAgGv21Af2uAUEC/a0B/QsCACAOQRBqIQ4gD0EEaiIPQYMCRw0ACyAAQZDhowRqIg4gDv0AAgAgGv21Af0MTgAAAE4AAABOAAAATgAAAP2uAUEC/a0B/QsCACAAQaDhowRqIg4gDv0AAgAgGv21Af0MXgAAAF4AAABuAAAAbgAAAP2uAUEC/a0B/QsCACAAQbDhowRqIg4gDv0AAgAgGv21Af0MfgAAAH4AAACOAAAAjgAAAP2uAUEC/a0B/QsCACAAQcDhowRqIg4gDv0AAgAgGv21Af0MngAAAJ4AAACuAAAArgAAAP2uAUEC/a0B/QsCACAAQdDhowRqIg4gDv0AAgAgGv21Af0MvgAAAL4AAADOAAAAzgAAAP2uAUEC/a0B/QsCACAAQeDhowRqIg4gDv0AAgAgGv21Af0M3gAAAN4AAADuAAAA7gAAAP2uAUEC/a0B/QsCACAAQfDhowRqIg4gDv0AAgAgGv21Af0M/gAAAP4AAAAOAQAADgEAAP2uAUEC/a0B/QsCACAAQYDiowRqIg4gDigCAEEDbEGeAmpBAnY2AgAgAEGE4qMEaiIOIA4oAgBBA2xBngJqQQJ2NgIADAELQQAhDwNAIAAgD2oiDkGE0aMEaiIKIAr9AAIAIBn9rgFBAf2tAf0LAgAgDkGU0aMEaiIKIAr9AAIAIBn9rgFBAf2tAf0LAgAgDkGk0aMEaiIKIAr9AAIAIBn9rgFBAf2tAf0LAgAgDkG00aMEaiIOIA79AAIAIBn9rgFBAf2tAf0LAgAgD0HAAGoiD0GACEcNAAsgAEGQ2aMEaiEOIAz9ESEaQQMhDwNAIA4gDv0AAgAgGv2uAf0MAAAAAAAAAAAAAAAAAAAAACIZIBkgD0GwgcCAAGooAAD9Ef0NEAECAxEFBgcSCQoLEw0ODyIZ/RsDQeCHwIAAaiAZ/RsCQeCHwIAAaiAZ/RsBQeCHwIAAaiAZ/RsAQeCHwIAAav0HAAD9VAAAAf1UAAAC/VQAAAP9DRABAgMRBQYHEgkKCxMNDg9BBP2rAf2uAUEB/a0B/QsCACAOQRBqIQ4gD0EEaiIPQYMCRw0ACyAAQZDhowRqIg4gDv0AAgD9DE4AAABOAAAATgAAAE4AAAD9rgFBAf2tAf0LAgAgAEGg4aMEaiIOIA79AAIA/QxeAAAAXgAAAG4AAABuAAAA/a4BQQH9rQH9CwIAIABBsOGjBGoiDiAO/QACAP0MfgAAAH4AAACOAAAAjgAAAP2uAUEB/a0B/QsCACAAQcDhowRqIg4gDv0AAgD9DJ4AAACeAAAArgAAAK4AAAD9rgFBAf2tAf0LAgAgAEHQ4aMEaiIOIA79AAIA/Qy+AAAAvgAAAM4AAADOAAAA/a4BQQH9rQH9CwIAIABB4OGjBGoiDiAO/QACAP0M3gAAAN4AAADuAAAA7gAAAP2uAUEB/a0B/QsCACAAQfDhowRqIg4gDv0AAgD9DP4AAAD+AAAADgEAAA4BAAD9rgFBAf2tAf0LAgAgAEGA4qMEaiIOIA4oAgBBngJqQQF2NgIAIABBhOKjBGoiDiAOKAIAQZ4CakEBdjYCAAsgAEGuF2ogAEGQ4aMEaksgAEGQF2ogAEGI4qMEaklxISMgAEHwFmogAEGE0aMEaiIYSyAAQfAUaiAAQYTZowRqSXEhJCAAQZThowRqISUgAEGQ2aMEaiEmIABB8RRqIScgAEH0FGohKCAAQZDiowRqIRxBfyEOAkADQCAAIAMgBBChgICAACAAEKCAgIAAIgUgACgC6IOmBGogDksNASAcIBhBjBH8CgAAAkACQCAkDQBBACEPICghDgNAIAAgD2oiCkGU0aMEav0MAAAAAAAAAAAAAAAAAAAAACIZ/QwNDQ0NAAAAAAAAAAAAAAAAIhogDigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QsCACAKQYTRowRqIBkgGiAOQXxqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9CwIAIA5BCGohDiAPQSBqIg9BgAhHDQAMAgsLQQAhDyAnIQ4DQCAAIA9qIgpBhNGjBGogDkF/ai0AACIMQQ0gDBtBBHQ2AgAgCkGI0aMEaiAOLQAAIgpBDSAKG0EEdDYCACAOQQJqIQ4gD0EIaiIPQYAIRw0ACwtBAyEOICYhDwNAIA8gDkGwgcCAAGotAAAiCiAAakHxFmotAAAiDEENIAwbIApB4IfAgABqLQAAakEEdDYCACAPQQRqIQ8gDkEBaiIOQYMCRw0AC0EAIQpBACEPAkAgIw0AIAD9DAAAAAAAAAAAAAAAAAAAAAAiGf0MCgoKCgAAAAAAAAAAAAAAACIaIAAoAJAX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9CwKQ4aMEIAAgGSAaIAAoAJQX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DBAAAAAQAAAAIAAAACAAAAD9rgH9CwKg4aMEIAAgGSAaIAAoAJgX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DDAAAAAwAAAAQAAAAEAAAAD9rgH9CwKw4aMEIAAgGSAaIAAoAJwX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DFAAAABQAAAAYAAAAGAAAAD9rgH9CwLA4aMEIAAgGSAaIAAoAKAX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DHAAAABwAAAAgAAAAIAAAAD9rgH9CwLQ4aMEIAAgGSAaIAAoAKQX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DJAAAACQAAAAoAAAAKAAAAD9rgH9CwLg4aMEIAAgGSAaIAAoAKgX/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DLAAAACwAAAAwAAAAMAAAAD9rgH9CwLw4aMEQRwhDwsgJSAPQQJ0aiEOIAAhDANAIA5BfGogDCAPaiIQQZAXai0AACINQQogDRsgDyAKaiINQYCIwIAAai0AAGpBBHQ2AgAgDiAQQZEXai0AACIQQQogEBsgDUGBiMCAAGotAABqQQR0NgIAIA5BCGohDiAMQQJqIQwgDyAKQQJqIgpqQR5HDQALIAUhDiAJQX9qIgkNAAsgBSEOC0EAIQkgB0EAOgAAAkACQCAXIBYgFiAXSxsgDk8NAAJAAkACQCAWIBdJDQACQCAAQbAjaiAAQYTRowRqTQ0AIABBsCFqIABBhNmjBGpJDQILIABBtCFqIQ5BACEPA0AgACAPaiIKQZTRowRq/QwAAAAAAAAAAAAAAAAAAAAAIhn9DA0NDQ0AAAAAAAAAAAAAAAAiGiAOKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9CwIAIApBhNGjBGogGSAaIA5BfGooAAD9ESIbIBsgGf0j/VL9DRABAgMRBQYHEgkKCxMNDg9BBP2rAf0LAgAgDkEIaiEOIA9BIGoiD0GACEcNAAwDCwtBACEKIAtBAEGACvwLAAJAIANFDQAgA0EDcSEMAkAgA0F/akEDSQ0AIANBfHEhDUEAIQogAEEYaiEOA0AgDiACIApqIg8tAABBAnRqIhAgECgCAEEBajYCACAOIA9BAWotAABBAnRqIhAgECgCAEEBajYCACAOIA9BAmotAABBAnRqIhAgECgCAEEBajYCACAOIA9BA2otAABBAnRqIg8gDygCAEEBajYCACANIApBBGoiCkcNAAsLIAxFDQAgAiAKaiEOA0AgACAOLQAAQQJ0akEYaiIPIA8oAgBBAWo2AgAgDkEBaiEOIAxBf2oiDA0ACwsgAEEBNgKYCEGgAkEOIAsgESASEJmAgIAAQSBBDyATIBQgFRCZgICAAAJAAkACQCAAQfAWaiAAQYTRowRqTQ0AIABB8BRqIABBhNmjBGpJDQELIABB9BRqIQ5BACEPA0AgACAPaiIKQZTRowRq/QwAAAAAAAAAAAAAAAAAAAAAIhn9DA0NDQ0AAAAAAAAAAAAAAAAiGiAOKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9CwIAIApBhNGjBGogGSAaIA5BfGooAAD9ESIbIBsgGf0j/VL9DRABAgMRBQYHEgkKCxMNDg9BBP2rAf0LAgAgDkEIaiEOIA9BIGoiD0GACEcNAAwCCwsgAEHxFGohDkEAIQ8DQCAAIA9qIgpBhNGjBGogDkF/ai0AACIMQQ0gDBtBBHQ2AgAgCkGI0aMEaiAOLQAAIgpBDSAKG0EEdDYCACAOQQJqIQ4gD0EIaiIPQYAIRw0ACwsgAEGQ2aMEaiEOQQMhDwNAIA4gD0GwgcCAAGotAAAiCiAAakHxFmotAAAiDEENIAwbIApB4IfAgABqLQAAakEEdDYCACAOQQRqIQ4gD0EBaiIPQYMCRw0ACyAAQZAXaiEOAkACQCAAQa4XaiAAQZDhowRqIgpNDQBBACEPIA4gAEGI4qMEakkNAQsgCv0MAAAAAAAAAAAAAAAAAAAAACIZ/QwKCgoKAAAAAAAAAAAAAAAAIhogDigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QsCACAAQaDhowRqIBkgGiAAQZQXaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QwQAAAAEAAAACAAAAAgAAAA/a4B/QsCACAAQbDhowRqIBkgGiAAQZgXaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QwwAAAAMAAAAEAAAABAAAAA/a4B/QsCACAAQcDhowRqIBkgGiAAQZwXaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QxQAAAAUAAAAGAAAABgAAAA/a4B/QsCACAAQdDhowRqIBkgGiAAQaAXaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QxwAAAAcAAAAIAAAACAAAAA/a4B/QsCACAAQeDhowRqIBkgGiAAQaQXaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QyQAAAAkAAAAKAAAACgAAAA/a4B/QsCACAAQfDhowRqIBkgGiAAQagXaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QywAAAAsAAAAMAAAADAAAAA/a4B/QsCAEEcIQ8LIA9BAnQgAGpBlOGjBGohDkEAIQogACEMA0AgDkF8aiAMIA9qIhBBkBdqLQAAIg1BCiANGyAPIApqIg1BgIjAgABqLQAAakEEdDYCACAOIBBBkRdqLQAAIhBBCiAQGyANQYGIwIAAai0AAGpBBHQ2AgAgDkEIaiEOIAxBAmohDCAPIApBAmoiCmpBHkcNAAsgB0EBOgAAIAggAzYCCCAIQQhqIQkMAwsgAEGxIWohDkEAIQ8DQCAAIA9qIgpBhNGjBGogDkF/ai0AACIMQQ0gDBtBBHQ2AgAgCkGI0aMEaiAOLQAAIgpBDSAKG0EEdDYCACAOQQJqIQ4gD0EIaiIPQYAIRw0ACwsgAEGQ2aMEaiEOQQMhDwNAIA4gD0GwgcCAAGotAAAiCiAAakGxI2otAAAiDEENIAwbIApB4IfAgABqLQAAakEEdDYCACAOQQRqIQ4gD0EBaiIPQYMCRw0ACyAAQdAjaiEPAkACQCAAQe4jaiAAQZDhowRqIgpNDQBBACEOIA8gAEGI4qMEakkNAQsgCv0MAAAAAAAAAAAAAAAAAAAAACIZ/QwKCgoKAAAAAAAAAAAAAAAAIhogDygAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QsCACAAQaDhowRqIBkgGiAAQdQjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QwQAAAAEAAAACAAAAAgAAAA/a4B/QsCACAAQbDhowRqIBkgGiAAQdgjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QwwAAAAMAAAAEAAAABAAAAA/a4B/QsCACAAQcDhowRqIBkgGiAAQdwjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QxQAAAAUAAAAGAAAABgAAAA/a4B/QsCACAAQdDhowRqIBkgGiAAQeAjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QxwAAAAcAAAAIAAAACAAAAA/a4B/QsCACAAQeDhowRqIBkgGiAAQeQjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QyQAAAAkAAAAKAAAACgAAAA/a4B/QsCACAAQfDhowRqIBkgGiAAQegjaigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QywAAAAsAAAAMAAAADAAAAA/a4B/QsCAEEcIQ4LIA5BAnQhDwNAIAAgD2oiCkGQ4aMEaiAAIA5qIgxB0CNqLQAAIhBBCiAQGyAOQYCIwIAAai0AAGpBBHQ2AgAgCkGU4aMEaiAMQdEjai0AACIKQQogChsgDkGBiMCAAGotAABqQQR0NgIAIA9BCGohDyAOQQJqIg5BHkcNAAsgACADIAQQoYCAgABBACEJDAELIAUgAEHsg6YEaigCACAOakkNACAYIBxBjBH8CgAAIAAgAyAEEKGAgIAAAkACQAJAIABB8BZqIABBhNGjBGpNDQAgAEHwFGogAEGE2aMEakkNAQsgAEH0FGohDkEAIQ8DQCAAIA9qIgpBlNGjBGr9DAAAAAAAAAAAAAAAAAAAAAAiGf0MDQ0NDQAAAAAAAAAAAAAAACIaIA4oAAD9ESIbIBsgGf0j/VL9DRABAgMRBQYHEgkKCxMNDg9BBP2rAf0LAgAgCkGE0aMEaiAZIBogDkF8aigAAP0RIhsgGyAZ/SP9Uv0NEAECAxEFBgcSCQoLEw0OD0EE/asB/QsCACAOQQhqIQ4gD0EgaiIPQYAIRw0ADAILCyAAQfEUaiEOQQAhDwNAIAAgD2oiCkGE0aMEaiAOQX9qLQAAIgxBDSAMG0EEdDYCACAKQYjRowRqIA4tAAAiCkENIAobQQR0NgIAIA5BAmohDiAPQQhqIg9BgAhHDQALCyAAQZDZowRqIQ5BAyEPA0AgDiAPQbCBwIAAai0AACIKIABqQfEWai0AACIMQQ0gDBsgCkHgh8CAAGotAABqQQR0NgIAIA5BBGohDiAPQQFqIg9BgwJHDQALIABBkBdqIQ4CQAJAIABBrhdqIABBkOGjBGoiCk0NAEEAIQ8gDiAAQYjiowRqSQ0BCyAK/QwAAAAAAAAAAAAAAAAAAAAAIhn9DAoKCgoAAAAAAAAAAAAAAAAiGiAOKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9CwIAIABBoOGjBGogGSAaIABBlBdqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DBAAAAAQAAAAIAAAACAAAAD9rgH9CwIAIABBsOGjBGogGSAaIABBmBdqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DDAAAAAwAAAAQAAAAEAAAAD9rgH9CwIAIABBwOGjBGogGSAaIABBnBdqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DFAAAABQAAAAYAAAAGAAAAD9rgH9CwIAIABB0OGjBGogGSAaIABBoBdqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DHAAAABwAAAAgAAAAIAAAAD9rgH9CwIAIABB4OGjBGogGSAaIABBpBdqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DJAAAACQAAAAoAAAAKAAAAD9rgH9CwIAIABB8OGjBGogGSAaIABBqBdqKAAA/REiGyAbIBn9I/1S/Q0QAQIDEQUGBxIJCgsTDQ4PQQT9qwH9DLAAAACwAAAAwAAAAMAAAAD9rgH9CwIAQRwhDwsgD0ECdCAAakGU4aMEaiEOQQAhCUEAIQogACEMA0AgDkF8aiAMIA9qIhBBkBdqLQAAIg1BCiANGyAPIApqIg1BgIjAgABqLQAAakEEdDYCACAOIBBBkRdqLQAAIhBBCiAQGyANQYGIwIAAai0AAGpBBHQ2AgAgDkEIaiEOIAxBAmohDCAPIApBAmoiCmpBHkcNAAsLIAAgASACIAMgCSAGEJqAgIAAIAhBEGokgICAgAALswEBAn8jgICAgABBIGsiBSSAgICAAAJAAkAgACgCDCACSQ0AIAEgAiADIAQQnoCAgAAhBgwBC0EAIQYgBUEAOgAYIAVCADcDCCAFIAM2AhAgBSADIARqNgIUIAAgASACIAVBCGogACgCABGBgICAAAAgBS0AGA0AAkAgBSgCDEUNACAFIAUoAhAiAEEBajYCECAAIAUoAgg6AAALIAUoAhAgA2shBgsgBUEgaiSAgICAACAGC68BAQN/AkACQCABRQ0AIAAgAWohBCACIANqIQUgAiEBA0ACQCAFIAFrIAQgAGsiA0H//wMgA0GAgARJIgYbIgNBBWpPDQBBAA8LIAEgAzsAASABIANBf3M7AAMgASAGOgAAIAFBBWoiASAAIAP8CgAAIAEgA2ohASAAIANqIgAgBEcNAAsgASACayEBDAELQQAhASADQQVJDQAgAkGAgHw2AAEgAkEBOgAAQQUPCyABC9wTAQx/QaACIQEgAEGcL2pBoAI2AgBBASECAkAgAEGPF2otAAANAEGfAiEBIABBnwI2ApwvQQAhAiAAQY4Xai0AAA0AQZ4CIQEgAEGeAjYCnC8gAEGNF2otAAANAEGdAiEBIABBnQI2ApwvIABBjBdqLQAADQBBnAIhASAAQZwCNgKcLyAAQYsXai0AAA0AQZsCIQEgAEGbAjYCnC8gAEGKF2otAAANAEGaAiEBIABBmgI2ApwvIABBiRdqLQAADQBBmQIhASAAQZkCNgKcLyAAQYgXai0AAA0AQZgCIQEgAEGYAjYCnC8gAEGHF2otAAANAEGXAiEBIABBlwI2ApwvIABBhhdqLQAADQBBlgIhASAAQZYCNgKcLyAAQYUXai0AAA0AQZUCIQEgAEGVAjYCnC8gAEGEF2otAAANAEGUAiEBIABBlAI2ApwvIABBgxdqLQAADQBBkwIhASAAQZMCNgKcLyAAQYIXai0AAA0AQZICIQEgAEGSAjYCnC8gAEGBF2otAAANAEGRAiEBIABBkQI2ApwvIABBgBdqLQAADQBBkAIhASAAQZACNgKcLyAAQf8Wai0AAA0AQY8CIQEgAEGPAjYCnC8gAEH+FmotAAANAEGOAiEBIABBjgI2ApwvIABB/RZqLQAADQBBjQIhASAAQY0CNgKcLyAAQfwWai0AAA0AQYwCIQEgAEGMAjYCnC8gAEH7FmotAAANAEGLAiEBIABBiwI2ApwvIABB+hZqLQAADQBBigIhASAAQYoCNgKcLyAAQfkWai0AAA0AQYkCIQEgAEGJAjYCnC8gAEH4FmotAAANAEGIAiEBIABBiAI2ApwvIABB9xZqLQAADQBBhwIhASAAQYcCNgKcLyAAQfYWai0AAA0AQYYCIQEgAEGGAjYCnC8gAEH1FmotAAANAEGFAiEBIABBhQI2ApwvIABB9BZqLQAADQBBhAIhASAAQYQCNgKcLyAAQfMWai0AAA0AQYMCIQEgAEGDAjYCnC8gAEHyFmotAAANACAAQYICQYECIABB8RZqLQAAGyIBNgKcLwtBICEDIABBoC9qQSA2AgACQCAAQa8Xai0AAA0AQR8hAyAAQR82AqAvIABBrhdqLQAADQBBHiEDIABBHjYCoC8gAEGtF2otAAANAEEdIQMgAEEdNgKgLyAAQawXai0AAA0AQRwhAyAAQRw2AqAvIABBqxdqLQAADQBBGyEDIABBGzYCoC8gAEGqF2otAAANAEEaIQMgAEEaNgKgLyAAQakXai0AAA0AQRkhAyAAQRk2AqAvIABBqBdqLQAADQBBGCEDIABBGDYCoC8gAEGnF2otAAANAEEXIQMgAEEXNgKgLyAAQaYXai0AAA0AQRYhAyAAQRY2AqAvIABBpRdqLQAADQBBFSEDIABBFTYCoC8gAEGkF2otAAANAEEUIQMgAEEUNgKgLyAAQaMXai0AAA0AQRMhAyAAQRM2AqAvIABBohdqLQAADQBBEiEDIABBEjYCoC8gAEGhF2otAAANAEERIQMgAEERNgKgLyAAQaAXai0AAA0AQRAhAyAAQRA2AqAvIABBnxdqLQAADQBBDyEDIABBDzYCoC8gAEGeF2otAAANAEEOIQMgAEEONgKgLyAAQZ0Xai0AAA0AQQ0hAyAAQQ02AqAvIABBnBdqLQAADQBBDCEDIABBDDYCoC8gAEGbF2otAAANAEELIQMgAEELNgKgLyAAQZoXai0AAA0AQQohAyAAQQo2AqAvIABBmRdqLQAADQBBCSEDIABBCTYCoC8gAEGYF2otAAANAEEIIQMgAEEINgKgLyAAQZcXai0AAA0AQQchAyAAQQc2AqAvIABBlhdqLQAADQBBBiEDIABBBjYCoC8gAEGVF2otAAANAEEFIQMgAEEFNgKgLyAAQZQXai0AAA0AQQQhAyAAQQQ2AqAvIABBkxdqLQAADQBBAyEDIABBAzYCoC8gAEGSF2otAAANACAAQQJBASAAQZEXai0AABsiAzYCoC8LAkAgAg0AIAAgAWpB8BRqIABBkBdqIAP8CgAAIAAoAqAvIQMgACgCnC8hAQtBACECIABB8CNqIgRBAEHMAPwLACAAQfEUaiEFIAMgAWoiBkF/aiEHIABBnCVqIgghAQNAIAAgAmpB8BRqLQAAIQkgAiEDAkADQAJAIAcgA0cNACAHIQogBiELDAILIAUgA2ohCiADQQFqIgshAyAJIAotAABGDQALIAtBf2ohCgsgCyACayEDAkACQAJAIAkNAAJAIANBC0kNAANAIAAgACgCuCRBAWo2ArgkIAEgA0F1aiIDQf8AIANB/wBJGyIDQQV0QRJyNgIAIAFBBGohASALIAIgA2pBC2oiAmsiA0EKSw0ACwsgA0EDSQ0BIAAgACgCtCRBAWo2ArQkIAEgA0EFdEGxf2o2AgAgAUEEaiEBIAshAgwCCyADQQRJDQAgACAJQQJ0akHwI2oiAyADKAIAQQFqNgIAIAEgCTYCACACQQFqIQIgAUEEaiEBA0AgACAAKAKwJEEBajYCsCQgASALIAJrQX1qIgNBAyADQQNJGyIDQQV0QRByNgIAIAFBBGohASALIAIgA2pBA2oiAmtBAksNAAsLAkAgAiALRw0AIAshAgwBCyAAIAlBAnRqQfAjaiEDAkAgCiACayIMQQFqQQNxIgtFDQADQCADIAMoAgBBAWo2AgAgASAJNgIAIAJBAWohAiABQQRqIQEgC0F/aiILDQALCwJAIAxBA0kNACAKIAJrQQFqIQIDQCADIAMoAgBBAWo2AgAgASAJNgIAIAMgAygCAEEBajYCACABQQRqIAk2AgAgAyADKAIAQQFqNgIAIAFBCGogCTYCACADIAMoAgBBAWo2AgAgAUEMaiAJNgIAIAFBEGohASACQXxqIgINAAsLIApBAWohAgsgAiAGRw0ACyAAQagvaiABIAhrQQJ1NgIAQRMhAUETQQcgBCAAQYglaiAAQbwkahCZgICAAAJAIABBlyVqLQAADQBBEiEBIABBiSVqLQAADQBBESEBIABBliVqLQAADQBBECEBIABBiiVqLQAADQBBDyEBIABBlSVqLQAADQBBDiEBIABBiyVqLQAADQBBDSEBIABBlCVqLQAADQBBDCEBIABBjCVqLQAADQBBCyEBIABBkyVqLQAADQBBCiEBIABBjSVqLQAADQBBCSEBIABBkiVqLQAADQBBCCEBIABBjiVqLQAADQBBByEBIABBkSVqLQAADQBBBiEBIABBjyVqLQAADQBBBUEEIABBkCVqLQAAGyEBCyAAIAE2AqQvAkAgACgCnC8iAUGgAkYNACAAQZAXaiAAIAFqQfAUaiAAKAKgL/wKAAALC4oNAwJ/A3sBfyAAEJ+AgIAAQQAhASAAIABBnC9qKAIAIgJqQfAUakEAQaACIAJr/AsA/QwAAAAAAAAAAAAAAAAAAAAAIgMgAP0AAvAj/QwAAAAAAAAAAAAAAAAAAAAAIgQgAEGIJWr9AAAAIgX9DRABAgMRBQYHEgkKCxMNDg/9tQEgAEGQJGr9AAIAIAUgBP0NCBESEwkVFhcKGRobCx0eH/21Af2uASAAQYAkav0AAgAgBSAE/Q0EERITBRUWFwYZGhsHHR4f/bUBIABBoCRq/QACACAFIAT9DQwREhMNFRYXDhkaGw8dHh/9tQH9rgH9rgEiBSAFIAT9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiBSAFIAT9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAgAEGkL2ooAgBBA2xqIABBmCVqLQAAQQJqIABBsCRqKAIAbGogAEGZJWotAABBA2ogAEG0JGooAgBsaiAAQZolai0AAEEHaiAAQbgkaigCAGxqQQ5q/RwAIQUgAEEoaiECA0AgAv0AAgAgBCAAIAFqIgZB9BRqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgAkFwav0AAgAgBCAGQfAUaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/bUBIAX9rgH9rgEhBSACQSBqIQIgAUEIaiIBQYACRw0ACyAAQa0Xai0AAEENaiAAQYwKaigCAGwgAEGsF2otAABBDWogAEGICmooAgBsIAQgAEGoF2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MCwAAAAsAAAAMAAAADAAAAP2uASAAQfgJav0AAgD9tQEgBCAAQaQXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwJAAAACQAAAAoAAAAKAAAA/a4BIABB6Alq/QACAP21ASAEIABBoBdqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9DAcAAAAHAAAACAAAAAgAAAD9rgEgAEHYCWr9AAIA/bUBIAQgAEGcF2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MBQAAAAUAAAAGAAAABgAAAP2uASAAQcgJav0AAgD9tQEgBCAAQZgXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwDAAAAAwAAAAQAAAAEAAAA/a4BIABBuAlq/QACAP21ASAEIABBlBdqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9DAEAAAABAAAAAgAAAAIAAAD9rgEgAEGoCWr9AAIA/bUBIABBmAlq/QACACAEIABBkBdqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgAyAAQYwJaigCACAAQY0Xai0AAGwgBCAAQYkXaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwFAAAABQAAAAUAAAAFAAAA/a4BIABB/Ahq/QACAP21ASAEIABBhRdqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9DAQAAAAEAAAABAAAAAQAAAD9rgEgAEHsCGr9AAIA/bUBIAQgAEGBF2ooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/0MAwAAAAMAAAADAAAAAwAAAP2uASAAQdwIav0AAgD9tQEgBCAAQf0WaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/QwCAAAAAgAAAAIAAAACAAAA/a4BIABBzAhq/QACAP21ASAEIABB+RZqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9DAEAAAABAAAAAQAAAAEAAAD9rgEgAEG8CGr9AAIA/bUBIABBrAhq/QACACAEIABB9RZqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9tQEgAEGcCGr9AAIAIAQgAEHxFmooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/21ASADIABBmAhqKAIAIABB8BZqLQAAbCAFIAUgBP0NCAkKCwwNDg8AAAAAAAAAAP2uASIEIAQgBP0NBAUGBwAAAAAAAAAAAAAAAP2uAf0bAGr9HAD9rgH9rgH9rgH9rgH9rgH9rgH9rgEiBCAEIAT9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiBCAEIAT9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwBq/RwA/a4B/a4B/a4B/a4B/a4B/a4B/a4BIgQgBCAE/Q0ICQoLDA0ODwAAAAAAAAAA/a4BIgQgBCAE/Q0EBQYHAAAAAAAAAAAAAAAA/a4B/RsAamoLxgQBEH9BACEDIABBxNqOA2oiBCABQQN0IgFqIgVBADYCACAAQYTZowRqIQYgASAAakG82o4DaiEHIABBwC9qIQggBSEJA0AgACACQXxqIgEvAQIiCkECdGpBhNGjBGooAgAhCyAJQXxqIgwgCkEJdEEBcjYCACAJQXhqIQkgAyALaiEDAkACQCABLwEAIgoNACABIQIMAQtBAyELIApBf3MiDSEOA0AgCCAIIAIgDkECdGoiDy8BAiIQakHcw6MEai0AAEECdGpB0LGjBGooAgAhESAHIAtBA3RqIQEgBiALQQJ0aiEKIBBBCXQhEiAPLwEAIRADQAJAIAooAgAgEWogASgCAGoiDyADTw0AIAwgCyAScjYCACAPIQMLIAFBCGohASAKQQRqIQogC0EBaiILIBBNDQALIA5BAWoiDkF/Rw0ACyACIA1BAnRqIQILIAkgAzYCACAHQXhqIQcgCSAERw0ACyAAQRhqIgNBAEGACvwLAANAIAQoAgQiAUEJdiELAkACQCABQf8DcSIKQQFHDQAgACALQQJ0akEYaiEBDAELIApBsIHAgABqLQAAQQJ0IANqQYQIaiIBIAEoAgBBAWo2AgAgAyAAIAtqQZzzowRqLQAAQQJ0akGACWohAQsgASABKAIAQQFqNgIAIAQgCkEDdGoiBCAFRw0ACyAAQZgIaiIBIAEoAgBBAWo2AgBBoAJBDiADIABB8BRqIABB8ApqEJmAgIAAQSBBDyAAQZgJaiAAQZAXaiAAQfATahCZgICAAAs4AQF/AkAgAUEDaiIDIAJqIAARgoCAgAAAIgANAEEADwsgAyAAakEAIAFrcSIBQXxqIAA2AgAgAQsLoBEBAEGAgMAAC5YRL3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAAAAAABAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAAAAQACoAAAC3BAAADQAAAAAAAAAAAAAAAQIDBAUGBwgICQkKCgsLDAwMDA0NDQ0ODg4ODw8PDxAQEBAQEBAQERERERERERESEhISEhISEhMTExMTExMTFBQUFBQUFBQUFBQUFBQUFBUVFRUVFRUVFRUVFRUVFRUWFhYWFhYWFhYWFhYWFhYWFxcXFxcXFxcXFxcXFxcXFxgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxscAAAAAAAAAAAAAAAAAAABAgMEBAUFBgYGBgcHBwcICAgICAgICAkJCQkJCQkJCgoKCgoKCgoKCgoKCgoKCgsLCwsLCwsLCwsLCwsLCwsMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8AgEDAIKBg4BCQUNAwsHDwCIhIyCioaOgYmFjYOLh4+ASERMQkpGTkFJRU1DS0dPQMjEzMLKxs7BycXNw8vHz8AoJCwiKiYuISklLSMrJy8gqKSsoqqmrqGppa2jq6evoGhkbGJqZm5haWVtY2tnb2Do5Ozi6ubu4enl7ePr5+/gGBQcEhoWHhEZFR0TGxcfEJiUnJKalp6RmZWdk5uXn5BYVFxSWlZeUVlVXVNbV19Q2NTc0trW3tHZ1d3T29ff0Dg0PDI6Nj4xOTU9Mzs3PzC4tLyyura+sbm1vbO7t7+weHR8cnp2fnF5dX1ze3d/cPj0/PL69v7x+fX98/v3//AAAAAAAAAAAAAAAAAAAAAAIDBwAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBAQECAgICAwMDAwQEBAQFBQUFAAAAAAAAAAABAQICAwMEBAUFBgYHBwgICQkKCgsLDAwNDQAAEBESAAgHCQYKBQsEDAMNAg4BDwAAAAAAAAAAAAAAAAABAAAAAgAAAAMAAAAEAAAABQAAAAcAAAAJAAAADQAAABEAAAAZAAAAIQAAADEAAABBAAAAYQAAAIEAAADBAAAAAQEAAIEBAAABAgAAAQMAAAEEAAABBgAAAQgAAAEMAAABEAAAARgAAAEgAAABMAAAAUAAAAFgAAAAAAAAAAAAAAMAAAAEAAAABQAAAAYAAAAHAAAACAAAAAkAAAAKAAAACwAAAA0AAAAPAAAAEQAAABMAAAAXAAAAGwAAAB8AAAAjAAAAKwAAADMAAAA7AAAAQwAAAFMAAABjAAAAcwAAAIMAAACjAAAAwwAAAOMAAAACAQAAAAAAAAAAAAAAAAAACQkJCQkJCAgHBwYGBgYGBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGBhYgJiswMzY5Oz1AQUNFRkhJSktMTU9QUFFSU1RVVVZXWFhZWVpbW1xcXV1eX19gYGBhYWJiY2NjZGRlZWVmZmZnZ2hoaGlpaWlqampra2tsbGxsbW1tbW5ubm9vb29wcHBwcHFxcXFycnJycnNzc3NzdHR0dHR1dXV1dXZ2dnZ2dnd3d3d3eHh4eHh4eXl5eXl5eXp6enp6ent7e3t7e3t8fHx8fHx8fX19fX19fX1+fn5+fn5+f39/f39/f3+AgICAgICAgICBgYGBgYGBgYGCgoKCgoKCgoKDg4ODg4ODg4ODhISEhISEhISEhIWFhYWFhYWFhYWGhoaGhoaGhm0QECApMDU5PEBCRUdJS0xOUFFSU1VWV1hZWltcXF1eX2BgYWJiY2NkZWVmZmdnaGhpaWpqa2tsbGxtbW5ubm9vcHBwcXFxcnJyc3Nzc3R0dHV1dXZ2dnZ3d3d3eHh4eHl5eXl6enp6ent7e3t8fHx8fH19fX19fn5+fn5/f39/f4CAgICAgIGBgYGBgYKCgoKCgoODg4ODg4OEhISEhISFhYWFhYWFhoaGhoaGhoaHh4eHh4eHh4iIiIiIiIiIiYmJiYmJiYmKioqKioqKioqLi4uLi4uLi4uMjIyMjIyMjIyNjY2NjY2NjY2Njo6Ojo6Ojo6Ojo6Pj4+Pj4+Pj4+PkF0gIDA5QEVJTFBSVVdZW1xeYGFiY2VmZ2hpamtsbG1ub3BwcXJyc3N0dXV2dnd3eHh5eXp6e3t8fHx9fX5+fn9/gICAgYGBgoKCg4ODg4SEhIWFhYaGhoaHh4eHiIiIiImJiYmKioqKiouLi4uMjIyMjI2NjY2Njo6Ojo6Pj4+Pj5CQkJCQkJGRkZGRkZKSkpKSkpOTk5OTk5OUlJSUlJSVlZWVlZWVlpaWlpaWlpaXl5eXl5eXl5iYmJiYmJiYmZmZmZmZmZmampqampqampqbm5ubm5ubm5ucnJycnJycnJydnZ2dnZ2dnZ2dnp6enp6enp6enp6fn5+fn5+fn5+foFQA/Q0EbmFtZQAaGWxhbWJkYV9sYXllcl9kZWZsYXRlLndhc20BuQ0jAAxidWZmZXJfYWxsb2MBKl9STnZDc2ZMZnk2RUkxNWlMXzdfX19ydXN0YzEyX19fcnVzdF9hbGxvYwILYnVmZmVyX2ZyZWUDY19STnZNczBfTnRDc2pxeDhUSXlaYlA5XzhkbG1hbGxvYzhkbG1hbGxvY0lOdEI1XzhEbG1hbGxvY050TnRCN18zc3lzNlN5c3RlbUU0ZnJlZUNzZWJIY2Flb1NyeHlfM3N0ZAQpX1JOdk50Q3NnWEdwNU9xeDJOeV80Y29yZTlwYW5pY2tpbmc1cGFuaWMFDmNvbXByZXNzb3JfbmV3BgdkZWZsYXRlB2VfUk52TXMwX050Q3NqcXg4VEl5WmJQOV84ZGxtYWxsb2M4ZGxtYWxsb2NJTnRCNV84RGxtYWxsb2NOdE50QjdfM3N5czZTeXN0ZW1FNm1hbGxvY0NzZWJIY2Flb1NyeHlfM3N0ZAhtX1JOdk1zMF9OdENzanF4OFRJeVpiUDlfOGRsbWFsbG9jOGRsbWFsbG9jSU50QjVfOERsbWFsbG9jTnROdEI3XzNzeXM2U3lzdGVtRTEzZGlzcG9zZV9jaHVua0NzZWJIY2Flb1NyeHlfM3N0ZAktX1JOdk50Q3NnWEdwNU9xeDJOeV80Y29yZTlwYW5pY2tpbmc5cGFuaWNfZm10Ci5fUk52Q3NmTGZ5NkVJMTVpTF83X19fcnVzdGMxN3J1c3RfYmVnaW5fdW53aW5kC3VfUk52WUlOdE52TnRDc2ViSGNhZW9Tcnh5XzNzdGQ5cGFuaWNraW5nMTFiZWdpbl9wYW5pYzdQYXlsb2FkUmVFTnROdENzZ1hHcDVPcXgyTnlfNGNvcmU1cGFuaWMxMlBhbmljUGF5bG9hZDZhc19zdHJCOV8MM19STnZOdENzZWJIY2Flb1NyeHlfM3N0ZDlwYW5pY2tpbmcxNXBhbmljX3dpdGhfaG9vaw0nX1JOdkNzZkxmeTZFSTE1aUxfN19fX3J1c3RjMTBydXN0X3BhbmljDm5fUklOdk50TnRDc2ViSGNhZW9Tcnh5XzNzdGQzc3lzOWJhY2t0cmFjZTI2X19fcnVzdF9lbmRfc2hvcnRfYmFja3RyYWNlTkNOdk50QjZfOXBhbmlja2luZzEzcGFuaWNfaGFuZGxlcjB6RUI2Xw83X1JOQ052TnRDc2ViSGNhZW9Tcnh5XzNzdGQ5cGFuaWNraW5nMTNwYW5pY19oYW5kbGVyMEI1XxCAAV9STnZYczFfTnZOdENzZWJIY2Flb1NyeHlfM3N0ZDlwYW5pY2tpbmcxM3BhbmljX2hhbmRsZXJOdEI1XzE2U3RhdGljU3RyUGF5bG9hZE50TnRDc2dYR3A1T3F4Mk55XzRjb3JlNXBhbmljMTJQYW5pY1BheWxvYWQ2YXNfc3RyEXJfUk52TXMwX050Q3NqcXg4VEl5WmJQOV84ZGxtYWxsb2M4ZGxtYWxsb2NJTnRCNV84RGxtYWxsb2NOdE50QjdfM3N5czZTeXN0ZW1FMThpbnNlcnRfbGFyZ2VfY2h1bmtDc2ViSGNhZW9Tcnh5XzNzdGQSbF9STnZNczBfTnRDc2pxeDhUSXlaYlA5XzhkbG1hbGxvYzhkbG1hbGxvY0lOdEI1XzhEbG1hbGxvY050TnRCN18zc3lzNlN5c3RlbUUxMnVubGlua19jaHVua0NzZWJIY2Flb1NyeHlfM3N0ZBMebGliZGVmbGF0ZV9hbGxvY19jb21wcmVzc29yX2V4FBhkZWZsYXRlX2NvbXByZXNzX2Zhc3Rlc3QVF2RlZmxhdGVfY29tcHJlc3NfZ3JlZWR5FhVkZWZsYXRlX2NvbXByZXNzX2xhenkXFmRlZmxhdGVfY29tcHJlc3NfbGF6eTIYHWRlZmxhdGVfY29tcHJlc3NfbmVhcl9vcHRpbWFsGRlkZWZsYXRlX21ha2VfaHVmZm1hbl9jb2RlGhNkZWZsYXRlX2ZsdXNoX2Jsb2NrGxJkb19lbmRfYmxvY2tfY2hlY2scIGRlZmxhdGVfb3B0aW1pemVfYW5kX2ZsdXNoX2Jsb2NrHRtsaWJkZWZsYXRlX2RlZmxhdGVfY29tcHJlc3MeFWRlZmxhdGVfY29tcHJlc3Nfbm9uZR8hZGVmbGF0ZV9wcmVjb21wdXRlX2h1ZmZtYW5faGVhZGVyIBlkZWZsYXRlX2NvbXB1dGVfdHJ1ZV9jb3N0IRpkZWZsYXRlX2ZpbmRfbWluX2Nvc3RfcGF0aCIZbGliZGVmbGF0ZV9hbGlnbmVkX21hbGxvYwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhAGEJcHJvZHVjZXJzAghsYW5ndWFnZQEEUnVzdAAMcHJvY2Vzc2VkLWJ5AgVydXN0Yx0xLjk1LjAgKDU5ODA3NjE2ZSAyMDI2LTA0LTE0KQxEZWJpYW4gY2xhbmcGMTQuMC42AJ0BD3RhcmdldF9mZWF0dXJlcwkrC2J1bGstbWVtb3J5Kw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3ZlcmxvbmcrCm11bHRpdmFsdWUrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsPcmVmZXJlbmNlLXR5cGVzKwhzaWduLWV4dCsHc2ltZDEyOA==';

;// CONCATENATED MODULE: ./src/package/deflate/messages.ts
// The messages between the deflate pool (pool.ts) and its worker threads (worker.ts), and the
// functions the WebAssembly module exports to the worker.
/**
 * Large buffers (a big batch's result, a big file inflated to check it) are at least this size:
 * above glibc's largest mmap threshold (32 MiB on 64-bit), so each is mapped for itself alone,
 * only the pages it fills become resident, and they go back to the system when it is collected.
 * Allocated at each file's own size, they would come from the malloc heap instead, and after a
 * few such sizes the freed space there stays resident for the whole build.
 */
const MAPPED_BYTES = 33 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/package/deflate/pool.ts
// A pool of deflate workers (one per core): each takes a batch of whole files at a time, so every
// core compresses while the zip writer, on the main thread, only writes. libdeflate runs as
// WebAssembly (libdeflate-wasm.ts), so the compressed bytes are the same on every machine and
// every Node.js version.







/** Names the deflate engine's exact build: part of every cached result's settings. */
function deflateEngineId() {
    return (engineId ??= (0,external_node_crypto_.createHash)('sha256').update(LIBDEFLATE_WASM_BASE64).digest('hex'));
}
let engineId;
/**
 * A worker whose slots in WebAssembly memory grew past this is replaced by a fresh one: that
 * memory only grows (its input and output slots each grow to the largest file it compressed, and
 * the slots they outgrew stay behind), and ending the thread is the one sure way to give it back.
 * Results taken from the per-file cache never grow it.
 */
const RETIRE_SLOT_BYTES = 32 * 1024 * 1024;
/**
 * A batch larger than this is big: it needs its size twice in a worker's memory (input and output
 * slots) and its result once more, so only one big batch is compressed at a time in the whole
 * process, whichever pool (zip) it belongs to. Smaller batches pass it meanwhile. At 8 MiB, the
 * shared objects of 8-16 MiB (pyarrow's, numpy's) do not compress beside a larger one.
 */
const BIG_BATCH_BYTES = 8 * 1024 * 1024;
/**
 * Written batches' buffers kept to be lent to the next batches: at most this many, none larger
 * than SPARE_MAX_BYTES. Small batches (zip.ts makes them up to 1 MiB) reuse them over and over;
 * a large result is let go once written rather than held for a batch it may never fit.
 */
const SPARE_BUFFERS = 8;
const SPARE_MAX_BYTES = 2 * 1024 * 1024;
/**
 * A worker whose slots hold more than this has grown: it is not lent to the next pool, and a big
 * batch goes to a fresh worker instead. Slots start at 1 MiB each (worker.ts); a worker that only
 * looked results up stays within this (files up to 4 MiB are read whole into its input slot before
 * the lookup, its output slot is untouched), one that compressed a file over 1 MiB does not.
 */
const GROWN_SLOT_BYTES = 5 * 1024 * 1024;
/**
 * Idle workers of finished pools whose memory never grew, kept (not holding the process open) for
 * the next pool: a build's zips share them instead of each starting its own threads.
 */
const resting = [];
/** How many idle workers wait for the next pool. */
function restingWorkers() {
    return resting.length;
}
/**
 * Which queued batch starts next: the first, except that a big batch waits while the process's
 * big-batch slot is taken (the batches behind it go first); -1 when none may start.
 */
function nextToStart(queued, slotTaken) {
    return queued.findIndex(batch => !slotTaken || batch.bytes <= BIG_BATCH_BYTES);
}
/** The process's one slot for a big batch, and the pools to tell when it is free again. */
const bigSlot = {
    holder: undefined,
    pools: new Set()
};
/**
 * The worker's program: worker.ts when this runs from source (the tests: `npm test` registers a
 * TypeScript loader), worker.js beside this file when tsc compiled it (scripts/bench), else the
 * worker's own bundle beside the entry's (dist/deflate-worker, dist/cli/deflate-worker).
 */
function workerProgram() {
    const here = import.meta.url;
    if (here.endsWith('.ts'))
        return new URL('worker.ts', here);
    const compiled = new URL(['worker', 'js'].join('.'), here);
    return (0,external_node_fs_.existsSync)(compiled) ? compiled : new URL('deflate-worker/index.js', here);
}
let compiled;
const deflateModule = () => (compiled ??= WebAssembly.compile(Buffer.from(LIBDEFLATE_WASM_BASE64, 'base64')));
class DeflatePool {
    module;
    workers = new Set();
    idle = [];
    busy = new Map();
    queue = [];
    stopping = [];
    spare = [];
    /** Workers whose slots grew past GROWN_SLOT_BYTES. */
    grown = new WeakSet();
    failure;
    nextId = 0;
    constructor(module, threads) {
        this.module = module;
        for (let i = 0; i < Math.max(1, threads); i++) {
            const worker = resting.pop();
            this.idle.push(worker ? this.adopt(worker) : this.spawn());
        }
        bigSlot.pools.add(this);
    }
    static async start(threads = external_node_os_default().availableParallelism()) {
        return new DeflatePool(await deflateModule(), threads);
    }
    /** Reads, checksums and compresses a batch of files on the next free worker. */
    deflate(batch) {
        if (this.failure)
            return Promise.reject(this.failure);
        const bytes = batch.files.reduce((sum, file) => sum + file.size, 0);
        return new Promise((resolve, reject) => {
            this.queue.push({ id: this.nextId++, batch, bytes, resolve, reject });
            this.dispatch();
        });
    }
    /** Takes back a batch's buffer once its data is written, to lend it to a later batch. */
    recycle(buffer) {
        if (buffer.byteLength > SPARE_MAX_BYTES)
            return;
        this.spare.push(buffer);
        this.spare.sort((a, b) => a.byteLength - b.byteLength);
        if (this.spare.length > SPARE_BUFFERS)
            this.spare.shift();
    }
    /**
     * Stops the pool; jobs not finished yet fail. Its idle workers whose memory never grew rest for
     * the next pool (up to one per core); the others end.
     */
    async close() {
        this.fail(new src_errors/* BuildError */.zS('deflate pool closed'));
        bigSlot.pools.delete(this);
        for (const worker of this.workers) {
            const reusable = this.idle.includes(worker) && !this.grown.has(worker);
            if (reusable && resting.length < external_node_os_default().availableParallelism())
                this.rest(worker);
            else
                void this.retire(worker);
        }
        await Promise.all(this.stopping);
    }
    spawn() {
        const workerData = { module: this.module };
        return this.adopt(new external_node_worker_threads_.Worker(workerProgram(), { workerData }));
    }
    /** Makes a worker (new, or resting since an earlier pool) this pool's. */
    adopt(worker) {
        worker.removeAllListeners();
        worker.ref();
        worker.on('message', (reply) => this.settle(worker, reply));
        worker.on('error', error => this.fail(new src_errors/* BuildError */.zS(`deflate worker failed: ${error.message}`)));
        worker.on('exit', code => {
            if (this.workers.has(worker))
                this.fail(new src_errors/* BuildError */.zS(`deflate worker stopped unexpectedly (exit code ${code})`));
        });
        this.workers.add(worker);
        return worker;
    }
    /** Leaves an idle worker for the next pool; one that fails or ends meanwhile is dropped. */
    rest(worker) {
        this.workers.delete(worker);
        worker.removeAllListeners();
        const drop = () => {
            const index = resting.indexOf(worker);
            if (index >= 0)
                resting.splice(index, 1);
            void worker.terminate();
        };
        worker.on('error', drop);
        worker.on('exit', drop);
        worker.unref();
        resting.push(worker);
    }
    retire(worker) {
        this.workers.delete(worker);
        const stopped = worker.terminate();
        this.stopping.push(stopped);
        return stopped;
    }
    /**
     * Retires a worker whose memory grew and starts a fresh one once its thread has ended: the new
     * thread then takes over the old one's malloc arena. Started side by side, each replacement
     * would get an arena of its own, and every arena keeps the memory freed in it.
     */
    replace(worker) {
        void this.retire(worker).then(() => {
            if (this.failure)
                return;
            this.idle.push(this.spawn());
            this.dispatch();
        });
    }
    /** Starts queued batches, in order, on idle workers; a big batch waits while the slot is taken. */
    dispatch() {
        while (this.idle.length > 0) {
            const next = nextToStart(this.queue, bigSlot.holder !== undefined);
            if (next < 0)
                break;
            const pending = this.queue[next];
            const worker = this.idle.pop();
            const big = pending.bytes > BIG_BATCH_BYTES;
            // A big batch on a fresh worker: its memory holds the batch, not also the slots outgrown.
            if (big && this.grown.has(worker)) {
                this.replace(worker);
                continue;
            }
            this.queue.splice(next, 1);
            if (big)
                bigSlot.holder = pending;
            this.busy.set(worker, pending);
            // The smallest spare buffer that can hold the batch (its results are never larger).
            const index = this.spare.findIndex(buffer => buffer.byteLength >= pending.bytes);
            const spare = index >= 0 ? this.spare.splice(index, 1) : [];
            if (!spare.length && pending.bytes > SPARE_MAX_BYTES)
                spare.push(new ArrayBuffer(Math.max(pending.bytes, MAPPED_BYTES)));
            const message = { id: pending.id, ...pending.batch, spare: spare[0] };
            worker.postMessage(message, spare);
        }
    }
    settle(worker, reply) {
        const pending = this.busy.get(worker);
        if (!pending || pending.id !== reply.id)
            return;
        this.busy.delete(worker);
        const freed = this.release(pending);
        const slotBytes = reply.slotBytes ?? 0;
        if (slotBytes > GROWN_SLOT_BYTES)
            this.grown.add(worker);
        if (slotBytes > RETIRE_SLOT_BYTES && !this.failure)
            this.replace(worker);
        else
            this.idle.push(worker);
        const { crcs, digests, methods, lengths, buffer } = reply;
        if (reply.error !== undefined || !crcs || !methods || !lengths || !buffer) {
            pending.reject(new src_errors/* BuildError */.zS(reply.error ?? 'deflate worker sent no data'));
        }
        else {
            let offset = 0;
            const files = lengths.map((length, i) => {
                const data = new Uint8Array(buffer, offset, length);
                offset += length;
                return { crc: crcs[i] ?? 0, digest: digests?.[i], method: methods[i] ?? 0, data };
            });
            pending.resolve({ files, buffer });
        }
        if (freed)
            for (const pool of bigSlot.pools)
                pool.dispatch();
        else
            this.dispatch();
    }
    /** Gives back the big-batch slot if `pending` holds it; true if it did. */
    release(pending) {
        if (bigSlot.holder !== pending)
            return false;
        bigSlot.holder = undefined;
        return true;
    }
    fail(error) {
        this.failure ??= error;
        let freed = false;
        for (const pending of [...this.busy.values(), ...this.queue.splice(0)]) {
            freed = this.release(pending) || freed;
            pending.reject(error);
        }
        this.busy.clear();
        if (freed)
            for (const pool of bigSlot.pools)
                if (pool !== this)
                    pool.dispatch();
    }
}

;// CONCATENATED MODULE: ./src/package/zip.ts
// Writes a layer zip whose bytes depend only on the tree's content: sorted entries, one fixed
// timestamp, normalized permissions, no extra fields. Files are read, checksummed and deflated
// whole by a pool of workers (libdeflate, one worker per core), within a bounded memory window,
// and written in order, streaming to disk.











/**
 * Bytes of files in flight by default: enough to keep every worker busy with 1 MiB batches while
 * the writer catches up, small enough that results waiting to be written stay a few megabytes.
 */
const WINDOW_BYTES = 16 * 1024 * 1024;
/** Files smaller than this are compressed again rather than looked up (a lookup costs more). */
const CACHE_MIN_BYTES = 4096;
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;
const DIRECTORY_MODE = 0o40755;
const UTF8_FLAG = 0x0800;
const MAX_32 = 0xffffffff;
/** Small files travel to a worker together, up to this many bytes or files a batch. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 256;
/**
 * The CRC-32 and SHA-256 of file contents this process has compressed or looked up, by the files'
 * identity (walkTree): a later zip holding the same unchanged file (another layer's hard link to
 * it) takes its cached result without reading it. Cleared when it grows past KNOWN_FILES.
 */
const known = new Map();
const KNOWN_FILES = 200_000;
/** Stands in for a batch written, so its results can be collected. */
const DONE = Promise.resolve({ files: [], buffer: new ArrayBuffer(0) });
function batchesOf(entries) {
    const batches = [];
    let current;
    entries.forEach((entry, index) => {
        const copied = 'copied' in entry ? entry.copied : undefined;
        const bytes = copied ? copied.bytes : entry.size;
        const follows = copied
            ? current?.copy?.zip === copied.zip && current.copy.offset + current.bytes === copied.offset
            : !current?.copy;
        const full = !current ||
            !follows ||
            current.bytes + bytes > BATCH_BYTES ||
            (!copied && index - current.start >= BATCH_FILES);
        if (full) {
            current = { start: index, end: index, bytes: 0 };
            if (copied)
                current.copy = { zip: copied.zip, offset: copied.offset };
            batches.push(current);
        }
        const batch = current;
        batch.end = index + 1;
        batch.bytes += bytes;
    });
    return batches;
}
/** Reads a copied batch's records from its zip (opened once per zip, in `handles`). */
async function copiedRecords(batch, handles) {
    const { zip, offset } = batch.copy;
    let handle = handles.get(zip);
    if (!handle) {
        handle = (0,promises_.open)(zip, 'r');
        handles.set(zip, handle);
    }
    const records = Buffer.allocUnsafe(batch.bytes);
    const { bytesRead } = await (await handle).read(records, 0, batch.bytes, offset);
    if (bytesRead !== batch.bytes)
        throw new src_errors/* BuildError */.zS(`${zip} ended early: it changed while copied`);
    return { records };
}
/** DOS date and time fields from UTC components, clamped to the format's 1980 start. */
function dosDateTime(epochSeconds) {
    const d = new Date(Math.max(epochSeconds * 1000, Date.UTC(1980, 0, 1)));
    return {
        date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
    };
}
async function writeZip(entries, zipPath, options = {}) {
    const level = options.level ?? 6;
    const window = options.windowBytes ?? WINDOW_BYTES;
    const { date, time } = dosDateTime(options.epochSeconds ?? 315532800);
    for (const entry of entries) {
        if (entry.size > MAX_32)
            throw new src_errors/* BuildError */.zS(`${entry.name}: over 4 GiB, far beyond what Lambda accepts for a layer`);
    }
    const cache = options.resultsDir
        ? {
            dir: external_node_path_default().join(options.resultsDir, 'deflate'),
            tag: settingsTag('libdeflate', deflateEngineId(), String(level)),
            minBytes: CACHE_MIN_BYTES
        }
        : undefined;
    const pool = await DeflatePool.start(options.threads);
    const handles = new Map();
    guardPath(zipPath, 'layer zip');
    const partial = temporaryNameFor(zipPath);
    (0,interrupt/* removeOnInterrupt */.vY)(partial);
    const out = (0,external_node_fs_.createWriteStream)(partial);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let writeError;
    out.on('error', error => (writeError ??= error));
    let offset = 0;
    /** A local header must start within 4 GiB (no Zip64 offsets). */
    const checkOffset = () => {
        if (offset > MAX_32)
            throw new src_errors/* BuildError */.zS(`${zipPath}: over 4 GiB, far beyond what Lambda accepts for a layer`);
    };
    const write = async (chunk) => {
        if (writeError)
            throw writeError;
        hash.update(chunk);
        offset += chunk.length;
        if (!out.write(chunk))
            await (0,external_node_events_.once)(out, 'drain');
    };
    try {
        // Batches start in order while the window has room; the writer takes them in the same order.
        const batches = batchesOf(entries);
        const jobs = [];
        let inFlight = 0;
        const fill = () => {
            for (let next = jobs.length; next < batches.length; next++) {
                const batch = batches[next];
                if (inFlight > 0 && inFlight + batch.bytes > window)
                    break;
                inFlight += batch.bytes;
                const job = batch.copy
                    ? copiedRecords(batch, handles)
                    : pool.deflate({
                        files: entries.slice(batch.start, batch.end).map(entry => ({
                            source: entry.source,
                            size: entry.kind === 'directory' ? 0 : entry.size,
                            known: cache && entry.identity ? known.get(entry.identity) : undefined
                        })),
                        level,
                        cache
                    });
                job.catch(() => undefined); // awaited in order below; a later failure waits its turn
                jobs.push(job);
            }
        };
        const central = [];
        fill();
        for (const [index, batch] of batches.entries()) {
            const results = await jobs[index];
            inFlight -= batch.bytes;
            fill();
            if ('records' in results) {
                let at = 0;
                for (let i = batch.start; i < batch.end; i++) {
                    const { name, copied } = entries[i];
                    const record = results.records.subarray(at, at + copied.bytes);
                    at += copied.bytes;
                    const header = copiedHeader(record, name, copied.zip);
                    checkOffset();
                    central.push(centralHeader(header.subarray(30), copied.mode, header, offset));
                    await write(record);
                }
                jobs[index] = DONE;
                continue;
            }
            for (let i = batch.start; i < batch.end; i++) {
                const entry = entries[i];
                const { crc, digest, method, data } = results.files[i - batch.start];
                if (digest && entry.identity) {
                    if (known.size >= KNOWN_FILES)
                        known.clear();
                    known.set(entry.identity, { crc, digest });
                }
                const name = Buffer.from(entry.kind === 'directory' ? `${entry.name}/` : entry.name);
                const mode = entry.kind === 'directory'
                    ? DIRECTORY_MODE
                    : entry.executable
                        ? EXECUTABLE_MODE
                        : FILE_MODE;
                const header = Buffer.alloc(30 + name.length);
                header.writeUInt32LE(0x04034b50, 0);
                header.writeUInt16LE(20, 4);
                header.writeUInt16LE(UTF8_FLAG, 6);
                header.writeUInt16LE(method, 8);
                header.writeUInt16LE(time, 10);
                header.writeUInt16LE(date, 12);
                header.writeUInt32LE(crc >>> 0, 14);
                header.writeUInt32LE(data.length, 18);
                header.writeUInt32LE(entry.size, 22);
                header.writeUInt16LE(name.length, 26);
                name.copy(header, 30);
                checkOffset();
                central.push(centralHeader(name, mode, header, offset));
                await write(header);
                if (data.length)
                    await write(data);
            }
            // Streams write in order: when this empty write is done, so are the batch's data.
            out.write(new Uint8Array(0), error => error || pool.recycle(results.buffer));
            jobs[index] = DONE;
        }
        const directory = Buffer.concat(central);
        await write(Buffer.concat([directory, endOfCentralDirectory(central.length, directory.length, offset)]));
        if (writeError)
            throw writeError;
        out.end();
        await (0,external_node_events_.once)(out, 'finish');
        await (0,promises_.rename)(partial, zipPath);
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    finally {
        (0,interrupt/* forgetOnInterrupt */.ai)(partial);
        await pool.close();
        for (const handle of handles.values())
            await handle.then(file => file.close()).catch(() => { });
    }
    const digest = hash.digest();
    return {
        zippedBytes: offset,
        sha256: digest.toString('hex'),
        codeSha256: digest.toString('base64')
    };
}
/**
 * The local header of a record copied from an earlier zip, checked: it must start a local header
 * for the entry it stands for, with no extra field (as this writer makes them).
 */
function copiedHeader(record, name, zip) {
    const nameBytes = record.length >= 30 ? record.readUInt16LE(26) : 0;
    const header = record.subarray(0, 30 + nameBytes);
    const stored = header.subarray(30).toString();
    if (record.length < 30 ||
        record.readUInt32LE(0) !== 0x04034b50 ||
        record.readUInt16LE(28) !== 0 ||
        stored.replace(/\/$/, '') !== name) {
        throw new src_errors/* BuildError */.zS(`${zip}: the record of ${name} is not where its directory says`);
    }
    return header;
}
/** The central directory record of an entry; its fields after the version repeat the local header's. */
function centralHeader(name, mode, local, offset) {
    const record = Buffer.alloc(46 + name.length);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0
    local.copy(record, 6, 4, 30); // version needed .. extra length
    record.writeUInt16LE(0, 32); // comment length
    record.writeUInt16LE(0, 34); // disk number
    record.writeUInt16LE(0, 36); // internal attributes
    record.writeUInt32LE(((mode << 16) | (mode & 0o40000 ? 0x10 : 0)) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    name.copy(record, 46);
    return record;
}
/** End of central directory, with the Zip64 records first when there are more than 65,535 entries. */
function endOfCentralDirectory(count, size, start) {
    const parts = [];
    if (count > 0xffff) {
        const zip64 = Buffer.alloc(56);
        zip64.writeUInt32LE(0x06064b50, 0);
        zip64.writeBigUInt64LE(44n, 4);
        zip64.writeUInt16LE((3 << 8) | 45, 12);
        zip64.writeUInt16LE(45, 14);
        zip64.writeBigUInt64LE(BigInt(count), 24);
        zip64.writeBigUInt64LE(BigInt(count), 32);
        zip64.writeBigUInt64LE(BigInt(size), 40);
        zip64.writeBigUInt64LE(BigInt(start), 48);
        const locator = Buffer.alloc(20);
        locator.writeUInt32LE(0x07064b50, 0);
        locator.writeBigUInt64LE(BigInt(start + size), 8);
        locator.writeUInt32LE(1, 16);
        parts.push(zip64, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    parts.push(end);
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/report/layer-report.ts





function layerReport(parts) {
    const { target, zip, entries, built, bytecode, verify } = parts;
    const files = entries.filter(entry => entry.kind === 'file');
    const unzippedBytes = files.reduce((sum, entry) => sum + entry.size, 0);
    return {
        layer: target.layer.name,
        runtime: target.runtime,
        architecture: target.architecture,
        fileName: zipFileName(target),
        zipPath: parts.zipPath,
        ...zip,
        unzippedBytes,
        files: files.length,
        limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
        status: sizeStatus(unzippedBytes, parts.warnPercent),
        needsS3: needsS3(zip.zippedBytes),
        builder: built.builder,
        ...(built.fallback ? { fallback: built.fallback } : {}),
        installer: built.installer,
        includesProject: target.layer.includeProject,
        requirements: parts.requirements,
        packages: parts.packages,
        duplicateLibraries: duplicateLibraries(files.map(f => ({ path: f.name, bytes: f.size }))),
        shape: { ...parts.shape, slimming: [...parts.shape.slimming].sort(bySlimRule) },
        ...(bytecode ? { bytecode } : {}),
        ...(verify ? { verify } : {}),
        seconds: Math.round((Date.now() - parts.started) / 100) / 10,
        stages: parts.stages
    };
}
/** Rule savings in the order of the rules (SLIM_RULES, then exclude), whatever order they came in. */
function bySlimRule(a, b) {
    const order = (rule) => rule === 'exclude' ? SLIM_RULES.length : SLIM_RULES.indexOf(rule);
    return order(a.rule) - order(b.rule);
}

;// CONCATENATED MODULE: ./src/shape/bytecode-script.ts
// The Python program that compiles a layer's sources to bytecode with the per-file results cache:
// each `.py` is looked up by the SHA-256 of its path under /opt and its content, in a folder named
// for the exact interpreter (sys.version, magic number) and the invalidation mode; only misses are
// compiled (in a process pool, as `compileall -j 0` does), and their results stored.
//
// A stored result is named `INPUT-CHECK`: INPUT the lookup digest, CHECK the start of the SHA-256
// of its own bytes. The folder is listed once; a result is used only when its bytes still match
// CHECK and its header holds the magic number and the source's hash, so a damaged entry is removed
// and compiled again (a check of the whole file, and cheaper than unmarshalling it).
// A reused result is linked into place (no new file: later steps never write into a layer's files,
// they replace them by a rename), copied where the cache is on another file system.
// A result is exactly what `compileall --invalidation-mode unchecked-hash -s SITE -p OPT` writes:
// py_compile with the same cfile/dfile.
// argv: SITE OPT CACHE ("" for no cache). Prints "*** Error compiling PATH" per failure and
// "compiled N reused M" last.
const COMPILE_SCRIPT = String.raw `
import hashlib, importlib.util, multiprocessing, os, py_compile, sys
from concurrent.futures import ProcessPoolExecutor

MODE = py_compile.PycInvalidationMode.UNCHECKED_HASH

def compile_one(item):
    source, cfile, dfile = item
    try:
        py_compile.compile(source, cfile, dfile, True, optimize=-1, invalidation_mode=MODE)
        return None
    except Exception as error:
        return "*** Error compiling %r: %s" % (source, str(error).splitlines()[0] if str(error) else type(error).__name__)

def check_of(data):
    return hashlib.sha256(data).hexdigest()[:32]

def valid(data, source_bytes, check):
    if len(data) < 16 or data[:4] != importlib.util.MAGIC_NUMBER or data[4:8] != b"\x01\x00\x00\x00":
        return False
    return data[8:16] == importlib.util.source_hash(source_bytes) and check_of(data) == check

def read(file):
    try:
        with open(file, "rb") as handle:
            return handle.read()
    except OSError:
        return b""

def link_or_copy(source, target):
    # A link to source at target: made in place when nothing is there yet, else beside it and
    # renamed over it; a copy where links fail.
    try:
        os.link(source, target)
        return
    except OSError:
        pass
    partial = "%s.partial-%d" % (target, os.getpid())
    try:
        try:
            os.link(source, partial)
        except OSError:
            with open(source, "rb") as src, open(partial, "wb") as dst:
                dst.write(src.read())
        os.replace(partial, target)
    except OSError:
        try:
            os.unlink(partial)
        except OSError:
            pass
        raise

def store(cfile, folder, digest):
    data = read(cfile)
    if data:
        try:
            link_or_copy(cfile, os.path.join(folder, "%s-%s" % (digest, check_of(data))))
        except OSError:
            pass

def stored(folder):
    # Lookup digest -> names of the results stored for it (normally one).
    index = {}
    try:
        names = os.listdir(folder) if folder else []
    except OSError:
        names = []
    for name in names:
        digest, dash, check = name.partition("-")
        if dash and len(check) == 32:
            index.setdefault(digest, []).append(name)
    return index

def reuse(folder, names, source_bytes, cfile):
    # Links the first intact result into place; damaged ones are removed. One another build
    # evicted meanwhile is a miss.
    for name in names:
        result = os.path.join(folder, name)
        if valid(read(result), source_bytes, name.partition("-")[2]):
            try:
                link_or_copy(result, cfile)
            except OSError:
                return False
            try:
                os.utime(result)
            except OSError:
                pass
            return True
        try:
            os.unlink(result)
        except OSError:
            pass
    return False

def main():
    site, opt, cache = sys.argv[1], sys.argv[2], sys.argv[3]
    settings = "\0".join([sys.version, importlib.util.MAGIC_NUMBER.hex(), "unchecked-hash"])
    folder = os.path.join(cache, "pyc", hashlib.sha256(settings.encode()).hexdigest()[:16]) if cache else ""
    index = stored(folder)
    todo, misses, reused, made = [], [], 0, set()
    for root, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not os.path.islink(os.path.join(root, d)))
        for name in sorted(files):
            source = os.path.join(root, name)
            if not name.endswith(".py") or not os.path.isfile(source):
                continue
            dfile = os.path.join(opt, os.path.relpath(source, site))
            todo.append((source, importlib.util.cache_from_source(source), dfile))
    for source, cfile, dfile in todo:
        digest = None
        if folder:
            source_bytes = read(source)
            digest = hashlib.sha256(dfile.encode() + b"\0" + source_bytes).hexdigest()
            names = index.get(digest)
            if names:
                pycache = os.path.dirname(cfile)
                if pycache not in made:
                    os.makedirs(pycache, exist_ok=True)
                    made.add(pycache)
                if reuse(folder, names, source_bytes, cfile):
                    reused += 1
                    continue
        misses.append((source, cfile, dfile, digest))
    failures = 0
    if folder and misses:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            pass
    if misses:
        items = [(s, c, d) for s, c, d, _ in misses]
        if len(items) > 1 and (os.cpu_count() or 1) > 1:
            with ProcessPoolExecutor(mp_context=multiprocessing.get_context("fork")) as pool:
                errors = list(pool.map(compile_one, items, chunksize=32))
        else:
            errors = [compile_one(item) for item in items]
        for (source, cfile, dfile, digest), error in zip(misses, errors):
            if error:
                failures += 1
                print(error)
            elif digest:
                store(cfile, folder, digest)
    print("compiled %d reused %d failed %d" % (len(misses) - failures, reused, failures))

if __name__ == "__main__":
    main()
`;

;// CONCATENATED MODULE: ./src/shape/bytecode.ts
// Compiles a layer's Python files to bytecode for the runtime's exact Python version, so a cold
// start reads `.pyc` files instead of compiling every module again (a layer's /opt is read-only,
// so nothing compiled at run time is kept). `unchecked-hash` pycs: the zip's fixed timestamps would
// make timestamp-checked ones stale. The interpreter: a matching one on the host (PATH, pyenv),
// else the build or runtime image. Paths inside the pycs are the layer's paths under /opt.







/** Host interpreters that may be Python `version`: PATH first, then pyenv's versions. */
async function hostCandidates(version, env) {
    const candidates = [`python${version}`];
    const pyenv = env.PYENV_ROOT ?? external_node_path_default().join(external_node_os_default().homedir(), '.pyenv');
    const versions = await (0,promises_.readdir)(external_node_path_default().join(pyenv, 'versions')).catch(() => []);
    for (const name of versions
        .filter(v => v.startsWith(`${version}.`))
        .sort()
        .reverse()) {
        const binary = external_node_path_default().join(pyenv, 'versions', name, 'bin', `python${version}`);
        if (await exists(binary))
            candidates.push(binary);
    }
    return candidates;
}
/** Environment of every interpreter run: reproducible output, nothing written beside the sources. */
const pinned = { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' };
/** Host interpreters found, per runner and version: every target of a build compiles with one. */
const found = new WeakMap();
/**
 * The first host interpreter that is Python `version`, as its own path (sys.executable): a pyenv
 * shim starts a shell on every run, and a shim of a version pyenv has not selected fails only
 * after that. Probed once per runner and version.
 */
function hostInterpreter(version, ctx) {
    const env = ctx.env ?? process.env;
    const key = [version, env.PATH, env.PYENV_ROOT].join('\0');
    let perRunner = found.get(ctx.run);
    if (!perRunner)
        found.set(ctx.run, (perRunner = new Map()));
    let python = perRunner.get(key);
    if (!python) {
        python = (async () => {
            const probe = [
                '-c',
                'import sys; print("%d.%d" % sys.version_info[:2]); print(sys.executable)'
            ];
            for (const candidate of await hostCandidates(version, env)) {
                const result = await ctx.run(candidate, probe, { env: pinned }).catch(() => undefined);
                const [reported, executable] = (result?.stdout ?? '').trim().split('\n');
                if (result?.code === 0 && reported === version)
                    return executable || candidate;
            }
            return undefined;
        })();
        perRunner.set(key, python);
    }
    return python;
}
/** The compileall arguments: unchecked-hash pycs naming the files as they will be under /opt. */
function compileArgs(siteDir, optPath) {
    return [
        '-m',
        'compileall',
        '-q',
        '-j',
        '0',
        '--invalidation-mode',
        'unchecked-hash',
        '-s',
        siteDir,
        '-p',
        optPath,
        siteDir
    ];
}
/** Number of "Compiling/Error" failures compileall printed (it exits 1 when any file failed). */
function failuresIn(output) {
    return (output.match(/^\*\*\* (Error compiling|Sorry)/gm) ?? []).length;
}
/**
 * Compiles every `.py` under `siteDir` (the layer's site-packages, `sitePackages` inside the zip)
 * with Python `version`. Reproducible: the same sources give the same bytes (fixed hash seed).
 */
async function compileBytecode(siteDir, sitePackages, version, ctx) {
    const optPath = `/opt/${sitePackages}`;
    const python = await hostInterpreter(version, ctx);
    if (python) {
        const args = ['-c', COMPILE_SCRIPT, siteDir, optPath, ctx.resultsDir ?? ''];
        const result = await ctx.run(python, args, { env: pinned });
        const summary = /^compiled (\d+) reused (\d+)/m.exec(result.stdout);
        if (result.code !== 0 || !summary)
            throw new src_errors/* BuildError */.zS(`compiling bytecode with ${python} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().slice(-500)}`);
        ctx.log.debug(`bytecode: ${summary[1]} files compiled, ${summary[2]} reused from the per-file results`);
        return { compiler: python, failed: failuresIn(result.stdout + result.stderr) };
    }
    const check = ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'];
    const docker = ctx.docker;
    for (const image of ctx.images ?? []) {
        if (!docker || (await docker.engine()).reason)
            break;
        const ok = await docker.ensureImage(image, 'bytecode').then(() => true, () => false);
        if (!ok)
            continue;
        const mount = { source: siteDir, target: '/work/site' };
        const run = (command) => docker.run({
            image,
            entrypoint: 'python3',
            command,
            user: invokingUser(),
            mounts: [mount],
            env: pinned,
            network: 'none'
        });
        const probe = await run(check).catch(() => undefined);
        if (probe?.code !== 0 || probe.stdout.trim() !== version)
            continue;
        const result = await run(compileArgs('/work/site', optPath));
        return { compiler: `image ${image}`, failed: failuresIn(result.stdout + result.stderr) };
    }
    return {
        failed: 0,
        notice: `no Python ${version} found (PATH, pyenv, or the build/runtime image): the layer ships without bytecode, and every cold start compiles the modules it imports`
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/shape/glob.ts
// Glob patterns for user exclude/keep/no-strip lists (picomatch): `*` and `?` within a path
// segment, `**` across segments, braces `{a,b}`, classes `[ab]`, and `!pattern` to take paths
// back out of the list. A pattern naming a folder also matches everything inside it.

/** Dot files match `*` like any other file (site-packages is not a home folder). */
const glob_OPTIONS = { dot: true };
/** `!pattern` takes paths out of the list; `!(...)` is an extglob, not a negation. */
const negated = (glob) => glob.startsWith('!') && !glob.startsWith('!(');
function compile(globs) {
    if (globs.length === 0)
        return () => false;
    // The glob itself, and everything inside what it names.
    return picomatch_default()(globs.flatMap(glob => [glob, `${glob.replace(/\/+$/, '')}/**`]), glob_OPTIONS);
}
/**
 * Whether a path relative to site-packages is in the list: it matches a pattern and no
 * `!pattern` (so `["numpy/tests", "!numpy/tests/data"]` holds the tests but not their data).
 */
function matcher(globs) {
    const included = compile(globs.filter(glob => !negated(glob)));
    const taken = compile(globs.filter(negated).map(glob => glob.slice(1)));
    return path => included(path) && !taken(path);
}

;// CONCATENATED MODULE: ./src/shape/imports.ts
// Finds which test or doc folders a package imports at run time, by reading the import
// statements of the layer's other Python files (so e.g. a package's own `tests` helpers that its
// code imports stay in the layer).


const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm;
const PLAIN_IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
/**
 * A file's text, read synchronously: the scan reads thousands of small files, and an asynchronous
 * read's four trips through the thread pool cost more than the read itself.
 */
function readText(file) {
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}
/** The folder names the test and docs rules remove: what a file's bytes are searched for. */
const FOLDER_NAMES = [...TEST_DIRS, ...DOC_DIRS];
/**
 * Scans by file content and path (relative imports depend on it), for the whole build: layers
 * that share packages hold hard links to the same installed files, which are searched once.
 */
const scans = new Map();
/** Scans kept at most; the map starts again past it (a long-lived process builds many trees). */
const MAX_SCANS = 200_000;
/**
 * The imports of `file` when its bytes mention one of `names`, else undefined. A file is searched
 * once for every folder name the rules use, and parsed only when a layer's folders need it.
 */
function importsMentioning(file, names) {
    const key = file.identity && `${file.identity}\0${file.path}`;
    if (!key || names.some(name => !FOLDER_NAMES.includes(name))) {
        const { text } = search(file.source, names, names);
        return text === undefined ? undefined : importsOf(file.path, text);
    }
    let scan = scans.get(key);
    let text;
    if (!scan) {
        const found = search(file.source, FOLDER_NAMES, names);
        scan = { mentions: found.mentions };
        text = found.text;
        if (scans.size >= MAX_SCANS)
            scans.clear();
        scans.set(key, scan);
    }
    if (!scan.mentions.some(name => names.includes(name)))
        return undefined;
    scan.imports ??= importsOf(file.path, text ?? readText(file.source));
    return scan.imports;
}
/** One buffer, grown as needed, that files are read into to look for a name (no string per file). */
let scratch = Buffer.alloc(256 * 1024);
/**
 * Which of `names` a file's bytes contain, and its text when they contain one of `wanted` (only
 * then is it decoded).
 */
function search(file, names, wanted) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (scratch.length < size)
            scratch = Buffer.alloc(size);
        let read = 0;
        while (read < size) {
            const bytes = (0,external_node_fs_.readSync)(fd, scratch, read, size - read, read);
            if (bytes === 0)
                break;
            read += bytes;
        }
        const bytes = scratch.subarray(0, read);
        const mentions = names.filter(name => bytes.includes(name));
        const text = mentions.some(name => wanted.includes(name)) ? bytes.toString('utf8') : undefined;
        return { mentions, text };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The package a module file belongs to: `a/b/c.py` and `a/b/__init__.py` are both in `a.b`. */
function packageOf(file) {
    return file.split('/').slice(0, -1);
}
/** Absolute dotted names imported by one file's source (relative imports resolved). */
function importsOf(file, text) {
    const names = [];
    for (const match of text.matchAll(FROM_IMPORT)) {
        const [, dots = '', module = '', imported = ''] = match;
        let base;
        if (dots.length) {
            const pkg = packageOf(file);
            base = pkg.slice(0, pkg.length - (dots.length - 1));
            if (module)
                base = [...base, ...module.split('.')];
        }
        else {
            base = module.split('.');
        }
        const prefix = base.join('.');
        if (prefix)
            names.push(prefix);
        for (const item of imported.replace(/[()\\\n]/g, ' ').split(',')) {
            const name = item.trim().split(/\s+/)[0];
            if (name && name !== '*' && prefix)
                names.push(`${prefix}.${name}`);
        }
    }
    for (const match of text.matchAll(PLAIN_IMPORT)) {
        for (const item of (match[1] ?? '').split(',')) {
            const name = item.trim().split(/\s+/)[0];
            if (name)
                names.push(name);
        }
    }
    return names;
}
/** The module a file defines: `a/b/c.py` is `a.b.c`, `a/b/__init__.py` is `a.b`. */
function moduleOf(file) {
    return file
        .replace(/\.py$/, '')
        .replace(/\/__init__$/, '')
        .replace(/\//g, '.');
}
/**
 * Files inside the candidate folders (e.g. `pkg/tests`) that the rest of the layer imports at run
 * time, with the `__init__.py` files of their packages, followed transitively through the kept
 * modules' own imports. Everything else in those folders may go.
 */
function importedFiles(candidates, files) {
    const folders = [...new Set(candidates)];
    if (folders.length === 0)
        return new Set();
    const inside = (file) => folders.find(folder => file.startsWith(`${folder}/`));
    // Importing a module inside `pkg/tests` names `tests` somewhere in the statement, so a file that
    // never mentions a candidate folder's name cannot import one and is not parsed.
    const folderNames = [...new Set(folders.map(folder => folder.split('/').pop()))];
    const byModule = new Map();
    const queue = [];
    for (const file of files) {
        if (inside(file.path))
            byModule.set(moduleOf(file.path), file);
        else if (!file.path.endsWith('conftest.py')) {
            const imports = importsMentioning(file, folderNames);
            if (imports)
                queue.push(...imports);
        }
    }
    const kept = new Set();
    const seen = new Set();
    while (queue.length) {
        const name = queue.pop();
        if (seen.has(name))
            continue;
        seen.add(name);
        const file = byModule.get(name);
        if (!file || kept.has(file.path))
            continue;
        kept.add(file.path);
        // Its packages' __init__.py files run first on import; its own imports must stay importable too.
        const parts = name.split('.');
        for (let i = 1; i < parts.length; i++)
            queue.push(parts.slice(0, i).join('.'));
        queue.push(...importsOf(file.path, readText(file.source)));
    }
    return kept;
}
/**
 * The test or doc folders `files` import from (`pkg/tests` for `pkg.tests.helpers`), as paths
 * relative to site-packages: where such a folder exists, the import keeps it in a layer.
 */
function testOrDocImports(files) {
    const folders = new Set();
    for (const file of files) {
        for (const name of importsMentioning(file, FOLDER_NAMES) ?? []) {
            const parts = name.split('.');
            const at = parts.findIndex(part => FOLDER_NAMES.includes(part));
            if (at >= 0)
                folders.add(parts.slice(0, at + 1).join('/'));
        }
    }
    return [...folders];
}

;// CONCATENATED MODULE: ./src/lambda/sdk.ts
// The AWS SDK set every Lambda Python runtime ships on its sys.path (/var/runtime).
/** Distributions the Python runtimes provide (boto3 and its dependencies, and the runtime interface client). */
const RUNTIME_PROVIDED = [
    'boto3',
    'botocore',
    's3transfer',
    'jmespath',
    'python-dateutil',
    'six',
    'urllib3',
    'awslambdaric'
];
/**
 * A consistent SDK set (boto3 1.40.0 pins botocore 1.40.x), close to what the Python runtimes
 * ship, for checks that need the set when neither the configuration nor a runtime image says
 * which versions the runtime has. The stand-in runtime image in CI carries the same set.
 */
const DEFAULT_SDK_SET = {
    boto3: '1.40.0',
    botocore: '1.40.0',
    s3transfer: '0.13.1',
    jmespath: '1.0.1',
    'python-dateutil': '2.9.0.post0',
    six: '1.17.0',
    urllib3: '1.26.20'
};

;// CONCATENATED MODULE: ./src/shape/runtime-packages.ts
// The AWS SDK set every Lambda Python runtime ships: removed from a layer as one consistent set
// (or kept whole), with warnings where the locked versions differ from the runtime's.


/**
 * Decides what to do with the SDK set in a layer. With "remove", every member present goes
 * together, so the layer never ships part of the set (e.g. botocore without boto3) that would
 * shadow the runtime's copy of the rest.
 */
function planRuntimePackages(distributions, sizes, mode, runtimeVersions) {
    const provided = new Set(RUNTIME_PROVIDED);
    const members = distributions.filter(dist => provided.has(dist.name));
    const remove = new Set();
    const found = members.map(dist => {
        const files = [
            ...new Set([
                ...dist.files,
                ...[...sizes.keys()].filter(f => f.startsWith(`${dist.infoDir}/`))
            ])
        ].filter(file => sizes.has(file));
        if (mode === 'remove')
            for (const file of files)
                remove.add(file);
        return {
            name: dist.name,
            version: dist.version,
            files: files.length,
            bytes: files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)
        };
    });
    const memberNames = new Set(members.map(dist => dist.name));
    const reliesOnRuntime = mode === 'remove'
        ? distributions
            .filter(dist => !memberNames.has(dist.name))
            .map(dist => ({
            name: dist.name,
            needs: dist.requires.filter(name => memberNames.has(name)).sort()
        }))
            .filter(item => item.needs.length > 0)
            .sort((a, b) => (a.name < b.name ? -1 : 1))
        : [];
    const versionMismatches = members
        .map(dist => ({ name: dist.name, locked: dist.version, runtime: runtimeVersions[dist.name] }))
        .filter((item) => !!item.runtime && !sameVersion(item.runtime, item.locked));
    return {
        remove,
        report: {
            mode,
            found: found.sort((a, b) => (a.name < b.name ? -1 : 1)),
            bytesRemoved: mode === 'remove' ? found.reduce((sum, item) => sum + item.bytes, 0) : 0,
            reliesOnRuntime,
            versionMismatches
        }
    };
}

;// CONCATENATED MODULE: ./src/files/elf-header.ts
// The ELF header: whether bytes are ELF at all, their class and byte order, and the machine they
// are built for. The one place that reads it (Shape's strip, Verify's ELF reader, external zips).

/** e_machine by the machine names wheels and ELF files use (ARCHITECTURES' values). */
const ELF_MACHINE = { x86_64: 62, aarch64: 183 };
/** Bytes up to and including e_machine: enough for readElfHeader. */
const ELF_HEADER_BYTES = 20;
/** The header of ELF bytes; undefined when they are not ELF (or too short to say). */
function readElfHeader(data) {
    if (data.length < ELF_HEADER_BYTES || data.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const littleEndian = data[5] === 1;
    const machine = littleEndian ? data.readUInt16LE(18) : data.readUInt16BE(18);
    return { is64: data[4] === 2, littleEndian, machine };
}
/** The machine a file on disk is built for, reading only its header; undefined when not ELF. */
async function elfMachineOf(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const header = Buffer.alloc(ELF_HEADER_BYTES);
        const { bytesRead } = await handle.read(header, 0, ELF_HEADER_BYTES, 0);
        return readElfHeader(header.subarray(0, bytesRead))?.machine;
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/shape/strip.ts










/** Libraries known to break (or lose needed symbols) when stripped; users can add globs. */
const NEVER_STRIP = [
    '**/libgfortran*',
    '**/libnetcdf*',
    '**/libgdal*',
    '**/libhdf5*',
    '**/libproj*'
];
const SHARED_OBJECT = /\.so(\.\d+)*$/;
/** Strip programs able to handle the machine, in order of preference. */
function stripTools(machine) {
    const host = external_node_os_default().arch() === 'x64' ? 'x86_64' : external_node_os_default().arch() === 'arm64' ? 'aarch64' : external_node_os_default().arch();
    return [...(host === machine ? ['strip'] : []), `${machine}-linux-gnu-strip`, 'llvm-strip'];
}
/** The first strip that runs, with the first line of its `--version` (part of the results' key). */
async function findTool(run, machine) {
    for (const tool of stripTools(machine)) {
        const version = await run(tool, ['--version']).then(result => (result.code === 0 ? (result.stdout.split('\n')[0] ?? '') : undefined), () => undefined);
        if (version !== undefined)
            return { tool, version };
    }
    return undefined;
}
const STRIP_FLAGS = ['--strip-unneeded'];
/** Shared objects read at once (their ELF headers, then their content to look up results). */
const FILES_AT_ONCE = 4;
/**
 * SHA-256 of each installed shared object, by its identity (inode and times, files/tree.ts): layers
 * of one build share the installer's files (hard links to one inode), so each is read once however
 * many layers hold it. Strip never writes into them (it works on a copy of its own), and a file
 * changed in place has another modification time.
 */
const digests = new Map();
function contentDigest(file, info) {
    const key = fileIdentity(info);
    if (!key)
        return fileSha256(file);
    let digest = digests.get(key);
    if (!digest) {
        digest = fileSha256(file);
        digest.catch(() => digests.delete(key));
        digests.set(key, digest);
    }
    return digest;
}
async function stripSharedObjects(candidates, machine, extraNeverStrip, ctx) {
    const fragile = matcher([...NEVER_STRIP, ...extraNeverStrip]);
    const strippable = candidates.filter(file => SHARED_OBJECT.test(file.path) && !/(^|\/)[^/]+\.libs\//.test(file.path) && !fragile(file.path));
    const inTurn = limiter(FILES_AT_ONCE);
    const machines = await Promise.all(strippable.map(file => inTurn(() => elfMachineOf(file.source))));
    const selected = strippable.filter((_, i) => machines[i] === ELF_MACHINE[machine]);
    if (selected.length === 0)
        return { files: 0, bytes: 0 };
    const found = await findTool(ctx.run, machine);
    if (!found) {
        return {
            files: 0,
            bytes: 0,
            notice: `no strip for ${machine} found (tried ${stripTools(machine).join(', ')}); shared objects left unstripped`
        };
    }
    const { tool } = found;
    const before = selected.reduce((sum, file) => sum + file.size, 0);
    // Shared objects another layer or run already stripped (same content, tool and flags) are reused.
    const tag = settingsTag('strip', found.version, machine, ...STRIP_FLAGS);
    // The key holds the file's mode too: a placed result is a link and brings its own mode along.
    const looked = await Promise.all(selected.map(file => inTurn(async () => {
        if (!ctx.resultsDir)
            return { file };
        const info = await (0,promises_.stat)(file.source, { bigint: true });
        const digest = await contentDigest(file.source, info);
        const mode = (Number(info.mode) & 0o777).toString(8);
        const result = resultPath(ctx.resultsDir, 'strip', tag, `${digest}-${mode}`);
        if (!(await exists(result)))
            return { file, result };
        await placeFile(result, file.source);
        await touch(result);
        return undefined;
    })));
    const todo = looked.filter(item => item !== undefined);
    const failures = [];
    for (let i = 0; i < todo.length; i += 64) {
        const batch = todo.slice(i, i + 64);
        // strip writes into a hard-linked file in place (it keeps links): give each its own copy
        // first, so the installer's cache, linked to the installed files, is never changed.
        for (const { file } of batch)
            await ownCopy(file.source);
        const result = await ctx.run(tool, [...STRIP_FLAGS, ...batch.map(item => item.file.source)]);
        if (result.code !== 0)
            failures.push(tail(result.stderr, 3));
        else {
            for (const { file, result: keep } of batch) {
                if (!keep)
                    continue;
                await (0,promises_.mkdir)(external_node_path_default().dirname(keep), { recursive: true });
                await placeFile(file.source, keep);
            }
        }
    }
    let after = 0;
    for (const file of selected)
        after += (await (0,promises_.stat)(file.source)).size;
    return {
        files: selected.length,
        bytes: before - after,
        tool,
        notice: failures.length ? `${tool} failed on some files:\n${failures.join('\n')}` : undefined
    };
}
/** Replaces a file by a copy of itself (a new inode, same mode), through a rename. */
async function ownCopy(file) {
    const partial = `${file}.own-${process.pid}`;
    try {
        await (0,promises_.copyFile)(file, partial);
        await (0,promises_.rename)(partial, file);
    }
    finally {
        await (0,promises_.rm)(partial, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/shape/shape.ts
// The Shape step: takes out what the runtime already provides and slims the installed tree in
// place, reporting files and bytes removed by each rule.










/** The report of a layer nothing was taken out of (built elsewhere, or a test's layer). */
function unshapedReport(mode) {
    return {
        runtimePackages: {
            mode,
            found: [],
            bytesRemoved: 0,
            reliesOnRuntime: [],
            versionMismatches: []
        },
        slimming: [],
        keptImported: [],
        notices: []
    };
}
async function shapeLayer(stageDir, target, options, ctx) {
    const entries = await walkTree(stageDir);
    const site = target.sitePackages;
    const files = entries.filter(entry => entry.kind === 'file');
    const sizes = new Map(files.map(file => [file.name, file.size]));
    const distributions = await readDistributions(entries, site);
    const runtime = planRuntimePackages(distributions, sizes, options.runtimePackages, options.runtimePackageVersions);
    const relative = (name) => name.startsWith(`${site}/`) ? name.slice(site.length + 1) : name;
    const keep = matcher(options.keep);
    const exclude = matcher(options.exclude);
    const enabled = new Set(options.slim);
    const remaining = files.filter(file => !runtime.remove.has(file.name));
    const candidates = new Set();
    for (const file of remaining) {
        const rel = relative(file.name);
        const folder = containingFolder(rel, TEST_DIRS, 0) ?? containingFolder(rel, DOC_DIRS, 1);
        if (folder)
            candidates.add(folder);
    }
    const pythonFiles = remaining
        .filter(file => file.name.endsWith('.py'))
        .map(file => ({ path: relative(file.name), source: file.source, identity: file.identity }));
    const imported = enabled.has('tests') || enabled.has('docs')
        ? importedFiles(candidates, pythonFiles)
        : new Set();
    const machine = ARCHITECTURES[target.architecture];
    const rulePlatform = { python: RUNTIMES[target.runtime].python, machine };
    const savings = new Map();
    const doomed = [...runtime.remove];
    const survivors = [];
    for (const file of remaining) {
        const rel = relative(file.name);
        const rule = keep(rel)
            ? undefined
            : (deletionRule(rel, rulePlatform, enabled, imported) ??
                (exclude(rel) ? 'exclude' : undefined));
        if (!rule) {
            survivors.push(file);
            continue;
        }
        const item = savings.get(rule) ?? { rule, files: 0, bytes: 0 };
        item.files++;
        item.bytes += file.size;
        savings.set(rule, item);
        doomed.push(file.name);
    }
    // Synchronous: thousands of small removals (test suites), each one system call. The folders they
    // leave empty stay until the staging folder goes: the zip leaves out folders that hold no file
    // (withoutEmptyFolders), and removing each one here would hold up the build.
    for (const name of doomed)
        removeFile(external_node_path_default().join(stageDir, name));
    const notices = [];
    if (enabled.has('strip')) {
        const stripStart = Date.now();
        const stripped = await stripSharedObjects(survivors
            .filter(file => !keep(relative(file.name)))
            .map(file => ({ path: relative(file.name), source: file.source, size: file.size })), machine, options.noStrip, ctx);
        if (stripped.files)
            savings.set('strip', { rule: 'strip', files: stripped.files, bytes: stripped.bytes });
        if (stripped.notice)
            notices.push(stripped.notice);
        ctx.timed?.('strip', (Date.now() - stripStart) / 1000);
    }
    return {
        runtimePackages: runtime.report,
        slimming: [...savings.values()],
        keptImported: [...imported].sort(),
        notices
    };
}
/** Removes a file; one already gone is fine. */
function removeFile(file) {
    try {
        (0,external_node_fs_.unlinkSync)(file);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/verify/cold-start.ts
const SLOWEST = 5;
function coldStart(imports) {
    const timed = imports.modules
        .filter(m => m.ok && m.seconds !== undefined)
        .map(m => ({ module: m.module, seconds: m.seconds }))
        .sort((a, b) => b.seconds - a.seconds);
    const total = timed.reduce((sum, m) => sum + m.seconds, 0);
    return {
        totalSeconds: Math.round(total * 1000) / 1000,
        modules: timed.length,
        slowest: timed.slice(0, SLOWEST),
        where: imports.where
    };
}

;// CONCATENATED MODULE: ./src/lambda/libstdcxx.ts
// The libstdc++ each Lambda OS ships: the newest GLIBCXX_/CXXABI_ symbol versions its
// libstdc++.so.6 defines, with where each figure comes from.
/**
 * libstdc++ of each Lambda OS. The GCC version each OS ships is mapped to its symbol versions
 * with the libstdc++ manual's ABI table (https://gcc.gnu.org/onlinedocs/libstdc++/manual/abi.html,
 * "Symbol versioning": GCC 7.2.0 = GLIBCXX_3.4.24, CXXABI_1.3.11; GCC 11.1.0 = GLIBCXX_3.4.29,
 * CXXABI_1.3.13; no new versions in the 7.x and 11.x point releases after those).
 */
const LIBSTDCXX_BY_OS = {
    'Amazon Linux 2': {
        glibcxx: 24,
        cxxabi: 11,
        source: 'Amazon Linux 2 ships libstdc++ 7.3.1 (GCC 7 series; package libstdc++-7.3.1 in amzn2-core)'
    },
    'Amazon Linux 2023': {
        glibcxx: 29,
        cxxabi: 13,
        source: 'Amazon Linux 2023 ships libstdc++ 11.4.1 (GCC 11 series; package libstdc++-11.4.1)'
    }
};

;// CONCATENATED MODULE: ./src/verify/cxx-runtime.ts
// The C++ runtime check: a shared object needing a GLIBCXX_/CXXABI_ symbol version newer than the
// runtime's libstdc++.so.6 provides fails at import. Limits come from the runtime image when it
// could be asked (runtime-info), else from the table of the Lambda runtimes' libstdc++ (src/lambda).


function cxxLimitsOf(runtime) {
    return LIBSTDCXX_BY_OS[RUNTIMES[runtime].os];
}
const cxx_runtime_VERSION = /^(GLIBCXX_3\.4|CXXABI_1\.3)(?:\.(\d+))?$/;
/** The kind and number of a libstdc++ symbol version ("GLIBCXX_3.4.30" -> glibcxx 30). */
function cxxVersion(version) {
    const match = cxx_runtime_VERSION.exec(version);
    if (!match)
        return undefined;
    return { kind: match[1] === 'GLIBCXX_3.4' ? 'glibcxx' : 'cxxabi', n: Number(match[2] ?? 0) };
}
/**
 * The needs a shared object has of the runtime's own libstdc++.so.6 beyond its limits. Needs of
 * a vendored copy (auditwheel renames it, e.g. libstdc++-6e2c1a.so.6.0.33) are satisfied by that
 * copy and not counted.
 */
function cxxTooNew(needs, limits) {
    return needs.filter(need => {
        if (need.library !== 'libstdc++.so.6')
            return false;
        const version = cxxVersion(need.version);
        return version !== undefined && version.n > limits[version.kind];
    });
}
/** "GLIBCXX_3.4.29 and CXXABI_1.3.13" for a message. */
function describeCxx(limits) {
    return `GLIBCXX_3.4.${limits.glibcxx} and CXXABI_1.3.${limits.cxxabi}`;
}

;// CONCATENATED MODULE: ./src/verify/elf.ts
// A small ELF reader: the machine a shared object is built for, and the symbol versions it needs
// from each library (.gnu.version_r), with the undefined symbols that need them (.dynsym +
// .gnu.version).

const SHT_DYNSYM = 11;
const SHT_GNU_VERNEED = 0x6ffffffe;
const SHT_GNU_VERSYM = 0x6fffffff;
/** Section header field offsets, for ELF64 and ELF32 (type, link and info are 32-bit in both). */
const SECTION_FIELDS = {
    64: { type: 4, offset: 24, size: 32, link: 40, info: 44, entsize: 56 },
    32: { type: 4, offset: 16, size: 20, link: 24, info: 28, entsize: 36 }
};
/** Parses an ELF file; undefined when the bytes are not ELF. Throws on a truncated or corrupt file. */
function readElf(data) {
    const header = readElfHeader(data);
    if (data.length < 52 || !header)
        return undefined;
    const { is64, littleEndian: le, machine } = header;
    const u16 = (at) => (le ? data.readUInt16LE(at) : data.readUInt16BE(at));
    const u32 = (at) => (le ? data.readUInt32LE(at) : data.readUInt32BE(at));
    const addr = (at) => is64 ? Number(le ? data.readBigUInt64LE(at) : data.readBigUInt64BE(at)) : u32(at);
    const shoff = addr(is64 ? 0x28 : 0x20);
    const shentsize = u16(is64 ? 0x3a : 0x2e);
    const shnum = u16(is64 ? 0x3c : 0x30);
    const field = SECTION_FIELDS[is64 ? 64 : 32];
    const sections = [];
    for (let i = 0; i < shnum; i++) {
        const at = shoff + i * shentsize;
        if (at + shentsize > data.length)
            throw new Error('section headers past the end of the file');
        sections.push({
            type: u32(at + field.type),
            offset: addr(at + field.offset),
            size: addr(at + field.size),
            link: u32(at + field.link),
            info: u32(at + field.info),
            entsize: addr(at + field.entsize)
        });
    }
    const string = (section, at) => {
        if (!section)
            return '';
        const start = section.offset + at;
        const end = data.indexOf(0, start);
        return data.toString('latin1', start, end < 0 ? data.length : end);
    };
    // .gnu.version_r: per library, the versions it must provide, by version index.
    const byIndex = new Map();
    const needs = [];
    for (const section of sections.filter(s => s.type === SHT_GNU_VERNEED)) {
        const strings = sections[section.link];
        let at = section.offset;
        for (let n = 0; n < section.info; n++) {
            const library = string(strings, u32(at + 4));
            let aux = at + u32(at + 8);
            for (let k = 0; k < u16(at + 2); k++) {
                const need = { library, version: string(strings, u32(aux + 8)), symbols: [] };
                byIndex.set(u16(aux + 6) & 0x7fff, need);
                needs.push(need);
                const next = u32(aux + 12);
                if (!next)
                    break;
                aux += next;
            }
            const next = u32(at + 12);
            if (!next)
                break;
            at += next;
        }
    }
    // .dynsym with .gnu.version: which undefined symbol needs which version.
    const dynsym = sections.find(s => s.type === SHT_DYNSYM);
    const versym = sections.find(s => s.type === SHT_GNU_VERSYM);
    if (dynsym && versym && byIndex.size) {
        const strings = sections[dynsym.link];
        const entsize = dynsym.entsize || (is64 ? 24 : 16);
        const count = Math.floor(dynsym.size / entsize);
        for (let i = 1; i < count; i++) {
            const at = dynsym.offset + i * entsize;
            const shndx = u16(at + (is64 ? 6 : 14));
            if (shndx !== 0)
                continue; // defined here, not needed from a library
            const need = byIndex.get(u16(versym.offset + i * 2) & 0x7fff);
            if (need)
                need.symbols.push(string(strings, u32(at)));
        }
    }
    return { machine, needs };
}
/** glibc symbol version "GLIBC_2.27" as its minor number (27); undefined for other versions. */
function glibcMinor(version) {
    const match = /^GLIBC_2\.(\d+)(?:\.\d+)?$/.exec(version);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/verify/elf-check.ts
// The ELF check (no Docker needed): every shared object in the zip must be built for the target's
// architecture and need no glibc, GLIBCXX_ or CXXABI_ symbol version newer than the runtime has.






const elf_check_SHARED_OBJECT = /\.so(\.\d+)*$/;
async function checkElf(zipPath, index, runtime, architecture, cxx = cxxLimitsOf(runtime)) {
    const limit = RUNTIMES[runtime].glibc;
    const expected = ELF_MACHINE[ARCHITECTURES[architecture]];
    const problems = [];
    let newest = 0;
    const newestCxx = { glibcxx: -1, cxxabi: -1 };
    const owner = (name) => {
        const dist = index.ownerOf(name);
        return dist ? ` (package ${dist.name} ${dist.version})` : ' (no package lists it)';
    };
    let files = 0;
    // One shared object in memory at a time: each is read, checked and dropped.
    await eachZipEntry(zipPath, async (entry) => {
        if (entry.name.endsWith('/') || !elf_check_SHARED_OBJECT.test(entry.name))
            return;
        files++;
        const file = { name: entry.name, data: await entryBytes(entry) };
        let elf;
        try {
            elf = readElf(file.data);
        }
        catch (error) {
            problems.push(`${file.name}${owner(file.name)}: unreadable ELF file: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
            return;
        }
        if (!elf)
            return; // a linker script or data file named *.so
        if (elf.machine !== expected) {
            problems.push(`${file.name}${owner(file.name)} is built for ELF machine ${elf.machine}, not ${ARCHITECTURES[architecture]} (${expected})`);
            return;
        }
        const tooNew = elf.needs.filter(need => {
            const minor = glibcMinor(need.version);
            if (minor !== undefined)
                newest = Math.max(newest, minor);
            return minor !== undefined && minor > limit;
        });
        if (tooNew.length) {
            problems.push(`${file.name}${owner(file.name)} needs ${describe(tooNew)}, but ${runtime} has glibc 2.${limit}`);
        }
        for (const need of elf.needs) {
            const version = need.library === 'libstdc++.so.6' ? cxxVersion(need.version) : undefined;
            if (version)
                newestCxx[version.kind] = Math.max(newestCxx[version.kind], version.n);
        }
        const cxxNew = cxxTooNew(elf.needs, cxx);
        if (cxxNew.length) {
            problems.push(`${file.name}${owner(file.name)} needs ${describe(cxxNew)} from libstdc++.so.6, but ${runtime}'s libstdc++ provides up to ${describeCxx(cxx)} (${cxx.source})`);
        }
    });
    const cxxNeeded = [
        newestCxx.glibcxx >= 0 ? `GLIBCXX_3.4${newestCxx.glibcxx ? `.${newestCxx.glibcxx}` : ''}` : '',
        newestCxx.cxxabi >= 0 ? `CXXABI_1.3${newestCxx.cxxabi ? `.${newestCxx.cxxabi}` : ''}` : ''
    ].filter(Boolean);
    return {
        files,
        ...(newest ? { newestGlibc: `2.${newest}` } : {}),
        ...(cxxNeeded.length ? { newestCxx: cxxNeeded } : {}),
        cxxLimits: cxx,
        problems
    };
}
/** "GLIBCXX_3.4.31 (_ZNSt...), CXXABI_1.3.14" for a message. */
function describe(needs) {
    return needs
        .map(need => `${need.version}${need.symbols.length ? ` (${need.symbols.join(', ')})` : ''}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/verify/emulation.ts
// Running a runtime image of the other architecture: an x86_64 engine runs arm64 images through
// QEMU user emulation (and the reverse), slower, so the import check allows more time there.

/** Per-module import time limits, in seconds: native, and under emulation (several times slower). */
const IMPORT_TIME_LIMIT = { native: 120, emulated: 600 };
/** True when the engine's architecture (Docker's name: amd64, arm64) is not the target's. */
function isEmulated(engineArch, architecture) {
    return engineArch !== dockerArch(architecture);
}
/** The engine could not start the image's programs: no emulator is registered for them. */
function isExecFormatError(message) {
    return /exec format error/i.test(message);
}
/** Why the import check cannot run, and how to make emulation available. */
function emulationMissing(engineArch, architecture) {
    const platform = `linux/${dockerArch(architecture)}`;
    return (`the Docker engine runs ${engineArch} and cannot run ${platform} programs: no QEMU emulation is registered. ` +
        `Enable it with \`docker run --privileged --rm tonistiigi/binfmt --install ${dockerArch(architecture)}\` ` +
        `or, on Debian/Ubuntu, \`apt-get install qemu-user-static binfmt-support\`; ` +
        `on GitHub Actions add the step \`uses: docker/setup-qemu-action@v3\`` +
        (architecture === 'arm64' ? ' or run the job on an ubuntu-24.04-arm runner' : ''));
}

;// CONCATENATED MODULE: ./src/verify/imports.ts
// The import check: imports each top-level module of the layer in a fresh interpreter, one at a
// time, timing each (a cold-start cost), in the runtime image with the layer read-only at /opt
// (the host's isolated check is in host-imports.ts).




/**
 * Python shared by the image and host drivers: `attempt_all(argv, names, limit)` yields one result
 * per module, the successes as they come and each ImportError after its retry.
 */
const ATTEMPT = `
def attempt(argv, name, before, limit):
    try:
        p = subprocess.run(argv(name, before), capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return {'module': name, 'ok': False, 'error': 'no result within the %g s time limit' % limit}
    if p.returncode == 0:
        return {'module': name, 'ok': True, 'seconds': round(float(p.stdout.split()[-1]), 4)}
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    return {'module': name, 'ok': False, 'error': lines[-1] if lines else 'exit %d' % p.returncode}

def attempt_all(argv, names, limit):
    failed, imported = [], []
    for name in names:
        result = attempt(argv, name, [], limit)
        if result['ok']:
            imported.append(name)
            yield result
        else:
            failed.append(result)
    for result in failed:
        if imported and result['error'].startswith('ImportError:'):
            retry = attempt(argv, result['module'], imported, limit)
            if retry['ok']:
                retry['afterOthers'] = True
                result = retry
        yield result
`;
/**
 * Imports each module named on the command line in its own interpreter; one JSON line per module.
 * A module that raises ImportError alone is tried once more after the modules that did import: some
 * top-level modules (psycopg_binary) refuse to load before their parent package, as at run time.
 */
const DRIVER = `
import json, os, subprocess, sys
CODE = "import importlib, sys, time; [importlib.import_module(m) for m in sys.argv[2:]]; t = time.perf_counter(); importlib.import_module(sys.argv[1]); print(time.perf_counter() - t)"
LIMIT = float(os.environ.get('LAMBDA_LAYER_IMPORT_LIMIT') or 120)
${ATTEMPT}
for result in attempt_all(lambda name, before: [sys.executable, '-c', CODE, name] + before, sys.argv[1:], LIMIT):
    print(json.dumps(result))
    sys.stdout.flush()
`;
async function importInImage(layerDir, modules, { docker, image, user, runtime, architecture, emulated }) {
    const limit = emulated ? IMPORT_TIME_LIMIT.emulated : IMPORT_TIME_LIMIT.native;
    const result = await docker.run({
        image,
        platform: dockerPlatform(architecture),
        entrypoint: `python${RUNTIMES[runtime].python}`,
        user,
        network: 'none',
        mounts: [{ source: layerDir, target: '/opt', readOnly: true }],
        env: {
            PYTHONPATH: lambdaPythonPath(runtime),
            PYTHONDONTWRITEBYTECODE: '1',
            HOME: '/tmp',
            LAMBDA_LAYER_IMPORT_LIMIT: String(limit)
        },
        command: ['-c', DRIVER, ...modules]
    });
    const where = emulated ? `${image} (${dockerPlatform(architecture)}, emulated)` : image;
    return importReport(where, modules, result);
}
/** The report of a driver run: one JSON line per module, failures first, then the slowest. */
function importReport(where, modules, result) {
    const imported = result.stdout
        .split('\n')
        .filter(line => line.startsWith('{'))
        .map(line => JSON.parse(line));
    const problems = imported
        .filter(item => !item.ok)
        .map(item => `import ${item.module} fails in ${where}: ${item.error}`);
    if (result.code !== 0 || imported.length !== modules.length) {
        problems.push(`the import check did not finish in ${where} (exit ${result.code}): ${tail(result.stderr, 4)}`);
    }
    // Failures first, then the slowest: the cold-start cost users look for.
    imported.sort((a, b) => Number(a.ok) - Number(b.ok) || (b.seconds ?? 0) - (a.seconds ?? 0));
    return { where, modules: imported, problems };
}

;// CONCATENATED MODULE: ./src/verify/host-imports.ts
// The import check on the host, isolated as Lambda is: each module imported in a fresh
// interpreter started with -I -S (no site-packages, no user site, no PYTHON* variables, no .pth
// files), whose sys.path is set explicitly to the layer, then the standard library, then the
// runtime's SDK set — so a package the host happens to have cannot hide one the layer lacks.



/**
 * argv: LAYER_PATHS_JSON SDK_PATHS_JSON MODULE... — one JSON line per module. The child keeps
 * only what -I -S leaves on sys.path (the standard library) between the layer and the SDK set.
 */
const host_imports_DRIVER = `
import json, subprocess, sys
CODE = "import json, sys; sys.path[:] = json.loads(sys.argv[2]) + sys.path + json.loads(sys.argv[3]); import importlib, time; [importlib.import_module(m) for m in sys.argv[4:]]; t = time.perf_counter(); importlib.import_module(sys.argv[1]); print(time.perf_counter() - t)"
layer, sdk = sys.argv[1], sys.argv[2]
${ATTEMPT}
for result in attempt_all(lambda name, before: [sys.executable, '-I', '-S', '-c', CODE, name, layer, sdk] + before, sys.argv[3:], None):
    print(json.dumps(result))
    sys.stdout.flush()
`;
/** The layer's folders on sys.path, in Lambda's order. */
function layerPaths(layerDir, runtime) {
    const python = external_node_path_default().join(layerDir, 'python');
    return [external_node_path_default().join(python, 'lib', `python${RUNTIMES[runtime].python}`, 'site-packages'), python];
}
async function importOnHost(layerDir, modules, { run, python, runtime, hostVersion, sdkDir, sdkLabel }) {
    const where = `host python ${hostVersion}${sdkLabel ? ` with ${sdkLabel}` : ''}`;
    const result = await run(python, [
        '-I',
        '-S',
        '-c',
        host_imports_DRIVER,
        JSON.stringify(layerPaths(layerDir, runtime)),
        JSON.stringify(sdkDir ? [sdkDir] : []),
        ...modules
    ], { cwd: layerDir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
    return importReport(where, modules, result);
}

;// CONCATENATED MODULE: ./src/verify/layer-index.ts
// What a layer zip holds, as Verify needs it: entry names, the distributions of its dist-info
// folders (with their RECORD files and top_level.txt), and which distribution owns each file.



const DIST_INFO = /^([^/]+)-([^-/]+)\.dist-info\/(RECORD|top_level\.txt)$/;
async function indexLayer(zipPath, site) {
    const prefix = `${site}/`;
    const { names, files } = await readZip(zipPath, name => name.startsWith(prefix) && DIST_INFO.test(name.slice(prefix.length)));
    const byFolder = new Map();
    for (const file of files) {
        const [, rawName = '', version = '', kind] = DIST_INFO.exec(file.name.slice(prefix.length)) ?? [];
        const key = `${rawName}-${version}`;
        const dist = byFolder.get(key) ?? {
            name: normalizeName(rawName),
            version,
            files: [],
            topLevel: []
        };
        byFolder.set(key, dist);
        const text = file.data.toString('utf8');
        if (kind === 'top_level.txt')
            dist.topLevel = text
                .split('\n')
                .map(line => line.trim())
                .filter(Boolean);
        else
            dist.files = recordFiles(text, site);
    }
    const distributions = [...byFolder.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    const owner = new Map();
    for (const dist of distributions)
        for (const file of dist.files)
            owner.set(file, dist);
    return { names, site, distributions, ownerOf: name => owner.get(name) };
}
/**
 * The top-level name a zip path under `prefix` belongs to: its first folder, or the module a
 * top-level `.py` / extension file defines; undefined outside `prefix` or for other files.
 */
function topLevelName(path, prefix) {
    if (!path.startsWith(prefix))
        return undefined;
    const rest = path.slice(prefix.length);
    const first = rest.split('/')[0] ?? '';
    if (rest.includes('/'))
        return first;
    return /^([A-Za-z_][A-Za-z0-9_]*)(?:\.py|\.[^/]*\.so|\.so)$/.exec(first)?.[1];
}
/**
 * Top-level modules the layer provides: names from top_level.txt and RECORD that are really in
 * the zip (a package folder, a .py module, or an extension module), sorted.
 */
function topLevelModules(index) {
    const prefix = `${index.site}/`;
    const present = new Set();
    for (const name of index.names) {
        const module = topLevelName(name, prefix);
        if (module)
            present.add(module);
    }
    const candidates = new Set();
    for (const dist of index.distributions) {
        for (const line of dist.topLevel)
            candidates.add(line.split('/')[0] ?? '');
        for (const file of dist.files) {
            const module = topLevelName(file, prefix);
            if (module)
                candidates.add(module);
        }
    }
    return [...candidates]
        .filter(name => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && present.has(name))
        .filter(name => name !== '__pycache__' && name !== 'bin')
        .sort();
}

;// CONCATENATED MODULE: ./src/verify/runtime-info.ts
// Asks a Lambda runtime image what it provides: Python version, glibc, machine, sys.path order as a
// function sees it, every installed distribution outside /opt and /var/task (the AWS SDK set), and
// the newest GLIBCXX_/CXXABI_ versions its libstdc++.so.6 defines.





const SCRIPT = `
import glob, json, os, platform, re, sys, importlib.metadata as md
libstdcxx = None
for folder in ['/var/lang/lib', '/lib64', '/usr/lib64'] + sorted(glob.glob('/usr/lib/*-linux-gnu')) + ['/usr/lib', '/lib']:
    candidate = os.path.join(folder, 'libstdc++.so.6')
    if os.path.exists(candidate):
        real = os.path.realpath(candidate)
        data = open(real, 'rb').read()
        numbers = lambda prefix: max([int(n) for n in re.findall(prefix + rb'\\.(\\d+)\\x00', data)] or [0])
        libstdcxx = {'path': real, 'glibcxx': numbers(rb'GLIBCXX_3\\.4'), 'cxxabi': numbers(rb'CXXABI_1\\.3')}
        break
packages = []
for dist in md.distributions():
    location = str(dist.locate_file('')).rstrip('/')
    if location.startswith(('/opt', '/var/task')):
        continue
    packages.append({'name': dist.metadata['Name'] or '', 'version': dist.version, 'location': location})
print(json.dumps({'python': platform.python_version(), 'glibc': platform.libc_ver()[1],
                  'machine': platform.machine(), 'sysPath': [p for p in sys.path if p],
                  'packages': packages, 'libstdcxx': libstdcxx}))
`;
async function runtimeInfo(docker, image, runtime, architecture) {
    await docker.ensureImage(image, `runtime image for ${runtime} ${architecture}`);
    const result = await docker.run({
        image,
        platform: dockerPlatform(architecture),
        entrypoint: `python${RUNTIMES[runtime].python}`,
        network: 'none',
        env: { PYTHONPATH: lambdaPythonPath(runtime) },
        command: ['-c', SCRIPT]
    });
    const line = result.stdout.trim().split('\n').at(-1) ?? '';
    if (result.code !== 0 || !line.startsWith('{')) {
        throw new src_errors/* DockerError */.Bi(`could not read what ${image} provides (exit ${result.code}): ${tail(result.stderr, 4)}`, {
            hint: `The runtime image must have python${RUNTIMES[runtime].python}; check the runtime image name.`
        });
    }
    const { libstdcxx, ...info } = JSON.parse(line);
    const seen = new Set();
    const packages = info.packages
        .map(p => ({ ...p, name: normalizeName(p.name) }))
        .filter(p => p.name && !seen.has(p.name) && seen.add(p.name))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    return { image, ...info, packages, ...(libstdcxx ? { libstdcxx } : {}) };
}

;// CONCATENATED MODULE: ./src/verify/sdk-set.ts
// The runtime's AWS SDK set on the host, for the host import check: the versions the user declares
// (runtime-package-versions), else those the runtime image reports, else a pinned default,
// installed once into a cached folder that the check puts after the layer, as Lambda does.








/** The SDK set's requirements from the declared or reported versions, else the default. */
function sdkRequirements(declared, reported = {}) {
    const members = RUNTIME_PROVIDED.filter(name => name !== 'awslambdaric');
    const pick = (versions) => members.filter(name => versions[name]).map(name => `${name}==${versions[name]}`);
    const fromConfig = pick(declared);
    // Declared versions may name only part of the set: boto3 brings the rest, resolved against them.
    if (fromConfig.length)
        return {
            source: 'config',
            requirements: declared.boto3 ? fromConfig : [...fromConfig, 'boto3'],
            resolve: true
        };
    const fromImage = pick(reported);
    if (fromImage.length)
        return { source: 'image', requirements: fromImage, resolve: true };
    return { source: 'default', requirements: pick(DEFAULT_SDK_SET), resolve: false };
}
const installs = new Map();
/**
 * Installs the set with pip (run by `python`, any Python with pip: the SDK set is pure Python and
 * pip picks versions for `pythonVersion`) into `cacheDir/python<X.Y>-<hash of the requirements>`,
 * once per machine; concurrent builds each install into a private folder and rename it into place.
 */
async function sdkSetFolder(run, python, pythonVersion, cacheDir, declared, reported) {
    const { source, requirements, resolve } = sdkRequirements(declared, reported);
    const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(requirements)).digest('hex').slice(0, 16);
    const dir = external_node_path_default().join(cacheDir, `python${pythonVersion}-${key}`);
    let install = installs.get(dir);
    if (!install) {
        install = installOnce(run, python, pythonVersion, dir, requirements, resolve);
        installs.set(dir, install);
        install.catch(() => installs.delete(dir));
    }
    await install;
    return { dir, source, requirements };
}
async function installOnce(run, python, pythonVersion, dir, requirements, resolve) {
    if (await complete(dir))
        return;
    await placeFolder(dir, async (partial) => {
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
        ]);
        if (result.code !== 0) {
            throw new src_errors/* ToolError */.v4(`could not install the runtime's SDK set (${requirements.join(' ')}) for the host import check:\n${tail(result.stderr, 6)}`, {
                hint: 'Check that the package index is reachable, and that runtime-package-versions names versions that exist.'
            });
        }
        await (0,promises_.mkdir)(partial, { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(partial, '.complete'), '');
    }, 
    // Another build may have put the same set in place meanwhile: theirs is as good.
    complete);
}
const complete = (dir) => exists(external_node_path_default().join(dir, '.complete'));

;// CONCATENATED MODULE: ./src/verify/sdk.ts
// The SDK shadowing check: a layer that ships part of the AWS SDK set the runtime provides, or
// versions that differ from the runtime's, changes what a function's `import boto3` loads.


/**
 * Compares the layer's distributions with the SDK set the runtime provides (`runtime`: name ->
 * version; versions may be empty when unknown).
 */
function checkSdk(index, runtime, source) {
    const sdk = new Set(RUNTIME_PROVIDED);
    const provided = [...runtime.keys()].filter(name => sdk.has(name));
    const shadowed = index.distributions
        .filter(dist => provided.includes(dist.name))
        .map(dist => ({
        name: dist.name,
        layer: dist.version,
        ...(runtime.get(dist.name) ? { runtime: runtime.get(dist.name) } : {})
    }));
    const shipped = new Set(shadowed.map(item => item.name));
    const missing = shadowed.length ? provided.filter(name => !shipped.has(name)).sort() : [];
    const problems = [];
    if (missing.length) {
        const list = shadowed.map(item => `${item.name} ${item.layer}`).join(', ');
        problems.push(`ships ${list} but not ${missing.join(', ')}: the runtime's copies of those will run against the layer's`);
    }
    for (const item of shadowed) {
        if (item.runtime && !sameVersion(item.runtime, item.layer))
            problems.push(`${item.name} ${item.layer} shadows the runtime's ${item.name} ${item.runtime}`);
    }
    return { source, shadowed, missing, problems };
}

;// CONCATENATED MODULE: ./src/verify/test-command.ts
// The project's own tests (the seed's docker-test-run): the test command runs in the runtime image
// with the layer read-only at /opt and the project read-only at /var/task; its exit status decides.


async function runTestCommand(layerDir, command, t) {
    const started = Date.now();
    const [entrypoint = '', ...args] = command;
    const lines = [];
    const title = `test-command for layer ${t.layerName} (${t.runtime} ${t.architecture}): ${command.join(' ')}`;
    const run = async () => {
        const result = await t.docker.run({
            image: t.image,
            platform: dockerPlatform(t.architecture),
            entrypoint,
            user: t.user,
            network: 'host',
            workdir: '/var/task',
            mounts: [
                { source: layerDir, target: '/opt', readOnly: true },
                { source: t.projectDir, target: '/var/task', readOnly: true }
            ],
            env: { PYTHONPATH: lambdaPythonPath(t.runtime), PYTHONDONTWRITEBYTECODE: '1', HOME: '/tmp' },
            command: args,
            onStderrLine: line => lines.push(line)
        });
        lines.push(...result.stdout.split('\n').filter(line => line.trim()));
        for (const line of lines)
            t.log.info(line);
        return result;
    };
    const result = t.log.group ? await t.log.group(title, run) : (t.log.info(title), await run());
    const output = lines.join('\n');
    return {
        command: [...command],
        exitCode: result.code,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        problems: result.code === 0
            ? []
            : [`${command.join(' ')} exited with ${result.code} in ${t.image}:\n${tail(output, 10)}`]
    };
}

;// CONCATENATED MODULE: ./src/verify/verify.ts
// The Verify step on one written layer zip, before anything could be published: ELF check, import
// check, SDK shadowing check and the project's test command. Failures throw a VerifyError.


















const infos = new WeakMap();
/** What the runtime image provides, asked once per image and engine. */
function cachedRuntimeInfo(docker, image, target) {
    const byImage = infos.get(docker) ?? new Map();
    infos.set(docker, byImage);
    let info = byImage.get(image);
    if (!info) {
        info = runtimeInfo(docker, image, target.runtime, target.architecture);
        byImage.set(image, info);
    }
    return info;
}
async function verifyLayer(zipPath, target, ctx) {
    const { options } = ctx;
    const on = new Set(options.checks);
    if (on.size === 0 && !options.testCommand)
        return undefined;
    const report = { warnings: [] };
    const errors = [];
    const causes = new Set();
    const index = await indexLayer(zipPath, target.sitePackages);
    const image = imageFor(ctx.runtimeImage, target.runtime, target.architecture);
    const { engine, reason } = await ctx.docker.engine();
    let unusable = engine ? undefined : reason;
    // An engine of the other architecture runs the image under QEMU emulation, when registered.
    const emulated = !!engine && isEmulated(engine.arch, target.architecture);
    const needsImage = on.has('imports') || on.has('sdk') || !!options.testCommand;
    let info;
    if (!unusable && needsImage) {
        try {
            info = await cachedRuntimeInfo(ctx.docker, image, target);
        }
        catch (error) {
            if (emulated && engine && error instanceof Error && isExecFormatError(error.message)) {
                unusable = emulationMissing(engine.arch, target.architecture);
            }
            else {
                // The default image may be out of reach (no registry access): checks fall back or are
                // skipped with a warning. An image the user named must be there.
                if (ctx.imageRequired || !(error instanceof src_errors/* DockerError */.Bi))
                    throw error;
                unusable = `the runtime image ${image} is not available (${error.message.split('\n')[0]})`;
            }
        }
    }
    if (on.has('elf')) {
        const cxx = info?.libstdcxx
            ? {
                glibcxx: info.libstdcxx.glibcxx,
                cxxabi: info.libstdcxx.cxxabi,
                source: `${info.libstdcxx.path} in ${image}`
            }
            : undefined;
        report.elf = await checkElf(zipPath, index, target.runtime, target.architecture, cxx);
        errors.push(...report.elf.problems);
        if (report.elf.problems.length)
            causes.add('packages');
    }
    if (info && info.python.split('.').slice(0, 2).join('.') !== RUNTIMES[target.runtime].python) {
        errors.push(`runtime image ${image} has Python ${info.python}, not ${RUNTIMES[target.runtime].python}`);
        causes.add('image');
    }
    const layerDir = external_node_path_default().join(ctx.workDir, 'verify', target.id);
    const needsTree = on.has('imports') || options.testCommand;
    if (needsTree)
        await extractZip(zipPath, layerDir);
    try {
        if (on.has('imports')) {
            const skip = new Set(options.skipImports);
            const modules = topLevelModules(index).filter(name => !skip.has(name));
            report.imports = await checkImports(layerDir, modules, target, image, unusable, {
                ...ctx,
                emulated
            });
            if ('skipped' in report.imports) {
                const { skipped, enable } = report.imports;
                const where = `${target.runtime} ${target.architecture}`;
                const message = `import check skipped for ${where}: ${skipped}.${enable ? ` To enable it, ${enable}.` : ''}`;
                if (ctx.notice)
                    ctx.notice(`imports-skipped:${where}:${skipped}`, message);
                else
                    report.warnings.push(message);
            }
            else {
                errors.push(...report.imports.problems);
                report.coldStart = coldStart(report.imports);
            }
            if (!('skipped' in report.imports) && report.imports.problems.length) {
                causes.add('packages');
                if (needsNewerSdk(report.imports.problems))
                    causes.add('runtime-sdk');
            }
        }
        if (options.testCommand) {
            if (unusable) {
                errors.push(`test-command needs a Docker engine for ${target.architecture}, but ${unusable}`);
                causes.add('docker');
            }
            else {
                report.testCommand = await runTestCommand(layerDir, options.testCommand, {
                    docker: ctx.docker,
                    log: ctx.log,
                    image,
                    user: invokingUser(),
                    runtime: target.runtime,
                    architecture: target.architecture,
                    projectDir: ctx.projectDir,
                    layerName: target.layer.name
                });
                errors.push(...report.testCommand.problems);
                if (report.testCommand.problems.length)
                    causes.add('tests');
            }
        }
    }
    finally {
        if (needsTree)
            await (0,promises_.rm)(layerDir, { recursive: true, force: true });
    }
    if (on.has('sdk')) {
        report.sdk = sdkCheck(index, info, ctx.runtimeVersions);
        if (options.sdkShadowing === 'error')
            errors.push(...report.sdk.problems);
        if (options.sdkShadowing === 'error' && report.sdk.problems.length)
            causes.add('sdk');
        else
            report.warnings.push(...report.sdk.problems.map(problem => `SDK shadowing: ${problem}`));
    }
    if (errors.length) {
        throw new src_errors/* VerifyError */.Gz(`${target.layer.name} (${target.runtime} ${target.architecture})`, errors, { hint: verifyHint(causes) });
    }
    return report;
}
/** The way out for each kind of Verify failure, most specific first. */
const HINTS = {
    docker: 'Start a Docker engine for that architecture (DOCKER_HOST; arm64 on x86_64 needs QEMU binfmt), or remove test-command.',
    image: 'Point runtime-image (--runtime-image) at the image of this runtime, e.g. public.ecr.aws/lambda/python:{python}.',
    tests: "Fix the project's tests or the layer's packages; the test output is above.",
    'runtime-sdk': 'A package in the layer needs a newer AWS SDK than the runtime provides (the layer leaves boto3 & co. to the runtime): ship the SDK set in the layer (runtime-packages = "keep"), or pin that package to a release that works with the runtime\'s SDK.',
    sdk: 'Remove the SDK packages from the layer (runtime-packages = "remove"), ship the whole set, or set sdk-shadowing = "warn".',
    packages: 'Fix the packages named above (pin versions with compatible wheels), or switch a check off in [tool.lambda-layer.verify] (--verify).'
};
/** An import failed inside the runtime's SDK set (e.g. aiobotocore importing a name botocore lacks). */
function needsNewerSdk(problems) {
    return problems.some(problem => /(?:cannot import name \S+ from '|No module named ')(?:boto3|botocore|s3transfer)[.']/.test(problem));
}
function verifyHint(causes) {
    const ways = Object.keys(HINTS).filter(c => causes.has(c)).map(c => HINTS[c]);
    return `Nothing was published. ${ways.join(' ') || HINTS.packages}`;
}
async function checkImports(layerDir, modules, target, image, unusable, ctx) {
    if (modules.length === 0)
        return { where: image, modules: [], problems: [] };
    if (!unusable) {
        return importInImage(layerDir, modules, {
            docker: ctx.docker,
            image,
            user: invokingUser(),
            runtime: target.runtime,
            architecture: target.architecture,
            emulated: ctx.emulated
        });
    }
    const python = ctx.hostPython ?? 'python3';
    const host = await ctx
        .run(python, ['-c', 'import platform; print(platform.python_version(), platform.machine())'])
        .catch(() => undefined);
    const [version = '', machine = ''] = host?.code === 0 ? host.stdout.trim().split(/\s+/) : [];
    const wanted = RUNTIMES[target.runtime].python;
    const where = `${target.runtime} ${target.architecture}`;
    if (version.split('.').slice(0, 2).join('.') === wanted &&
        machine === ARCHITECTURES[target.architecture]) {
        ctx.notice?.(`host-imports:${where}:${unusable}`, `import check for ${where} runs on the host's Python ${version} (isolated: the standard library, the layer and the runtime's SDK set only), because ${unusable}`);
        const sdk = await sdkSetFolder(ctx.run, 'python3', wanted, ctx.sdkCacheDir ?? external_node_path_default().join(ctx.workDir, 'sdk-set'), ctx.runtimeVersions);
        return importOnHost(layerDir, modules, {
            run: ctx.run,
            python,
            runtime: target.runtime,
            hostVersion: version,
            sdkDir: sdk.dir,
            sdkLabel: `the ${sdk.source === 'config' ? 'declared' : sdk.source} SDK set`
        });
    }
    const hostPython = version ? `Python ${version} ${machine}` : 'no Python';
    return {
        skipped: `${unusable}; the host has ${hostPython}, not ${wanted} ${ARCHITECTURES[target.architecture]}`,
        enable: `start a Docker engine that runs ${dockerArch(target.architecture)} containers (DOCKER_HOST) with the runtime image ${image}, or build on a host with Python ${wanted} on ${ARCHITECTURES[target.architecture]}; --verify elf,sdk switches the import check off`
    };
}
function sdkCheck(index, info, declared) {
    if (info)
        return checkSdk(index, new Map(info.packages.map(p => [p.name, p.version])), 'image');
    const names = RUNTIME_PROVIDED.filter(name => name !== 'awslambdaric');
    const versions = new Map(names.map(name => [name, declared[name] ?? '']));
    return checkSdk(index, versions, Object.keys(declared).length ? 'config' : 'names');
}

;// CONCATENATED MODULE: ./src/target/steps.ts
// The steps of one target's build, shared by a full build (target.ts) and the update of an earlier
// zip (target-update.ts): stage (install, Shape, bytecode), zip, and finish (read back, Verify,
// report), each timed on the target's stopwatch.
















/**
 * Installs `requirements` into `stageDir`, shapes it and compiles its bytecode (then takes out the
 * sources the python-sources rule removes), logging what each step found.
 */
async function stageLayer(target, requirements, stageDir, step, ctx, clock, progress, 
/** Looks at the installed tree before Shape changes it. */
afterInstall) {
    const { config, project, log } = ctx;
    const pinned = pinsOf(requirements).length;
    const what = [
        pinned ? `${pinned} pinned package${pinned === 1 ? '' : 's'}` : '',
        ...requirements.files.map(file => external_node_path_default().relative(project.dir, file)),
        target.layer.includeProject ? project.name : ''
    ].filter(Boolean);
    progress.stage = 'install';
    const outcome = await ctx.installing(() => {
        clock.skip(); // waiting for another target's install is no stage of this one
        (0,interrupt/* setActivity */.qL)(`installing ${target.layer.name} ${target.runtime} ${target.architecture}`);
        log.info(`${step}: installing ${what.join(' + ') || 'nothing'} (${config.installer}, ${config.builder})`);
        return withHeartbeat(log, `${step}: installing`, () => ctx.build({
            target,
            requirements,
            projectWheel: target.layer.includeProject ? ctx.projectWheel : undefined,
            siteDir: external_node_path_default().join(stageDir, target.sitePackages),
            workDir: external_node_path_default().join(ctx.workRoot, 'work', target.id)
        }));
    });
    await afterInstall?.();
    clock.lap('install');
    progress.stage = 'shape';
    log.info(`${step}: shaping (runtime packages: ${config.shape.runtimePackages}; slim: ${config.shape.slim.join(', ') || 'none'})`);
    const shape = await shapeLayer(stageDir, target, config.shape, { ...ctx, timed: clock.set });
    for (const notice of shape.notices)
        log.warn(`layer ${target.layer.name}: ${notice}`);
    for (const { name, locked, runtime } of shape.runtimePackages.versionMismatches) {
        log.warn(`layer ${target.layer.name}: ${name} ${locked} is locked, but ${target.runtime} provides ${runtime}`);
    }
    for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
        log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`);
    }
    clock.lap('shape');
    // Compiled bytecode unless the `bytecode` rule removes it (then every cold start compiles).
    const bytecode = config.shape.slim.includes('bytecode')
        ? undefined
        : await ctx.compiling(() => {
            clock.skip(); // waiting for another target's bytecode is no stage of this one
            return compileBytecode(external_node_path_default().join(stageDir, target.sitePackages), target.sitePackages, RUNTIMES[target.runtime].python, {
                run: ctx.run,
                log,
                docker: ctx.docker,
                resultsDir: ctx.resultsDir,
                images: [config.buildImage, config.runtimeImage].map(image => imageFor(image, target.runtime, target.architecture))
            });
        });
    if (bytecode?.notice)
        log.warn(`layer ${target.layer.name}: ${bytecode.notice}`);
    else if (bytecode?.failed)
        log.info(`${step}: ${bytecode.failed} files did not compile to bytecode; they ship as source`);
    if (bytecode?.compiler && config.shape.slim.includes('python-sources')) {
        const removed = await replaceSourcesWithBytecode(external_node_path_default().join(stageDir, target.sitePackages), RUNTIMES[target.runtime].python, matcher(config.shape.keep));
        shape.slimming.push({ rule: 'python-sources', ...removed });
    }
    if (bytecode)
        clock.lap('compile');
    return { what, outcome, shape, bytecode };
}
/**
 * What shedding the bytecode or the sources would save (the advice near the size limit), from a
 * staged layer's files (symlinks left out); none when the python-sources rule already shed them.
 */
function bytecodeSharesOf(files, target, config) {
    if (config.shape.slim.includes('python-sources'))
        return {};
    const prefix = `${target.sitePackages}/`;
    return bytecodeShares(files
        .filter(file => file.name.startsWith(prefix))
        .map(file => ({ path: file.name.slice(prefix.length), size: file.size })), RUNTIMES[target.runtime].python, matcher(config.shape.keep));
}
/** Writes the target's zip into the output folder, in its turn. */
async function zipStaged(target, entries, step, ctx, clock) {
    const { config, log } = ctx;
    const fileName = zipFileName(target);
    const zipPath = guardPath(external_node_path_default().join(config.outputDir, fileName), 'layer zip');
    (0,interrupt/* setActivity */.qL)(`zipping ${fileName}`);
    log.info(`${step}: zipping ${entries.filter(entry => entry.kind === 'file').length} files`);
    const zip = await ctx.zipping(() => {
        clock.skip(); // waiting for another target's zip is no stage of this one
        return writeZip(entries, zipPath, {
            level: config.compressionLevel,
            epochSeconds: config.sourceDateEpoch,
            resultsDir: ctx.resultsDir
        });
    });
    // Until the report is written, a zip of this build is an unfinished output.
    (0,interrupt/* removeOnInterrupt */.vY)(zipPath);
    clock.lap('zip');
    return { zipPath, zip };
}
/** Reads the zip back, verifies it, and reports the layer. */
async function finishLayer(target, { zipPath, zip }, entries, step, ctx, clock, progress, facts) {
    const { config, project, log } = ctx;
    await checkZip(zipPath, entries.length);
    clock.lap('check');
    progress.stage = 'verify';
    if (config.verify.checks.length || config.verify.testCommand) {
        log.info(`${step}: verifying (${[...config.verify.checks, ...(config.verify.testCommand ? ['test-command'] : [])].join(', ')})`);
    }
    const verify = await withHeartbeat(log, `${step}: verifying`, () => verifyLayer(zipPath, target, {
        docker: ctx.docker,
        run: ctx.run,
        log,
        options: config.verify,
        runtimeImage: config.runtimeImage,
        imageRequired: config.runtimeImage !== DEFAULT_RUNTIME_IMAGE,
        runtimeVersions: config.shape.runtimePackageVersions,
        projectDir: project.dir,
        workDir: ctx.workRoot,
        sdkCacheDir: external_node_path_default().join(config.cacheDir, 'sdk'),
        notice: ctx.notice
    }));
    clock.lap('verify');
    for (const warning of verify?.warnings ?? [])
        log.warn(`layer ${target.layer.name}: ${warning}`);
    return layerReport({
        ...facts,
        target,
        zipPath,
        zip,
        entries,
        verify,
        warnPercent: config.sizeWarnPercent,
        stages: clock.seconds
    });
}

;// CONCATENATED MODULE: ./src/target/update.ts
// Updates the newest kept zip of a target whose requirement lines changed in a few packages:
// installs, shapes and compiles only those packages (their earlier versions too, to know exactly
// which entries and figures were theirs), and writes the zip from the earlier zip's other entries,
// copied as they are, and the new files, in the same order as a full build. The zip's bytes and
// the report are those a full build would give. Whenever a package's files could change what Shape
// does with another package's (test or doc folders imported across packages, the runtime's SDK set,
// shared paths, another builder), the target builds in full instead.













/** At most this share of a layer's packages may change for an update; beyond it, a full build. */
const MAX_CHANGED_SHARE = 0.25;
/** Why an update cannot give what a full build would: the target builds in full instead. */
class NotUpdatable extends Error {
}
/**
 * The report of the target updated from `earlier`, or undefined when an update cannot give what a
 * full build would (the log says why; the caller then builds in full).
 */
async function updateTarget(target, requirements, earlier, step, ctx, progress) {
    const { log } = ctx;
    const started = Date.now();
    const clock = stopwatch();
    try {
        const change = changedLines(earlier.lines, requirements.lines);
        if (typeof change === 'string')
            throw new NotUpdatable(change);
        log.info(`${step}: ${change.names.length} of ${pinsOf(requirements).length} packages changed (${change.names.join(', ')}); updating the earlier zip`);
        const records = await recordsOf(earlier.zipPath);
        // Layers of one build that share a change (numpy in four layers) stage its packages once.
        const stage = async (name, lines) => {
            if (!lines.length)
                return undefined;
            const key = JSON.stringify([lines, target.runtime, target.architecture, target.sitePackages]);
            const part = await ctx.shared(`update ${key}`, () => {
                const id = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16);
                const dir = guardPath(external_node_path_default().join(ctx.workRoot, 'parts', id), 'staging folder');
                return stagePart(target, lines, dir, `${step} (${name} versions)`, ctx, clock, progress);
            });
            checkAddable(part, earlier.layer, records, target.sitePackages);
            return part;
        };
        const before = await stage('earlier', change.before);
        const after = await stage('changed', change.after);
        const parts = [before, after];
        progress.stage = 'package';
        const merged = mergedEntries(records, before?.entries ?? [], after?.entries ?? []);
        const written = await zipStaged(target, merged, step, ctx, clock);
        const layer = earlier.layer;
        const built = after?.staged.outcome ?? {
            builder: layer.builder,
            installer: layer.installer,
            ...(layer.fallback ? { fallback: layer.fallback } : {})
        };
        const bytecode = layer.bytecode && {
            ...layer.bytecode,
            failed: updated(layer.bytecode.failed, parts, part => part.staged.bytecode?.failed),
            ...(layer.bytecode.bytes === undefined
                ? {}
                : { bytes: updated(layer.bytecode.bytes, parts, part => part.shares.bytes) }),
            ...(layer.bytecode.sourcesBytes === undefined
                ? {}
                : { sourcesBytes: updated(layer.bytecode.sourcesBytes, parts, p => p.shares.sourcesBytes) })
        };
        const shape = await updatedShape(layer.shape, change.names, parts, target.sitePackages);
        for (const { name, needs } of shape.runtimePackages.reliesOnRuntime) {
            if (change.names.includes(name))
                log.info(`${step}: ${name} relies on the runtime's ${needs.join(', ')}`);
        }
        return await finishLayer(target, written, merged, step, ctx, clock, progress, {
            built,
            requirements: pinsOf(requirements),
            shape,
            packages: await updatedPackages(layer.packages, parts, target.sitePackages),
            bytecode,
            started
        });
    }
    catch (error) {
        if (!(error instanceof NotUpdatable))
            throw error;
        log.info(`${step}: building in full: ${error.message}`);
        return undefined;
    }
}
/**
 * The packages whose lines differ (by name; a package's lines taken together), or why the lines
 * cannot be updated: other lines (index options) changed, nothing or too much changed, or a
 * changed package is in the runtime's SDK set (Shape takes that set out as a whole).
 */
function changedLines(earlier, now) {
    const split = (lines) => {
        const byName = new Map();
        const other = [];
        for (const line of lines) {
            const name = parsePin(line)?.name;
            if (!name)
                other.push(line);
            else
                byName.set(name, [...(byName.get(name) ?? []), line]);
        }
        return { byName, other };
    };
    const was = split(earlier);
    const is = split(now);
    if (was.other.join('\n') !== is.other.join('\n'))
        return 'the index options changed';
    const names = [...new Set([...was.byName.keys(), ...is.byName.keys()])]
        .filter(name => was.byName.get(name)?.join('\n') !== is.byName.get(name)?.join('\n'))
        .sort();
    if (names.length === 0)
        return 'no package changed';
    if (names.length > Math.max(1, is.byName.size * MAX_CHANGED_SHARE))
        return `${names.length} of ${is.byName.size} packages changed`;
    const sdk = names.filter(name => RUNTIME_PROVIDED.includes(name));
    if (sdk.length)
        return `${sdk.join(', ')} ${sdk.length > 1 ? 'are' : 'is'} in the runtime's SDK set`;
    const lines = (side) => [
        ...is.other,
        ...names.flatMap(name => side.byName.get(name) ?? [])
    ];
    return {
        names,
        before: names.some(name => was.byName.has(name)) ? lines(was) : [],
        after: names.some(name => is.byName.has(name)) ? lines(is) : []
    };
}
/**
 * Installs, shapes and compiles `lines` alone. Refused when the installed packages hold a test or
 * doc folder (Shape keeps one when another package imports it) or symlinks.
 */
async function stagePart(target, lines, stageDir, step, ctx, clock, progress) {
    const site = target.sitePackages;
    let imports = [];
    const inspect = async () => {
        const files = (await walkTree(stageDir)).filter(entry => entry.kind === 'file');
        if (files.some(file => isLink(stageDir, file)))
            throw new NotUpdatable('a changed package holds symlinks');
        const relative = files
            .filter(file => file.name.startsWith(`${site}/`))
            .map(file => ({ ...file, path: file.name.slice(site.length + 1) }));
        const inFolder = relative.find(file => containingFolder(file.path, TEST_DIRS, 0) ?? containingFolder(file.path, DOC_DIRS, 1));
        if (inFolder)
            throw new NotUpdatable(`${inFolder.path} is in a test or doc folder`);
        imports = testOrDocImports(relative.filter(file => file.path.endsWith('.py')));
    };
    const requirements = { lines, files: [], complete: true };
    const staged = await stageLayer(target, requirements, stageDir, step, ctx, clock, progress, inspect);
    const entries = withoutEmptyFolders(await walkTree(stageDir));
    const files = entries.filter(entry => entry.kind === 'file');
    return { staged, entries, imports, shares: bytecodeSharesOf(files, target, ctx.config) };
}
/**
 * Refuses a part whose figures cannot be added to or taken from the earlier build's: installed or
 * compiled otherwise, with notices of its own, or importing a test or doc folder another package
 * may hold (the folder's parent is in the earlier zip), which Shape keeps or removes because of it.
 */
function checkAddable(part, layer, records, site) {
    for (const folder of part.imports) {
        const parent = external_node_path_default().posix.dirname(folder);
        if (parent === '.' || records.byName.has(`${site}/${parent}`))
            throw new NotUpdatable(`a changed package imports ${folder}, which another package may hold`);
    }
    const { outcome, shape, bytecode } = part.staged;
    if (outcome.builder !== layer.builder || outcome.installer !== layer.installer)
        throw new NotUpdatable(`installed with ${outcome.builder}/${outcome.installer}, the earlier zip with ${layer.builder}/${layer.installer}`);
    if (JSON.stringify(outcome.fallback) !== JSON.stringify(layer.fallback))
        throw new NotUpdatable("the Docker fallback differs from the earlier zip's");
    if (shape.notices.length || shape.runtimePackages.found.length)
        throw new NotUpdatable('Shape had notices for a changed package');
    if (bytecode?.compiler !== layer.bytecode?.compiler ||
        bytecode?.notice !== layer.bytecode?.notice)
        throw new NotUpdatable("the bytecode was compiled elsewhere than the earlier zip's");
}
/** `value` without what `before` held and with what `after` holds. */
function updated(value, [before, after], of) {
    return value - (before ? (of(before) ?? 0) : 0) + (after ? (of(after) ?? 0) : 0);
}
async function recordsOf(zipPath) {
    const list = [];
    const { offset: end } = await eachZipEntry(zipPath, entry => {
        const directory = entry.name.endsWith('/');
        list.push({
            name: directory ? entry.name.slice(0, -1) : entry.name,
            kind: directory ? 'directory' : 'file',
            size: entry.size,
            copied: {
                zip: zipPath,
                offset: entry.raw.localHeaderOffset,
                bytes: 0,
                // The permission bits with the file type's (a folder, a regular file), as written.
                mode: (directory ? 0o40000 : 0o100000) | entry.mode
            }
        });
    });
    // Records lie end to end up to the central directory (checked when the zip was written).
    list.forEach((record, index) => {
        record.copied.bytes = (list[index + 1]?.copied.offset ?? end) - record.copied.offset;
    });
    return { list, byName: new Map(list.map(record => [record.name, record])) };
}
/**
 * The updated zip's entries, sorted as walkTree sorts: the earlier zip's, without the files the
 * earlier versions made (`before`) and with the changed versions' files (`after`); the folders
 * that hold a file. Refused when the earlier zip does not hold what the earlier versions made, or
 * a changed package's file is another package's too.
 */
function mergedEntries(records, before, after) {
    const gone = new Set();
    for (const entry of before) {
        if (entry.kind !== 'file')
            continue;
        if (records.byName.get(entry.name)?.kind !== 'file')
            throw new NotUpdatable(`the earlier zip does not hold ${entry.name}`);
        gone.add(entry.name);
    }
    const files = new Map();
    for (const record of records.list)
        if (record.kind === 'file' && !gone.has(record.name))
            files.set(record.name, record);
    const made = new Map(after.map(entry => [entry.name, entry]));
    for (const entry of after) {
        if (entry.kind !== 'file')
            continue;
        if (files.has(entry.name))
            throw new NotUpdatable(`${entry.name} belongs to another package too`);
        files.set(entry.name, entry);
    }
    const merged = [...files.values()];
    const folders = new Set();
    for (const name of files.keys()) {
        for (let cut = name.lastIndexOf('/'); cut > 0; cut = name.lastIndexOf('/', cut - 1)) {
            const folder = name.slice(0, cut);
            if (folders.has(folder))
                break;
            folders.add(folder);
            const entry = records.byName.get(folder) ?? made.get(folder);
            if (entry?.kind !== 'directory')
                throw new NotUpdatable(`${folder} is no folder in the zip`);
            merged.push(entry);
        }
    }
    if (!merged.some(entry => entry.kind === 'file'))
        throw new NotUpdatable('the updated layer would be empty');
    return merged.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** The earlier Shape report with the changed packages' rule savings and SDK needs updated. */
async function updatedShape(shape, changed, [before, after], site) {
    const savings = new Map();
    const add = (items, sign) => {
        for (const { rule, files, bytes } of items) {
            const item = savings.get(rule) ?? { rule, files: 0, bytes: 0 };
            savings.set(rule, {
                rule,
                files: item.files + sign * files,
                bytes: item.bytes + sign * bytes
            });
        }
    };
    add(shape.slimming, 1);
    add(before?.staged.shape.slimming ?? [], -1);
    add(after?.staged.shape.slimming ?? [], 1);
    // Every rule that removed a file; python-sources is always named once it ran.
    const slimming = [...savings.values()].filter(item => item.files > 0 || item.rule === 'python-sources');
    // Packages staying in the layer that need a removed SDK member name it again, the changed ones anew.
    const runtime = shape.runtimePackages;
    let reliesOnRuntime = runtime.reliesOnRuntime.filter(item => !changed.includes(item.name));
    if (runtime.mode === 'remove') {
        const members = new Set(runtime.found.map(item => item.name));
        for (const dist of after ? await readDistributions(after.entries, site) : []) {
            const needs = dist.requires.filter(name => members.has(name)).sort();
            if (needs.length)
                reliesOnRuntime.push({ name: dist.name, needs });
        }
        reliesOnRuntime = reliesOnRuntime.sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    return { ...shape, runtimePackages: { ...runtime, reliesOnRuntime }, slimming };
}
/** The earlier report's packages without the earlier versions' files and with the changed ones'. */
async function updatedPackages(packages, [before, after], site) {
    const usage = new Map(packages.map(item => [item.name, item]));
    const apply = async (part, sign) => {
        for (const item of part ? await packageUsage(part.entries, site) : []) {
            const was = usage.get(item.name) ?? { ...item, unzippedBytes: 0, files: 0 };
            usage.set(item.name, {
                name: item.name,
                version: sign > 0 ? item.version : was.version,
                unzippedBytes: was.unzippedBytes + sign * item.unzippedBytes,
                files: was.files + sign * item.files
            });
        }
    };
    await apply(before, -1);
    await apply(after, 1);
    return [...usage.values()].filter(item => item.files > 0).sort(largestFirst);
}

;// CONCATENATED MODULE: ./src/target/targets.ts
// One layer for one runtime and architecture, from its exported requirements to a checked zip:
// install (Build), Shape, zip and read back (Package), Verify, measure (Report) — or the update of
// the zip an earlier build made where a few packages changed (update.ts). A failure is returned
// with its stage, never thrown, so the other targets still build.















/**
 * How many targets build at once: two overlap one target's download and install (network, disk)
 * with another's shaping and compression (CPU); more would only split the same cores further.
 * Native installs take turns, and so does bytecode: the second target compiles after the first
 * one stored the bytecode of the files they share (numpy, pandas), so it takes those from the
 * per-file results instead of compiling them at the same time.
 */
const TARGETS_AT_ONCE = Math.min(2, external_node_os_default().availableParallelism());
/**
 * Builds every target whose export succeeded, two at a time, each in its own log group; the log
 * reads in target order all the same. Native installs (downloads, links), bytecode and zipping
 * (which already use every core; zipping holds files in memory) are one target at a time, so a
 * target takes the files it shares with the one before from the per-file results instead of
 * compiling them at the same time; Docker installs, which may compile packages, run side by side.
 * A target whose export failed is recorded as failed at export, and a zip an earlier run left
 * under its name is removed; a target an earlier build made from the same inputs takes that zip
 * from the layer cache (ctx.reuse), and one whose lines changed in a few packages updates the
 * newest kept zip of its slot (ctx.earlier). Results come in the order of the targets.
 */
async function buildTargets(targets, exported, ctx) {
    const installing = limiter(ctx.config.builder === 'docker' ? TARGETS_AT_ONCE : 1);
    const compiling = limiter(1);
    const zipping = limiter(1);
    // Staging folders are removed while the next targets build: each of their thousands of folders
    // is a system call that waits for the disk, which the next target need not wait for.
    const removals = [];
    const removeLater = (dir) => void removals.push((0,promises_.rm)(dir, { recursive: true, force: true }));
    const made = new Map();
    const shared = (key, make) => {
        if (!made.has(key))
            made.set(key, make());
        return made.get(key);
    };
    const title = (target, index) => `[${index + 1}/${targets.length}] ${target.layer.name} ${target.runtime} ${target.architecture}`;
    const outcomes = await inOrder(targets, { limit: TARGETS_AT_ONCE, log: ctx.log, title }, async (target, log, index) => {
        const pinned = exported.requirements.get(target);
        if (!pinned) {
            await (0,promises_.rm)(external_node_path_default().join(ctx.config.outputDir, zipFileName(target)), { force: true });
            return { failure: targetFailure(target, 'export', exported.errors.get(target)) };
        }
        const reused = await ctx.reuse?.(target);
        if (reused) {
            // Until the report is written, it is an unfinished output, like a zip this build made.
            (0,interrupt/* removeOnInterrupt */.vY)(reused.zipPath);
            await (0,promises_.rm)(external_node_path_default().join(ctx.config.outputDir, `${zipFileName(target)}.failed`), { force: true });
            log.info(`${title(target, index)}: unchanged since an earlier build, taken from the layer cache`);
            return { layer: { ...reused, reused: true } };
        }
        return buildTarget(target, pinned, title(target, index), {
            ...ctx,
            log,
            installing,
            compiling,
            zipping,
            removeLater,
            shared
        });
    }).finally(() => Promise.all(removals));
    const layers = [];
    const failures = [];
    for (const outcome of outcomes) {
        if ('layer' in outcome)
            layers.push(outcome.layer);
        else
            failures.push(outcome.failure);
    }
    return { layers, failures };
}
/**
 * Builds one target. A failure is recorded with the stage it happened in; a zip that failed Verify
 * is moved aside to `NAME.zip.failed`, and a zip left from an earlier run under the final name is
 * removed, so no upload of `*.zip` ships a layer this run did not pass.
 */
async function buildTarget(target, requirements, 
/** How the log names this target: "[1/3] base python3.12 x86_64". */
step, ctx) {
    const fileName = zipFileName(target);
    const zipPath = external_node_path_default().join(ctx.config.outputDir, fileName);
    const progress = { stage: 'install' };
    try {
        const layer = (await updateEarlier(target, requirements, step, ctx, progress)) ??
            (await buildSteps(target, requirements, step, ctx, progress));
        await (0,promises_.rm)(`${zipPath}.failed`, { force: true });
        return { layer };
    }
    catch (error) {
        let failedZip;
        if (progress.stage === 'verify') {
            failedZip = `${zipPath}.failed`;
            await (0,promises_.rename)(zipPath, failedZip).catch(() => (failedZip = undefined));
        }
        await (0,promises_.rm)(zipPath, { force: true });
        const failure = targetFailure(target, progress.stage, error, failedZip);
        ctx.log.warn(`${step} failed at ${progress.stage}: ${failure.error.split('\n')[0]}`);
        return { failure };
    }
    finally {
        ctx.removeLater(guardPath(external_node_path_default().join(ctx.workRoot, 'stage', target.id), 'staging folder'));
    }
}
/**
 * The target updated from the newest kept zip of its slot, when there is one and an update gives
 * what a full build would; an update that fails before Verify leaves the full build to try.
 */
async function updateEarlier(target, requirements, step, ctx, progress) {
    const earlier = await ctx.earlier?.(target);
    if (!earlier)
        return undefined;
    try {
        return await updateTarget(target, requirements, earlier, step, ctx, progress);
    }
    catch (error) {
        if (progress.stage === 'verify')
            throw error;
        ctx.log.info(`${step}: building in full: the update failed (${(0,src_errors/* errorMessage */.gJ)(error)})`);
        return undefined;
    }
}
async function buildSteps(target, requirements, step, ctx, progress) {
    const { config, log } = ctx;
    const started = Date.now();
    const stageDir = guardPath(external_node_path_default().join(ctx.workRoot, 'stage', target.id), 'staging folder');
    // Seconds per stage, the report's per-stage profile.
    const clock = stopwatch();
    const staged = await stageLayer(target, requirements, stageDir, step, ctx, clock, progress);
    const { shape, bytecode } = staged;
    progress.stage = 'package';
    const entries = withoutEmptyFolders(await walkTree(stageDir));
    const files = entries.filter(entry => entry.kind === 'file');
    const unlinked = files.filter(file => !isLink(stageDir, file));
    if (files.length === 0) {
        if (staged.what.length === 0)
            log.warn(`layer ${target.layer.name} is empty`);
        else
            throw emptyAfterShaping(target.layer.name, shape, config.pyprojectPath);
    }
    const written = await zipStaged(target, entries, step, ctx, clock);
    return finishLayer(target, written, entries, step, ctx, clock, progress, {
        built: staged.outcome,
        requirements: pinsOf(requirements),
        shape,
        packages: await packageUsage(entries, target.sitePackages),
        bytecode: bytecode && {
            ...bytecode,
            ...bytecodeSharesOf(unlinked, target, config)
        },
        started
    });
}
/**
 * The error of a layer Shape left empty, naming what took everything: the runtime's SDK set
 * (runtime-packages = "remove") when the layer held it, else the slim exclude globs.
 */
function emptyAfterShaping(layer, shape, pyprojectPath) {
    const sdk = shape.runtimePackages.mode === 'remove' ? shape.runtimePackages.found : [];
    if (sdk.length)
        return new src_errors/* BuildError */.zS(`layer ${layer} is empty after shaping: its packages (${sdk.map(p => `${p.name} ${p.version}`).join(', ')}) are in the runtime's SDK set, which runtime-packages = "remove" takes out`, {
            file: pyprojectPath,
            hint: 'The runtime provides these packages: drop the layer, or set runtime-packages = "keep" in [tool.lambda-layer] to ship your own versions.'
        });
    return new src_errors/* BuildError */.zS(`layer ${layer} is empty after shaping: every installed file was removed`, {
        file: pyprojectPath,
        hint: 'Check [tool.lambda-layer.slim] exclude: its globs match everything (e.g. "**").'
    });
}

;// CONCATENATED MODULE: ./src/verify/combination.ts
// Combinations verified together: a function sees its layers merged under /opt in order (a later
// layer's file replaces an earlier one's). Every module of every member that imported alone is
// imported again with all members merged that way; one that now fails is reported.










/** Imports every member's modules with all members merged, for each combination and runtime built. */
async function verifyCombinations(combinations, layers, ctx) {
    const results = [];
    const built = builtCombinations(combinations, layers);
    for (const { combination, runtime, architecture, members } of built) {
        const set = { name: combination.name, runtime, architecture, layers: combination.layers };
        results.push(await verifyTogether(set, members, ctx));
    }
    return results;
}
async function verifyTogether(set, members, ctx) {
    const alone = members.map(member => member.verify?.imports);
    const unchecked = members.find((_, i) => !alone[i] || 'skipped' in alone[i]);
    if (unchecked) {
        return { ...set, skipped: `layer ${unchecked.layer} was not import-checked alone` };
    }
    const reports = alone;
    const owner = new Map();
    reports.forEach((report, i) => {
        for (const m of report.modules)
            if (m.ok && !owner.has(m.module))
                owner.set(m.module, members[i]?.layer ?? '?');
    });
    const modules = [...owner.keys()];
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.workDir, 'together-'));
    try {
        // Extracted in order into one tree: a later member's file replaces an earlier one's, as in /opt.
        const writer = new Map();
        const replaced = new Map(); // earlier layer -> later layer -> files
        for (const member of members) {
            for (const name of (await readZip(member.zipPath, () => false)).names) {
                const earlier = writer.get(name);
                if (earlier && earlier !== member.layer && !name.endsWith('/')) {
                    const byLater = replaced.get(earlier) ?? new Map();
                    byLater.set(member.layer, [...(byLater.get(member.layer) ?? []), name]);
                    replaced.set(earlier, byLater);
                }
                writer.set(name, member.layer);
            }
            await extractZip(member.zipPath, dir);
        }
        const report = await importTogether(dir, modules, set, reports[0]?.where ?? '', ctx);
        const label = `${set.name} (${set.layers.join(' + ')}, ${set.runtime} ${set.architecture})`;
        const problems = report.modules
            .filter(m => !m.ok)
            .map(m => {
            const layer = owner.get(m.module) ?? '?';
            const culprits = [...(replaced.get(layer) ?? new Map())].map(([later, files]) => `layer ${later} replaces ${files.length} of its files (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`);
            return `import ${m.module} (layer ${layer}) works alone but fails in combination ${label}: ${m.error}${culprits.length ? `; ${culprits.join('; ')}` : ''}`;
        });
        const unfinished = report.problems.filter(p => p.startsWith('the import check did not finish'));
        return {
            ...set,
            where: report.where,
            modules: modules.length,
            problems: [...problems, ...unfinished]
        };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Imports where the members were imported alone: the runtime image, or the host's Python. */
async function importTogether(dir, modules, set, aloneWhere, ctx) {
    const runtime = set.runtime;
    const architecture = set.architecture;
    if (aloneWhere.startsWith('host python ')) {
        const hostVersion = aloneWhere.split(' ')[2] ?? '';
        return importOnHost(dir, modules, { run: ctx.run, python: 'python3', runtime, hostVersion });
    }
    const { engine } = await ctx.docker.engine();
    return importInImage(dir, modules, {
        docker: ctx.docker,
        image: imageFor(ctx.runtimeImage, runtime, architecture),
        user: invokingUser(),
        runtime,
        architecture,
        emulated: !!engine && isEmulated(engine.arch, architecture)
    });
}
/** The pipeline's hook: undefined when the import check is off or no combination is declared. */
async function verifyCombinationImports(config, layers, ctx) {
    if (!config.combinations.length || !config.verify.checks.includes('imports'))
        return undefined;
    ctx.log.info(`verifying ${config.combinations.length} combination(s): members imported together`);
    const results = await verifyCombinations(config.combinations, layers, {
        docker: ctx.docker,
        run: ctx.run,
        runtimeImage: config.runtimeImage,
        workDir: ctx.workRoot
    });
    for (const r of results)
        if ('skipped' in r)
            ctx.log.warn(`combination ${r.name}: import check skipped: ${r.skipped}`);
    return results;
}
/** Fails (after the report is written, carrying it) when a module breaks only in a combination. */
function failCombinationImports(results, written) {
    const problems = results.flatMap(r => ('problems' in r ? r.problems : []));
    if (!problems.length)
        return;
    throw new src_errors/* BuildFailedError */.Wu(`layers fail when used together:\n  ${problems.join('\n  ')}`, written.report, written.reportPath, {
        hint: `Nothing was published. A later layer replaces files an earlier one needs: align the packages the combination's layers share, or move them into one layer. Report: ${written.reportPath}`
    });
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// The build pipeline: Config -> Project -> Plan -> Build -> Shape -> Package -> Report, one plain
// step after another. The CLI and the action call `prepareBuild` then `buildLayers`; everything
// outside (processes, logging, tools, the layer cache) is passed in.























/** Reads and validates everything before any tool runs: bad input fails here, fast. */
async function prepareBuild({ projectDir, overrides, overrideName, env }) {
    const dir = external_node_path_default().resolve(projectDir);
    const pyproject = await readPyproject(dir);
    const config = await loadConfig({
        projectDir: dir,
        pyproject,
        overrides,
        overrideName,
        env
    });
    const project = await loadProject(dir, pyproject);
    const targets = planLayers(config, project, pyproject.text);
    return { config, project, targets };
}
/** The zips a prepared build will write, as publishing names them (layer, runtime, architecture). */
function plannedZips({ targets }) {
    return targets.map(target => ({
        layer: target.layer.name,
        runtime: target.runtime,
        architecture: target.architecture
    }));
}
async function buildLayers(prepared, ctx) {
    const { config, project, targets } = prepared;
    const { run, log } = ctx;
    const cache = cacheLayout(config.cacheDir);
    const tools = ctx.tools ?? createTools({ run, log, toolDir: cache.tools, uvCacheDir: cache.uv });
    const uvEnv = { UV_CACHE_DIR: cache.uv, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' };
    const workspace = await openWorkspace(config.outputDir, config.cacheDir);
    const { workRoot } = workspace;
    try {
        const layerCache = await checkLayerCache(prepared, ctx.layerCache, log);
        const early = await layerCache.beforeTools();
        if (early)
            return early;
        (0,interrupt/* setActivity */.qL)('preparing the build');
        await ctx.beforeTools?.();
        const clock = stopwatch();
        const exportContext = { run, tools, log, uvEnv };
        const needsWheel = targets.some(target => target.layer.includeProject);
        const buildWheel = async (log) => {
            if (!needsWheel)
                return undefined;
            const started = Date.now();
            const wheelDir = external_node_path_default().join(workRoot, 'wheel');
            const outputs = [config.outputDir, config.cacheDir];
            const wheel = await buildProjectWheel({ ...exportContext, log }, project, config.installer, wheelDir, outputs);
            clock.set('wheel', (Date.now() - started) / 1000);
            return wheel;
        };
        const exportAll = async (log) => {
            const started = Date.now();
            const exporter = createExporter({ ...exportContext, log }, project, targets);
            const exports = await exportTargets(targets, exporter, log);
            clock.set('export', (Date.now() - started) / 1000);
            return exports;
        };
        // The project's wheel builds while the requirements export.
        const [projectWheel, exported] = await bothInOrder(log, buildWheel, exportAll);
        // Installing the pinned tools (a first run's bootstrap), part of the wheel and export seconds.
        const toolSeconds = tools.installSeconds?.() ?? 0;
        if (toolSeconds > 0)
            clock.set('tools', toolSeconds);
        const { layerKey, targetKeys, slots, hit } = await layerCache.afterExport(exported.requirements, projectWheel);
        if (hit)
            return hit;
        const docker = ctx.docker ?? createDocker(run, log);
        const build = createBuilder(config, {
            run,
            tools,
            log,
            uvEnv,
            pipCacheDir: cache.pip,
            dockerCacheDir: cache.pipDocker,
            docker
        });
        const { layers, failures } = await buildTargets(targets, exported, {
            config,
            project,
            build,
            docker,
            run,
            log,
            workRoot,
            projectWheel,
            notice: noticeOnce(log),
            resultsDir: cache.files,
            reuse: async (target) => {
                const key = targetKeys.get(target);
                if (!key)
                    return undefined;
                return layerCache.store?.reuse(key, zipFileName(target), config.outputDir, log);
            },
            earlier: async (target) => {
                const slot = slots.get(target);
                return slot ? layerCache.store?.earlier?.(slot, log) : undefined;
            }
        });
        await trimFileResults(cache.files, ctx.env, log);
        const together = await verifyCombinationImports(config, layers, { docker, run, workRoot, log });
        const report = await assembleReport({
            config,
            project,
            tools: tools.versions(),
            layers,
            failures,
            prepareSeconds: clock.seconds,
            combinationImports: together
        });
        const finished = await finishReport(report, config, log);
        failCombinationImports(together ?? [], finished); // before caching: a failed set is not kept
        const keysByFile = {};
        for (const [target, key] of targetKeys)
            keysByFile[zipFileName(target)] = key;
        const slotsByFile = {};
        for (const [target, slot] of slots) {
            const lines = exported.requirements.get(target)?.lines;
            if (lines)
                slotsByFile[zipFileName(target)] = { slot, lines };
        }
        await layerCache.store?.save(layerKey, report, keysByFile, slotsByFile);
        const off = ctx.layerCache && !layerCache.store ? { cacheOff: true } : {};
        return { ...finished, layerKey, cacheHit: false, ...off };
    }
    finally {
        await workspace.close();
    }
}

;// CONCATENATED MODULE: ./src/lambda/names.ts
// Lambda's rules for layer names and layer version descriptions.
const MAX_NAME = 64;
const MAX_DESCRIPTION = 256;
const names_NAME = /^[A-Za-z0-9_-]+$/;
/** Why `name` is not a valid Lambda layer name, or undefined. */
function nameProblem(name) {
    if (!names_NAME.test(name))
        return `"${name}" has characters Lambda does not allow in a layer name (allowed: letters, digits, - and _)`;
    if (name.length > MAX_NAME)
        return `"${name}" is ${name.length} characters long; Lambda allows at most ${MAX_NAME}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/publish/names.ts
// Lambda layer names (from a template, checked against Lambda's rules before any call) and the
// version description (project version, git ref and commit, content hash; at most 256 characters).


const DEFAULT_NAME_TEMPLATE = '{project}-{layer}-{runtime}-{arch}';
const NAME_PLACEHOLDERS = ['project', 'layer', 'runtime', 'arch'];
/** Why a template can never give a valid name (unknown placeholders), or undefined. */
function checkTemplate(template) {
    if (!template.trim())
        return { message: 'the layer name template is empty' };
    for (const match of template.matchAll(/\{([^}]*)\}/g)) {
        const name = match[1] ?? '';
        if (!NAME_PLACEHOLDERS.includes(name))
            return {
                message: `unknown placeholder {${name}} in "${template}"${didYouMean(name, NAME_PLACEHOLDERS)}`,
                hint: `Placeholders: ${NAME_PLACEHOLDERS.map(p => `{${p}}`).join(' ')}.`
            };
    }
    return undefined;
}
/** The template filled for one layer; dots (python3.12) become underscores. */
function renderName(template, report, layer) {
    const values = {
        project: report.project.name,
        layer: layer.layer,
        runtime: layer.runtime,
        arch: layer.architecture
    };
    return template.replace(/\{([a-z]+)\}/g, (whole, key) => key in values ? values[key].replaceAll('.', '_') : whole);
}
/** "demo-app 1.2.3 v1.2.3@0123abc sha256:<hex>", shortened to fit 256 characters. */
function describeVersion(parts) {
    const ref = parts.gitRef?.replace(/^refs\/(heads|tags)\//, '');
    const sha = parts.gitSha?.slice(0, 7);
    const git = [ref, sha].filter(Boolean).join('@');
    const hash = `sha256:${parts.sha256}`;
    // The hash always fits whole; the git part gives way first, then the project and version.
    const budget = MAX_DESCRIPTION - hash.length - 1;
    let head = `${parts.project} ${parts.version}`;
    let middle = git;
    if (head.length + (middle ? middle.length + 1 : 0) > budget)
        middle = shorten(middle, budget - head.length - 1);
    if (head.length > budget - (middle ? middle.length + 1 : 0))
        head = shorten(head, budget);
    return [head, middle, hash].filter(Boolean).join(' ');
}
function shorten(text, length) {
    if (text.length <= length)
        return text;
    return length <= 3 ? '' : `${text.slice(0, length - 3)}...`;
}

;// CONCATENATED MODULE: ./src/publish/options.ts
// The Publish step's options, their defaults, and their validation: every bad value fails before
// any AWS call with the option's name, the value, and what is allowed.



const DEFAULT_PREFIX = 'lambda-layers';
const DEFAULT_PART_BYTES = 16 * 1024 * 1024;
const MIN_PART_BYTES = 5 * 1024 * 1024;
const MAX_LICENSE = 512;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^\d{12}$/;
const ORGANIZATION = /^o-[a-z0-9]{10,32}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const GIT_SHA = /^[0-9a-f]{7,64}$/i;
const BUCKET_PLACEHOLDERS = ['region', 'account'];
const defaultOptionName = (key) => `--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
/** Parses "NAME_OR_ARN" or "NAME_OR_ARN=layer1,layer2" (a CLI flag or an action input line). */
function parseFunctionToUpdate(text) {
    const [name = '', layers] = text.split('=', 2).map(part => part.trim());
    if (layers === undefined)
        return { name };
    return { name, layers: layers.split(/[,\s]+/).filter(Boolean) };
}
function resolveOptions(options) {
    const optionName = options.optionName ?? defaultOptionName;
    const fail = (key, message, hint) => new src_errors/* ConfigError */.xL(`${optionName(key)}: ${message}`, { hint });
    if (options.regions.length === 0)
        throw fail('regions', 'no region given', 'Name at least one region, e.g. eu-west-1.');
    const regions = [];
    for (const region of options.regions) {
        if (!REGION.test(region))
            throw fail('regions', `"${region}" is not an AWS region name`, 'Use names like eu-west-1.');
        if (regions.includes(region))
            throw fail('regions', `region ${region} is listed twice`, 'Name each region once.');
        regions.push(region);
    }
    const bucketFor = resolveBucket(options.bucket, regions, fail);
    const prefix = (options.prefix ?? DEFAULT_PREFIX).replace(/^\/+|\/+$/g, '');
    if (/[^A-Za-z0-9!\-_.*'()/]/.test(prefix) || prefix.includes('//'))
        throw fail('prefix', `"${options.prefix}" is not a safe S3 key prefix`, 'Use letters, digits and - _ . / only.');
    if (options.license !== undefined &&
        (!options.license.trim() || options.license.length > MAX_LICENSE))
        throw fail('license', `must be 1 to ${MAX_LICENSE} characters (an SPDX identifier or a URL)`, 'Give an SPDX identifier such as MIT, or a URL to the license text.');
    if (options.gitSha && !GIT_SHA.test(options.gitSha))
        throw fail('gitSha', `"${options.gitSha}" is not a git commit hash`, 'Give 7 to 64 hexadecimal digits, e.g. the output of `git rev-parse HEAD`.');
    const nameTemplate = options.nameTemplate ?? DEFAULT_NAME_TEMPLATE;
    const templateProblem = checkTemplate(nameTemplate);
    if (templateProblem)
        throw fail('nameTemplate', templateProblem.message, templateProblem.hint);
    const partBytes = options.partBytes ?? DEFAULT_PART_BYTES;
    if (!Number.isInteger(partBytes) || partBytes < MIN_PART_BYTES)
        throw fail('partBytes', `${partBytes} is below S3's minimum part size of ${MIN_PART_BYTES} bytes`);
    const grants = [];
    const permissions = options.permissions ?? {};
    for (const account of permissions.accounts ?? []) {
        if (!ACCOUNT.test(account))
            throw fail('permissions', `"${account}" is not a 12-digit AWS account ID`, 'Account IDs are 12 digits, e.g. 123456789012.');
        if (grants.some(grant => grant.principal === account))
            continue;
        grants.push({
            statementId: `lambda-layer-account-${account}`,
            principal: account,
            label: `account ${account}`
        });
    }
    if (permissions.organizationId !== undefined) {
        const organizationId = permissions.organizationId;
        if (!ORGANIZATION.test(organizationId))
            throw fail('permissions', `"${organizationId}" is not an AWS Organizations ID`, 'Organization IDs look like o-a1b2c3d4e5.');
        grants.push({
            statementId: `lambda-layer-org-${organizationId}`,
            principal: '*',
            organizationId,
            label: `organization ${organizationId}`
        });
    }
    if (permissions.public === true)
        grants.push({ statementId: 'lambda-layer-public', principal: '*', label: 'everyone' });
    const functions = [];
    for (const item of options.functions ?? []) {
        const target = typeof item === 'string' ? parseFunctionToUpdate(item) : item;
        if (!target.name)
            throw fail('functions', 'a function entry has no name', 'Write NAME or NAME=LAYER,LAYER.');
        const region = functionArnRegion(target.name);
        if (region !== undefined && !regions.includes(region))
            throw fail('functions', `function ${target.name} is in region ${region}, which is not one of the regions published to (${regions.join(', ')})`);
        functions.push(target);
    }
    return {
        regions,
        bucketFor,
        prefix,
        license: options.license,
        grants,
        functions,
        gitRef: options.gitRef || undefined,
        gitSha: options.gitSha || undefined,
        nameTemplate,
        partBytes,
        optionName
    };
}
function resolveBucket(bucket, regions, fail) {
    if (bucket === undefined || bucket === '')
        return undefined;
    const check = (name, from) => {
        if (!BUCKET.test(name) || name.includes('..'))
            throw fail('bucket', `"${name}"${from} is not a valid S3 bucket name`, 'Bucket names have 3-63 lowercase letters, digits, dots and hyphens.');
    };
    if (typeof bucket === 'string') {
        for (const match of bucket.matchAll(/\{([^}]*)\}/g)) {
            const name = match[1] ?? '';
            if (!BUCKET_PLACEHOLDERS.includes(name))
                throw fail('bucket', `unknown placeholder {${name}} in "${bucket}"${didYouMean(name, BUCKET_PLACEHOLDERS)}`, 'A bucket template may use {region} and {account}.');
        }
        const render = (region, account) => bucket.replaceAll('{region}', region).replaceAll('{account}', account);
        for (const region of regions)
            check(render(region, '123456789012'), bucket.includes('{') ? ` (from "${bucket}")` : '');
        if (regions.length > 1 && !bucket.includes('{region}'))
            throw fail('bucket', `one bucket "${bucket}" for ${regions.length} regions: Lambda reads layer zips only from a bucket in the layer's own region`, 'Use a template with {region} (e.g. "my-layers-{region}") or a map region -> bucket.');
        return render;
    }
    for (const region of regions) {
        const name = bucket[region];
        if (name === undefined)
            throw fail('bucket', `no bucket for region ${region} in the bucket map (it has ${Object.keys(bucket).join(', ') || 'none'})`, 'Give every publish region a bucket in that region.');
        check(name, ` (region ${region})`);
    }
    return region => bucket[region];
}
/** The region of a function ARN, undefined for a plain function name. */
function functionArnRegion(nameOrArn) {
    return /^arn:[^:]+:lambda:([^:]+):\d{12}:function:/.exec(nameOrArn)?.[1];
}

;// CONCATENATED MODULE: ./src/publish/early-check.ts
// Publishing options checked against the build plan before any tool runs: every option's value,
// the layer names the template gives each planned zip, and the layers functions ask for.




/** Throws the ConfigError a publish after the build would have thrown for these options. */
function checkPublishPlan(options, project, zips) {
    const resolved = resolveOptions(options);
    const report = { project };
    const seen = new Map();
    for (const zip of zips) {
        const name = renderName(resolved.nameTemplate, report, zip);
        const problem = nameProblem(name);
        const flag = resolved.optionName('nameTemplate');
        if (problem)
            throw new src_errors/* ConfigError */.xL(`${flag}: ${(0,src_errors/* layerLabel */.E5)(zip)}: ${problem}`, {
                hint: `The template "${resolved.nameTemplate}" must give names of letters, digits, - and _, at most 64 long.`
            });
        const other = seen.get(name);
        if (other)
            throw new src_errors/* ConfigError */.xL(`${flag}: ${(0,src_errors/* layerLabel */.E5)(other)} and ${(0,src_errors/* layerLabel */.E5)(zip)} would both be published as "${name}"`, {
                hint: 'Include {layer}, {runtime} and {arch} in the template so every zip has its own layer name.'
            });
        seen.set(name, zip);
    }
    const layers = [...new Set(zips.map(zip => zip.layer))];
    for (const fn of resolved.functions) {
        for (const wanted of fn.layers ?? []) {
            if (!layers.includes(wanted))
                throw new src_errors/* ConfigError */.xL(`${resolved.optionName('functions')}: function ${fn.name} asks for layer ${wanted}, which is not built (layers: ${layers.join(', ')})`, { hint: 'Name layers from [tool.lambda-layer.layers], or build that layer too.' });
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(71696);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(71695);
;// CONCATENATED MODULE: ./src/publish/clients.ts
// The AWS clients the Publish step talks through, one set per region: standard retries, the tool's
// user agent, credentials and endpoint from the SDK's standard chain (AWS_PROFILE, OIDC, AWS_ENDPOINT_URL).




const USER_AGENT = `${TOOL_NAME}/${version_VERSION}`;
const DEFAULT_MAX_ATTEMPTS = 5;
function awsClients(options = {}) {
    const made = new Map();
    const common = (region) => ({
        region,
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryMode: 'standard',
        customUserAgent: USER_AGENT,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {})
    });
    return {
        clientsFor(region) {
            let clients = made.get(region);
            if (!clients) {
                clients = {
                    s3: new client_s3_dist_cjs.S3Client({
                        ...common(region),
                        ...((options.forcePathStyle ?? customS3Endpoint()) ? { forcePathStyle: true } : {})
                    }),
                    lambda: new dist_cjs/* LambdaClient */.Nox(common(region)),
                    sts: new client_sts_dist_cjs/* STSClient */.iM(common(region))
                };
                made.set(region, clients);
            }
            return clients;
        },
        destroy() {
            for (const clients of made.values()) {
                clients.s3.destroy();
                clients.lambda.destroy();
                clients.sts.destroy();
            }
            made.clear();
        }
    };
}
/** A custom S3 endpoint (LocalStack, moto) answers on one host name: buckets go in the path. */
function customS3Endpoint() {
    return Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL);
}

;// CONCATENATED MODULE: ./src/publish/errors.ts
// Publish failures: what went wrong, where (layer, region, bucket) and what to do, plus a reason
// code the CLI, the action and the tests can branch on.

/** A publish check failed, or an AWS call failed while publishing. */
class PublishError extends src_errors/* LayerError */.CE {
    reason;
    constructor(reason, message, details = {}) {
        super(message, details);
        this.reason = reason;
    }
}
function awsError(error) {
    if (!(error instanceof Error))
        return { name: 'Error', message: String(error) };
    const metadata = error.$metadata;
    return { name: error.name, message: error.message, status: metadata?.httpStatusCode };
}
const CREDENTIAL_ERRORS = new Set([
    'CredentialsProviderError',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'SignatureDoesNotMatch',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidAccessKeyId',
    'InvalidToken',
    'TokenRefreshRequired'
]);
function isCredentialError(error) {
    return CREDENTIAL_ERRORS.has(awsError(error).name);
}
/** Error names and the HTTP status by which AWS says "access denied" and "not found". */
const ACCESS_DENIED = {
    names: new Set(['AccessDenied', 'AccessDeniedException', 'Forbidden']),
    status: 403
};
const NOT_FOUND = {
    names: new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchKey', 'NoSuchBucket']),
    status: 404
};
/** True when the error has one of the names, or the status. */
function isKind(error, kind) {
    const { name, status } = awsError(error);
    return kind.names.has(name) || status === kind.status;
}
/** Access denied; a 403 that is a credentials problem (an expired token) is not. */
function isAccessDenied(error) {
    return isKind(error, ACCESS_DENIED) && !isCredentialError(error);
}
function isNotFound(error) {
    return isKind(error, NOT_FOUND);
}
const CREDENTIALS_HINT = 'Provide AWS credentials through the standard chain: in GitHub Actions run ' +
    'aws-actions/configure-aws-credentials (OIDC role) before this step; locally set AWS_PROFILE ' +
    'or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.';
const POLICY_HINT = "Grant the publishing role the actions in the README's minimal IAM policy " +
    '(s3:ListBucket, s3:GetObject, s3:PutObject on the bucket; lambda:ListLayerVersions, ' +
    'lambda:GetLayerVersion, lambda:PublishLayerVersion, lambda:AddLayerVersionPermission, ' +
    'lambda:GetLayerVersionPolicy; lambda:GetFunction*, lambda:UpdateFunctionConfiguration for functions).';
/**
 * Wraps an unexpected AWS failure of one call with where it happened; credential and
 * access-denied failures get their own reason. `hint` replaces the default advice.
 */
function callFailed(what, error, hint) {
    if (error instanceof PublishError)
        return error;
    const { name, message } = awsError(error);
    const text = `${what} failed: ${name}: ${message}`;
    if (isCredentialError(error))
        return new PublishError('credentials', text, { hint: CREDENTIALS_HINT });
    if (isAccessDenied(error))
        return new PublishError('access-denied', text, { hint: hint ?? POLICY_HINT });
    return new PublishError('aws', text, {
        hint: hint ??
            'Rerun the publish: objects already uploaded are reused and no duplicate layer version is created.'
    });
}

;// CONCATENATED MODULE: ./src/publish/functions.ts
// Points functions at the new layer versions: each function's older version of a published layer is
// replaced in place (other layers keep their order), missing requested layers are appended, and the
// update is awaited with the SDK waiter. Planned (read-only) before the first write, applied after.



/** Lambda's limit of layers per function. */
const MAX_FUNCTION_LAYERS = 5;
/** How long to wait for one function update to finish. */
const UPDATE_WAIT_SECONDS = 300;
/** "arn:aws:lambda:eu-west-1:123456789012:layer:NAME:7" -> "arn:aws:lambda:eu-west-1:123456789012:layer:NAME" */
function unversioned(layerVersionArn) {
    return layerVersionArn.replace(/:\d+$/, '');
}
function layerArn(identity, region, layerName) {
    return `arn:${identity.partition}:lambda:${region}:${identity.account}:layer:${layerName}`;
}
async function readConfiguration(lambda, name, where) {
    try {
        return await lambda.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: name }));
    }
    catch (error) {
        if (isNotFound(error))
            throw new PublishError('function', `${where}: function ${name} does not exist`, {
                hint: 'Create the function first or fix its name; to update a function in one region only, give its ARN.'
            });
        throw callFailed(`${where}: reading function ${name} (Lambda GetFunctionConfiguration)`, error);
    }
}
/** Checks every function before anything is written: it exists and its new layer list is valid. */
async function planFunctions(publications, options, identity, clientsFor) {
    const plans = [];
    for (const fn of options.functions) {
        const arnRegion = functionArnRegion(fn.name);
        for (const region of arnRegion ? [arnRegion] : options.regions) {
            const where = `region ${region}`;
            const config = await readConfiguration(clientsFor(region).lambda, fn.name, where);
            const inRegion = publications.filter(publication => publication.region === region);
            const managed = inRegion.map(publication => publication.layerName);
            const current = (config.Layers ?? []).map(layer => layer.Arn ?? '');
            const used = managed.filter(name => current.some(arn => unversioned(arn) === layerArn(identity, region, name)));
            const append = (fn.layers ?? [])
                .map(layer => pickFor(config, layer, inRegion, fn.name, where))
                .filter(name => !used.includes(name));
            if (used.length === 0 && append.length === 0)
                throw new PublishError('function', `${where}: function ${fn.name} uses none of the layers being published (${managed.join(', ')})`, {
                    hint: `Name the layers to attach (${options.optionName('functions')} "${fn.name}=LAYER,..."), or attach one once; later publishes keep it current.`
                });
            const count = current.length + new Set(append).size;
            if (count > MAX_FUNCTION_LAYERS)
                throw new PublishError('function', `${where}: function ${fn.name} would have ${count} layers; Lambda allows at most ${MAX_FUNCTION_LAYERS}`, { hint: 'Attach fewer layers, or merge layers (a layer with several extras).' });
            plans.push({ name: fn.name, region, managed, append: [...new Set(append)] });
        }
    }
    return plans;
}
/** The Lambda layer name of report layer `layer` built for the function's runtime and architecture. */
function pickFor(config, layer, publications, name, where) {
    const runtime = config.Runtime ?? '';
    const architecture = config.Architectures?.[0] ?? 'x86_64';
    const builds = publications.filter(publication => publication.entry.layer === layer);
    const match = builds.find(publication => publication.entry.runtime === runtime && publication.entry.architecture === architecture);
    if (match)
        return match.layerName;
    const built = [...new Set(publications.map(publication => publication.entry.layer))];
    throw new PublishError('function', builds.length === 0
        ? `${where}: function ${name} asks for layer ${layer}, which is not in the report (layers: ${built.join(', ')})`
        : `${where}: function ${name} runs ${runtime || 'no runtime'} on ${architecture}, but layer ${layer} was built for ${builds.map(t => `${t.entry.runtime} ${t.entry.architecture}`).join(', ')}`, { hint: "Build the layer for the function's runtime and architecture, or fix the layer name." });
}
/**
 * Applies a plan: replaces the function's older versions of the managed layers with `versions`
 * (layer name -> version ARN), appends missing ones, and waits until the update has finished.
 */
async function updateFunction(lambda, plan, versions) {
    const where = `region ${plan.region}`;
    let config = await readConfiguration(lambda, plan.name, where);
    if (config.LastUpdateStatus === 'InProgress') {
        await waitForUpdate(lambda, plan.name, where);
        config = await readConfiguration(lambda, plan.name, where);
    }
    const byLayerArn = new Map();
    for (const name of plan.managed) {
        const versionArn = versions.get(name);
        if (versionArn)
            byLayerArn.set(unversioned(versionArn), versionArn);
    }
    const current = (config.Layers ?? []).map(layer => layer.Arn ?? '');
    const layers = current.map(arn => byLayerArn.get(unversioned(arn)) ?? arn);
    for (const name of plan.append) {
        const versionArn = versions.get(name);
        if (versionArn && !layers.some(arn => unversioned(arn) === unversioned(versionArn)))
            layers.push(versionArn);
    }
    const functionArn = config.FunctionArn ?? plan.name;
    const result = { name: plan.name, region: plan.region, functionArn, layers };
    if (layers.length === current.length && layers.every((arn, i) => arn === current[i]))
        return { ...result, status: 'unchanged' };
    try {
        await lambda.send(new dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({
            FunctionName: functionArn,
            Layers: layers,
            ...(config.RevisionId ? { RevisionId: config.RevisionId } : {})
        }));
    }
    catch (error) {
        const hint = awsError(error).name === 'PreconditionFailedException' ||
            awsError(error).name === 'ResourceConflictException'
            ? 'The function changed or was being updated at the same time: publish again (layer versions are not duplicated).'
            : undefined;
        throw callFailed(`${where}: pointing function ${plan.name} at ${layers.join(', ')} (Lambda UpdateFunctionConfiguration)`, error, hint);
    }
    await waitForUpdate(lambda, functionArn, where);
    return { ...result, status: 'updated' };
}
async function waitForUpdate(lambda, name, where) {
    try {
        await (0,dist_cjs/* waitUntilFunctionUpdatedV2 */.rWV)({ client: lambda, maxWaitTime: UPDATE_WAIT_SECONDS, minDelay: 1, maxDelay: 10 }, { FunctionName: name });
    }
    catch (error) {
        throw new PublishError('function', `${where}: the update of function ${name} did not finish: ${awsError(error).message}`, {
            hint: "See the function's LastUpdateStatusReason in the Lambda console, fix it, and publish again."
        });
    }
}

;// CONCATENATED MODULE: ./src/publish/failed-targets.ts


function refuseFailedTargets(report) {
    const failed = report.failures ?? [];
    if (!failed.length)
        return;
    const names = failed.map(f => `${(0,src_errors/* layerLabel */.E5)(f, 'short')} (${f.stage})`);
    throw new PublishError('failed-targets', `the build failed for ${failed.length} target(s): ${names.join(', ')}; nothing was published`, {
        hint: 'Fix those targets and build again, or build only the targets that work ' +
            '(--layer, --runtime, --architectures; the action inputs of the same names) and publish that report.'
    });
}

;// CONCATENATED MODULE: ./src/publish/preflight.ts
// Checks before the first write, the seed's `aws-check`: every zip is the one the report describes,
// the credentials work (STS GetCallerIdentity), and each region's bucket exists, is reachable and is
// in that region (HeadBucket).






/** Every zip exists and still has the size and hash the report recorded. */
async function checkZips(publications) {
    const seen = new Set();
    for (const { entry } of publications) {
        if (seen.has(entry.zipPath))
            continue;
        seen.add(entry.zipPath);
        const size = await (0,promises_.stat)(entry.zipPath).then(info => info.size, () => undefined);
        if (size === undefined)
            throw new PublishError('zip', `${(0,src_errors/* layerLabel */.E5)(entry)}: zip ${entry.zipPath} does not exist`, {
                hint: 'Publish the report of the build that wrote it, or rebuild the layers first.'
            });
        const hex = await fileSha256(entry.zipPath);
        if (size !== entry.zippedBytes || hex !== entry.sha256)
            throw new PublishError('zip', `${(0,src_errors/* layerLabel */.E5)(entry)}: zip ${entry.zipPath} changed since the report was written (sha256 ${hex}, report says ${entry.sha256})`, { hint: 'Rebuild the layers so the report and the zips agree, then publish again.' });
    }
}
async function checkIdentity(clientsFor, region) {
    try {
        const answer = await clientsFor(region).sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
        const arn = answer.Arn ?? 'unknown caller';
        return {
            account: answer.Account ?? '',
            arn,
            partition: /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws'
        };
    }
    catch (error) {
        const { name, message } = awsError(error);
        if (name === 'CredentialsProviderError')
            throw new PublishError('credentials', `no AWS credentials found (region ${region}): ${message}`, { hint: CREDENTIALS_HINT });
        if (isCredentialError(error))
            throw new PublishError('credentials', `AWS rejected the credentials (region ${region}): ${name}: ${message}`, {
                hint: `The access key is unknown, expired or mistyped. ${CREDENTIALS_HINT}`
            });
        throw callFailed(`checking the AWS identity (STS GetCallerIdentity, region ${region})`, error, 'Check the network and AWS_ENDPOINT_URL (if set) and that the region is enabled for the account.');
    }
}
/** Resolves each publication's bucket and checks each (region, bucket) once. */
async function checkBuckets(publications, options, identity, clientsFor) {
    const { bucketFor } = options;
    if (!bucketFor)
        return;
    const checked = new Set();
    for (const publication of publications) {
        publication.bucket = bucketFor(publication.region, identity.account);
        const id = `${publication.region} ${publication.bucket}`;
        if (checked.has(id))
            continue;
        checked.add(id);
        await checkBucket(clientsFor, publication.bucket, publication.region, identity, options);
    }
}
async function checkBucket(clientsFor, bucket, region, identity, options) {
    const option = options.optionName('bucket');
    const inRegionHint = `Lambda reads layer zips only from a bucket in the layer's own region: create one in ${region} ` +
        `or point ${option} at one (a map region -> bucket, or a name template with {region}).`;
    let found;
    try {
        const answer = await clientsFor(region).s3.send(new client_s3_dist_cjs.HeadBucketCommand({ Bucket: bucket }));
        found = answer.BucketRegion;
    }
    catch (error) {
        const { name, status } = awsError(error);
        if (isCredentialError(error))
            throw callFailed(`checking bucket ${bucket} (region ${region})`, error);
        if (name === 'NoSuchBucket' || isNotFound(error))
            throw new PublishError('bucket-missing', `bucket ${bucket} does not exist (region ${region})`, {
                hint: `Create it (aws s3 mb s3://${bucket} --region ${region}) or fix ${option}; nothing was published.`
            });
        if (status === 301 ||
            status === 307 ||
            name === 'PermanentRedirect' ||
            name === 'AuthorizationHeaderMalformed')
            throw new PublishError('wrong-region', `bucket ${bucket} is not in region ${region}`, {
                hint: inRegionHint
            });
        if (isAccessDenied(error))
            throw new PublishError('access-denied', `access to bucket ${bucket} denied for ${identity.arn} (region ${region})`, {
                hint: `Grant the role s3:ListBucket on arn:${identity.partition}:s3:::${bucket} and s3:GetObject, s3:PutObject ` +
                    `on arn:${identity.partition}:s3:::${bucket}/${options.prefix ? `${options.prefix}/` : ''}*; ` +
                    'if the bucket belongs to another account, its bucket policy must allow the role too.'
            });
        throw callFailed(`checking bucket ${bucket} (S3 HeadBucket, region ${region})`, error);
    }
    if (found && found !== region)
        throw new PublishError('wrong-region', `bucket ${bucket} is in region ${found}, not ${region} where the layer is published`, { hint: inRegionHint });
}

;// CONCATENATED MODULE: ./src/publish/publish.ts
// One layer in one region: compare the zip's hash with the latest published version, publish a new
// version only when it differs, and grant lambda:GetLayerVersion to the configured principals.



/** The newest version of a layer, or undefined when none exists: 2 Lambda calls at most. */
async function latestVersion(lambda, layerName, where) {
    let newest;
    try {
        // AWS lists newest first and pages; moto lists oldest first without paging: take the maximum.
        const list = await lambda.send(new dist_cjs/* ListLayerVersionsCommand */.icq({ LayerName: layerName }));
        for (const item of list.LayerVersions ?? [])
            if (item.Version !== undefined && (newest === undefined || item.Version > newest))
                newest = item.Version;
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw callFailed(`${where}: listing versions of layer ${layerName} (Lambda ListLayerVersions)`, error);
    }
    if (newest === undefined)
        return undefined;
    try {
        const version = await lambda.send(new dist_cjs/* GetLayerVersionCommand */.VK5({ LayerName: layerName, VersionNumber: newest }));
        return {
            version: version.Version ?? newest,
            versionArn: version.LayerVersionArn ?? '',
            layerArn: version.LayerArn ?? '',
            codeSha256: version.Content?.CodeSha256 ?? ''
        };
    }
    catch (error) {
        throw callFailed(`${where}: reading ${layerName} version ${newest} (Lambda GetLayerVersion)`, error);
    }
}
async function publishVersion(lambda, request) {
    const { where } = request;
    const content = 's3' in request.content
        ? { S3Bucket: request.content.s3.bucket, S3Key: request.content.s3.key }
        : { ZipFile: await (0,promises_.readFile)(request.content.zipPath) };
    let answer;
    try {
        answer = await lambda.send(new dist_cjs/* PublishLayerVersionCommand */.cl_({
            LayerName: request.layerName,
            Content: content,
            CompatibleRuntimes: [request.runtime],
            CompatibleArchitectures: [request.architecture],
            Description: request.description,
            ...(request.license ? { LicenseInfo: request.license } : {})
        }));
    }
    catch (error) {
        throw callFailed(`${where}: publishing layer ${request.layerName} (Lambda PublishLayerVersion)`, error);
    }
    const published = {
        version: answer.Version ?? 0,
        versionArn: answer.LayerVersionArn ?? '',
        layerArn: answer.LayerArn ?? '',
        codeSha256: answer.Content?.CodeSha256 ?? ''
    };
    if (published.codeSha256 !== request.codeSha256)
        throw new PublishError('aws', `${where}: Lambda published ${published.versionArn} with CodeSha256 ${published.codeSha256}, but the zip's is ${request.codeSha256}`, {
            hint: 's3' in request.content
                ? `The object s3://${request.content.s3.bucket}/${request.content.s3.key} does not hold this zip: delete it and that layer version, then publish again.`
                : 'Delete that layer version and publish again.'
        });
    return published;
}
/**
 * Makes sure each grant is on the version. A new version has no policy, so every grant is added;
 * an existing one (unchanged layer, or a rerun after a failure) is read first and only missing
 * statements are added. Returns the statement IDs added.
 */
async function grantAccess(lambda, layerName, version, grants, isNew, where) {
    if (grants.length === 0)
        return [];
    const present = isNew ? new Set() : await statementIds(lambda, layerName, version, where);
    const added = [];
    for (const grant of grants) {
        if (present.has(grant.statementId))
            continue;
        try {
            await lambda.send(new dist_cjs/* AddLayerVersionPermissionCommand */.zjw({
                LayerName: layerName,
                VersionNumber: version,
                StatementId: grant.statementId,
                Action: 'lambda:GetLayerVersion',
                Principal: grant.principal,
                ...(grant.organizationId ? { OrganizationId: grant.organizationId } : {})
            }));
            added.push(grant.statementId);
        }
        catch (error) {
            // A statement with this ID already exists: granted by an earlier run.
            if (awsError(error).name === 'ResourceConflictException')
                continue;
            throw callFailed(`${where}: granting ${grant.label} access to ${layerName} version ${version} (Lambda AddLayerVersionPermission)`, error);
        }
    }
    return added;
}
async function statementIds(lambda, layerName, version, where) {
    try {
        const answer = await lambda.send(new dist_cjs/* GetLayerVersionPolicyCommand */.fCq({ LayerName: layerName, VersionNumber: version }));
        const policy = JSON.parse(answer.Policy ?? '{}');
        return new Set((policy.Statement ?? []).map(statement => statement.Sid ?? ''));
    }
    catch (error) {
        if (isNotFound(error))
            return new Set();
        throw callFailed(`${where}: reading the policy of ${layerName} version ${version} (Lambda GetLayerVersionPolicy)`, error);
    }
}

;// CONCATENATED MODULE: ./src/publish/publications.ts
// What will be published: one publication per layer x region with its Lambda layer name and description,
// and the checks that need no AWS call (names, duplicates, size limits).






function planPublications(report, options) {
    if (report.layers.length === 0)
        throw new PublishError('zip', 'the report lists no layers: nothing to publish', {
            hint: 'Build the layers first (lambda-layer build), then publish that report.'
        });
    const byName = new Map();
    for (const entry of report.layers) {
        const name = renderName(options.nameTemplate, report, entry);
        const problem = nameProblem(name);
        if (problem)
            throw new src_errors/* ConfigError */.xL(`${options.optionName('nameTemplate')}: ${(0,src_errors/* layerLabel */.E5)(entry)}: ${problem}`, {
                hint: `The template "${options.nameTemplate}" must give names of letters, digits, - and _, at most 64 long.`
            });
        const other = byName.get(name);
        if (other)
            throw new src_errors/* ConfigError */.xL(`${options.optionName('nameTemplate')}: ${(0,src_errors/* layerLabel */.E5)(other)} and ${(0,src_errors/* layerLabel */.E5)(entry)} would both be published as "${name}"`, {
                hint: 'Include {layer}, {runtime} and {arch} in the template so every zip has its own layer name.'
            });
        byName.set(name, entry);
        checkSizes(report, entry, options);
    }
    publications_checkCombinations(report);
    const publications = [];
    for (const [layerName, entry] of byName)
        for (const region of options.regions)
            publications.push({
                entry,
                region,
                layerName,
                description: describeVersion({
                    project: report.project.name,
                    version: report.project.version,
                    gitRef: options.gitRef,
                    gitSha: options.gitSha,
                    sha256: entry.sha256
                })
            });
    return publications;
}
function checkSizes(report, entry, options) {
    const unzippedLimit = report.limits?.unzippedBytes ?? UNZIPPED_LIMIT;
    if (entry.unzippedBytes > unzippedLimit)
        throw new PublishError('too-large', `${(0,src_errors/* layerLabel */.E5)(entry)} unzips to ${formatBytes(entry.unzippedBytes)} (${entry.unzippedBytes} bytes), over Lambda's limit of ${unzippedLimit} bytes for a function and all its layers`, { hint: 'Split the layer (extras into their own layers) or slim it; nothing was published.' });
    const directLimit = report.limits?.directUploadZipBytes ?? DIRECT_UPLOAD_LIMIT;
    if (!options.bucketFor && entry.zippedBytes > directLimit)
        throw new PublishError('too-large', `${(0,src_errors/* layerLabel */.E5)(entry)}: the zip is ${formatBytes(entry.zippedBytes)} (${entry.zippedBytes} bytes), too large for a direct upload (ZipFile allows at most ${directLimit} bytes): publishing it needs an S3 bucket`, {
            hint: `Set ${options.optionName('bucket')} to a bucket in each publish region; nothing was published.`
        });
}
/** Layers one function uses together must fit Lambda's unzipped limit as a whole. */
function publications_checkCombinations(report) {
    const over = (report.combinations ?? []).filter(c => c.status === 'over-limit');
    if (over.length === 0)
        return;
    const limit = report.limits?.unzippedBytes ?? UNZIPPED_LIMIT;
    const list = over
        .map(c => `${c.name} (${c.layers.join(' + ')}, ${c.runtime} ${c.architecture}): ${formatBytes(c.unzippedBytes)}`)
        .join('; ');
    throw new PublishError('too-large', `layers used together unzip to more than Lambda's limit of ${limit} bytes: ${list}`, { hint: 'Slim the layers or split the combination; nothing was published.' });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(22358);
;// CONCATENATED MODULE: ./src/publish/upload.ts
// Puts a zip in S3 at a content-addressed key, once: an object already at the key (same size and
// hash) is reused, so a rerun after a failure uploads nothing. Large zips go up in parts.




/** Object metadata key holding the zip's SHA-256 (hex): x-amz-meta-sha256. */
const HASH_METADATA = 'sha256';
/** "{prefix}/{layer}/{sha256-hex}.zip" */
function contentKey(prefix, layerName, sha256) {
    return [prefix, layerName, `${sha256}.zip`].filter(Boolean).join('/');
}
/** Uploads unless the object is already there; returns whether it uploaded. */
async function ensureObject(s3, request) {
    const { bucket, key, where } = request;
    try {
        const head = await s3.send(new client_s3_dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: key }));
        if (head.ContentLength === request.size && head.Metadata?.[HASH_METADATA] === request.sha256)
            return false;
    }
    catch (error) {
        if (!isNotFound(error))
            throw callFailed(`${where}: looking for s3://${bucket}/${key} (S3 HeadObject)`, error, 'Without s3:ListBucket, S3 answers 403 for a missing object: grant it on the bucket.');
    }
    try {
        const upload = new lib_storage_dist_cjs/* Upload */._({
            client: s3,
            params: {
                Bucket: bucket,
                Key: key,
                Body: (0,external_node_fs_.createReadStream)(request.zipPath),
                ContentType: 'application/zip',
                Metadata: { [HASH_METADATA]: request.sha256 }
            },
            partSize: request.partBytes,
            queueSize: 4,
            leavePartsOnError: false
        });
        await upload.done();
        return true;
    }
    catch (error) {
        throw callFailed(`${where}: uploading ${request.zipPath} to s3://${bucket}/${key}`, error);
    }
}

;// CONCATENATED MODULE: ./src/publish/index.ts
// The Publish step: for every layer x region, publish a new Lambda layer version exactly when the
// zip changed, grant access, and point functions at it. Every check runs before the first write.









async function publishLayers(report, options, deps) {
    const { clients, log } = deps;
    refuseFailedTargets(report);
    const resolved = resolveOptions(options);
    // Checks: nothing below writes until every layer, region, bucket and function has passed.
    const publications = planPublications(report, resolved);
    await checkZips(publications);
    const firstRegion = resolved.regions[0];
    const identity = await checkIdentity(clients, firstRegion);
    log.info(`publishing as ${identity.arn} to ${resolved.regions.join(', ')}`);
    await checkBuckets(publications, resolved, identity, clients);
    const latest = new Map();
    for (const publication of publications) {
        const where = `${(0,src_errors/* layerLabel */.E5)(publication.entry)} in ${publication.region}`;
        latest.set(publication, await latestVersion(clients(publication.region).lambda, publication.layerName, where));
    }
    const functionPlans = await planFunctions(publications, resolved, identity, clients);
    // Writes: upload (content-addressed, reused on a rerun), publish, grant.
    const layers = [];
    for (const publication of publications) {
        const { entry, region, layerName, bucket } = publication;
        const where = `${(0,src_errors/* layerLabel */.E5)(entry)} in ${region}`;
        const lambda = clients(region).lambda;
        const s3Key = bucket ? contentKey(resolved.prefix, layerName, entry.sha256) : undefined;
        const existing = latest.get(publication);
        let info;
        let uploaded = false;
        const unchanged = existing !== undefined && existing.codeSha256 === entry.codeSha256;
        if (unchanged) {
            info = existing;
            log.info(`${where}: unchanged, ${info.versionArn}`);
        }
        else {
            if (bucket && s3Key) {
                uploaded = await ensureObject(clients(region).s3, {
                    bucket,
                    key: s3Key,
                    zipPath: entry.zipPath,
                    sha256: entry.sha256,
                    size: entry.zippedBytes,
                    partBytes: resolved.partBytes,
                    where
                });
                log.info(`${where}: ${uploaded ? 'uploaded' : 'reusing'} s3://${bucket}/${s3Key}`);
            }
            info = await publishVersion(lambda, {
                layerName,
                content: bucket && s3Key ? { s3: { bucket, key: s3Key } } : { zipPath: entry.zipPath },
                runtime: entry.runtime,
                architecture: entry.architecture,
                description: publication.description,
                license: resolved.license,
                codeSha256: entry.codeSha256,
                where
            });
            log.info(`${where}: published ${info.versionArn}`);
        }
        const granted = await grantAccess(lambda, layerName, info.version, resolved.grants, !unchanged, where);
        if (granted.length)
            log.info(`${where}: granted ${granted.join(', ')}`);
        layers.push({
            layer: entry.layer,
            runtime: entry.runtime,
            architecture: entry.architecture,
            region,
            layerName,
            status: unchanged ? 'unchanged' : 'published',
            version: info.version,
            versionArn: info.versionArn,
            codeSha256: entry.codeSha256,
            ...(bucket && s3Key ? { bucket, s3Key } : {}),
            uploaded,
            granted
        });
    }
    const functions = [];
    for (const plan of functionPlans) {
        const versions = new Map(layers.filter(row => row.region === plan.region).map(row => [row.layerName, row.versionArn]));
        const update = await updateFunction(clients(plan.region).lambda, plan, versions);
        log.info(`region ${plan.region}: function ${plan.name} ${update.status === 'updated' ? 'now uses' : 'already uses'} ${update.layers.join(', ')}`);
        functions.push(update);
    }
    return { account: identity.account, layers, functions };
}

;// CONCATENATED MODULE: ./src/publish/record.ts
// Publishing as both adapters do it: publish the report's layers, then write the report again with
// what Publish did, beside the report it came from.




/**
 * Publishes and rewrites the report (in the folder of `reportPath`) with the publish result; the
 * AWS clients are made by `connect` (default: the standard credential chain) and closed after.
 */
async function publishAndRecord(written, options, log, connect = awsClients) {
    const clients = connect();
    let report;
    try {
        const publish = await publishLayers(written.report, options, {
            clients: clients.clientsFor,
            log
        });
        report = { ...written.report, publish };
    }
    finally {
        clients.destroy();
    }
    const reportPath = await writeReport(report, external_node_path_default().dirname(written.reportPath));
    return { report, reportPath };
}

;// CONCATENATED MODULE: ./src/publish/settings.ts
// Publishing settings as the CLI flags and action inputs give them (strings and lists), turned
// into PublishOptions. Regions default to the AWS environment; git details to GitHub's.



/** How a publishing option is named at a door; the grants are three options together. */
function publishOptionLabel(key, door) {
    if (key === 'permissions')
        return ['grantAccounts', 'grantOrganization', 'grantPublic']
            .map(name => optionLabel(name, door))
            .join(', ');
    if (key === 'partBytes')
        return 'part size';
    return optionLabel(key, door);
}
const split = (items) => (items ?? []).flatMap(item => item.split(/[,\s]+/)).filter(Boolean);
function publishOptions(settings, env, optionName) {
    const regions = split(settings.regions);
    if (regions.length === 0) {
        const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
        if (!fromEnv) {
            throw new src_errors/* ConfigError */.xL(`${optionName('regions')}: no region given and AWS_REGION is not set`, {
                hint: 'Name the regions to publish to, e.g. eu-west-1, or set AWS_REGION.'
            });
        }
        regions.push(fromEnv);
    }
    return {
        regions,
        bucket: parseBucket(settings.bucket),
        prefix: settings.prefix || undefined,
        license: settings.license || undefined,
        permissions: {
            accounts: split(settings.grantAccounts),
            organizationId: settings.grantOrganization || undefined,
            public: settings.grantPublic ?? false
        },
        // Function entries may hold commas inside "name=layer,layer": split on whitespace and newlines only.
        functions: (settings.functions ?? [])
            .flatMap(item => item.split(/\s+/))
            .filter(Boolean)
            .map(parseFunctionToUpdate),
        nameTemplate: settings.nameTemplate || undefined,
        gitRef: settings.gitRef || env.GITHUB_REF || undefined,
        gitSha: settings.gitSha || env.GITHUB_SHA || undefined,
        optionName
    };
}
/** "bucket", "bucket-{region}", or "us-east-1=a,eu-west-1=b". */
function parseBucket(text) {
    const value = text?.trim();
    if (!value)
        return undefined;
    if (!value.includes('='))
        return value;
    return Object.fromEntries(value
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(pair => pair.split('=', 2).map(part => part.trim())));
}

;// CONCATENATED MODULE: ./src/report/verify-lines.ts
// One console line per layer on how it was built and verified: the package that forced Docker,
// shared objects checked (newest glibc/GLIBCXX needed), modules imported with the cold-start
// cost (total import time, slowest first), SDK shadowing, the project's tests.

function verifyLine(layer) {
    const parts = verifyParts(layer);
    if (!parts.length)
        return undefined;
    return `${(0,src_errors/* layerLabel */.E5)(layer, 'short')}: ${parts.join('; ')}`;
}
/** The facts of verifyLine, one string each (the summary says facts every layer shares once). */
function verifyParts(layer) {
    const parts = [];
    if (layer.fallback)
        parts.push(`built in Docker for ${layer.fallback.packages.join(', ')}`);
    const verify = layer.verify;
    if (verify?.elf) {
        const needed = [
            verify.elf.newestGlibc ? `glibc ${verify.elf.newestGlibc}` : '',
            ...(verify.elf.newestCxx ?? [])
        ].filter(Boolean);
        const glibc = needed.length ? ` (newest needed: ${needed.join(', ')})` : '';
        parts.push(verify.elf.files ? `${verify.elf.files} shared objects checked${glibc}` : 'no shared objects');
    }
    if (verify?.imports) {
        if ('skipped' in verify.imports)
            parts.push('import check skipped');
        else {
            const cold = verify.coldStart;
            const slowest = (cold?.slowest ?? []).map(m => `${m.module} ${m.seconds.toFixed(2)} s`);
            parts.push(`${verify.imports.modules.length} modules imported in ${verify.imports.where}${slowest.length ? ` (slowest: ${slowest.join(', ')})` : ''}` +
                (cold ? `, ${cold.totalSeconds.toFixed(2)} s of imports in total` : ''));
        }
    }
    if (verify?.sdk) {
        parts.push(verify.sdk.problems.length ? 'shadows the runtime SDK' : 'no SDK shadowing');
    }
    if (verify?.testCommand)
        parts.push(`tests passed (${verify.testCommand.seconds} s)`);
    return parts;
}
/** One line per combination imported together: how many modules, or each one that broke. */
function combinationImportLines(report) {
    return (report.combinationImports ?? []).flatMap(c => {
        const label = (0,src_errors/* combinationLabel */.Sn)(c);
        if ('skipped' in c)
            return [`${label}: import check skipped: ${c.skipped}`];
        if (!c.problems.length)
            return [`${label}: ${c.modules} modules import together in ${c.where}`];
        return c.problems;
    });
}

;// CONCATENATED MODULE: ./src/report/table.ts
// Renders the report as a plain-text table for the console.




/** Pads cells into aligned columns; numeric columns are right-aligned. */
function renderTable(header, rows, rightAligned = []) {
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map(row => (row[i] ?? '').length)));
    const line = (row) => row
        .map((cell, i) => rightAligned.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
/**
 * `unchanged`: the layers came from the layer cache (nothing changed since they were built). A
 * layer reused on its own (its inputs unchanged, others rebuilt) is marked unchanged in its row.
 */
function renderReportTable(report, { unchanged = false } = {}) {
    const rows = report.layers.map(layer => [
        layer.layer,
        layer.runtime,
        layer.architecture,
        formatBytes(layer.zippedBytes),
        formatBytes(layer.unzippedBytes),
        layer.files.toLocaleString('en-US'),
        formatPercent(layer.limitPercent),
        [
            layer.status.replace('-', ' '),
            layer.needsS3 ? 'needs S3' : '',
            unchanged || layer.reused ? 'unchanged' : ''
        ]
            .filter(Boolean)
            .join(', '),
        layer.packages
            .slice(0, 3)
            .map(p => `${p.name} ${formatBytes(p.unzippedBytes)}`)
            .join(', ')
    ]);
    const table = renderTable([
        'layer',
        'runtime',
        'arch',
        'zipped',
        'unzipped',
        'files',
        `of ${formatBytes(UNZIPPED_LIMIT)}`,
        'status',
        'largest packages'
    ], rows, [3, 4, 5, 6]);
    const verified = [
        ...report.layers.map(verifyLine).filter(Boolean),
        ...combinationImportLines(report)
    ];
    const notes = reportNotes(report).map(note => `note: ${note}`);
    return [
        `${report.project.name} ${report.project.version}: ${report.layers.length} ${report.layers.length === 1 ? 'layer' : 'layers'}${unchanged ? ', unchanged (restored from the layer cache, nothing rebuilt)' : ''}`,
        table,
        ...(verified.length ? [verified.join('\n')] : []),
        ...(notes.length ? [notes.join('\n')] : [])
    ].join('\n\n');
}
/** The Publish step's rows: one per layer and region. */
function renderPublishTable(report) {
    const result = report.publish;
    if (!result)
        return '';
    const rows = result.layers.map(row => [
        row.layer,
        row.runtime,
        row.architecture,
        row.region,
        row.status,
        String(row.version),
        row.versionArn
    ]);
    const table = renderTable(['layer', 'runtime', 'arch', 'region', 'status', 'version', 'version ARN'], rows, [5]);
    const functions = result.functions.map(f => `function ${f.name} (${f.region}): ${f.status}`);
    return [table, ...functions].join('\n');
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js
var artifact = __webpack_require__(76846);
;// CONCATENATED MODULE: ./src/action/artifacts.ts
// Uploads the zips and the JSON report as workflow artifacts (@actions/artifact), with names
// unique across a matrix. A failed upload fails the step, naming the artifact.




const githubArtifacts = {
    async upload(name, files, rootDirectory, retentionDays) {
        await new artifact.DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
    }
};
/** The report's artifact name: project, version and what this job built, so matrix jobs differ. */
function reportArtifactName(report) {
    const unique = (values) => [...new Set(values)].join('+');
    const parts = [
        `${report.project.name}-${report.project.version}-report`,
        unique(report.layers.map(l => l.layer)),
        unique(report.layers.map(l => l.runtime)),
        unique(report.layers.map(l => l.architecture))
    ];
    const name = parts.join('-');
    return name.length <= 200
        ? name
        : `${parts[0]}-${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 16)}`;
}
/** One artifact per zip (named after the zip, which is unique) and one for the report. */
async function uploadArtifacts(report, reportPath, service, retentionDays) {
    const uploads = [
        ...report.layers.map(layer => ({ name: layer.fileName, files: [layer.zipPath] })),
        { name: reportArtifactName(report), files: [reportPath] }
    ];
    for (const upload of uploads) {
        try {
            await service.upload(upload.name, upload.files, external_node_path_default().dirname(upload.files[0]), retentionDays);
        }
        catch (error) {
            throw new src_errors/* LayerError */.CE(`uploading artifact ${upload.name} failed: ${(0,src_errors/* errorMessage */.gJ)(error)}`, {
                hint: 'The runner artifact service must be reachable (ACTIONS_RUNTIME_TOKEN); set upload-artifacts: false to skip artifacts.'
            });
        }
    }
    return uploads;
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(84049);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
;// CONCATENATED MODULE: ./src/report/schema.ts
// The report's schema (zod), checked whenever a report is read back from disk: every field the
// readers use, with its type; a report that does not fit names the field. Versions 1 and 2.

/** A nested record checked as an object here; its own fields are typed by the module owning it. */
const record = (what) => schemas/* custom */.IeY(value => typeof value === 'object' && value !== null && !Array.isArray(value), {
    message: `expected ${what} (an object)`
});
const count = schemas/* number */.aig().int().nonnegative();
const schema_sizeStatus = schemas/* enum */.k5n(['ok', 'near-limit', 'over-limit']);
const schema_packageUsage = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
    unzippedBytes: count,
    files: count
});
const shape = schemas/* looseObject */._H3({
    runtimePackages: schemas/* looseObject */._H3({ mode: schemas/* string */.YjP(), bytesRemoved: count }),
    slimming: schemas/* array */.YOg(schemas/* looseObject */._H3({ rule: schemas/* string */.YjP(), files: count, bytes: count })),
    keptImported: schemas/* array */.YOg(schemas/* string */.YjP()),
    notices: schemas/* array */.YOg(schemas/* string */.YjP())
});
const schema_layer = schemas/* looseObject */._H3({
    layer: schemas/* string */.YjP(),
    runtime: schemas/* string */.YjP(),
    architecture: schemas/* string */.YjP(),
    fileName: schemas/* string */.YjP(),
    zipPath: schemas/* string */.YjP(),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'expected a hex SHA-256'),
    codeSha256: schemas/* string */.YjP(),
    zippedBytes: count,
    unzippedBytes: count,
    files: count,
    limitPercent: schemas/* number */.aig(),
    status: schema_sizeStatus,
    needsS3: schemas/* boolean */.zMY(),
    builder: schemas/* string */.YjP(),
    fallback: schemas/* looseObject */._H3({ packages: schemas/* array */.YOg(schemas/* string */.YjP()) }).optional(),
    installer: schemas/* string */.YjP(),
    includesProject: schemas/* boolean */.zMY(),
    requirements: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP().optional() })),
    packages: schemas/* array */.YOg(schema_packageUsage),
    shape: shape.and(record('the shape report')),
    duplicateLibraries: schemas/* array */.YOg(record('a duplicate library')).optional(),
    verify: schemas/* looseObject */._H3({ warnings: schemas/* array */.YOg(schemas/* string */.YjP()) })
        .and(record('the verify report'))
        .optional(),
    bytecode: schemas/* looseObject */._H3({
        compiler: schemas/* string */.YjP().optional(),
        failed: count,
        notice: schemas/* string */.YjP().optional(),
        bytes: count.optional(),
        sourcesBytes: count.optional()
    })
        .optional(),
    seconds: schemas/* number */.aig(),
    stages: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).optional(),
    reused: schemas/* boolean */.zMY().optional()
});
const failure = schemas/* looseObject */._H3({
    layer: schemas/* string */.YjP(),
    runtime: schemas/* string */.YjP(),
    architecture: schemas/* string */.YjP(),
    fileName: schemas/* string */.YjP(),
    stage: schemas/* enum */.k5n(['export', 'install', 'shape', 'package', 'verify']),
    error: schemas/* string */.YjP(),
    hint: schemas/* string */.YjP().optional(),
    failedZip: schemas/* string */.YjP().optional()
});
const combination = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    runtime: schemas/* string */.YjP(),
    architecture: schemas/* string */.YjP(),
    layers: schemas/* array */.YOg(schemas/* string */.YjP()),
    unzippedBytes: count,
    limitPercent: schemas/* number */.aig(),
    status: schema_sizeStatus,
    // Absent in version 1 reports.
    summedBytes: count.optional(),
    sharedPackages: schemas/* array */.YOg(schemas/* looseObject */._H3({
        name: schemas/* string */.YjP(),
        layers: schemas/* array */.YOg(schemas/* looseObject */._H3({ layer: schemas/* string */.YjP(), version: schemas/* string */.YjP() }))
    }))
        .optional(),
    duplicateLibraries: schemas/* array */.YOg(record('a duplicate library')).optional(),
    problems: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
});
const publishedLayer = schemas/* looseObject */._H3({
    layer: schemas/* string */.YjP(),
    runtime: schemas/* string */.YjP(),
    architecture: schemas/* string */.YjP(),
    region: schemas/* string */.YjP(),
    layerName: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(['published', 'unchanged']),
    version: schemas/* number */.aig().int().positive(),
    versionArn: schemas/* string */.YjP(),
    codeSha256: schemas/* string */.YjP(),
    bucket: schemas/* string */.YjP().optional(),
    s3Key: schemas/* string */.YjP().optional(),
    uploaded: schemas/* boolean */.zMY(),
    granted: schemas/* array */.YOg(schemas/* string */.YjP())
});
const functionUpdate = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    region: schemas/* string */.YjP(),
    functionArn: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(['updated', 'unchanged']),
    layers: schemas/* array */.YOg(schemas/* string */.YjP())
});
/** A report as written to disk: version 1 has no `failures` and may lack `combinations`. */
const storedReport = schemas/* looseObject */._H3({
    version: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]),
    generator: schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP() }),
    project: schemas/* looseObject */._H3({
        name: schemas/* string */.YjP(),
        version: schemas/* string */.YjP(),
        lockKind: schemas/* enum */.k5n(['poetry', 'uv', 'unlocked'])
    }),
    tools: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    limits: schemas/* looseObject */._H3({
        unzippedBytes: count,
        directUploadZipBytes: count,
        warnPercent: schemas/* number */.aig()
    }),
    layers: schemas/* array */.YOg(schema_layer),
    failures: schemas/* array */.YOg(failure).optional(),
    combinations: schemas/* array */.YOg(combination).optional(),
    combinationImports: schemas/* array */.YOg(record('a combination import check'))
        .optional(),
    prepareSeconds: schemas/* looseObject */._H3({
        tools: schemas/* number */.aig().optional(),
        wheel: schemas/* number */.aig().optional(),
        export: schemas/* number */.aig().optional()
    })
        .optional(),
    publish: schemas/* looseObject */._H3({
        account: schemas/* string */.YjP(),
        layers: schemas/* array */.YOg(publishedLayer),
        functions: schemas/* array */.YOg(functionUpdate)
    })
        .optional(),
    cache: schemas/* enum */.k5n(['hit', 'miss', 'off']).optional()
});

;// CONCATENATED MODULE: ./src/report/read.ts
// Reads a report written by an earlier build (publish --report, restored layer caches, aggregated
// artifacts): checked against the report's schema (schema.ts); version 1 reports (no failures
// recorded) and version 2 are accepted; anything else is refused with the field named.





/** `layers[0].zippedBytes`: where in the report an issue is. */
function fieldName(where) {
    return where
        .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
        .join('');
}
function read_describe(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'not a lambda-layer report';
    if (issue.path.length === 0)
        return `not a lambda-layer report: ${issue.message}`;
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
    return `report field ${fieldName(issue.path)}: ${issue.message}${more}`;
}
/** Parses report JSON, upgrading a version 1 report to the current shape. */
function parseReport(text) {
    const json = JSON.parse(text);
    const version = json?.version;
    if (![1, REPORT_VERSION].includes(version))
        throw new Error(`not a lambda-layer report of version 1 or ${REPORT_VERSION} (version: ${JSON.stringify(version)})`);
    const checked = storedReport.safeParse(json);
    if (!checked.success)
        throw new Error(read_describe(checked.error));
    // No cast: tsc fails here when the schema and the Report type disagree on a field.
    const data = checked.data;
    return {
        ...data,
        version: REPORT_VERSION,
        failures: data.failures ?? [],
        combinations: data.combinations ?? []
    };
}
/** The report in `file`, or an error naming the file and what to pass instead. */
async function readReportFile(file, what = '--report') {
    const reportPath = path.resolve(file);
    try {
        return { report: parseReport(await readFile(reportPath, 'utf8')), reportPath };
    }
    catch (error) {
        throw new LayerError(`${what} ${file}: ${errorMessage(error)}`, {
            hint: 'Pass the lambda-layer-report.json written by `lambda-layer build`.'
        });
    }
}

;// CONCATENATED MODULE: ./src/cache/layer-store.ts
// The layer cache: finished zips and their report kept under the layer key, in the cache folder.
// An unchanged rerun restores them into the output folder, each zip checked against the hash the
// report records (streamed, never read whole), and installs nothing. Each entry also names the
// target key (cache/layer-key.ts) each zip was built under: a build with some targets changed
// reuses the zips of the others, and the slot each zip fills (its target with any requirements) with
// the lines it was built from: a target whose requirements changed a little updates that zip.








/** In an entry: the target key each zip was built under, `{ "<file name>": "<target key>" }`. */
const TARGETS_FILE = 'targets.json';
/** In an entry: `{ "<file name>": KeptSlot }`. */
const SLOTS_FILE = 'slots.json';
/** Layer-cache entries kept in the folder, at most; the least recently used go first. */
const MAX_LAYER_ENTRIES = 6;
/** The layer cache in the cache folder: `layers/v1/lambda-layer-v1-layers-{key}/`. */
function folderLayerCache(layout) {
    // Where each target key's zip is kept, read from the entries once, on the first reuse.
    let kept;
    let keptSlots;
    return {
        entryDir: layerKey => layerEntryDir(layout, layerKey),
        async restore(layerKey, outputDir, log) {
            const entry = layerEntryDir(layout, layerKey);
            let report;
            try {
                report = parseReport(await (0,promises_.readFile)(external_node_path_default().join(entry, REPORT_FILE), 'utf8'));
            }
            catch {
                return undefined;
            }
            try {
                await (0,promises_.mkdir)(outputDir, { recursive: true });
                for (const layer of report.layers) {
                    layer.zipPath = await placeChecked(entry, layer, outputDir);
                }
            }
            catch (error) {
                log.warn(`cached layers are unusable (${(0,src_errors/* errorMessage */.gJ)(error)}); building them again`);
                await (0,promises_.rm)(entry, { recursive: true, force: true });
                return undefined;
            }
            await touch(entry);
            return report;
        },
        async reuse(targetKey, fileName, outputDir, log) {
            kept ??= keptTargets(layout.layers);
            const found = (await kept).get(targetKey);
            if (!found)
                return undefined;
            try {
                const report = parseReport(await (0,promises_.readFile)(external_node_path_default().join(found.entry, REPORT_FILE), 'utf8'));
                const layer = report.layers.find(item => item.fileName === found.fileName);
                if (!layer)
                    return undefined;
                await (0,promises_.mkdir)(outputDir, { recursive: true });
                const zipPath = await placeChecked(found.entry, layer, outputDir, fileName);
                await touch(found.entry);
                return { ...layer, fileName, zipPath };
            }
            catch (error) {
                log.warn(`the cached ${found.fileName} is unusable (${(0,src_errors/* errorMessage */.gJ)(error)}); building it again`);
                return undefined;
            }
        },
        async earlier(slot, log) {
            keptSlots ??= newestByKey(layout.layers, SLOTS_FILE, value => {
                const { slot, lines } = (value ?? {});
                const valid = typeof slot === 'string' && Array.isArray(lines);
                return valid && lines.every(line => typeof line === 'string')
                    ? { key: slot, lines }
                    : undefined;
            });
            const found = (await keptSlots).get(slot);
            if (!found)
                return undefined;
            try {
                const report = parseReport(await (0,promises_.readFile)(external_node_path_default().join(found.entry, REPORT_FILE), 'utf8'));
                const layer = report.layers.find(item => item.fileName === found.fileName);
                if (!layer || external_node_path_default().basename(layer.fileName) !== layer.fileName)
                    return undefined;
                const zipPath = external_node_path_default().join(found.entry, layer.fileName);
                if ((await fileSha256(zipPath)) !== layer.sha256)
                    throw new Error(`${layer.fileName} does not match its recorded hash`);
                return { zipPath, layer, lines: found.lines };
            }
            catch (error) {
                log.warn(`the cached ${found.fileName} is unusable (${(0,src_errors/* errorMessage */.gJ)(error)}); not updating it`);
                return undefined;
            }
        },
        async save(layerKey, report, targetKeys, slots = {}) {
            const entry = layerEntryDir(layout, layerKey);
            const partial = `${entry}.partial-${process.pid}`;
            await (0,promises_.rm)(partial, { recursive: true, force: true });
            await (0,promises_.mkdir)(partial, { recursive: true });
            try {
                for (const layer of report.layers)
                    await placeFile(layer.zipPath, external_node_path_default().join(partial, layer.fileName));
                await (0,promises_.writeFile)(external_node_path_default().join(partial, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
                await (0,promises_.writeFile)(external_node_path_default().join(partial, TARGETS_FILE), JSON.stringify(targetKeys, null, 2) + '\n');
                await (0,promises_.writeFile)(external_node_path_default().join(partial, SLOTS_FILE), JSON.stringify(slots) + '\n');
                await (0,promises_.rm)(entry, { recursive: true, force: true });
                await (0,promises_.rename)(partial, entry);
            }
            finally {
                await (0,promises_.rm)(partial, { recursive: true, force: true });
            }
            await evictLayerEntries(layout.layers, MAX_LAYER_ENTRIES);
        }
    };
}
/**
 * Places a kept layer's zip in `outputDir` as `fileName` (unless a zip with its hash is already
 * there) and checks it against the hash its report records; resolves to its path.
 */
async function placeChecked(entry, layer, outputDir, fileName = layer.fileName) {
    // The report is read from the cache folder: its file names must not lead out of the output folder.
    if (external_node_path_default().basename(layer.fileName) !== layer.fileName || !layer.fileName.endsWith('.zip'))
        throw new Error(`${JSON.stringify(layer.fileName)} is not a zip file name`);
    const zipPath = guardPath(external_node_path_default().join(outputDir, fileName), 'layer zip');
    const present = await fileSha256(zipPath).catch(() => undefined);
    if (present !== layer.sha256) {
        await placeFile(external_node_path_default().join(entry, layer.fileName), zipPath);
        if ((await fileSha256(zipPath)) !== layer.sha256)
            throw new Error(`${layer.fileName} does not match its recorded hash`);
    }
    return zipPath;
}
/** Where each target key's zip is kept: the most recently used entry that holds it. */
function keptTargets(root) {
    return newestByKey(root, TARGETS_FILE, value => typeof value === 'string' ? { key: value } : undefined);
}
/**
 * From every entry's `file` (`{ "<zip file name>": value }`), each value `pick` accepts by its
 * `key`, from the most recently used entry that holds it, with that entry and the zip's file name.
 */
async function newestByKey(root, file, pick) {
    const found = new Map();
    for (const name of await entriesNewestFirst(root)) {
        const entry = external_node_path_default().join(root, name);
        const values = await (0,promises_.readFile)(external_node_path_default().join(entry, file), 'utf8')
            .then(text => JSON.parse(text))
            .catch(() => undefined);
        if (!values || typeof values !== 'object')
            continue;
        for (const [fileName, value] of Object.entries(values)) {
            const picked = pick(value);
            if (!picked)
                continue;
            if (!found.has(picked.key))
                found.set(picked.key, { ...picked, entry, fileName });
        }
    }
    return found;
}
/** The entries' folder names, the most recently used first. */
async function entriesNewestFirst(root) {
    const names = (await (0,promises_.readdir)(root).catch(() => [])).filter(name => !name.includes('.partial-'));
    const dated = await Promise.all(names.map(async (name) => ({
        name,
        time: (await (0,promises_.stat)(external_node_path_default().join(root, name)).catch(() => undefined))?.mtimeMs ?? 0
    })));
    return dated.sort((a, b) => b.time - a.time).map(item => item.name);
}
/** Removes the least recently used entries beyond `keep`. */
async function evictLayerEntries(root, keep) {
    for (const name of (await entriesNewestFirst(root)).slice(keep))
        await (0,promises_.rm)(external_node_path_default().join(root, name), { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/action/cache.ts
// The action's two caches (@actions/cache): the installer's downloads and pinned tools, keyed by
// the lock files with a restore prefix; and finished layers, the same entries and keys as the
// CLI's layer cache (src/cache), moved by the cache service (an earlier build's entry by prefix). A cache service failure is a
// warning, never a failed build.








/** @actions/cache, with every failure turned into a warning. */
const githubCache = {
    async restore(paths, key, restoreKeys) {
        try {
            return await cache/* restoreCache */.P3(paths, key, restoreKeys);
        }
        catch (error) {
            core/* warning */.$e(`cache restore failed for ${key}: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    },
    async save(paths, key) {
        try {
            await cache/* saveCache */.Io(paths, key);
        }
        catch (error) {
            core/* warning */.$e(`cache save failed for ${key}: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
    }
};
/** A key part from free text: no commas (not allowed in keys), nothing but [A-Za-z0-9._+-]. */
function keyPart(text) {
    return text.replace(/[^A-Za-z0-9._+-]/g, c => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/**
 * The installer cache: uv/pip downloads and pinned tools, keyed by version, runner, runtimes,
 * target architectures, builder and installer, and the hash of the lock and requirement files.
 */
async function installerCacheKey({ config, project }, runner) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const files = [
        project.pyprojectPath,
        project.lockFile,
        ...config.layers.map(layer => layer.requirements)
    ];
    for (const file of files.filter((f) => !!f).sort()) {
        hash.update(external_node_path_default().basename(file));
        hash.update(await (0,promises_.readFile)(file));
    }
    const prefix = [
        'lambda-layer',
        CACHE_VERSION,
        'deps',
        runner.os,
        runner.arch,
        config.runtimes.join('+'),
        config.architectures.join('+'),
        config.builder,
        config.installer
    ]
        .map(keyPart)
        .join('-');
    return {
        key: `${prefix}-${hash.digest('hex').slice(0, 32)}`,
        restoreKeys: [`${prefix}-`],
        paths: installerCachePaths(cacheLayout(config.cacheDir))
    };
}
/**
 * The path as the cache service should see it: relative to the workspace when inside it, so an
 * entry saved from one checkout folder restores into another (the service versions entries by
 * their path strings).
 */
function cachePath(absolute, workspace = process.cwd()) {
    const relative = external_node_path_default().relative(workspace, absolute);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : absolute;
}
/**
 * What the cache service's layer-cache keys name after their version: the project and its targets
 * (layer, runtime, architecture), so the earlier build a miss restores by prefix is one of the same
 * targets (in a matrix, the job's own), whatever the project's version.
 */
function layerScope({ project, targets }) {
    const names = targets.map(t => `${t.layer.name}/${t.runtime}/${t.architecture}`).sort();
    const digest = (0,external_node_crypto_.createHash)('sha256').update(names.join('\n')).digest('hex').slice(0, 16);
    return `${keyPart(project.name)}-${digest}`;
}
/**
 * The layer cache of the cache folder (as the CLI's), with the cache service behind it, where an
 * entry's key is `lambda-layer-v1-layers-{scope}-{layer key}` (layerScope). Entries travel through
 * one folder (the service keeps an entry under its paths), so when the service holds no entry under
 * the layer key it hands back the newest one of the same scope (restore by prefix): the targets
 * whose own keys did not change take their zips from it.
 */
function layerCache(service, cacheDir, scope) {
    const layout = cacheLayout(cacheDir);
    const local = folderLayerCache(layout);
    const prefix = `${LAYER_CACHE_PREFIX}${scope}-`;
    const serviceKey = (layerKey) => `${prefix}${layerKey}`;
    let asked = false;
    return {
        async restore(layerKey, outputDir, log) {
            const here = await local.restore(layerKey, outputDir, log);
            if (here || asked)
                return here;
            asked = true;
            const key = serviceKey(layerKey);
            await (0,promises_.rm)(layout.layerTransfer, { recursive: true, force: true });
            const found = await service.restore([cachePath(layout.layerTransfer)], key, [prefix]);
            const foundKey = found?.startsWith(prefix) ? found.slice(prefix.length) : undefined;
            if (!foundKey || !/^[0-9a-f]{64}$/.test(foundKey))
                return undefined;
            try {
                const entry = local.entryDir(foundKey);
                await (0,promises_.rm)(entry, { recursive: true, force: true });
                await (0,promises_.mkdir)(layout.layers, { recursive: true });
                await (0,promises_.rename)(layout.layerTransfer, entry);
            }
            catch (error) {
                log.warn(`cache restore of ${found} left no entry: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
                return undefined;
            }
            return found === key ? local.restore(layerKey, outputDir, log) : undefined;
        },
        reuse: (targetKey, fileName, outputDir, log) => local.reuse(targetKey, fileName, outputDir, log),
        earlier: (slot, log) => local.earlier(slot, log),
        async save(layerKey, report, targetKeys, slots) {
            await local.save(layerKey, report, targetKeys, slots);
            const entry = local.entryDir(layerKey);
            const key = serviceKey(layerKey);
            try {
                await (0,promises_.rm)(layout.layerTransfer, { recursive: true, force: true });
                await (0,promises_.rename)(entry, layout.layerTransfer);
                try {
                    await service.save([cachePath(layout.layerTransfer)], key);
                }
                finally {
                    await (0,promises_.rename)(layout.layerTransfer, entry);
                }
            }
            catch (error) {
                core/* warning */.$e(`cache save failed for ${key}: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/action/constants.ts
// Names of the action's outputs, in one place (they mirror action.yml; inputs are in the option
// registry, src/config/options.ts).
const Outputs = {
    ReportPath: 'report-path',
    Layers: 'layers',
    Published: 'published',
    CacheHit: 'cache-hit',
    Failed: 'failed'
};

;// CONCATENATED MODULE: ./src/report/compare.ts
// Compares this run's report with the base branch's: size change per layer (matched by layer,
// runtime and architecture) and the packages added, removed or changed in version, with their
// size change. A base report in a format this version cannot read is "not comparable", never an error.


const layerKey = (l) => (0,src_errors/* layerLabel */.E5)(l, 'short');
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
/** Reads a base report of any version: what can be compared, or why it cannot. */
function readBaseReport(data) {
    if (data === undefined)
        return { kind: 'none' };
    const report = data;
    if (!report || typeof report !== 'object' || !isNumber(report.version))
        return { kind: 'not-comparable', reason: 'the base report has no format version' };
    if (report.version > REPORT_VERSION)
        return {
            kind: 'not-comparable',
            reason: `the base report is format ${report.version}, newer than this action reads (${REPORT_VERSION}); update the action on this branch`
        };
    if (!Array.isArray(report.layers))
        return { kind: 'not-comparable', reason: 'the base report lists no layers' };
    const layers = [];
    for (const entry of report.layers) {
        const { layer, runtime, architecture, zippedBytes, unzippedBytes } = entry ?? {};
        if (typeof layer !== 'string' ||
            typeof runtime !== 'string' ||
            typeof architecture !== 'string' ||
            !isNumber(zippedBytes) ||
            !isNumber(unzippedBytes))
            return {
                kind: 'not-comparable',
                reason: `the base report (format ${report.version}) has a layer without name or sizes`
            };
        const packages = Array.isArray(entry.packages)
            ? entry.packages.filter(p => typeof p?.name === 'string' && isNumber(p.unzippedBytes))
            : [];
        layers.push({ layer, runtime, architecture, zippedBytes, unzippedBytes, packages });
    }
    return { kind: 'compared', base: { version: report.version, layers } };
}
function packageChanges(before, after) {
    const old = new Map(before.map(p => [p.name.toLowerCase(), p]));
    const changes = [];
    for (const p of after) {
        const b = old.get(p.name.toLowerCase());
        old.delete(p.name.toLowerCase());
        if (!b)
            changes.push({ name: p.name, kind: 'added', after: p.version, bytes: p.unzippedBytes });
        else if (b.version !== p.version)
            changes.push({
                name: p.name,
                kind: 'changed',
                before: b.version,
                after: p.version,
                bytes: p.unzippedBytes - b.unzippedBytes
            });
    }
    for (const b of old.values())
        changes.push({ name: b.name, kind: 'removed', before: b.version, bytes: -b.unzippedBytes });
    return changes.sort((a, b) => Math.abs(b.bytes) - Math.abs(a.bytes) || a.name.localeCompare(b.name));
}
function compareReports(report, state) {
    const base = state.kind === 'compared' ? state.base : undefined;
    const byKey = new Map((base?.layers ?? []).map(l => [layerKey(l), l]));
    const layers = report.layers.map((layer) => {
        const key = layerKey(layer);
        const b = byKey.get(key);
        byKey.delete(key);
        if (!b)
            return { key, layer, packages: [] };
        return {
            key,
            layer,
            base: { zippedBytes: b.zippedBytes, unzippedBytes: b.unzippedBytes },
            delta: {
                zippedBytes: layer.zippedBytes - b.zippedBytes,
                unzippedBytes: layer.unzippedBytes - b.unzippedBytes,
                unzippedPercent: b.unzippedBytes
                    ? ((layer.unzippedBytes - b.unzippedBytes) / b.unzippedBytes) * 100
                    : undefined
            },
            packages: packageChanges(b.packages, layer.packages)
        };
    });
    const removed = [...byKey.entries()].map(([key, l]) => ({
        key,
        label: key,
        unzippedBytes: l.unzippedBytes
    }));
    return { state, layers, removed };
}

;// CONCATENATED MODULE: ./src/report/merge.ts
// Merges the reports of a matrix's jobs (one layer, runtime or architecture each) into one report
// for a single summary and PR comment. Jobs must agree on the report format.



function mergeReports(reports) {
    if (!reports.length)
        throw new src_errors/* LayerError */.CE('no lambda-layer reports to aggregate', {
            hint: 'Run the matrix jobs first (needs: the build job) with upload-artifacts: true; each uploads a "...-report-..." artifact.'
        });
    const newer = reports.find(r => r.version !== REPORT_VERSION);
    if (newer)
        throw new src_errors/* LayerError */.CE(`a matrix job wrote report format ${String(newer.version)}, this action reads ${REPORT_VERSION}`, { hint: 'Use the same version of the action in the matrix jobs and the aggregate job.' });
    const [first] = reports;
    const names = [...new Set(reports.map(r => `${r.project.name} ${r.project.version}`))];
    const seen = new Set();
    const layers = reports
        .flatMap(r => r.layers)
        .filter(l => !seen.has(layerKey(l)) && !!seen.add(layerKey(l)))
        .sort((a, b) => layerKey(a).localeCompare(layerKey(b)));
    const caches = new Set(reports.map(r => r.cache));
    const publish = reports.flatMap(r => (r.publish ? [r.publish] : []));
    return {
        ...first,
        project: names.length === 1
            ? first.project
            : { ...first.project, name: names.map(n => n.split(' ')[0]).join(' + '), version: '' },
        tools: Object.assign({}, ...reports.map(r => r.tools)),
        limits: { ...first.limits, warnPercent: Math.min(...reports.map(r => r.limits.warnPercent)) },
        layers,
        combinations: reports.flatMap(r => r.combinations),
        failures: reports.flatMap(r => r.failures),
        publish: publish.length
            ? {
                account: publish[0]?.account ?? '',
                layers: publish.flatMap(p => p.layers),
                functions: publish.flatMap(p => p.functions)
            }
            : undefined,
        cache: caches.size === 1 ? first.cache : undefined
    };
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown building blocks shared by the job summary, the PR comment and the aggregate: tables
// with right-aligned number columns, escaped cells, collapsible sections.
/** A cell's text with the characters that would break a table row or start HTML escaped. */
const cell = (text) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
/** A GitHub table; columns listed in `right` are right-aligned (numbers). */
function table(header, rows, right = []) {
    const align = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
    return [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)
    ].join('\n');
}
/** A collapsed section: the summary line stays visible, the body opens on click. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Whole numbers with thousands separators, as the console prints them: 1118 -> "1,118". */
const markdown_count = (n) => n.toLocaleString('en-US');
/** "1 layer" / "10 layers". */
const plural = (n, word, many = `${word}s`) => `${markdown_count(n)} ${n === 1 ? word : many}`;

;// CONCATENATED MODULE: ./src/report/attention.ts
// What needs a reader's attention, said first in the summary and the PR comment: layers and
// combinations over or near the limit (with the warn threshold in force), skipped checks,
// Docker fallbacks, SDK shadowing, and whatever the caller adds (growth against the base).




const label = (l) => (0,src_errors/* layerLabel */.E5)(l, 'short');
/** "a, b, c and 4 more" — long lists stay one line. */
function listSome(items, max = 6) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
function attention(report) {
    const out = { errors: [], warnings: [], notes: [] };
    const limit = formatBytes(UNZIPPED_LIMIT);
    const warnBytes = formatBytes((UNZIPPED_LIMIT * report.limits.warnPercent) / 100);
    const all = report.layers.length;
    const sized = (l) => formatBytes(l.unzippedBytes);
    const over = report.layers.filter(l => l.status === 'over-limit');
    if (over.length)
        out.errors.push(`${plural(over.length, 'layer')} of ${all} over Lambda's ${limit} unzipped limit: ${listSome(over.map(l => `${label(l)} (${sized(l)})`))}`);
    const overC = report.combinations.filter(c => c.status === 'over-limit');
    if (overC.length)
        out.errors.push(`${plural(overC.length, 'combination')} over the limit together: ${listSome(overC.map(c => `${c.name} ${c.runtime} ${c.architecture} (${sized(c)})`))}`);
    const near = report.layers.filter(l => l.status === 'near-limit');
    if (near.length)
        out.warnings.push(`${plural(near.length, 'layer')} of ${all} near the limit (warn at ${report.limits.warnPercent}% = ${warnBytes}): ${listSome(near.map(l => `${label(l)} (${formatPercent(l.limitPercent)})`))}`);
    const nearC = report.combinations.filter(c => c.status === 'near-limit');
    if (nearC.length)
        out.warnings.push(`${plural(nearC.length, 'combination')} near the limit together: ${listSome(nearC.map(c => `${c.name} ${c.runtime} ${c.architecture} (${formatPercent(c.limitPercent)})`))}`);
    const skipped = new Map();
    for (const l of report.layers) {
        const imports = l.verify?.imports;
        if (imports && 'skipped' in imports) {
            const reason = imports.skipped;
            skipped.set(reason, [...(skipped.get(reason) ?? []), label(l)]);
        }
    }
    for (const [reason, layers] of skipped)
        out.warnings.push(`import check skipped on ${layers.length === all ? `all ${plural(all, 'layer')}` : listSome(layers)}: ${reason}`);
    const shadowing = report.layers.filter(l => l.verify?.sdk?.problems.length);
    if (shadowing.length)
        out.warnings.push(`ships part of the runtime's AWS SDK: ${listSome(shadowing.map(label))}`);
    for (const l of report.layers)
        if (l.fallback)
            out.notes.push(`${label(l)} was built in Docker: no compatible wheel of ${l.fallback.packages.join(', ')}`);
    return out;
}
/** The attention block as Markdown, or one line saying all is well. */
function renderAttention(report, extra = {}) {
    const found = attention(report);
    const errors = [...(extra.errors ?? []), ...found.errors];
    const warnings = [...(extra.warnings ?? []), ...found.warnings];
    const notes = [...found.notes, ...(extra.notes ?? [])];
    const lines = [
        ...errors.map(line => `- ⛔ ${line}`),
        ...warnings.map(line => `- ⚠️ ${line}`),
        ...notes.map(line => `- ℹ️ ${line}`)
    ];
    if (!errors.length && !warnings.length) {
        const ok = `✅ ${report.layers.length === 1 ? 'The layer is' : `All ${report.layers.length} layers are`} within Lambda's ${formatBytes(UNZIPPED_LIMIT)} unzipped limit and under the warn threshold (${report.limits.warnPercent}%).`;
        return [ok, ...lines].join('\n');
    }
    return ['**Needs attention**', '', ...lines].join('\n');
}

;// CONCATENATED MODULE: ./src/report/chart.ts

const MIB = 1024 * 1024;
/** Bar colours by status (ok, near limit, over limit), then the warn and limit lines. */
const PALETTE = ['#2f81f7', '#d29922', '#cf222e', '#9a6700', '#cf222e'];
/** Labels say only what differs between rows: the runtime and architecture when several were built. */
function chartRows(report) {
    const runtimes = new Set(report.layers.map(l => l.runtime)).size > 1;
    const arches = new Set(report.layers.map(l => l.architecture)).size > 1;
    const suffix = (runtime, arch) => [runtimes ? runtime.replace('python', 'py') : '', arches ? arch : ''].filter(Boolean).join(' ');
    const rows = report.layers.map((l, i) => ({
        label: `${i + 1} ${l.layer} ${suffix(l.runtime, l.architecture)}`.trim(),
        unzippedBytes: l.unzippedBytes,
        status: l.status
    }));
    report.combinations.forEach((c, i) => rows.push({
        label: `C${i + 1} ${c.name} ${suffix(c.runtime, c.architecture)}`.trim(),
        unzippedBytes: c.unzippedBytes,
        status: c.status
    }));
    return rows;
}
const quote = (text) => `"${text.replace(/"/g, "'")}"`;
const mib = (bytes) => Number((bytes / MIB).toFixed(1));
function renderChart(report) {
    const rows = chartRows(report);
    const limit = mib(UNZIPPED_LIMIT);
    const warn = mib((UNZIPPED_LIMIT * report.limits.warnPercent) / 100);
    const top = Math.ceil((Math.max(limit, ...rows.map(r => mib(r.unzippedBytes))) * 1.04) / 25) * 25;
    // Empty rows above and below let the two lines run across the whole height of the chart.
    const labels = ['"\u200b"', ...rows.map(r => quote(r.label)), '"\u200b\u200b"'];
    // One bar series per status present, for its colour; other rows get a value below the axis,
    // which Mermaid draws as nothing (a 0 would still draw a stub at the axis).
    const none = -top;
    const statuses = ['ok', 'near-limit', 'over-limit'].filter(s => rows.some(r => r.status === s));
    const bars = statuses.map(status => `  bar [${[none, ...rows.map(r => (r.status === status ? mib(r.unzippedBytes) : none)), none].join(', ')}]`);
    const palette = [
        ...statuses.map(s => PALETTE[['ok', 'near-limit', 'over-limit'].indexOf(s)]),
        ...PALETTE.slice(3)
    ];
    const line = (value) => `[${labels.map(() => value).join(', ')}]`;
    const config = {
        xyChart: { width: 760, height: Math.max(220, 90 + 30 * labels.length) },
        themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } }
    };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(config)}}%%`,
        'xychart-beta horizontal',
        `  title "Unzipped MiB per layer; lines: warn ${warn}, limit ${limit}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "MiB unzipped" 0 --> ${top}`,
        ...bars,
        `  line ${line(warn)}`,
        `  line ${line(limit)}`,
        '```'
    ].join('\n');
}
/** The words under the chart: what the colours and lines mean (Mermaid draws no legend). */
function chartLegend(report) {
    const warn = (UNZIPPED_LIMIT * report.limits.warnPercent) / 100;
    return (`Bars: blue ok, yellow near the limit, red over it. Lines: warn at ${report.limits.warnPercent}% ` +
        `(${mib(warn)} MiB, dark yellow) and Lambda's limit (${mib(UNZIPPED_LIMIT)} MiB, red) for a function and all its layers.`);
}

;// CONCATENATED MODULE: ./src/report/size-table.ts



const STATUS = {
    ok: 'ok',
    'near-limit': '⚠️ near limit',
    'over-limit': '⛔ over limit'
};
/** Keeps a number and its unit (or a short phrase) on one line in narrow table columns. */
const nowrap = (text) => text.replace(/ /g, '\u00a0');
const statusCell = (status, needsS3 = false) => STATUS[status] + (needsS3 ? ', needs\u00a0S3\u00a0¹' : '');
/** "+1.2 MiB (+4.0%)" / "−300.0 KiB (−1.0%)" / "no change". */
function formatDelta(bytes, percent) {
    if (bytes === 0)
        return 'no change';
    const sign = bytes > 0 ? '+' : '−';
    const pct = percent === undefined ? '' : ` (${sign}${formatPercent(Math.abs(percent))})`;
    return `${bytes > 0 ? '▲' : '▼'} ${sign}${formatBytes(Math.abs(bytes))}${pct}`;
}
const changeCell = (c, compared) => {
    if (!compared)
        return '';
    if (!c?.delta)
        return 'new';
    return nowrap(formatDelta(c.delta.unzippedBytes, c.delta.unzippedPercent));
};
function renderSizeTable(report, comparison) {
    const compared = comparison?.state.kind === 'compared';
    // Columns every layer shares (one runtime, one architecture) are said once, above the table.
    const runtimes = new Set(report.layers.map(l => l.runtime)).size > 1;
    const arches = new Set(report.layers.map(l => l.architecture)).size > 1;
    const columns = [
        { head: '#', right: true, cell: (_, i) => String(i + 1) },
        { head: 'layer', cell: l => l.layer },
        ...(runtimes ? [{ head: 'runtime', cell: (l) => l.runtime }] : []),
        ...(arches ? [{ head: 'arch', cell: (l) => l.architecture }] : []),
        { head: 'zipped', right: true, cell: l => nowrap(formatBytes(l.zippedBytes)) },
        { head: 'unzipped', right: true, cell: l => nowrap(formatBytes(l.unzippedBytes)) },
        ...(compared
            ? [
                {
                    head: 'change',
                    right: true,
                    cell: (_, i) => changeCell(comparison?.layers[i], compared)
                }
            ]
            : []),
        { head: 'of limit', right: true, cell: l => formatPercent(l.limitPercent) },
        { head: 'status', cell: l => statusCell(l.status, l.needsS3) }
    ];
    const rows = report.layers.map((l, i) => columns.map(c => c.cell(l, i)));
    for (const r of comparison?.removed ?? [])
        rows.push(columns.map(c => c.head === 'layer'
            ? r.label
            : c.head === 'status'
                ? `removed (was ${nowrap(formatBytes(r.unzippedBytes))})`
                : ''));
    const right = columns.flatMap((c, i) => (c.right ? [i] : []));
    const notes = [];
    if (report.layers.some(l => l.needsS3))
        notes.push(`¹ needs S3: the zip is over ${formatBytes(report.limits.directUploadZipBytes)}, Lambda's limit for a direct upload, so publishing it needs a bucket (input bucket).`);
    return [
        table(columns.map(c => c.head), rows, right),
        ...notes
    ].join('\n\n');
}
function renderCombinationTable(report) {
    if (!report.combinations.length)
        return '';
    return ('### Layers used together\n\n' +
        table([
            '#',
            'combination',
            'layers',
            'runtime',
            'arch',
            'unzipped',
            `of ${formatBytes(UNZIPPED_LIMIT)}`,
            'status'
        ], report.combinations.map((c, i) => [
            `C${i + 1}`,
            c.name,
            c.layers.join(' + '),
            c.runtime,
            c.architecture,
            formatBytes(c.unzippedBytes),
            formatPercent(c.limitPercent),
            statusCell(c.status)
        ]), [0, 5, 6]));
}

;// CONCATENATED MODULE: ./src/report/details.ts
// The collapsible details under the size table: facts every layer shares, said once, then per
// layer its largest packages, slimming savings (largest first) and what is particular to it.




const details_label = (l) => (0,src_errors/* layerLabel */.E5)(l, 'short');
/** Facts about one layer as sentences; identical sentences across every layer are said once. */
function layerFacts(layer) {
    const facts = [];
    const runtime = layer.shape.runtimePackages;
    if (runtime.found.length) {
        facts.push(runtime.mode === 'remove'
            ? `The runtime's AWS SDK set is taken out (the runtime provides it): ${runtime.found.map(p => p.name).join(', ')}.`
            : `The runtime's AWS SDK set is kept (runtime-packages = keep): ${runtime.found.map(p => `${p.name} ${p.version}`).join(', ')}.`);
    }
    if (runtime.reliesOnRuntime.length)
        facts.push(`Relying on the runtime's SDK: ${runtime.reliesOnRuntime.map(r => `${r.name} (${r.needs.join(', ')})`).join(', ')}.`);
    for (const m of runtime.versionMismatches)
        facts.push(`⚠️ ${m.name} ${m.locked} is locked; the runtime provides ${m.runtime}.`);
    for (const notice of layer.shape.notices)
        facts.push(`⚠️ ${notice}`);
    const verify = layer.verify;
    if (verify?.imports && !('skipped' in verify.imports))
        facts.push(`Imports checked in ${verify.imports.where}.`);
    if (verify?.sdk && !verify.sdk.problems.length)
        facts.push('No SDK shadowing.');
    return facts;
}
function layerBody(layer, shared) {
    const parts = [];
    parts.push(table(['package', 'version', 'unzipped', 'files'], layer.packages
        .slice(0, 10)
        .map(p => [p.name, p.version, formatBytes(p.unzippedBytes), markdown_count(p.files)]), [2, 3]));
    if (layer.packages.length > 10)
        parts.push(`…and ${markdown_count(layer.packages.length - 10)} smaller packages.`);
    const savings = layer.shape.slimming
        .filter(s => s.files > 0)
        .map(s => ({ what: s.rule, files: markdown_count(s.files), bytes: s.bytes }));
    const sdk = layer.shape.runtimePackages;
    if (sdk.mode === 'remove' && sdk.bytesRemoved)
        savings.push({
            what: 'runtime SDK set',
            files: `${markdown_count(sdk.found.length)} packages`,
            bytes: sdk.bytesRemoved
        });
    const rows = savings
        .sort((a, b) => b.bytes - a.bytes)
        .map(s => [s.what, s.files, formatBytes(s.bytes)]);
    if (rows.length)
        parts.push('**Removed**\n\n' + table(['what', 'files', 'saved'], rows, [1, 2]));
    const own = layerFacts(layer).filter(f => !shared.has(f));
    const checks = verifyParts(layer).filter(p => !p.startsWith('import check skipped'));
    if (checks.length)
        own.push(`Checks: ${checks.join('; ')}.`);
    if (own.length)
        parts.push(own.join('\n\n'));
    return parts.join('\n\n');
}
/** Facts every layer has (only when there are several layers). */
function sharedFacts(report) {
    if (report.layers.length < 2)
        return [];
    const [first, ...rest] = report.layers.map(layerFacts);
    return (first ?? []).filter(f => rest.every(facts => facts.includes(f)));
}
function renderDetails(report) {
    const shared = sharedFacts(report);
    const blocks = report.layers.map((l, i) => details(`${i + 1} ${details_label(l)}: ${formatBytes(l.unzippedBytes)} unzipped, ${markdown_count(l.files)} files, largest ${l.packages[0]?.name ?? '-'}`, layerBody(l, new Set(shared))));
    const head = shared.length ? `Every layer: ${shared.join(' ')}\n\n` : '';
    return head + blocks.join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary-failures.ts
// Markdown sections of the job summary for what went wrong and what to do: failed targets (stage,
// error, hint, a zip moved aside), problems after the build (an artifact upload that failed), and
// the notes (combinations as Lambda extracts them, shared packages, libraries vendored twice).

const summary_failures_cell = (text) => text.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
/** The failed targets as a table, or '' when every target built. */
function renderFailures(report) {
    const failed = report.failures ?? [];
    if (!failed.length)
        return '';
    const rows = failed.map(f => [
        f.layer,
        f.runtime,
        f.architecture,
        f.stage,
        f.error,
        [f.hint ?? '', f.failedZip ? `zip moved aside: \`${f.failedZip}\`` : '']
            .filter(Boolean)
            .join('<br>')
    ]
        .map(summary_failures_cell)
        .join(' | '));
    return [
        `### ❌ Failed targets (${failed.length})`,
        '',
        'These targets have no zip in the output folder; the others were built.',
        '',
        '| layer | runtime | arch | stage | error | what to do |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map(row => `| ${row} |`)
    ].join('\n');
}
/** Problems after the build (e.g. an artifact upload that failed), or ''. */
function renderProblems(problems = []) {
    if (!problems.length)
        return '';
    return ['### ❌ Problems after the build', '', ...problems.map(p => `- ${summary_failures_cell(p)}`)].join('\n');
}
/** The size table's notes as a list, or ''. */
function renderNotes(report) {
    const notes = reportNotes(report);
    if (!notes.length)
        return '';
    return ['### Notes', '', ...notes.map(note => `- ${summary_failures_cell(note)}`)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/verify-summary.ts
const verify_summary_cell = (text) => text.replace(/\|/g, '\\|');
const row = (cells) => `| ${cells.map(verify_summary_cell).join(' | ')} |`;
/** "### Cold start" table, or undefined when no layer was import-checked. */
function renderColdStart(report) {
    const timed = report.layers.flatMap(l => l.verify?.coldStart ? [{ l, cold: l.verify.coldStart }] : []);
    if (!timed.length)
        return undefined;
    const lines = [
        '### Cold start (import time per layer)',
        '',
        'Each top-level module imported in a fresh interpreter in the runtime image; the total is what importing all of them adds to a cold start.',
        '',
        row(['layer', 'runtime', 'arch', 'imports total', 'modules', 'slowest modules', 'measured in']),
        row(['---', '---', '---', '---:', '---:', '---', '---']),
        ...timed.map(({ l, cold }) => {
            return row([
                l.layer,
                l.runtime,
                l.architecture,
                `${cold.totalSeconds.toFixed(2)} s`,
                String(cold.modules),
                cold.slowest.map(m => `${m.module} ${m.seconds.toFixed(2)} s`).join(', ') || '-',
                cold.where
            ]);
        })
    ];
    return lines.join('\n');
}
/** "### Layers imported together" table, or undefined when no combination was import-checked. */
function renderCombinationImports(report) {
    const checked = report.combinationImports ?? [];
    if (!checked.length)
        return undefined;
    return [
        '### Layers imported together',
        '',
        row(['combination', 'layers (in order)', 'runtime', 'arch', 'result']),
        row(['---', '---', '---', '---', '---']),
        ...checked.map(c => row([
            c.name,
            c.layers.join(' + '),
            c.runtime,
            c.architecture,
            'skipped' in c
                ? `skipped: ${c.skipped}`
                : c.problems.length
                    ? `❌ ${c.problems.join('; ')}`
                    : `✅ ${c.modules} modules import together`
        ]))
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// Renders the report as Markdown for the job summary: what needs attention first, the run's facts
// once, the size table, a horizontal Mermaid chart against the warn threshold and the limit, the
// combinations, what was published, and collapsible details per layer.










const CACHE = {
    hit: 'restored from the layer cache (nothing installed)',
    miss: 'built (layer cache: miss, saved for the next run)',
    off: 'built (caching off)'
};
/** One line of facts every layer shares: count, runtimes, architectures, how it was built. */
function runFacts(report) {
    const uniq = (values) => [...new Set(values)].join(', ');
    const parts = [
        plural(report.layers.length, 'layer'),
        uniq(report.layers.map(l => l.runtime)),
        uniq(report.layers.map(l => l.architecture)),
        cacheFact(report),
        `warn at ${report.limits.warnPercent}% of ${formatBytes(UNZIPPED_LIMIT)}`
    ].filter(Boolean);
    return parts.join(' · ');
}
/** How the layers came to be: restored, built (some of them reused unchanged), or built uncached. */
function cacheFact(report) {
    const reused = report.layers.filter(layer => layer.reused).length;
    if (report.cache !== 'miss' || reused === 0)
        return report.cache ? CACHE[report.cache] : 'built';
    return `built (layer cache: miss; ${reused} of ${plural(report.layers.length, 'layer')} unchanged and reused; saved for the next run)`;
}
function renderSummary(report, options = {}) {
    const { project } = report;
    const sections = [
        `## Lambda layers: ${project.name} ${project.version}`,
        renderAttention(report, options.attention),
        runFacts(report),
        renderSizeTable(report),
        renderChart(report),
        chartLegend(report)
    ];
    // What failed comes right under the heading: failed targets, then problems after the build.
    const failed = [renderFailures(report), renderProblems(options.problems)].filter(Boolean);
    sections.splice(1, 0, ...failed);
    const combinations = renderCombinationTable(report);
    if (combinations)
        sections.push(combinations);
    const notes = renderNotes(report);
    if (notes)
        sections.push(notes);
    // Verify's sections (src/report/verify-summary.ts): cold start, combinations imported together.
    for (const section of [renderColdStart(report), renderCombinationImports(report)])
        if (section)
            sections.push(section);
    if (report.publish) {
        sections.push('### Published\n\n' +
            table(['layer', 'runtime', 'arch', 'region', 'status', 'version', 'version ARN'], report.publish.layers.map(p => [
                p.layer,
                p.runtime,
                p.architecture,
                p.region,
                p.status,
                String(p.version),
                p.versionArn
            ]), [5]));
    }
    sections.push('### Details\n\n' + renderDetails(report));
    return sections.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// The PR comment: a hidden marker (one per project and configuration, so the comment is found and
// updated in place), what needs attention, the size table with the change against the base
// branch, package changes per layer, the chart, and verification and cache status. Kept under
// GitHub's comment size limit by dropping the longest parts first.






/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
const COMMENT_LIMIT = 65_000;
const commentMarker = (key) => `<!-- lambda-layer-report ${key.replace(/--+/g, '-').replace(/>/g, '')} -->`;
function baseLine(ctx) {
    const { state } = ctx.comparison;
    const base = `\`${ctx.baseRef}\``;
    if (state.kind === 'none')
        return `No report of ${base} yet, so sizes are absolute. The action stores one on each push to ${base}.`;
    if (state.kind === 'not-comparable')
        return `Not compared with ${base}: ${state.reason}. Sizes are absolute.`;
    return `Change against the newest report of ${base}.`;
}
const CHANGE = {
    added: 'added',
    removed: 'removed',
    changed: 'changed'
};
function packageTable(changes) {
    return table(['package', 'change', 'before', 'after', 'size change'], changes.map(c => [c.name, CHANGE[c.kind], c.before ?? '', c.after ?? '', formatDelta(c.bytes)]), [4]);
}
function changeSummary(l) {
    const by = (kind) => l.packages.filter(p => p.kind === kind).length;
    const parts = [
        by('added') && `${by('added')} added`,
        by('removed') && `${by('removed')} removed`,
        by('changed') && `${by('changed')} changed`
    ].filter(Boolean);
    const delta = l.delta ? formatDelta(l.delta.unzippedBytes, l.delta.unzippedPercent) : '';
    return `${l.key}: ${parts.join(', ')}${delta ? ` (${delta})` : ''}`;
}
/** Package changes per layer; identical changes across layers are listed once. */
function renderPackageChanges(comparison) {
    const changed = comparison.layers.filter(l => l.packages.length);
    if (!changed.length)
        return '';
    const groups = new Map();
    for (const l of changed) {
        const id = JSON.stringify(l.packages.map(p => [p.name, p.kind, p.before, p.after]));
        groups.set(id, [...(groups.get(id) ?? []), l]);
    }
    const collapse = changed.length > 1 || changed.some(l => l.packages.length > 8);
    const blocks = [...groups.values()].map(group => {
        const [first] = group;
        const title = group.length === 1
            ? changeSummary(first)
            : `${group.map(l => l.key).join(', ')}: ${changeSummary(first).split(': ')[1] ?? ''}`;
        return collapse
            ? details(title, packageTable(first.packages))
            : `${title}\n\n${packageTable(first.packages)}`;
    });
    return `### Package changes\n\n${blocks.join('\n')}`;
}
/** Verification and cache in one line each, facts shared by every layer said once. */
function renderChecks(report) {
    const counts = new Map();
    for (const l of report.layers)
        for (const part of verifyParts(l)) {
            const general = part
                .replace(/\d+ shared objects checked.*/, 'shared objects checked')
                .replace(/\d+ modules imported in ([^ ]+).*/, 'modules imported in $1');
            counts.set(general, (counts.get(general) ?? 0) + 1);
        }
    const all = report.layers.length;
    const checks = [...counts].map(([part, n]) => (n === all ? part : `${part} (${n} of ${all})`));
    return `**Checks**: ${checks.length ? checks.join('; ') : 'none ran'}.`;
}
function renderComment(report, ctx) {
    const marker = commentMarker(ctx.key);
    const head = [
        marker,
        `## Lambda layers: ${report.project.name} ${report.project.version}`,
        renderAttention(report, ctx.attention),
        `${runFacts(report)}. ${baseLine(ctx)}`,
        renderSizeTable(report, ctx.comparison)
    ];
    const optional = [
        renderPackageChanges(ctx.comparison),
        renderChart(report) + '\n\n' + chartLegend(report),
        renderCombinationTable(report),
        renderChecks(report)
    ];
    const footer = ctx.runUrl ? `Every detail is in the [job summary](${ctx.runUrl}).` : '';
    // Drop the largest optional parts until the body fits GitHub's limit.
    const dropped = [];
    const body = () => [
        ...head,
        ...optional.filter(Boolean),
        ...(dropped.length
            ? [
                `_Left out to fit GitHub's comment size limit: ${dropped.join(', ')}. See the job summary._`
            ]
            : []),
        footer
    ]
        .filter(Boolean)
        .join('\n\n') + '\n';
    const names = ['package changes', 'chart', 'combinations', 'checks'];
    while (body().length > COMMENT_LIMIT) {
        const largest = optional.reduce((max, part, i) => (part.length > (optional[max]?.length ?? 0) ? i : max), 0);
        if (!optional[largest])
            break;
        dropped.push(names[largest] ?? 'part');
        optional[largest] = '';
    }
    const text = body();
    return text.length > COMMENT_LIMIT
        ? text.slice(0, COMMENT_LIMIT - 40) + '\n\n_(cut to fit)_\n'
        : text;
}

;// CONCATENATED MODULE: ./src/report/growth.ts
// Growth thresholds for pull requests: warn or fail when a layer's unzipped size grows against the
// base branch by more than a number of bytes ("5 MiB") or a share of its base size ("10%").


const growth_UNITS = {
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3
};
/** "10%", "5 MiB", "500kB", "1048576" -> a threshold; `name` names the option in errors. */
function parseThreshold(text, name) {
    const value = text.trim();
    if (!value)
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*(%|[kmg]i?b|b)?$/i.exec(value);
    const amount = match ? Number(match[1]) : NaN;
    if (!match || !(amount > 0))
        throw new src_errors/* ConfigError */.xL(`${name} "${text}" is not valid: expected a growth above zero as a percentage (10%) or a size (5 MiB, 500 kB, 1048576)`);
    const unit = (match[2] ?? 'b').toLowerCase();
    if (unit === '%')
        return { percent: amount };
    return { bytes: Math.round(amount * (growth_UNITS[unit] ?? 1)) };
}
const describeThreshold = (t) => 'percent' in t ? formatPercent(t.percent) : formatBytes(t.bytes);
function exceeds(t, bytes, percent) {
    if ('bytes' in t)
        return bytes > t.bytes;
    return percent !== undefined && percent > t.percent;
}
/** Layers that grew by more than a threshold; the fail threshold wins over warn. */
function growthBreaches(comparison, thresholds) {
    const breaches = [];
    for (const l of comparison.layers) {
        if (!l.delta || l.delta.unzippedBytes <= 0)
            continue;
        const { unzippedBytes, unzippedPercent } = l.delta;
        const { fail, warn } = thresholds;
        const hit = fail && exceeds(fail, unzippedBytes, unzippedPercent)
            ? ['fail', fail]
            : warn && exceeds(warn, unzippedBytes, unzippedPercent)
                ? ['warn', warn]
                : undefined;
        if (!hit)
            continue;
        const [level, threshold] = hit;
        const limit = describeThreshold(threshold);
        const percent = unzippedPercent === undefined ? '' : ` (+${formatPercent(unzippedPercent)})`;
        breaches.push({
            key: l.key,
            level,
            message: `layer ${l.key} grew by ${formatBytes(unzippedBytes)}${percent} unzipped against the base branch, more than the ${level} threshold of ${limit}`
        });
    }
    return breaches;
}
/** A layer grew past the fail threshold against the base branch. */
class GrowthError extends src_errors/* LayerError */.CE {
    problems;
    constructor(problems) {
        super(`layers grew past the size-growth-fail threshold:\n  ${problems.join('\n  ')}`, {
            hint: 'Look at the package changes in the pull request comment or job summary, or raise size-growth-fail.'
        });
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./src/action/base-report.ts
// The base branch's report in the Actions cache: pushes to the default branch save this run's
// report under a key for that branch and configuration; a pull request restores the newest one
// for its base branch (the prefix match returns the most recent entry).





/** Inside the workspace, so the cache entry's path is the same in every run. */
const FOLDER = '.lambda-layer-base-report';
function baseReportPrefix(branch, configKey) {
    const config = (0,external_node_crypto_.createHash)('sha256').update(configKey).digest('hex').slice(0, 12);
    return `lambda-layer-${CACHE_VERSION}-report-${keyPart(branch)}-${config}-`;
}
function base_report_location(workspace, configKey) {
    const dir = external_node_path_default().join(workspace, FOLDER, (0,external_node_crypto_.createHash)('sha256').update(configKey).digest('hex').slice(0, 12));
    return { dir, file: external_node_path_default().join(dir, 'lambda-layer-report.json') };
}
/** Saves `report` as the newest base report of `branch` (the run id keeps keys unique). */
async function saveBaseReport(service, report, branch, configKey, runId, workspace = process.cwd()) {
    const { dir, file } = base_report_location(workspace, configKey);
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)(file, JSON.stringify(report));
    const key = `${baseReportPrefix(branch, configKey)}${keyPart(runId)}`;
    try {
        await service.save([cachePath(file, workspace)], key);
    }
    finally {
        await (0,promises_.rm)(external_node_path_default().join(workspace, FOLDER), { recursive: true, force: true });
    }
    return key;
}
/** The newest base report of `branch`, parsed but not yet checked (compare.readBaseReport does). */
async function restoreBaseReport(service, branch, configKey, workspace = process.cwd()) {
    const { dir, file } = base_report_location(workspace, configKey);
    const prefix = baseReportPrefix(branch, configKey);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const key = await service.restore([cachePath(file, workspace)], prefix, [prefix]);
        if (!key)
            return undefined;
        return { key, data: JSON.parse(await (0,promises_.readFile)(file, 'utf8')) };
    }
    catch {
        return { key: prefix, data: { corrupt: true } };
    }
    finally {
        await (0,promises_.rm)(external_node_path_default().join(workspace, FOLDER), { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/action/github-event.ts
// What the action needs to know about the workflow event, read from the runner's environment
// (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, ...): the pull request and its base branch, or a push to
// the default branch, and where the run's page is.

function workflowEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        payload = {};
    }
    const pr = payload.pull_request;
    if ((name === 'pull_request' || name === 'pull_request_target') && pr?.number) {
        const full = payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? '/';
        const [owner = '', repo = ''] = full.split('/');
        const head = pr.head?.repo?.full_name;
        return {
            kind: 'pull-request',
            owner,
            repo,
            number: pr.number,
            baseRef: pr.base?.ref ?? env.GITHUB_BASE_REF ?? '',
            fromFork: !!head && head !== full
        };
    }
    if (name === 'push') {
        const ref = env.GITHUB_REF ?? '';
        return {
            kind: 'push',
            branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
            defaultBranch: payload.repository?.default_branch
        };
    }
    return { kind: 'other', name };
}
/** The run's page, where the job summary is. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(61036);
;// CONCATENATED MODULE: ./src/action/pr-comment.ts
// Creates the size-report comment on a pull request, or updates it in place: the comment is found
// by its hidden marker. A token that cannot write (forks, missing pull-requests: write) is a
// notice, never a failed build; the job summary still has everything.


/** The real API through @actions/github's Octokit, against GITHUB_API_URL. */
function githubCommentApi(token, repo, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com') {
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl, request: { retries: 0 } });
    return {
        async list(issue) {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issue,
                per_page: 100
            });
            return comments.map(c => ({ id: c.id, body: c.body ?? '' }));
        },
        async create(issue, body) {
            const { data } = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issue,
                body
            });
            return { id: data.id, url: data.html_url };
        },
        async update(id, body) {
            const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
            return { id: data.id, url: data.html_url };
        }
    };
}
const NO_WRITE = 'the token cannot write pull request comments: give the job "permissions: pull-requests: write" (pull requests from forks get a read-only token, so their comment is skipped)';
/** Posts `body` once per marker: updates the comment that starts with `marker`, else creates one. */
async function upsertComment(api, issue, marker, body) {
    try {
        const existing = (await api.list(issue)).find(c => c.body.startsWith(marker));
        if (existing)
            return { action: 'updated', ...(await api.update(existing.id, body)) };
        return { action: 'created', ...(await api.create(issue, body)) };
    }
    catch (error) {
        const status = error.status;
        if (status === 401 || status === 403 || status === 404)
            return { action: 'skipped', level: 'notice', reason: `${NO_WRITE} (HTTP ${status})` };
        const message = (0,src_errors/* errorMessage */.gJ)(error);
        return { action: 'skipped', level: 'warning', reason: `the GitHub API failed: ${message}` };
    }
}

;// CONCATENATED MODULE: ./src/action/present.ts
// The Report step in the action, after the build (or the aggregate): compares with the base
// branch's report on pull requests, writes the job summary, creates or updates the PR comment,
// stores the report as the base on pushes to the default branch, and applies the growth thresholds.








async function presentReport(report, options, deps) {
    const env = deps.env ?? process.env;
    const event = deps.event ?? workflowEvent(env);
    const { inputs, configKey } = options;
    const result = {};
    const attention = { errors: [], warnings: [] };
    let comment;
    let failures = [];
    if (event.kind === 'pull-request') {
        const restored = await restoreBaseReport(deps.cache, event.baseRef, configKey);
        result.base = readBaseReport(restored?.data);
        core/* info */.pq(restored
            ? `base report of ${event.baseRef}: ${restored.key} (${result.base.kind})`
            : `no base report of ${event.baseRef} in the cache`);
        const comparison = compareReports(report, result.base);
        const breaches = growthBreaches(comparison, inputs.growth);
        for (const b of breaches) {
            ;
            (b.level === 'fail' ? attention.errors : attention.warnings).push(b.message);
            if (b.level === 'warn')
                core/* warning */.$e(b.message, { title: 'Layer grew' });
        }
        failures = breaches.filter(b => b.level === 'fail').map(b => b.message);
        comment = renderComment(report, {
            key: configKey,
            baseRef: event.baseRef,
            comparison,
            attention,
            runUrl: runUrl(env)
        });
    }
    if (options.summary)
        await core/* summary */.z
            .addRaw(renderSummary(report, { attention, problems: options.problems }))
            .write();
    const wanted = inputs.comment === 'true' || (inputs.comment === 'auto' && event.kind === 'pull-request');
    if (wanted && event.kind !== 'pull-request') {
        core/* info */.pq(`comment: skipped, the ${'name' in event ? event.name : event.kind} event has no pull request`);
    }
    else if (wanted && event.kind === 'pull-request' && comment) {
        result.comment = await postComment(event, comment, configKey, inputs, deps);
    }
    if (!options.failed &&
        event.kind === 'push' &&
        event.branch &&
        event.branch === event.defaultBranch) {
        result.savedBaseKey = await saveBaseReport(deps.cache, report, event.branch, configKey, `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`);
        core/* info */.pq(`saved the report as the base of ${event.branch} (${result.savedBaseKey})`);
    }
    if (failures.length && !options.failed)
        throw new GrowthError(failures);
    return result;
}
async function postComment(event, body, configKey, inputs, deps) {
    const title = 'Pull request comment skipped';
    if (event.fromFork) {
        const reason = 'the pull request comes from a fork, whose workflow token cannot write comments; the job summary has the report';
        core/* notice */.lm(`comment: ${reason}`, { title });
        return { action: 'skipped', level: 'notice', reason };
    }
    if (!inputs.githubToken) {
        const reason = 'no github-token (the default is the workflow token, github.token)';
        core/* notice */.lm(`comment: ${reason}`, { title });
        return { action: 'skipped', level: 'notice', reason };
    }
    const api = deps.commentApi
        ? deps.commentApi(event.owner, event.repo)
        : githubCommentApi(inputs.githubToken, { owner: event.owner, repo: event.repo });
    const result = await upsertComment(api, event.number, commentMarker(configKey), body);
    if (result.action === 'skipped') {
        if (result.level === 'notice')
            core/* notice */.lm(`comment: ${result.reason}`, { title });
        else
            core/* warning */.$e(`comment: ${result.reason}`, { title });
    }
    else
        core/* info */.pq(`comment ${result.action}: ${result.url}`);
    return result;
}
/** The project and configuration as given (folder, layers, runtimes, architectures): stable across pushes. */
function configKey(projectDir, selection) {
    return [projectDir.replace(/\/+$/, '') || '.', ...selection.map(s => (s ?? []).join(','))]
        .filter(Boolean)
        .join(' ');
}

;// CONCATENATED MODULE: ./src/action/aggregate.ts
// mode: aggregate — runs after a matrix: downloads every job's report artifact of this workflow
// run, merges them, and writes one job summary and one PR comment (and the base report on pushes
// to the default branch), as a build job would.











const githubArtifactSource = {
    async list() {
        const { artifacts } = await new artifact.DefaultArtifactClient().listArtifacts({ latest: true });
        return artifacts.map(a => ({ id: a.id, name: a.name }));
    },
    async download(id, dir) {
        const { downloadPath } = await new artifact.DefaultArtifactClient().downloadArtifact(id, { path: dir });
        return downloadPath ?? dir;
    }
};
/** Report artifacts are named "{project}-{version}-report-{layers}-{runtimes}-{architectures}". */
const isReportArtifact = (name) => /-report-/.test(name) && !name.endsWith('.zip');
async function collectReports(source, dir) {
    const reports = [];
    for (const artifact of (await source.list()).filter(a => isReportArtifact(a.name))) {
        const target = external_node_path_default().join(dir, String(artifact.id));
        await (0,promises_.mkdir)(target, { recursive: true });
        const where = await source.download(artifact.id, target);
        const files = await (0,promises_.readdir)(where);
        if (!files.includes(REPORT_FILE))
            continue;
        try {
            reports.push(parseReport(await (0,promises_.readFile)(external_node_path_default().join(where, REPORT_FILE), 'utf8')));
        }
        catch (error) {
            throw new src_errors/* LayerError */.CE(`artifact ${artifact.name}: ${REPORT_FILE} is not a report this action reads`, {
                hint: `Re-run the job that uploaded it. (${(0,src_errors/* errorMessage */.gJ)(error)})`
            });
        }
    }
    return reports;
}
async function aggregate(inputs, cache, source = githubArtifactSource, deps = {}) {
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'lambda-layer-aggregate');
    const reports = await collectReports(source, dir);
    const report = mergeReports(reports);
    core/* info */.pq(`aggregated ${reports.length} reports: ${report.layers.length} layers`);
    const reportPath = await writeReport(report, dir);
    core/* setOutput */.uH(Outputs.ReportPath, reportPath);
    core/* setOutput */.uH(Outputs.Layers, JSON.stringify(report.layers.map(({ layer, runtime, architecture, sha256, zippedBytes, unzippedBytes }) => ({
        layer,
        runtime,
        architecture,
        sha256,
        zippedBytes,
        unzippedBytes
    }))));
    await presentReport(report, { inputs, summary: true, configKey: `aggregate ${report.project.name}` }, { cache, ...deps });
}

;// CONCATENATED MODULE: ./src/action/report-inputs.ts
// Inputs of the Report step in the action: the mode (build, or aggregate the reports of a matrix),
// the PR comment and its token, and the growth thresholds against the base branch.




function choice(name, allowed, fallback) {
    const value = core/* getInput */.V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new src_errors/* ConfigError */.xL(`input ${name} "${core/* getInput */.V4(name)}" is not valid: expected ${allowed.join(', ')}`);
}
/** An input's name, from the option registry. */
const input = (name) => options_option(name).input;
function loadReportInputs() {
    const token = core/* getInput */.V4(input('githubToken'));
    if (token)
        core/* setSecret */.Pq(token);
    return {
        mode: choice(input('mode'), ['build', 'aggregate', 'verify-only'], 'build'),
        comment: choice(input('comment'), ['auto', 'true', 'false'], 'auto'),
        githubToken: token,
        growth: {
            warn: parseThreshold(core/* getInput */.V4(input('sizeGrowthWarn')), `input ${input('sizeGrowthWarn')}`),
            fail: parseThreshold(core/* getInput */.V4(input('sizeGrowthFail')), `input ${input('sizeGrowthFail')}`)
        }
    };
}

;// CONCATENATED MODULE: ./src/action/log-safety.ts
// Untrusted text in the workflow log: project metadata, package names and tool output may hold a
// line starting with "::", which the runner would execute as a workflow command. Such text is
// printed between ::stop-commands::TOKEN and ::TOKEN:: (a fresh random token each time).

/** True when some line of `text` would be read as a workflow command. */
function hasCommandLine(text) {
    return text.split(/\r?\n|\r/).some(line => line.trimStart().startsWith('::'));
}
/** Writes `text` with `write` (core.info), command processing paused around it when needed. */
function writeUntrusted(text, write) {
    if (!hasCommandLine(text)) {
        write(text);
        return;
    }
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    write(`::stop-commands::${token}`);
    write(text);
    write(`::${token}::`);
}

;// CONCATENATED MODULE: ./src/action/logger.ts
// The pipeline's log in the workflow log: untrusted text kept from starting workflow commands,
// warnings that name a file as annotations on it, and each layer's lines folded in a group.



/** Prints text that may hold untrusted lines (project metadata, package names, tool output). */
const info = (text) => writeUntrusted(text, core/* info */.pq);
/** A file as annotations name it: relative to the workspace. */
const workspaceFile = (file) => external_node_path_default().relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), file);
/**
 * The action's logger. The runner folds one level of groups only: a group opened inside another
 * (a test command inside its layer's group) prints its title as a line instead.
 */
function actionLogger() {
    let open = false;
    return {
        info,
        // A warning that names its place (near the size limit) is an annotation on that file.
        warn: (message, place) => place
            ? core/* warning */.$e(message, {
                title: place.title,
                ...(place.file ? { file: workspaceFile(place.file) } : {})
            })
            : core/* warning */.$e(message),
        debug: core/* debug */.Yz,
        async group(title, fn) {
            if (open) {
                info(title);
                return fn();
            }
            open = true;
            try {
                return await core/* group */.Os(title, fn);
            }
            finally {
                open = false;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/external/report.ts
// The report of `lambda-layer verify` (and the action's verify-only mode): the same versioned
// report and table as a build, for zips built elsewhere; a zip that fails is a failed target.




const EXTERNAL_PROJECT = 'lambda-layer verify';
function externalReport(layers, failures, warnPercent) {
    return {
        version: REPORT_VERSION,
        generator: { name: TOOL_NAME, version: version_VERSION },
        project: { name: EXTERNAL_PROJECT, version: '', lockKind: 'unlocked' },
        tools: {},
        limits: {
            unzippedBytes: UNZIPPED_LIMIT,
            directUploadZipBytes: DIRECT_UPLOAD_LIMIT,
            warnPercent
        },
        layers,
        failures,
        combinations: []
    };
}
/** Writes the report; then, when a zip failed, throws the error that carries it (BuildFailedError). */
async function finishExternal(layers, failures, outputDir, warnPercent) {
    const report = externalReport(layers, failures, warnPercent);
    const reportPath = await writeReport(report, outputDir);
    if (failures.length)
        throw targetsFailed(report, reportPath, []);
    return { report, reportPath };
}

;// CONCATENATED MODULE: ./src/external/fetch-layer.ts
// Downloads a published layer version by ARN for `lambda-layer verify`: GetLayerVersion gives its
// runtimes, architectures, size, CodeSha256 and Content.Location (a presigned HTTPS URL on AWS);
// the zip is saved and checked against CodeSize and CodeSha256.






/** arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION (any partition). */
const LAYER_VERSION_ARN = /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+):(\d{12}):layer:([A-Za-z0-9_-]+):(\d+)$/;
function parseLayerArn(text) {
    const match = LAYER_VERSION_ARN.exec(text);
    if (!match)
        return undefined;
    return {
        arn: text,
        region: match[2],
        name: match[4],
        version: Number(match[5])
    };
}
async function fetchLayer(layer, dir, clientsFor) {
    const { lambda, s3 } = clientsFor(layer.region);
    const fail = (what, hint) => new src_errors/* LayerError */.CE(`layer version ${layer.arn}: ${what}`, { hint });
    let answer;
    try {
        answer = await lambda.send(new dist_cjs/* GetLayerVersionCommand */.VK5({ LayerName: layer.name, VersionNumber: layer.version }));
    }
    catch (error) {
        throw fail(`GetLayerVersion failed: ${(0,src_errors/* errorMessage */.gJ)(error)}`, 'Check the ARN and region, and that your credentials allow lambda:GetLayerVersion on it.');
    }
    const location = answer.Content?.Location ?? '';
    let data;
    const s3Location = /^s3:\/\/([^/]+)\/(.+)$/.exec(location);
    if (/^https?:\/\//.test(location)) {
        const response = await fetch(location).catch((error) => {
            throw fail(`download failed: ${error.message}`, 'Check the network path to S3.');
        });
        if (!response.ok) {
            throw fail(`download of Content.Location answered HTTP ${response.status}`, 'The presigned URL is valid for 10 minutes: run the command again.');
        }
        data = Buffer.from(await response.arrayBuffer());
    }
    else if (s3Location) {
        const object = await s3.send(new client_s3_dist_cjs.GetObjectCommand({ Bucket: s3Location[1], Key: s3Location[2] }));
        data = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    }
    else {
        throw fail(`GetLayerVersion gave no download location (Content.Location ${JSON.stringify(location)})`, 'AWS gives a presigned HTTPS URL here; some emulators do not. Download the zip another way and pass its path to `lambda-layer verify`.');
    }
    const sha = (0,external_node_crypto_.createHash)('sha256').update(data).digest('base64');
    if (answer.Content?.CodeSha256 && sha !== answer.Content.CodeSha256) {
        throw fail(`the downloaded zip (${data.length} bytes, CodeSha256 ${sha}) does not match the layer's CodeSha256 ${answer.Content.CodeSha256}`, 'The download was cut short or altered: run the command again.');
    }
    const zipPath = external_node_path_default().join(dir, `${layer.name}-${layer.version}.zip`);
    await (0,promises_.writeFile)(zipPath, data);
    return {
        zipPath,
        runtimes: answer.CompatibleRuntimes ?? [],
        architectures: answer.CompatibleArchitectures ?? [],
        codeSha256: sha
    };
}

;// CONCATENATED MODULE: ./src/external/verify-external.ts
// `lambda-layer verify ZIP|ARN…`: the Verify checks and the size table for layer zips built
// elsewhere (SAM, pip install -t + zip, a published version by ARN). Runtime and architecture are
// given, or read from the layer: GetLayerVersion's metadata, a "-python3.X-ARCH.zip" file name,
// the python/lib/python3.X folder and the machine of its shared objects.
















/** Verifies every zip or ARN for each runtime and architecture; failures are collected, not thrown. */
async function verifyExternal(sources, options, ctx) {
    if (!sources.length) {
        throw new src_errors/* ConfigError */.xL('verify needs at least one layer zip or layer version ARN', {
            hint: 'lambda-layer verify my-layer.zip arn:aws:lambda:eu-west-1:123456789012:layer:deps:3'
        });
    }
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.outputDir, '.verify-'));
    const layers = [];
    const failures = [];
    try {
        for (const text of sources) {
            const source = await resolveSource(text, options.outputDir, ctx);
            for (const target of await targetsOf(source, options)) {
                ctx.log.info(`verifying ${source.label} for ${target.runtime} ${target.architecture}`);
                const started = Date.now();
                const names = {
                    layer: source.label,
                    runtime: target.runtime,
                    architecture: target.architecture,
                    fileName: external_node_path_default().basename(source.zipPath)
                };
                let verify;
                try {
                    verify = await verifyLayer(source.zipPath, target, {
                        docker: ctx.docker,
                        run: ctx.run,
                        log: ctx.log,
                        options: options.verify,
                        runtimeImage: options.runtimeImage,
                        imageRequired: options.runtimeImage !== DEFAULT_RUNTIME_IMAGE,
                        runtimeVersions: {},
                        projectDir: process.cwd(),
                        workDir
                    });
                }
                catch (error) {
                    if (!(error instanceof src_errors/* VerifyError */.Gz))
                        throw error;
                    failures.push(failureOf(names, 'verify', error));
                    continue;
                }
                for (const warning of verify?.warnings ?? [])
                    ctx.log.warn(`${source.label}: ${warning}`);
                layers.push({
                    ...(await sizesOf(source.zipPath, target, workDir, options.sizeWarnPercent)),
                    ...names,
                    ...(verify ? { verify } : {}),
                    seconds: Math.round((Date.now() - started) / 100) / 10
                });
            }
        }
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
    return { layers, failures };
}
async function resolveSource(text, dir, ctx) {
    const arn = parseLayerArn(text);
    if (arn) {
        if (!ctx.clientsFor)
            throw new src_errors/* ConfigError */.xL(`${text}: verifying by ARN needs AWS clients`);
        const fetched = await fetchLayer(arn, dir, ctx.clientsFor);
        ctx.log.info(`downloaded ${text} to ${fetched.zipPath}`);
        return { label: `${arn.name}:${arn.version}`, ...fetched };
    }
    if (text.startsWith('arn:')) {
        throw new src_errors/* ConfigError */.xL(`${text} is not a layer version ARN`, {
            hint: 'Give arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION (with the version number).'
        });
    }
    const zipPath = external_node_path_default().resolve(text);
    await (0,promises_.readFile)(zipPath).catch((error) => {
        throw new src_errors/* ConfigError */.xL(`cannot read layer zip ${text}: ${error.code ?? error.message}`, {
            hint: 'Give the path of a layer zip, or a layer version ARN.'
        });
    });
    const named = /-(python3\.\d+)-(x86_64|arm64)\.zip$/.exec(external_node_path_default().basename(zipPath));
    return {
        label: external_node_path_default().basename(zipPath, '.zip'),
        zipPath,
        runtimes: named ? [named[1]] : [],
        architectures: named ? [named[2]] : []
    };
}
/** Runtimes x architectures: given, else from metadata, else from the zip's folders and ELF files. */
async function targetsOf(source, options) {
    const names = [];
    const machines = new Set();
    await eachZipEntry(source.zipPath, async (entry) => {
        names.push(entry.name);
        if (/\.so(\.\d+)*$/.test(entry.name))
            machines.add(readElfHeader(await entryHead(entry, ELF_HEADER_BYTES))?.machine);
    });
    const versions = [
        ...new Set(names.flatMap(n => /^python\/lib\/python(3\.\d+)\//.exec(n)?.[1] ?? []))
    ];
    const fromElf = ARCHITECTURE_NAMES.filter(a => machines.has(ELF_MACHINE[ARCHITECTURES[a]]));
    const runtimes = pick(options.runtimes, source.runtimes, versions.map(v => `python${v}`), RUNTIME_NAMES, 'runtime', source.label);
    const architectures = pick(options.architectures, source.architectures, fromElf.length === 1 ? fromElf : [], ARCHITECTURE_NAMES, 'architecture', source.label);
    return runtimes.flatMap(runtime => architectures.map(architecture => {
        const site = sitePackagesPath(runtime, 'site-packages');
        return {
            layer: { name: source.label, extras: [], dependencies: true, includeProject: false },
            runtime,
            architecture,
            id: `${source.label}-${runtime}-${architecture}`,
            sitePackages: names.some(n => n.startsWith(`${site}/`)) ? site : 'python'
        };
    }));
}
function pick(given, metadata, inferred, known, what, label) {
    const chosen = [given, metadata, inferred].find(list => list.length) ?? [];
    const usable = chosen.filter(name => known.includes(name));
    if (!usable.length) {
        const flag = what === 'runtime' ? '--runtime' : '--architectures';
        throw new src_errors/* ConfigError */.xL(`${label}: cannot tell its ${what}${chosen.length ? ` (${chosen.join(', ')} is not one Lambda Python supports)` : ''}`, { hint: `Name it with ${flag} (${known.join(', ')}).` });
    }
    return usable;
}
/** The size columns of the table: zipped, unzipped, files, share of the limit, largest packages. */
async function sizesOf(zipPath, target, workDir, warn) {
    const data = await (0,promises_.readFile)(zipPath);
    const dir = external_node_path_default().join(workDir, 'sizes', target.id);
    await extractZip(zipPath, dir);
    try {
        const entries = await walkTree(dir);
        const files = entries.filter(e => e.kind === 'file');
        const unzippedBytes = files.reduce((sum, e) => sum + e.size, 0);
        const report = {
            zipPath,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex'),
            codeSha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('base64'),
            zippedBytes: data.length,
            unzippedBytes,
            files: files.length,
            limitPercent: (unzippedBytes / UNZIPPED_LIMIT) * 100,
            status: sizeStatus(unzippedBytes, warn),
            needsS3: needsS3(data.length),
            builder: 'external',
            installer: 'external',
            includesProject: false,
            requirements: [],
            packages: await packageUsage(entries, target.sitePackages),
            shape: unshapedReport('keep')
        };
        return report;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/external/verify-zips.ts
// One entry for verifying zips built elsewhere, shared by `lambda-layer verify` and the action's
// verify-only mode: reads the Verify overrides, fetches ARNs with the standard AWS chain, verifies
// every zip for each runtime and architecture, and writes the report.











const DEFAULT_WARN_PERCENT = 90;
async function verifyZips(request, ctx) {
    const where = (label) => ({ label });
    const named = (values, allowed, label) => {
        const items = (values ?? []).flatMap(v => v.split(/[,\s]+/)).filter(Boolean);
        return items.length ? enumList(items, allowed, where(label)) : [];
    };
    const runtimes = named(request.runtimes, RUNTIME_NAMES, request.nameOf('runtime'));
    const architectures = named(request.architectures, ARCHITECTURE_NAMES, request.nameOf('architectures'));
    const verify = readVerify({}, request.overrides, key => {
        throw new src_errors/* ConfigError */.xL(`unexpected setting ${String(key)}`);
    }, key => where(request.nameOf(key)));
    const outputDir = external_node_path_default().resolve(request.baseDir, request.outputDir ?? DEFAULT_OUTPUT_DIR);
    const sources = request.sources.map(s => s.startsWith('arn:') ? s : external_node_path_default().resolve(request.baseDir, s));
    const clients = sources.some(s => s.startsWith('arn:')) ? awsClients() : undefined;
    try {
        const { layers, failures } = await verifyExternal(sources, {
            runtimes,
            architectures,
            runtimeImage: request.overrides.runtimeImage ?? DEFAULT_RUNTIME_IMAGE,
            verify,
            outputDir,
            sizeWarnPercent: DEFAULT_WARN_PERCENT
        }, {
            docker: createDocker(ctx.run, ctx.log),
            run: ctx.run,
            log: ctx.log,
            ...(clients ? { clientsFor: clients.clientsFor } : {})
        });
        return await finishExternal(layers, failures, outputDir, DEFAULT_WARN_PERCENT);
    }
    finally {
        clients?.destroy();
    }
}

;// CONCATENATED MODULE: ./src/action/verify-only.ts
// The action's verify-only mode: the Verify checks and the report for layer zips built elsewhere
// or published layer versions by ARN (input layer-zips), instead of building.









async function verifyOnly(inputs, log) {
    if (!inputs.layerZips.length) {
        throw new src_errors/* ConfigError */.xL(`mode verify-only needs input ${options_option('layerZips').input}`, {
            hint: `List layer zips (relative to ${options_option('projectDir').input}) or layer version ARNs in ${options_option('layerZips').input}.`
        });
    }
    return verifyZips({
        sources: inputs.layerZips,
        runtimes: inputs.overrides.runtime,
        architectures: inputs.overrides.architectures,
        overrides: inputs.overrides,
        outputDir: inputs.overrides.outputDir,
        baseDir: external_node_path_default().resolve(inputs.projectDir),
        nameOf: key => optionLabel(key, 'action')
    }, { run: runProcess, log }).then(result => {
        writeUntrusted(renderReportTable(result.report), core/* info */.pq);
        return result;
    }, (error) => {
        const reported = reportOf(error);
        if (reported)
            writeUntrusted(renderReportTable(reported.report), core/* info */.pq);
        throw error;
    });
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Reads the action's inputs, as the option registry declares them, into pipeline overrides,
// publishing settings and the action's own switches. Values are validated by the config loader
// and the publish step, which name the input in every error; true/false inputs are checked here.




/** true/false inputs, strictly: anything else names the input and the allowed values. */
function flag(name, fallback) {
    const value = core/* getInput */.V4(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new src_errors/* ConfigError */.xL(`input ${name} "${core/* getInput */.V4(name)}" is not valid: expected true or false`);
}
/** One input as its registry type reads it; undefined when it is empty. */
function read(spec) {
    switch (spec.type) {
        case 'boolean':
            return flag(spec.input, spec.default === 'true');
        case 'lines': {
            const lines = core/* getMultilineInput */.q3(spec.input)
                .map(line => line.trim())
                .filter(Boolean);
            return lines.length ? lines : undefined;
        }
        case 'list': {
            const items = core/* getInput */.V4(spec.input)
                .split(/[\s,]+/)
                .map(item => item.trim())
                .filter(Boolean);
            return items.length ? items : undefined;
        }
        default:
            return core/* getInput */.V4(spec.input).trim() || undefined;
    }
}
function retention(text) {
    if (text === undefined)
        return undefined;
    const spec = options_option('retentionDays');
    return parseOption(spec, text, { label: `input ${spec.input}` });
}
function loadInputs() {
    const overrides = {};
    const publish = {};
    const own = {};
    for (const spec of OPTIONS) {
        if (!spec.input)
            continue;
        const value = read({ ...spec, input: spec.input });
        if (spec.group === 'build')
            overrides[spec.name] = value;
        else if (spec.group === 'publish')
            publish[spec.name] = value;
        else
            own[spec.name] = value;
    }
    return {
        cache: own.cache,
        uploadArtifacts: own.uploadArtifacts,
        retentionDays: retention(own.retentionDays),
        summary: own.summary,
        mode: own.mode === 'verify-only' ? 'verify-only' : 'build',
        layerZips: own.layerZips ?? [],
        projectDir: own.projectDir ?? '.',
        overrides,
        publish: own.publish ? publish : undefined
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts
// What the action does (run(), called by index.ts): read inputs, restore caches, run the pipeline
// (and publishing), upload artifacts, write the job summary and outputs. Failures become one
// annotation and setFailed, here and nowhere else.






















async function run() {
    const log = actionLogger();
    try {
        const reportInputs = loadReportInputs();
        if (reportInputs.mode === 'aggregate')
            return await aggregate(reportInputs, githubCache);
        const inputs = loadInputs();
        if (inputs.mode === 'verify-only') {
            // Like a build: the table, failed targets, summary and outputs first, then the error.
            let failure;
            const { report, reportPath } = await verifyOnly(inputs, log).catch((error) => {
                const reported = reportOf(error);
                if (!reported)
                    throw error;
                failure = reported.error;
                return reported;
            });
            for (const line of failureLines(report))
                core/* error */.z3(line, { title: 'Layer target failed' });
            if (inputs.summary)
                await core/* summary */.z.addRaw(renderSummary(report)).write();
            setOutputs(report, reportPath, false);
            if (failure)
                throw failure;
            return;
        }
        const options = inputs.publish
            ? publishOptions(inputs.publish, process.env, key => publishOptionLabel(key, 'action'))
            : undefined;
        const prepared = await prepareBuild({
            projectDir: inputs.projectDir,
            overrides: inputs.overrides,
            overrideName: key => optionLabel(key, 'action')
        });
        if (options)
            checkPublishPlan(options, prepared.project, plannedZips(prepared));
        // A build that failed after writing its report (a failed target, a size over the limit)
        // still gets its table, artifacts, job summary and outputs; its error is raised after them.
        let failure;
        const built = await build(prepared, inputs, log).catch((error) => {
            const reported = reportOf(error);
            if (!reported)
                throw error;
            failure = reported.error;
            return { ...reported, cacheHit: false };
        });
        const { cacheHit } = built;
        let report = {
            ...built.report,
            cache: inputs.cache && !('cacheOff' in built) ? (cacheHit ? 'hit' : 'miss') : 'off'
        };
        let reportPath = await writeReport(report, prepared.config.outputDir);
        info(renderReportTable(report));
        for (const line of failureLines(report))
            core/* error */.z3(line, { title: 'Layer target failed' });
        if (options && !failure) {
            const published = await publishAndRecord({ report, reportPath }, options, log);
            report = published.report;
            reportPath = published.reportPath;
            info(renderPublishTable(report));
        }
        const problems = [];
        if (inputs.uploadArtifacts) {
            try {
                const uploaded = await uploadArtifacts(report, reportPath, githubArtifacts, inputs.retentionDays);
                info(`uploaded artifacts: ${uploaded.map(u => u.name).join(', ')}`);
            }
            catch (error) {
                problems.push((0,src_errors/* errorMessage */.gJ)(error));
                failure ??= error instanceof Error ? error : new Error((0,src_errors/* errorMessage */.gJ)(error));
            }
        }
        setOutputs(report, reportPath, cacheHit);
        const { overrides } = inputs;
        await presentReport(report, {
            inputs: reportInputs,
            summary: inputs.summary,
            problems,
            failed: !!failure,
            configKey: configKey(inputs.projectDir, [
                overrides.layers,
                overrides.runtime,
                overrides.architectures
            ])
        }, { cache: githubCache });
        if (failure)
            throw failure;
    }
    catch (caught) {
        const error = asLayerError(caught);
        if (error instanceof src_errors/* LayerError */.CE) {
            core/* error */.z3((0,src_errors/* describeError */.Uc)(error), {
                title: error.name,
                file: error.file,
                startLine: error.line
            });
        }
        core/* setFailed */.C1((0,src_errors/* errorMessage */.gJ)(error));
    }
}
/** Builds with both caches: installer downloads (restore prefix) and finished layers (exact key, src/cache). */
async function build(prepared, inputs, log) {
    if (!inputs.cache)
        return buildLayers(prepared, { run: runProcess, log });
    const runner = {
        os: process.env.RUNNER_OS ?? process.platform,
        arch: process.env.RUNNER_ARCH ?? process.arch
    };
    const installer = await installerCacheKey(prepared, runner);
    let restoredKey;
    // Downloads and tools are restored only when the layers are not in the cache.
    const beforeTools = async () => {
        restoredKey = await githubCache.restore(installer.paths, installer.key, installer.restoreKeys);
        info(restoredKey ? `installer cache restored (${restoredKey})` : 'installer cache: no entry yet');
    };
    const result = await buildLayers(prepared, {
        run: runProcess,
        log,
        layerCache: layerCache(githubCache, prepared.config.cacheDir, layerScope(prepared)),
        beforeTools
    });
    // The layer cache saved its own entry; the installer cache is saved when it changed.
    if (!result.cacheHit && restoredKey !== installer.key)
        await githubCache.save(installer.paths, installer.key);
    return result;
}
function setOutputs(report, reportPath, cacheHit) {
    core/* setOutput */.uH(Outputs.ReportPath, reportPath);
    core/* setOutput */.uH(Outputs.CacheHit, String(cacheHit));
    core/* setOutput */.uH(Outputs.Layers, JSON.stringify(report.layers.map(({ layer, runtime, architecture, zipPath, sha256, zippedBytes, unzippedBytes }) => ({
        layer,
        runtime,
        architecture,
        zipPath,
        sha256,
        zippedBytes,
        unzippedBytes,
        published: report.publish?.layers
            .filter(row => row.layer === layer && row.runtime === runtime && row.architecture === architecture)
            .map(({ region, status, version, versionArn, s3Key }) => ({
            region,
            status,
            version,
            versionArn,
            s3Key
        }))
    }))));
    core/* setOutput */.uH(Outputs.Published, JSON.stringify(report.publish?.layers ?? []));
    core/* setOutput */.uH(Outputs.Failed, JSON.stringify(report.failures));
}


/***/ }),

/***/ 81774:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _system_interrupt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78550);
/* harmony import */ var _system_memory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6155);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16476);
// Runs the action (in the process index.ts starts). A rejection nothing awaited fails the step and
// ends the process, rather than letting the step go on.





process.on('unhandledRejection', error => {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
    process.exit(1);
});
(0,_system_memory_js__WEBPACK_IMPORTED_MODULE_3__/* .capYoungGeneration */ .HG)();
(0,_system_interrupt_js__WEBPACK_IMPORTED_MODULE_2__/* .handleInterrupts */ .Bx)(line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(line));
await (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)();
// Exit now: a hung filesystem call (a folder on /proc) must not keep the job running.
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DockerError),
/* harmony export */   CE: () => (/* binding */ LayerError),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   E5: () => (/* binding */ layerLabel),
/* harmony export */   Gz: () => (/* binding */ VerifyError),
/* harmony export */   RZ: () => (/* binding */ SizeLimitError),
/* harmony export */   Sn: () => (/* binding */ combinationLabel),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Wu: () => (/* binding */ BuildFailedError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   tc: () => (/* binding */ NoWheelError),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   wB: () => (/* binding */ ProjectError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
// Typed errors: every failure a user can act on says what went wrong, where, and what to do.
/** Base class: an expected failure whose message is meant for the user. */
class LayerError extends Error {
    hint;
    file;
    line;
    constructor(message, details = {}) {
        super(message);
        this.name = new.target.name;
        this.hint = details.hint;
        this.file = details.file;
        this.line = details.line;
    }
}
/** A configuration key, CLI flag or action input with a bad value. */
class ConfigError extends LayerError {
}
/** The Python project cannot be read or exported (pyproject.toml, lock files, extras). */
class ProjectError extends LayerError {
}
/** A layer could not be installed or packaged. */
class BuildError extends LayerError {
}
/** Required packages have no wheel for the target runtime and architecture. */
class NoWheelError extends BuildError {
    packages;
    runtime;
    architecture;
    reasons;
    constructor(packages, runtime, architecture, layer, 
    /** One line per package: why it has no wheel and the newest version that has one. */
    reasons = []) {
        const list = packages.map(p => (p.version ? `${p.name}==${p.version}` : p.name)).join(', ');
        super(reasons.length
            ? `${layerLabel({ layer, runtime, architecture })}: ${packages.length} ${packages.length === 1 ? 'package has' : 'packages have'} no compatible wheel:\n  - ${reasons.join('\n  - ')}`
            : `layer ${layer}: no compatible wheel of ${list} for ${runtime} ${architecture}`, {
            hint: 'Pin the versions named above (they publish manylinux wheels for this runtime and architecture), ' +
                'or build this layer in the Lambda build image (builder "docker", or "auto" with a Docker engine).'
        });
        this.packages = packages;
        this.runtime = runtime;
        this.architecture = architecture;
        this.reasons = reasons;
    }
}
/** The package index could not be asked (network, DNS, TLS, credentials): not a missing wheel. */
class NetworkError extends BuildError {
}
/** The Docker engine, an image, or a container could not do what a build or check needed. */
class DockerError extends LayerError {
}
/** A built layer failed a Verify check (imports, ELF, SDK shadowing, the project's tests). */
class VerifyError extends LayerError {
    layer;
    problems;
    constructor(layer, problems, details = {}) {
        super(`layer ${layer} failed verification:\n  ${problems.join('\n  ')}`, details);
        this.layer = layer;
        this.problems = problems;
    }
}
/**
 * The build ran to its end and wrote the report, but failed: a target failed, or a layer or
 * combination is over Lambda's limit. The report travels with the error so the CLI and the action
 * still show the table, write the job summary and set the outputs before failing.
 */
class BuildFailedError extends LayerError {
    report;
    reportPath;
    constructor(message, report, reportPath, details = {}) {
        super(message, details);
        this.report = report;
        this.reportPath = reportPath;
    }
}
/** A layer, or a combination of layers, is over Lambda's unzipped size limit. */
class SizeLimitError extends BuildFailedError {
    problems;
    constructor(problems, report, reportPath, pyprojectPath) {
        super(`over Lambda's unzipped size limit:\n  ${problems.join('\n  ')}`, report, reportPath, {
            file: pyprojectPath,
            hint: `Nothing was published. Split the layer, drop dependencies, or check what is large in ${reportPath}.`
        });
        this.problems = problems;
    }
}
/** An external tool (python, uv, poetry, pip) is missing or failed. */
class ToolError extends LayerError {
}
/** A layer × runtime × architecture as messages name it: "layer base (python3.12 x86_64)"; in
 * the short form of table rows and lists: "base python3.12 x86_64". */
function layerLabel(of, form = 'message') {
    const layer = typeof of.layer === 'string' ? of.layer : of.layer.name;
    return form === 'short'
        ? `${layer} ${of.runtime} ${of.architecture}`
        : `layer ${layer} (${of.runtime} ${of.architecture})`;
}
/** A combination of layers as messages name it: "combination api (base + web, python3.12 x86_64)". */
function combinationLabel(of) {
    return `combination ${of.name} (${of.layers.join(' + ')}, ${of.runtime} ${of.architecture})`;
}
/** The message of a caught error, or the thrown value as text: what a message quotes. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** One-line rendering used by the CLI and the action: message, location and hint. */
function describeError(error) {
    if (!(error instanceof LayerError)) {
        // No stack trace for users; the message and a way to report it.
        return `${errorMessage(error)}\n  hint: this is unexpected; run again with -v and report it with that output.`;
    }
    const where = error.file ? ` (${error.file}${error.line ? `:${error.line}` : ''})` : '';
    return `${error.message}${where}${error.hint ? `\n  hint: ${error.hint}` : ''}`;
}


/***/ }),

/***/ 78550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ handleInterrupts),
/* harmony export */   ai: () => (/* binding */ forgetOnInterrupt),
/* harmony export */   gl: () => (/* binding */ forgetProcessGroup),
/* harmony export */   qL: () => (/* binding */ setActivity),
/* harmony export */   se: () => (/* binding */ runOnInterrupt),
/* harmony export */   uU: () => (/* binding */ trackProcessGroup),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Interrupts: on SIGINT or SIGTERM, stop every child process group, remove the temporary files
// and the outputs of the unfinished build, print one line, and exit 130 or 143.

const paths = new Set();
const groups = new Set();
const hooks = new Set();
let activity = 'starting';
let installed = false;
/** Removes `path` (file or folder) if the process is interrupted before `forgetOnInterrupt`. */
function removeOnInterrupt(path) {
    paths.add(path);
}
function forgetOnInterrupt(path) {
    paths.delete(path);
}
/** A child started in its own process group (detached), stopped with its group on interrupt. */
function trackProcessGroup(pid) {
    groups.add(pid);
}
function forgetProcessGroup(pid) {
    groups.delete(pid);
}
/**
 * Runs `stop` (synchronous) on interrupt, before child groups are stopped: for what a process
 * group does not cover, e.g. a container the Docker engine runs. Returns the function that
 * unregisters it.
 */
function runOnInterrupt(stop) {
    hooks.add(stop);
    return () => hooks.delete(stop);
}
/** What the build is doing now, for the one line printed on interrupt. */
function setActivity(text) {
    activity = text;
}
/** Sends `signal` to every tracked group; true when one is still running. */
function signalGroups(signal) {
    let running = false;
    for (const pid of groups) {
        try {
            process.kill(-pid, signal);
            running = true;
        }
        catch {
            groups.delete(pid);
        }
    }
    return running;
}
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
/**
 * Stops children and removes registered paths, synchronously so that no other work of the build
 * runs in between (a zip cannot be renamed into place while this cleans up).
 */
function cleanUpNow(graceMs = 3000) {
    for (const stop of hooks) {
        try {
            stop();
        }
        catch {
            // best effort: the rest of the cleanup still runs
        }
    }
    hooks.clear();
    if (signalGroups('SIGTERM')) {
        const deadline = Date.now() + graceMs;
        while (Date.now() < deadline && signalGroups(0))
            sleep(50);
        signalGroups('SIGKILL');
    }
    for (const path of paths)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true });
    paths.clear();
}
/** Installs the SIGINT/SIGTERM handlers once; `say` prints the one line (stderr or the log). */
function handleInterrupts(say) {
    if (installed)
        return;
    installed = true;
    const onSignal = (signal, code) => {
        // The same signal again (a terminal's Ctrl-C reaches the process that started this one too,
        // which passes it on) waits for the cleanup rather than cutting it short.
        process.removeAllListeners(signal);
        process.on(signal, () => undefined);
        cleanUpNow();
        say(`interrupted by ${signal} while ${activity}; stopped its processes and removed temporary files`);
        process.exit(code);
    };
    process.once('SIGINT', () => onSignal('SIGINT', 130));
    process.once('SIGTERM', () => onSignal('SIGTERM', 143));
}


/***/ })

};
