#!/usr/bin/env bash
# Builds the Prometheus image of docker-compose.monitoring.yml without any image registry.
#
# The image is FROM scratch (docker/prometheus/Dockerfile) and holds:
#   - the Prometheus 2.42 server of Debian 12's `prometheus` package and the C libraries it links
#     against (Debian builds it with cgo, so it is not static), plus its small web assets;
#   - busybox (Debian's busybox-static) for wget in the health check;
#   - docker/prometheus/prometheus.yml, checked with promtool first.
#
# Environment:
#   ECHOWATCH_PROMETHEUS_IMAGE  image name and tag (default echowatch/prometheus:2.42.0)
#   ECHOWATCH_PROMETHEUS_BIN    the server binary (default /usr/bin/prometheus)
# Quick when nothing changed: the image carries a hash of its inputs and is left alone when the
# inputs hash to the same value. Staging happens under target/docker-prometheus (ignored by git).
# As root on Debian it installs what it misses (prometheus, busybox-static); the Docker engine
# itself must already run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
image=${ECHOWATCH_PROMETHEUS_IMAGE:-echowatch/prometheus:2.42.0}
binary=${ECHOWATCH_PROMETHEUS_BIN:-/usr/bin/prometheus}
source_dir=$root/docker/prometheus
work=$root/target/docker-prometheus
context=$work/context
# The unprivileged user of the image ("nobody"), owner of the TSDB folder.
uid=65534

log() { printf 'build-prometheus-image: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

hash_text() { sha256sum | cut -c 1-64; }

install_packages() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    die "missing Debian packages: $*; install them (as root: apt-get install $*)"
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 || {
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
  }
}

file_is_static() { ! LC_ALL=C ldd "$1" >/dev/null 2>&1; }

find_inputs() {
  if [ ! -x "$binary" ]; then
    [ "$binary" = /usr/bin/prometheus ] || die "ECHOWATCH_PROMETHEUS_BIN=$binary is not executable"
    install_packages prometheus
  fi
  busybox=/bin/busybox
  if ! { [ -x "$busybox" ] && file_is_static "$busybox"; }; then
    install_packages busybox-static
  fi
  file_is_static "$busybox" || die "$busybox is not statically linked; install busybox-static"
}

check_config() {
  if command -v promtool >/dev/null 2>&1; then
    promtool check config "$source_dir/prometheus.yml" >/dev/null ||
      die "docker/prometheus/prometheus.yml is not a valid Prometheus configuration"
  else
    log "promtool not found: configuration not checked before the build"
  fi
}

# Copies every shared library "$1" loads, and the program interpreter, under the rootfs "$2".
copy_libraries() {
  local elf=$1 rootfs=$2 lib
  LC_ALL=C ldd "$elf" 2>/dev/null |
    awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | sort -u |
    while read -r lib; do
      mkdir -p "$rootfs$(dirname "$lib")"
      cp -L "$lib" "$rootfs$lib"
    done
}

build_rootfs() {
  local rootfs=$work/rootfs applet
  rm -rf "$rootfs"
  mkdir -p "$rootfs"/{bin,etc/prometheus,tmp,prometheus,usr/share} "$context"
  cp "$binary" "$rootfs/bin/prometheus"
  copy_libraries "$binary" "$rootfs"
  if [ -d /usr/share/prometheus ]; then
    cp -rL /usr/share/prometheus "$rootfs/usr/share/prometheus"
    # Over 200 MB of time-zone data the console pages do not need.
    rm -rf "$rootfs/usr/share/prometheus/web/static/moment-timezone"
  fi
  cp "$busybox" "$rootfs/bin/busybox"
  for applet in sh wget ls cat; do
    ln -s busybox "$rootfs/bin/$applet"
  done
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' \
    "nobody:x:$uid:$uid:nobody:/prometheus:/bin/sh" > "$rootfs/etc/passwd"
  printf '%s\n' 'root:x:0:' "nogroup:x:$uid:" > "$rootfs/etc/group"
  printf '%s\n' 'passwd: files' 'group: files' 'hosts: files dns' > "$rootfs/etc/nsswitch.conf"
  chmod 1777 "$rootfs/tmp"
  # Fixed owners, order and times: the same inputs give the same tarball, so Docker reuses the layer.
  tar --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 --exclude=./prometheus \
    -C "$rootfs" -cf "$context/rootfs.tar" .
  tar --sort=name --mtime=@0 --numeric-owner --owner=$uid --group=$uid \
    -C "$rootfs" -rf "$context/rootfs.tar" ./prometheus
  cp "$source_dir/Dockerfile" "$source_dir/prometheus.yml" "$context/"
}

inputs_hash() {
  { sha256sum "$binary" "$busybox"; declare -f build_rootfs copy_libraries;
    cd "$source_dir" && sha256sum Dockerfile prometheus.yml; } | hash_text
}

main() {
  local start inputs old_id new_id
  start=$(date +%s)
  docker info >/dev/null 2>&1 ||
    die "no Docker engine answers (start one: dockerd > /tmp/dockerd.log 2>&1 &)"
  find_inputs
  check_config
  inputs=$(inputs_hash)
  old_id=$(docker image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
  if [ -n "$old_id" ] && [ "$(docker image inspect \
    -f '{{index .Config.Labels "org.echowatch.inputs"}}' "$image")" = "$inputs" ]; then
    log "$image up to date"
    return
  fi
  mkdir -p "$work"
  build_rootfs
  DOCKER_BUILDKIT=0 docker build -q --build-arg "ECHOWATCH_INPUTS=$inputs" -t "$image" "$context" \
    >/dev/null
  new_id=$(docker image inspect -f '{{.Id}}' "$image")
  if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
    docker image rm "$old_id" >/dev/null 2>&1 || true
  fi
  log "$image: $(docker image inspect -f '{{.Size}}' "$image" | awk '{ printf "%.0f MB", $1 / 1e6 }'),\
 done in $(($(date +%s) - start)) s"
}

main "$@"
