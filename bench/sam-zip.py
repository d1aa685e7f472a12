"""Zips a `sam build` layer folder the way `sam package` does (zipfile, deflated, every file and
folder under the build folder, with their times and modes): bench/sam-zip.py BUILD_DIR OUT.zip"""
import os
import sys
import zipfile

root, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(folder, name)
            zf.write(full, os.path.relpath(full, root))
