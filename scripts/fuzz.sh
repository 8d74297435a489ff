#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan, UBSan) and
# runs each on its corpus in fuzz/corpus/NAME for a bounded time. Fails on
# any crash, leak, sanitizer report or timeout; the input that did it is
# left in build-fuzz/findings/. See docs/security.md#fuzzing.
#
#   scripts/fuzz.sh [SECONDS] [NAME...]
#
# SECONDS per target (default: $KITAP_FUZZ_SECONDS or 30); NAMEs (default:
# every target): config request journal http_request http_handler.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-${KITAP_FUZZ_SECONDS:-30}}
shift || true
targets=("$@")
if (( ${#targets[@]} == 0 )); then
  targets=(config request journal http_request http_handler)
fi

cmake --preset fuzz
cmake --build --preset fuzz

findings=build-fuzz/findings
mkdir -p "$findings"
for name in "${targets[@]}"; do
  # New inputs go to a scratch corpus in the build dir; the one in the
  # repository is read only.
  scratch=build-fuzz/corpus/$name
  mkdir -p "$scratch"
  echo "fuzz: $name for ${seconds}s"
  if ! "build-fuzz/fuzz/${name}_fuzzer" "$scratch" "fuzz/corpus/$name" \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$findings/$name-" -print_final_stats=1 \
      > "build-fuzz/$name.log" 2>&1; then
    tail -n 60 "build-fuzz/$name.log"
    echo "fuzz: $name FAILED; the input is in $findings/ (log: build-fuzz/$name.log)" >&2
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' \
    "build-fuzz/$name.log" | sed "s/^/fuzz: $name /"
done
echo "fuzz: ${#targets[@]} targets, no findings"
