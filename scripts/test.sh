#!/usr/bin/env bash
# What CI runs: installs the dependencies, builds, and runs every test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
bash scripts/build.sh
ctest --preset default -j2 --output-on-failure
