#!/usr/bin/env bash
# Configures and builds kitap with the default preset, into build/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmake --preset default
cmake --build --preset default
