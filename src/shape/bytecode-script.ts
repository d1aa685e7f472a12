// The Python program that compiles a layer's sources to bytecode with the per-file results cache:
// each `.py` is looked up by the SHA-256 of its path under /opt and its content, in a folder named
// for the exact interpreter (sys.version, magic number) and the invalidation mode; only misses are
// compiled (in a process pool, as `compileall -j 0` does), and their results stored.
//
// A reused result is linked into place (no new file: later steps never write into a layer's files,
// they replace them by a rename), copied where the cache is on another file system.
// A result is exactly what `compileall --invalidation-mode unchecked-hash -s SITE -p OPT` writes:
// py_compile with the same cfile/dfile; a cached pyc is used only when its header holds the
// source's hash and its code unmarshals, so a damaged entry is compiled again.
// argv: SITE OPT CACHE ("" for no cache). Prints "*** Error compiling PATH" per failure and
// "compiled N reused M" last.
export const COMPILE_SCRIPT = String.raw`
import hashlib, importlib.util, marshal, multiprocessing, os, py_compile, sys
from concurrent.futures import ProcessPoolExecutor

MODE = py_compile.PycInvalidationMode.UNCHECKED_HASH

def compile_one(item):
    source, cfile, dfile = item
    try:
        py_compile.compile(source, cfile, dfile, True, optimize=-1, invalidation_mode=MODE)
        return None
    except Exception as error:
        return "*** Error compiling %r: %s" % (source, str(error).splitlines()[0] if str(error) else type(error).__name__)

def valid(data, source_bytes):
    if len(data) < 16 or data[:4] != importlib.util.MAGIC_NUMBER or data[4:8] != b"\x01\x00\x00\x00":
        return False
    if data[8:16] != importlib.util.source_hash(source_bytes):
        return False
    try:
        marshal.loads(data[16:])
    except Exception:
        return False
    return True

def link_or_copy(source, target):
    # A link to source at target (written beside it, then renamed); a copy where links fail.
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

def store(data_file, result):
    try:
        link_or_copy(data_file, result)
    except OSError:
        pass

def main():
    site, opt, cache = sys.argv[1], sys.argv[2], sys.argv[3]
    settings = "\0".join([sys.version, importlib.util.MAGIC_NUMBER.hex(), "unchecked-hash"])
    folder = os.path.join(cache, "pyc", hashlib.sha256(settings.encode()).hexdigest()[:16]) if cache else ""
    todo, misses, reused = [], [], 0
    for root, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not os.path.islink(os.path.join(root, d)))
        for name in sorted(files):
            source = os.path.join(root, name)
            if not name.endswith(".py") or not os.path.isfile(source):
                continue
            dfile = os.path.join(opt, os.path.relpath(source, site))
            todo.append((source, importlib.util.cache_from_source(source), dfile))
    for source, cfile, dfile in todo:
        result = None
        if folder:
            with open(source, "rb") as handle:
                source_bytes = handle.read()
            digest = hashlib.sha256(dfile.encode() + b"\0" + source_bytes).hexdigest()
            result = os.path.join(folder, digest)
            try:
                with open(result, "rb") as handle:
                    data = handle.read()
            except OSError:
                data = b""
            if data and valid(data, source_bytes):
                os.makedirs(os.path.dirname(cfile), exist_ok=True)
                link_or_copy(result, cfile)
                try:
                    os.utime(result)
                except OSError:
                    pass
                reused += 1
                continue
        misses.append((source, cfile, dfile, result))
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
        for (source, cfile, dfile, result), error in zip(misses, errors):
            if error:
                failures += 1
                print(error)
            elif result:
                store(cfile, result)
    print("compiled %d reused %d failed %d" % (len(misses) - failures, reused, failures))

if __name__ == "__main__":
    main()
`
