"""Prints the `name==version` pins of requirement lines (stdin) whose markers hold on a Lambda target.

Usage: python3 markers.py PYTHON_VERSION MACHINE < requirements.txt
An independent check of which locked packages a layer must contain, using pip's vendored packaging.
"""
import sys

from pip._vendor.packaging.requirements import Requirement

python_version, machine = sys.argv[1], sys.argv[2]
environment = {
    "python_version": python_version,
    "python_full_version": python_version + ".0",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": machine,
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "extra": "",
}
for line in sys.stdin:
    line = line.split(" #")[0].strip()
    if not line or line.startswith(("#", "-")):
        continue
    requirement = Requirement(line)
    if requirement.marker is None or requirement.marker.evaluate(environment):
        pin = next(iter(requirement.specifier), None)
        name = requirement.name.lower().replace("_", "-").replace(".", "-")
        print(f"{name}=={pin.version if pin else ''}")
