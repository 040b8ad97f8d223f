#!/usr/bin/env bash
# Builds the echowatch container image without any image registry.
#
# The image is FROM scratch (docker/Dockerfile) and holds:
#   - busybox (Debian's busybox-static) as /bin/sh, wget for health checks, and the usual tools;
#   - a JRE made with jlink from the local JDK 17, plus the C libraries it links against;
#   - the fat jar app/target/echowatch.jar (built with ./mvnw -q -DskipTests package when missing);
#   - the entry point, Kafka role and health-check scripts of docker/bin.
#
# Environment:
#   ECHOWATCH_IMAGE   image name and tag (default echowatch/echowatch:0.1.0)
#   ECHOWATCH_JDK     JDK whose jlink and jmods make the JRE (default: the system JDK 17)
# Quick when nothing changed: the image carries a hash of its inputs and is left alone when the
# inputs hash to the same value. Staging happens under target/docker (ignored by git).
# As root on Debian it installs what it misses (busybox-static, openjdk-17-jdk-headless, unzip);
# the Docker engine itself must already run (.ci/run starts one).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
image=${ECHOWATCH_IMAGE:-echowatch/echowatch:0.1.0}
jar=$root/app/target/echowatch.jar
work=$root/target/docker
context=$work/context

# The modules the fat jar needs, from `jdeps --print-module-deps --multi-release 17` over the jar,
# plus what only reflection, service loading or configuration reach:
#   java.management, jdk.management  JMX metrics of Kafka and Micrometer
#   jdk.crypto.ec                    TLS to the agencies' sites (EC cipher suites)
#   jdk.httpserver                   management endpoints, the web API, the demo site
#   jdk.charsets                     legacy page encodings (GBK, GB18030, windows-1251, KOI8-R)
#   jdk.localedata                   dates and numbers in the editions' locales
#   jdk.naming.dns, jdk.zipfs        DNS lookups through JNDI, jar file systems
# java.desktop is there for java.beans (Jackson, SnakeYAML, Log4j API) and java.awt.font (ICU4J);
# its native X11, font, image and sound libraries are left out, so the image needs no X libraries.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http
modules=$modules,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml
modules=$modules,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.management
modules=$modules,jdk.naming.dns,jdk.unsupported,jdk.zipfs
desktop_natives='**/libawt_xawt.so,**/libjawt.so,**/libsplashscreen.so,**/libfontmanager.so'
desktop_natives=$desktop_natives',**/libjsound.so,**/liblcms.so,**/libjavajpeg.so,**/libmlib_image.so'
jlink_options=(--include-locales=en,ru,zh,be --strip-debug --no-header-files --no-man-pages
  --compress=2 --generate-cds-archive "--exclude-files=$desktop_natives")

log() { printf 'build-images: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Runs "$@" and reports how long it took under the given label.
timed() {
  local label=$1 start
  shift
  start=$(date +%s)
  "$@"
  log "$label took $(($(date +%s) - start)) s"
}

hash_text() { sha256sum | cut -c 1-64; }

# Installs Debian packages when missing and allowed to (root with apt-get); otherwise explains.
install_packages() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    die "missing Debian packages: $*; install them (as root: apt-get install $*)"
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 || {
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  }
}

find_jdk() {
  if [ -n "${ECHOWATCH_JDK:-}" ]; then
    jdk=$ECHOWATCH_JDK
  elif [ -d /usr/lib/jvm/java-17-openjdk-amd64/jmods ]; then
    jdk=/usr/lib/jvm/java-17-openjdk-amd64
  else
    install_packages openjdk-17-jdk-headless
    jdk=/usr/lib/jvm/java-17-openjdk-amd64
  fi
  [ -x "$jdk/bin/jlink" ] && [ -f "$jdk/jmods/java.base.jmod" ] ||
    die "$jdk has no jlink or no jmods; set ECHOWATCH_JDK to a JDK 17 with jmods"
}

find_busybox() {
  busybox=/bin/busybox
  if ! { [ -x "$busybox" ] && file_is_static "$busybox"; }; then
    install_packages busybox-static
  fi
  file_is_static "$busybox" || die "$busybox is not statically linked; install busybox-static"
}

# A static binary has no program interpreter.
file_is_static() { ! LC_ALL=C ldd "$1" >/dev/null 2>&1; }

ensure_jar() {
  if [ ! -f "$jar" ]; then
    log "no $jar yet: building it"
    (cd "$root" && ./mvnw -q -DskipTests package)
  fi
  [ -f "$jar" ] || die "the build did not produce $jar"
  # The Kafka role runs from the same jar: a thin jar (the shade step did not run) cannot serve it.
  unzip -l "$jar" kafka/Kafka.class org/echowatch/app/Echowatch.class 2>/dev/null | grep -q ' 2 files' ||
    die "$jar is not the fat jar (no kafka/Kafka.class or no org/echowatch/app/Echowatch.class);" \
      "rebuild it: ./mvnw -q -DskipTests package"
}

ensure_engine() {
  docker info >/dev/null 2>&1 ||
    die "no Docker engine answers (start one: dockerd > /tmp/dockerd.log 2>&1 &)"
}

build_jre() {
  local stamp
  stamp=$( { cat "$jdk/release"; echo "$modules"; echo "${jlink_options[*]}"; } | hash_text)
  if [ -f "$work/jre.stamp" ] && [ "$(cat "$work/jre.stamp")" = "$stamp" ] && [ -d "$work/jre" ]; then
    log "JRE up to date"
    return
  fi
  rm -rf "$work/jre" "$work/jre.stamp"
  "$jdk/bin/jlink" --add-modules "$modules" "${jlink_options[@]}" --output "$work/jre" >/dev/null
  # Only for heaps over 32 GB; the image never runs such.
  rm -f "$work/jre/lib/server/classes_nocoops.jsa"
  echo "$stamp" > "$work/jre.stamp"
}

# Native libraries inside the jar that a JVM on x86-64 glibc Linux extracts and loads (RocksDB for
# Kafka Streams state, zstd, lz4, snappy for Kafka compression): listed with their CRCs.
jar_natives() {
  unzip -v "$jar" | awk '$NF ~ /\.so$/ { print $7, $NF }' | grep -i linux |
    grep -iE 'amd64|x86_64|linux64' | grep -viE 'musl' || true
}

# Copies every shared library that the JRE's binaries or the jar's native libraries load, the
# program interpreter and glibc's compatibility stubs to the rootfs.
copy_libraries() {
  local rootfs=$1 natives=$work/jar-natives elf lib
  rm -rf "$natives"
  mkdir -p "$natives"
  jar_natives | awk '{ print $2 }' | xargs -r unzip -q -o "$jar" -d "$natives"
  {
    find "$rootfs/opt/java" "$natives" -type f \( -name '*.so' -o -path '*/bin/*' \) |
      while read -r elf; do
        LC_ALL=C ldd "$elf" 2>/dev/null |
          awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'
      done
    for lib in libpthread.so.0 libdl.so.2 librt.so.1 libresolv.so.2; do
      echo "/lib/x86_64-linux-gnu/$lib"
    done
  } | sort -u | while read -r lib; do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done
}

build_rootfs() {
  local stamp rootfs=$work/rootfs applet
  stamp=$( { cat "$work/jre.stamp"; sha256sum "$busybox" /lib/x86_64-linux-gnu/libc.so.6;
    jar_natives; declare -f build_rootfs copy_libraries jar_natives; } | hash_text)
  if [ -f "$work/rootfs.stamp" ] && [ "$(cat "$work/rootfs.stamp")" = "$stamp" ] &&
    [ -f "$context/rootfs.tar" ]; then
    log "rootfs up to date"
    return
  fi
  rm -rf "$rootfs" "$work/rootfs.stamp"
  mkdir -p "$rootfs"/{bin,etc,tmp,opt,proc,sys,dev,var/lib/echowatch} "$context"
  cp "$busybox" "$rootfs/bin/busybox"
  for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
  done
  cp -a "$work/jre" "$rootfs/opt/java"
  copy_libraries "$rootfs"
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' \
    'echowatch:x:10001:10001:echowatch:/var/lib/echowatch:/bin/sh' > "$rootfs/etc/passwd"
  printf '%s\n' 'root:x:0:' 'echowatch:x:10001:' > "$rootfs/etc/group"
  printf '%s\n' 'passwd: files' 'group: files' 'hosts: files dns' > "$rootfs/etc/nsswitch.conf"
  chmod 1777 "$rootfs/tmp"
  # Fixed owners, order and times: the same inputs give the same tarball, so Docker reuses the layer.
  tar --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 --exclude=./var/lib/echowatch \
    -C "$rootfs" -cf "$context/rootfs.tar" .
  tar --sort=name --mtime=@0 --numeric-owner --owner=10001 --group=10001 \
    -C "$rootfs" -rf "$context/rootfs.tar" ./var/lib/echowatch
  echo "$stamp" > "$work/rootfs.stamp"
}

build_probe() {
  local classes=$work/probe-classes source=$root/docker/probe/org/echowatch/docker/KafkaReady.java
  local stamp
  stamp=$( { cat "$jdk/release" "$source"; } | hash_text)
  if [ -f "$work/probe.stamp" ] && [ "$(cat "$work/probe.stamp")" = "$stamp" ] &&
    [ -f "$context/kafka-ready.jar" ]; then
    log "health probe up to date"
    return
  fi
  rm -rf "$classes"
  "$jdk/bin/javac" --release 17 -d "$classes" "$source"
  "$jdk/bin/jar" --create --date=1980-01-01T00:00:02Z --file "$context/kafka-ready.jar" \
    -C "$classes" .
  echo "$stamp" > "$work/probe.stamp"
}

stage_context() {
  rm -rf "$context/bin" "$context/conf" "$context/echowatch.jar"
  cp -r "$root/docker/bin" "$root/docker/conf" "$root/docker/Dockerfile" "$context/"
  chmod 755 "$context"/bin/*
  ln "$jar" "$context/echowatch.jar" 2>/dev/null || cp "$jar" "$context/echowatch.jar"
}

# What the image is made of, as one hash. The jar counts by its entries (name, size, CRC-32 from
# its central directory), not its bytes, so a rebuild of unchanged code (new timestamps inside the
# jar) does not rebuild the image.
inputs_hash() {
  local jar_hash
  jar_hash=$(unzip -v "$jar" | awk 'length($7) == 8 && $7 ~ /^[0-9a-f]+$/ { print $1, $7, $8 }' |
    hash_text)
  {
    echo "$jar_hash"
    cat "$work/rootfs.stamp"
    cd "$context" && find Dockerfile bin conf kafka-ready.jar -type f | sort | xargs sha256sum
  } | hash_text
}

build_image() {
  local inputs old_id new_id
  inputs=$(inputs_hash)
  old_id=$(docker image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
  if [ -n "$old_id" ] && [ "$(docker image inspect \
    -f '{{index .Config.Labels "org.echowatch.inputs"}}' "$image")" = "$inputs" ]; then
    log "$image up to date"
    return
  fi
  DOCKER_BUILDKIT=0 docker build -q --build-arg "ECHOWATCH_INPUTS=$inputs" -t "$image" "$context" \
    >/dev/null
  new_id=$(docker image inspect -f '{{.Id}}' "$image")
  # The image this one replaced keeps no name; drop it unless a container still uses it.
  if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
    docker image rm "$old_id" >/dev/null 2>&1 || true
  fi
}

main() {
  local start
  start=$(date +%s)
  mkdir -p "$work" "$context"
  ensure_engine
  find_jdk
  find_busybox
  command -v unzip >/dev/null 2>&1 || install_packages unzip
  timed "fat jar" ensure_jar
  timed "JRE (jlink)" build_jre
  timed "rootfs" build_rootfs
  timed "health probe" build_probe
  stage_context
  timed "image $image" build_image
  log "$image: $(docker image inspect -f '{{.Size}}' "$image" | awk '{ printf "%.0f MB", $1 / 1e6 }'),\
 done in $(($(date +%s) - start)) s"
}

main "$@"
