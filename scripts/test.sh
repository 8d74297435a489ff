#!/usr/bin/env bash
# What CI runs: installs the dependencies, builds, runs every test, then
# every fuzzer for a bounded time (scripts/fuzz.sh; KITAP_FUZZ_SECONDS sets
# the time per fuzzer, 30 by default).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
bash scripts/build.sh
ctest --preset default -j2 --output-on-failure
bash scripts/fuzz.sh
