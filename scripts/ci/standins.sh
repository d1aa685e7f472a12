#!/usr/bin/env bash
# scripts/ci/standins.sh - more local stand-ins for the Lambda images, next to docker.sh's two:
#   lambda-layer-test/build-python3.13:latest  Debian 13 (trixie, Python 3.13), for sam/build-python3.13
#   lambda-layer-test/python:3.13              Debian 13 runtime with the SDK set, for lambda/python:3.13
#   lambda-layer-test/python:3.11-arm64        Debian 12 arm64 runtime (run under QEMU emulation)
# and {arch}-suffixed names for every runtime stand-in (python:3.11-x86_64, python:3.13-x86_64),
# so one template, lambda-layer-test/python:{python}-{arch}, names the right image for each target.
#
# Needs the engine of scripts/ci/docker.sh (run `docker.sh start` first). As root:
#   scripts/ci/standins.sh emulation   # register qemu-aarch64 (binfmt_misc, flag F): seconds
#   scripts/ci/standins.sh start       # emulation + images; ~10 min on a new machine, seconds after
# Rootfs tarballs are cached in ${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}/standins, so
# after a data-root wipe the images re-import in seconds. This script never stops the engine.
set -euo pipefail

CACHE="${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}"
HERE="$CACHE/standins"
SOCK="$CACHE/docker.sock"
WORK="$HERE/work"
RECIPE=1       # bump when a recipe below changes: its tarballs and images are rebuilt
ARM64_RECIPE=2 # the same for the arm64 runtime alone
STD_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
SDK_PINS=(boto3==1.40.0 botocore==1.40.0 s3transfer==0.13.1 jmespath==1.0.1
          python-dateutil==2.9.0.post0 six==1.17.0 urllib3==1.26.20)
RUNTIME_PKGS=python3,python3-pip,binutils,ca-certificates,libstdc++6
# Under emulation every package's configure step runs through QEMU: the arm64 runtime gets only
# what Verify runs there (python3, and libstdc++ for the C++ runtime check).
ARM64_PKGS=python3,libstdc++6
BUILD_PKGS=python3,python3-pip,python3-venv,python3-dev,binutils,ca-certificates,gcc,g++,libc6-dev

log() { echo "standins: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
dk() { docker -H "unix://$SOCK" "$@"; }
logged() {  # WHAT COMMAND...: output in build.log; on failure show its tail
  "${@:2}" >>"$HERE/build.log" 2>&1 || { tail -n 20 "$HERE/build.log" >&2; die "$1 failed (log: $HERE/build.log)"; }
}
in_root() { local root=$1; shift; env -i PATH="$STD_PATH" HOME=/root LANG=C.UTF-8 chroot "$root" "$@"; }

mirror() {  # DEBIAN_MIRROR, else the mirror apt uses (any "deb" line), else Debian's CDN
  [[ -n ${DEBIAN_MIRROR:-} ]] && { echo "$DEBIAN_MIRROR"; return; }
  local m
  m=$(awk '$1 == "deb" { sub(/\[[^]]*\]/, ""); if ($2 ~ /debian\/?$/) { print $2; exit } }' \
    /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
  [[ -z $m ]] && m=$(awk 'tolower($1) == "uris:" && $2 ~ /debian\/?$/ { print $2; exit }' \
    /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  echo "${m:-http://deb.debian.org/debian}"
}

apt_install() {
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends "$@" >/dev/null
}

# QEMU user emulation for arm64 programs, registered with the F flag so it works in containers.
emulation() {
  local binfmt=/proc/sys/fs/binfmt_misc
  [[ -e $binfmt/register ]] || mount -t binfmt_misc binfmt_misc "$binfmt" ||
    die "cannot mount $binfmt (run as root on the host, or: docker run --privileged tonistiigi/binfmt --install arm64)"
  if [[ ! -x /usr/bin/qemu-aarch64-static ]] || ! command -v update-binfmts >/dev/null; then
    log "installing qemu-user-static and binfmt-support with apt-get"
    apt_install qemu-user-static binfmt-support
  fi
  [[ -e $binfmt/qemu-aarch64 ]] || update-binfmts --enable qemu-aarch64 ||
    die "could not register qemu-aarch64 in $binfmt"
  grep -q '^enabled' "$binfmt/qemu-aarch64" || echo 1 >"$binfmt/qemu-aarch64"
  grep -q '^flags: .*F' "$binfmt/qemu-aarch64" ||
    die "qemu-aarch64 is registered without the F flag: containers cannot use it (re-register with update-binfmts --fix-binary yes)"
  log "arm64 emulation: $(head -n 1 "$binfmt/qemu-aarch64"), $(grep '^flags' "$binfmt/qemu-aarch64")"
}

clean_work() {
  [[ -d $WORK ]] || return 0
  findmnt -rn -o TARGET | awk -v w="$WORK/" 'index($0, w) == 1' | sort -r | xargs -r -n1 umount -l || true
  rm -rf --one-file-system "$WORK"
}

tune_rootfs() {  # as docker.sh does: proxy CA, `python`, pip outside a venv, /var/task
  mkdir -p "$1/etc/ssl/certs" "$1/usr/local/share/ca-certificates"
  cp /etc/ssl/certs/ca-certificates.crt "$1/etc/ssl/certs/ca-certificates.crt"
  cp /usr/local/share/ca-certificates/*.crt "$1/usr/local/share/ca-certificates/" 2>/dev/null || true
  ln -sf python3 "$1/usr/bin/python"
  [[ -e $1/usr/bin/pip || ! -e $1/usr/bin/pip3 ]] || ln -s pip3 "$1/usr/bin/pip"
  printf '[global]\nbreak-system-packages = true\nroot-user-action = ignore\ndisable-pip-version-check = true\n' >"$1/etc/pip.conf"
  mkdir -p "$1/var/task"
}

# ROOT PYTHON: the SDK set into /var/runtime, installed by the host's pip (pure-Python wheels; no
# emulated pip run), plus the sdk-versions.txt that docker.sh's runtime image has too.
install_sdk() {
  local root=$1 python=$2
  logged "pip download of the SDK" python3 -m pip download -q --disable-pip-version-check \
    --only-binary :all: --python-version "$python" -d "$HERE/wheels" "${SDK_PINS[@]}"
  logged "pip install of the SDK" python3 -m pip install -q --disable-pip-version-check --no-index \
    --no-compile --find-links "$HERE/wheels" --only-binary :all: --python-version "$python" \
    --target "$root/var/runtime" "${SDK_PINS[@]}"
  python3 -c 'import importlib.metadata as m, sys
print("\n".join(sorted(f"{d.name}=={d.version}" for d in m.distributions(path=[sys.argv[1]]))))' \
    "$root/var/runtime" >"$root/var/runtime/sdk-versions.txt"
}

# NAME ARCH SUITE PACKAGES PYTHON(for the SDK; empty: none) [RECIPE]: a cached rootfs tarball
build_tarball() {
  local name=$1 arch=$2 suite=$3 pkgs=$4 python=$5 tarball="$HERE/$1-r${6:-$RECIPE}.tar"
  [[ -f $tarball ]] && return 0
  local root="$WORK/$name" start=$SECONDS
  clean_work; mkdir -p "$WORK" "$HERE/debs-$arch-$suite"
  log "debootstrap $suite $arch for $name from $(mirror) (log: $HERE/build.log)"
  logged "debootstrap $name" debootstrap --arch "$arch" --variant=minbase \
    --cache-dir="$HERE/debs-$arch-$suite" --include="$pkgs" "$suite" "$root" "$(mirror)"
  tune_rootfs "$root"
  [[ -n $python ]] && install_sdk "$root" "$python"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb "$root"/tmp/* "$root"/root/.cache
  tar --numeric-owner -C "$root" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  clean_work
  log "$name: rootfs built in $((SECONDS - start)) s"
}

image_ok() {  # IMAGE [RECIPE]
  [[ $(dk image inspect -f '{{index .Config.Labels "lambda-layer-ci.standins"}}' "$1" 2>/dev/null) == "${2:-$RECIPE}" ]]
}

import_image() {  # IMAGE TARBALL ENV... (an image of the host's architecture)
  local image=$1 tarball=$2 e; shift 2
  image_ok "$image" && return 0
  local changes=(--change "LABEL lambda-layer-ci.standins=$RECIPE" --change "WORKDIR /var/task")
  for e in "$@"; do changes+=(--change "ENV $e"); done
  log "importing $image"
  dk import "${changes[@]}" - "$image" <"$tarball" >/dev/null
}

# IMAGE TARBALL ENV...: an arm64 image from a rootfs tarball. This engine's `docker import
# --platform` records the host's architecture (the flag needs an experimental daemon), so the
# image is written in `docker save` format with "architecture": "arm64" and loaded instead.
load_arm64_image() {
  local image=$1 tarball=$2 e; shift 2
  image_ok "$image" "$ARM64_RECIPE" && return 0
  local dir="$WORK/load" env_json="" digest
  clean_work; mkdir -p "$dir"
  ln "$tarball" "$dir/layer.tar" 2>/dev/null || cp "$tarball" "$dir/layer.tar"
  digest=$(sha256sum "$dir/layer.tar" | cut -d' ' -f1)
  for e in "$@"; do env_json+="${env_json:+,}\"$e\""; done
  printf '{"architecture":"arm64","os":"linux","config":{"Env":[%s],"WorkingDir":"/var/task","Labels":{"lambda-layer-ci.standins":"%s"}},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' \
    "$env_json" "$ARM64_RECIPE" "$digest" >"$dir/config.json"
  printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["layer.tar"]}]' "$image" >"$dir/manifest.json"
  log "loading $image (linux/arm64)"
  tar -C "$dir" -cf - manifest.json config.json layer.tar | dk load >/dev/null
  clean_work
}

runtime_env() {  # PYTHON: Lambda's environment for a python runtime (sys.path order as a function sees it)
  echo "PATH=$STD_PATH:/opt/bin" LANG=C.UTF-8 LAMBDA_TASK_ROOT=/var/task LAMBDA_RUNTIME_DIR=/var/runtime \
    "AWS_EXECUTION_ENV=AWS_Lambda_python$1" LD_LIBRARY_PATH=/var/runtime/lib:/var/task/lib:/opt/lib \
    "PYTHONPATH=/var/task:/opt/python/lib/python$1/site-packages:/opt/python:/var/runtime"
}

start() {
  mkdir -p "$HERE"
  exec 9>"$HERE/lock"; flock 9
  dk info >/dev/null 2>&1 || die "no Docker engine on $SOCK: run scripts/ci/docker.sh start first"
  command -v debootstrap >/dev/null || apt_install debootstrap
  # Debian's keys (trixie's too) for debootstrap on a host whose apt is not Debian's (Ubuntu runners).
  [[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] || apt_install debian-archive-keyring
  emulation
  trap clean_work EXIT
  : >>"$HERE/build.log"
  build_tarball build-python3.13 amd64 trixie "$BUILD_PKGS" ""
  build_tarball runtime-python3.13 amd64 trixie "$RUNTIME_PKGS" 3.13
  build_tarball runtime-python3.11-arm64 arm64 bookworm "$ARM64_PKGS" 3.11 "$ARM64_RECIPE"
  # shellcheck disable=SC2046 # runtime_env prints one word per variable
  import_image lambda-layer-test/build-python3.13:latest "$HERE/build-python3.13-r$RECIPE.tar" \
    "PATH=$STD_PATH" LANG=C.UTF-8 PIP_BREAK_SYSTEM_PACKAGES=1
  # shellcheck disable=SC2046
  import_image lambda-layer-test/python:3.13 "$HERE/runtime-python3.13-r$RECIPE.tar" $(runtime_env 3.13)
  # shellcheck disable=SC2046
  load_arm64_image lambda-layer-test/python:3.11-arm64 "$HERE/runtime-python3.11-arm64-r$ARM64_RECIPE.tar" $(runtime_env 3.11)
  dk tag lambda-layer-test/python:3.11 lambda-layer-test/python:3.11-x86_64
  dk tag lambda-layer-test/python:3.13 lambda-layer-test/python:3.13-x86_64
  log "arm64 check: $(dk run --rm --network none --platform linux/arm64 lambda-layer-test/python:3.11-arm64 uname -m)"
  log "ready"
}

main() {
  export PATH="$PATH:/usr/sbin:/sbin"
  case ${1:-} in
    start) start ;;
    emulation) emulation ;;
    *) echo "usage: $0 start|emulation" >&2; exit 2 ;;
  esac
}

main "$@"
