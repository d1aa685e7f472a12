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
export const COMPILE_SCRIPT = String.raw`
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
`
