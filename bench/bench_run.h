// kitap-bench as a library: starts (or reaches) kitapd, prepares the desks'
// world, runs the phases in order and collects the results.
#ifndef KITAP_BENCH_BENCH_RUN_H_
#define KITAP_BENCH_BENCH_RUN_H_

#include "bench/bench_args.h"
#include "bench/bench_output.h"
#include "db/status.h"

namespace kitap::bench {

// Runs every phase of `options`, filling result->phases, journal, bulk and
// kitapd_peak_rss. A spawned kitapd is stopped, and a temp database
// removed, before it returns.
Status RunBench(const BenchOptions& options, RunResult* result);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_BENCH_RUN_H_
