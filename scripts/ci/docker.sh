#!/usr/bin/env bash
# scripts/ci/docker.sh - a private Docker engine and local stand-ins for the AWS Lambda images.
#
# No container registry is reachable from CI or the dev machines, so this script
#   * installs Debian's docker.io and debootstrap (apt-get) when they are missing,
#   * runs its own dockerd (no iptables, no bridge: use --network none|host) whose data root,
#     exec root, socket, pid file and log live in a cache folder outside any clone:
#     ${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}, so images survive across CI runs,
#   * builds two Debian 12 (Python 3.11, glibc 2.36) images with debootstrap + docker import:
#       lambda-layer-test/build-python3.11:latest  stands in for public.ecr.aws/sam/build-python3.11
#       lambda-layer-test/python:3.11              stands in for public.ecr.aws/lambda/python:3.11
#     Their rootfs tarballs are cached too, so after a data-root wipe they re-import in seconds.
#
# How .ci/run uses it (as root):
#   scripts/ci/docker.sh start                  # idempotent: ~2 min on a new machine, seconds after
#   eval "$(scripts/ci/docker.sh env)"          # export DOCKER_HOST=unix://<cache>/docker.sock
#   trap 'scripts/ci/docker.sh stop' EXIT       # stop never fails, even when nothing runs
# or, in one go:  source scripts/ci/docker.sh start   (runs start, then exports DOCKER_HOST)

if [[ ${BASH_SOURCE[0]} != "$0" ]]; then
  # Sourced: run start/stop in a child bash (so no shell option, exit, function or variable of
  # ours leaks into the caller), then export DOCKER_HOST into the caller's shell.
  case ${1:-} in start | stop) bash "${BASH_SOURCE[0]}" "$1" || return ;; esac
  export DOCKER_HOST="unix://${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}/docker.sock"
  return 0
fi
set -euo pipefail

CACHE="${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}"
SOCK="$CACHE/docker.sock"
PIDFILE="$CACHE/dockerd.pid"
LOG="$CACHE/dockerd.log"
WORK="$CACHE/work"   # scratch rootfs folders, removed after each build
RECIPE=1             # bump when the image recipes change: cached tarballs and images are rebuilt
BUILD_IMAGE=lambda-layer-test/build-python3.11:latest
RUNTIME_IMAGE=lambda-layer-test/python:3.11
BUILD_TAR="$CACHE/rootfs-build-r$RECIPE.tar"
RUNTIME_TAR="$CACHE/rootfs-runtime-r$RECIPE.tar"
BASE_PKGS=python3,python3-pip,python3-venv,binutils,ca-certificates
BUILD_PKGS="gcc libc6-dev python3-dev"
# The SDK set baked into the runtime stand-in (a consistent set: boto3 1.40.0 pins botocore 1.40.x).
SDK_PINS=(boto3==1.40.0 botocore==1.40.0 s3transfer==0.13.1 jmespath==1.0.1
          python-dateutil==2.9.0.post0 six==1.17.0 urllib3==1.26.20)
STD_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

log() { echo "docker: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
dk() { docker -H "unix://$SOCK" "$@"; }
engine_up() { dk info >/dev/null 2>&1; }
engine_pid() {  # the pid in our pid file, if that process is still a dockerd
  local pid; pid=$(cat "$PIDFILE" 2>/dev/null || true)
  if [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == dockerd ]]; then echo "$pid"; fi
}
logged() {  # WHAT COMMAND...: run COMMAND with its output in build.log; on failure show the tail
  "${@:2}" >>"$CACHE/build.log" 2>&1 || { tail -n 20 "$CACHE/build.log" >&2; die "$1 failed (log: $CACHE/build.log)"; }
}
# Run a command inside a rootfs with a clean environment (the host's PIP_* settings stay out).
in_root() { local root=$1; shift; env -i PATH="$STD_PATH" HOME=/root LANG=C.UTF-8 chroot "$root" "$@"; }

ensure_packages() {
  local missing=()
  command -v dockerd >/dev/null && command -v docker >/dev/null || missing+=(docker.io)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  ((${#missing[@]} == 0)) && return 0
  log "installing ${missing[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The Debian mirror apt uses for bookworm, from one-line (*.list) or deb822 (*.sources) files.
apt_mirror() {
  local f m=""
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f $f ]] && m=$(awk '$1 == "deb" { sub(/\[[^]]*\]/, ""); if ($3 == "bookworm") { print $2; exit } }' "$f")
    [[ -n $m ]] && { echo "$m"; return; }
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] && m=$(awk '
      function flush() { if (t ~ / deb( |$)/ && (s " ") ~ / bookworm / && u != "") { print u; found = 1; exit } t = s = u = "" }
      /^[ \t]*$/ { flush(); next }
      tolower($1) == "types:"  { $1 = ""; t = $0 }
      tolower($1) == "suites:" { $1 = ""; s = $0 }
      tolower($1) == "uris:"   { u = $2 }
      END { if (!found) flush() }' "$f")
    [[ -n $m ]] && { echo "$m"; return; }
  done
  echo http://deb.debian.org/debian
}

start_engine() {
  if engine_up; then log "engine already running on $SOCK"; return 0; fi
  local pid; pid=$(engine_pid)
  if [[ -z $pid ]]; then   # else a dockerd of ours is still starting up: just wait for it
    log "starting engine (log: $LOG)"
    mkdir -p "$CACHE/data" "$CACHE/exec"
    # No iptables/bridge on these machines; dockerd writes its own pid file; 9>&- keeps our
    # lock fd out of dockerd (else the next `start` would wait on the lock forever).
    setsid dockerd --iptables=false --ip-forward=false --bridge=none \
      --data-root "$CACHE/data" --exec-root "$CACHE/exec" -H "unix://$SOCK" \
      --pidfile "$PIDFILE" </dev/null >"$LOG" 2>&1 9>&- &
    pid=$!
  fi
  for _ in $(seq 60); do   # stop waiting early if dockerd died
    engine_up && return 0; kill -0 "$pid" 2>/dev/null || break; sleep 1
  done
  tail -n 25 "$LOG" >&2 || true
  die "engine did not answer on $SOCK within 60 s$(kill -0 "$pid" 2>/dev/null || echo ': dockerd exited') (log: $LOG)"
}

stop_engine() {
  local pid; pid=$(engine_pid)
  if [[ -z $pid ]]; then log "engine not running"; else
    log "stopping engine (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "engine still running after 40 s: killing it and its containerd"
      kill -KILL "$pid" "$(cat "$CACHE/exec/containerd/containerd.pid" 2>/dev/null)" 2>/dev/null || true
    fi
    log "engine stopped"
  fi
  rm -f "$PIDFILE"
  umount "$CACHE/exec/netns/default" 2>/dev/null || true   # a mount dockerd leaves behind
}

clean_work() {   # unmount what an interrupted debootstrap may have left, then delete
  [[ -d $WORK ]] || return 0
  findmnt -rn -o TARGET | awk -v w="$WORK/" 'index($0, w) == 1' | sort -r | xargs -r -n1 umount -l || true
  rm -rf --one-file-system "$WORK"
}

# Adjustments shared by both images: `python`, pip allowed to install outside a venv, /var/task,
# and the host's CA certificates (these machines reach PyPI through a proxy with its own CA, so
# a container run with --network host can pip install only if it trusts that CA too).
tune_rootfs() {
  cp /etc/ssl/certs/ca-certificates.crt "$1/etc/ssl/certs/ca-certificates.crt"
  cp /usr/local/share/ca-certificates/*.crt "$1/usr/local/share/ca-certificates/" 2>/dev/null || true
  ln -sf python3 "$1/usr/bin/python"
  [[ -e $1/usr/bin/pip ]] || ln -s pip3 "$1/usr/bin/pip"
  printf '[global]\nbreak-system-packages = true\nroot-user-action = ignore\ndisable-pip-version-check = true\n' >"$1/etc/pip.conf"
  mkdir -p "$1/var/task"
}

pack_rootfs() {  # ROOTFS TARBALL: drop apt caches, then write the tarball atomically
  rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/cache/apt/archives/*.deb "$1"/tmp/* "$1"/root/.cache
  tar --numeric-owner -C "$1" -cf "$2.tmp" . && mv "$2.tmp" "$2"
}

build_tarballs() {
  local mirror; mirror="${DEBIAN_MIRROR:-$(apt_mirror)}"  # DEBIAN_MIRROR: for hosts whose apt is not Debian's
  clean_work; rm -f "$CACHE"/rootfs-*.tar*; mkdir -p "$WORK" "$CACHE/debs" "$CACHE/wheels"
  : >"$CACHE/build.log"
  log "building rootfs with debootstrap from $mirror (about a minute; log: $CACHE/build.log)"
  logged debootstrap debootstrap --variant=minbase --cache-dir="$CACHE/debs" --include="$BASE_PKGS" \
    bookworm "$WORK/base" "$mirror"
  tune_rootfs "$WORK/base"
  cp -a "$WORK/base" "$WORK/build"

  log "adding $BUILD_PKGS to the build rootfs"
  logged "apt-get install in the build rootfs" in_root "$WORK/build" sh -c "apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $BUILD_PKGS"
  pack_rootfs "$WORK/build" "$BUILD_TAR"

  log "installing the AWS SDK into /var/runtime of the runtime rootfs"
  # Download on the host (it reaches PyPI), install offline with the image's own pip.
  logged "pip download of the SDK" python3 -m pip download -q --disable-pip-version-check \
    --only-binary :all: --python-version 3.11 -d "$CACHE/wheels" "${SDK_PINS[@]}"
  cp -r "$CACHE/wheels" "$WORK/base/tmp/wheels"
  logged "pip install of the SDK" in_root "$WORK/base" python3 -m pip install -q --no-index \
    --find-links /tmp/wheels --target /var/runtime "${SDK_PINS[@]}"
  in_root "$WORK/base" python3 -c 'import importlib.metadata as m
print("\n".join(sorted(f"{d.name}=={d.version}" for d in m.distributions(path=["/var/runtime"]))))' \
    >"$WORK/base/var/runtime/sdk-versions.txt"
  pack_rootfs "$WORK/base" "$RUNTIME_TAR"
  clean_work
}

image_ok() {  # the image exists and was made by this recipe
  [[ $(dk image inspect -f '{{index .Config.Labels "lambda-layer-ci.recipe"}}' "$1" 2>/dev/null) == "$RECIPE" ]]
}

import_image() {  # IMAGE TARBALL ENV...
  local image=$1 tarball=$2 e; shift 2
  local changes=(--change "LABEL lambda-layer-ci.recipe=$RECIPE" --change "WORKDIR /var/task")
  for e in "$@"; do changes+=(--change "ENV $e"); done
  log "importing $image"
  dk import "${changes[@]}" - "$image" <"$tarball" >/dev/null
}

ensure_images() {
  image_ok "$BUILD_IMAGE" && image_ok "$RUNTIME_IMAGE" && return 0
  if [[ ! -f $BUILD_TAR || ! -f $RUNTIME_TAR ]]; then
    log "building images $BUILD_IMAGE and $RUNTIME_IMAGE (about two minutes)"
    build_tarballs
  fi
  image_ok "$BUILD_IMAGE" || import_image "$BUILD_IMAGE" "$BUILD_TAR" \
    "PATH=$STD_PATH" LANG=C.UTF-8 PIP_BREAK_SYSTEM_PACKAGES=1
  # PYTHONPATH follows Lambda's sys.path order: function code, then layers (/opt), then the SDK.
  image_ok "$RUNTIME_IMAGE" || import_image "$RUNTIME_IMAGE" "$RUNTIME_TAR" \
    "PATH=$STD_PATH:/opt/bin" LANG=C.UTF-8 LAMBDA_TASK_ROOT=/var/task LAMBDA_RUNTIME_DIR=/var/runtime \
    AWS_EXECUTION_ENV=AWS_Lambda_python3.11 LD_LIBRARY_PATH=/var/runtime/lib:/var/task/lib:/opt/lib \
    PYTHONPATH=/var/task:/opt/python/lib/python3.11/site-packages:/opt/python:/var/runtime
}

main() {
  export PATH="$PATH:/usr/sbin:/sbin"
  case ${1:-} in
    start)
      mkdir -p "$CACHE"
      exec 9>"$CACHE/lock"; flock 9   # one start at a time per cache folder
      ensure_packages
      start_engine
      trap clean_work EXIT
      ensure_images
      log "ready: DOCKER_HOST=unix://$SOCK" ;;
    stop) stop_engine ;;
    env) printf 'export DOCKER_HOST=%q\n' "unix://$SOCK" ;;
    *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
  esac
}

main "$@"
