// The command line of kitap-bench.
#ifndef KITAP_BENCH_BENCH_ARGS_H_
#define KITAP_BENCH_BENCH_ARGS_H_

#include <string>
#include <vector>

#include "bench/desk_world.h"

namespace kitap::bench {

struct BenchOptions {
  std::string spawn;      // a kitapd binary to run, or
  std::string server;     // the address of a running kitapd
  std::string token;      // with --server: a national admin's token
  std::string db_path;    // with --spawn: the database (default: temp)
  double bulk_scale = 0;  // with --spawn: bulk-load the dataset first
  std::vector<std::string> kitapd_flags;  // more flags for --spawn
  std::string mode = "closed";
  int channels = 4;
  double seconds = 10;
  double rate = 2000;  // open loop
  std::vector<std::string> phases;
  WorldOptions world;
  int journal_entries = 5000;
  int report_year = 2025;
  int report_count = 20;
  std::string json_path;
  std::string markdown_path;
};

extern const char kBenchUsage[];

enum class BenchArgs { kRun, kHelp, kError };

// Parses `args` (without the program name); on kError `error` says why.
BenchArgs ParseBenchArgs(const std::vector<std::string>& args,
                         BenchOptions* options, std::string* error);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_BENCH_ARGS_H_
