#!/usr/bin/env bash
# Installs what kitap's build and tests need on Debian 12. Run as root.
# Idempotent and quiet: when every package is already installed, apt is not
# run at all; otherwise only the missing ones are installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc
  libprotobuf-dev protobuf-compiler
  libsqlite3-dev libboost-dev libabsl-dev googletest
  tzdata sqlite3 clang-format
  chromium fonts-dejavu-core  # the dashboard test (headless, Cyrillic glyphs)
  clang-14 libclang-rt-14-dev  # the libFuzzer targets (scripts/fuzz.sh)
)

missing=()
for package in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "${package}" 2>/dev/null || true)"
  if [[ "${status}" != installed ]]; then
    missing+=("${package}")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
if ((EUID != 0)); then
  echo "install-deps.sh: run as root to install: ${missing[*]}" >&2
  exit 1
fi

log="$(mktemp)"
trap 'rm -f "${log}"' EXIT
echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq &&
  apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
  >"${log}" 2>&1; then
  cat "${log}" >&2
  exit 1
fi
