#!/usr/bin/env bash
# The standard benchmark suite: a few minutes on a 2-core machine. Builds
# kitapd and kitap-bench if needed, and runs each benchmark against a kitapd
# that kitap-bench spawns on a temp database (TLS off, loopback, every call
# with a bearer token), appending a row per run to docs/BENCHMARKS.md and
# writing JSON into $OUT (default build/bench-results).
#
#   bash bench/run.sh            # the suite once
#   RUNS=3 bash bench/run.sh     # three times (report the medians)
#
# The scale-1 run is separate (about 25 GB of disk and half an hour of
# bulk load); see docs/BENCHMARKS.md, "Scale 1".
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH=build/bench/kitap-bench
KITAPD=build/server/kitapd
OUT=${OUT:-build/bench-results}
MD=${MD:-docs/BENCHMARKS.md}
RUNS=${RUNS:-1}

if [[ ! -x $BENCH || ! -x $KITAPD ]]; then
  cmake --preset default
  cmake --build --preset default -j1 --target kitap-bench kitapd
fi
mkdir -p "$OUT"

for run in $(seq 1 "$RUNS"); do
  # Saturation: Ping (the ceiling), the desk mix, pure check-outs, and a
  # journal replay of every desk at once, side by side against one kitapd.
  "$BENCH" --spawn "$KITAPD" --mode closed --desks 64 --duration 10 \
    --items-per-desk 500 --patrons-per-desk 30 --journal-entries 1000 \
    --phases ping,mix,journal,checkout \
    --json "$OUT/closed-$run.json" --append-md "$MD"
  # 2,000 desk actions per second, open loop, Ping at the same rate first.
  "$BENCH" --spawn "$KITAPD" --mode open --rate 2000 --desks 64 \
    --items-per-desk 300 --patrons-per-desk 30 --duration 20 \
    --phases ping,mix \
    --json "$OUT/open-$run.json" --append-md "$MD"
  # Bulk load at scale 0.01, then the annual report and the desk mix at
  # 2,000 actions per second on that database.
  "$BENCH" --spawn "$KITAPD" --bulk-scale 0.01 --mode open --rate 2000 \
    --desks 64 --items-per-desk 300 --patrons-per-desk 30 --duration 20 \
    --phases report,mix --report-count 20 \
    --json "$OUT/bulk-$run.json" --append-md "$MD"
done
