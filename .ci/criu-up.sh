#!/usr/bin/env bash
# Builds and installs CRIU 4.1.1 (Debian trixie's source) under /opt/criu on a Debian 12 machine.
# Bookworm's packaged criu 3.17 cannot dump on recent kernels ("vdso: Unexpected rt vDSO area
# bounds"), so the pool's hot migration (POOL-T12.23) needs this newer build. Idempotent: when
# /opt/criu/sbin/criu already runs, nothing is done. Needs root.
#
# Environment (all optional):
#   CRIU_PREFIX   install prefix (default /opt/criu; the binary lands in $CRIU_PREFIX/sbin/criu)
#   CRIU_SRC_DIR  where the source is unpacked and built (default /var/tmp/criu-build)
set -euo pipefail

VERSION=4.1.1
SHA256=f80a66cb3726bb2116266d4759ce3bcbfab7abdb6b6d430bf20dd41911717afe
URL="http://deb.debian.org/debian/pool/main/c/criu/criu_${VERSION}.orig.tar.xz"
PREFIX="${CRIU_PREFIX:-/opt/criu}"
SRC_DIR="${CRIU_SRC_DIR:-/var/tmp/criu-build}"
BIN="$PREFIX/sbin/criu"

say() { echo "criu-up: $*"; }

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "Version: ${VERSION}"; then
  say "$BIN $VERSION already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  say "must run as root" >&2
  exit 1
fi

# 1. Build dependencies (all from Debian 12).
need=()
for p in gcc make pkg-config xz-utils curl ca-certificates libprotobuf-c-dev protobuf-c-compiler \
  libprotobuf-dev protobuf-compiler python3-protobuf libnl-3-dev libnet1-dev libcap-dev libbsd-dev \
  libgnutls28-dev libnftables-dev uuid-dev libaio-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ "${#need[@]}" -gt 0 ]; then
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${need[@]}" >/dev/null ||
    { apt-get -o DPkg::Lock::Timeout=600 update >/dev/null &&
      apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${need[@]}" >/dev/null; }
fi

# 2. Source, verified.
mkdir -p "$SRC_DIR"
tarball="$SRC_DIR/criu_${VERSION}.orig.tar.xz"
if ! echo "$SHA256  $tarball" | sha256sum -c --status 2>/dev/null; then
  say "downloading $URL"
  curl -fsSL -o "$tarball.part" "$URL"
  echo "$SHA256  $tarball.part" | sha256sum -c --status || { say "checksum mismatch" >&2; exit 1; }
  mv "$tarball.part" "$tarball"
fi
tree="$SRC_DIR/criu-${VERSION}"
[ -d "$tree" ] || tar -C "$SRC_DIR" -xJf "$tarball"

# 3. Build only the criu binary (no docs, no python tooling) and install it.
say "building criu $VERSION (this takes a few minutes)"
make -C "$tree" -j"$(nproc)" criu >"$SRC_DIR/build.log" 2>&1 ||
  { tail -40 "$SRC_DIR/build.log" >&2; exit 1; }
install -D -m 0755 "$tree/criu/criu" "$BIN"
say "installed $("$BIN" --version | head -1) at $BIN"
