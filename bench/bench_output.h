// The results of one kitap-bench run and where they go: a text summary, a
// JSON document, and a row of the results table in docs/BENCHMARKS.md,
// each with the exact command, the machine and the git revision.
#ifndef KITAP_BENCH_BENCH_OUTPUT_H_
#define KITAP_BENCH_BENCH_OUTPUT_H_

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "bench/journal_bench.h"
#include "bench/latency.h"
#include "bench/store_bench.h"
#include "db/status.h"

namespace kitap::bench {

struct Machine {
  int cores = 0;             // online processors
  int64_t memory_bytes = 0;  // MemTotal
  double load_average = 0;   // 1-minute, when the run started
  std::string cpu;           // model name
};

struct RunResult {
  std::string command;
  std::string revision;  // short commit, "-dirty" if sources changed
  std::string date;      // UTC, ISO 8601
  Machine machine;
  std::vector<PhaseSummary> phases;
  std::optional<JournalSummary> journal;
  std::optional<BulkSummary> bulk;
  int64_t kitapd_peak_rss = -1;  // bytes, when kitap-bench spawned kitapd
};

// Fills command, revision, date and machine.
void Describe(int argc, char** argv, RunResult* result);

// "check_out" per second of the checkout phase over "ping" per second of
// the ping phase, or 0 when either is missing.
double CheckOutsPerPing(const RunResult& result);

void PrintText(const RunResult& result, std::FILE* out);
std::string ToJson(const RunResult& result);
Status WriteFile(const std::string& path, const std::string& text);
// Appends one table row to `path` (which must exist and end with the
// results table).
Status AppendMarkdownRow(const RunResult& result, const std::string& path);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_BENCH_OUTPUT_H_
