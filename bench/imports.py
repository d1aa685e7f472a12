"""Import check and cold import time of one layer zip: extracted read-only, imported by a python3.12
with nothing else on its path but the runtime's SDK set, in a fresh process (no bytecode written).
bench/imports.py PYTHON SDK_DIR LAYER.zip MODULE... -> prints JSON {ok, seconds, error}"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile

python, sdk, layer, modules = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
work = tempfile.mkdtemp(prefix="bench-imports-")
try:
    opt = os.path.join(work, "opt")
    with zipfile.ZipFile(layer) as zf:
        zf.extractall(opt)
    paths = [os.path.join(opt, "python"), os.path.join(opt, "python/lib/python3.12/site-packages")]
    for folder, dirs, files in os.walk(opt):
        for name in files + dirs:
            full = os.path.join(folder, name)
            mode = os.stat(full).st_mode
            os.chmod(full, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    code = "import time; t = time.perf_counter()\n" + "".join(
        f"import {m}\n" for m in modules
    ) + "print(time.perf_counter() - t)"
    env = {"PYTHONPATH": os.pathsep.join(paths + [sdk]), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    best = None
    error = ""
    for _ in range(3):
        result = subprocess.run([python, "-S", "-c", code], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            error = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"
            break
        seconds = float(result.stdout.strip().splitlines()[-1])
        best = seconds if best is None else min(best, seconds)
    print(json.dumps({"ok": not error, "seconds": best, "error": error}))
finally:
    for folder, dirs, files in os.walk(work):
        for name in dirs + files:
            try:
                os.chmod(os.path.join(folder, name), 0o755)
            except OSError:
                pass
    shutil.rmtree(work, ignore_errors=True)
