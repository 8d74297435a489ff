// The benchmarks of a large database: the bulk load of the generated
// national dataset (kitap-gen's --db path, run in this process), and the
// latency of the national annual report over gRPC.
#ifndef KITAP_BENCH_STORE_BENCH_H_
#define KITAP_BENCH_STORE_BENCH_H_

#include <grpcpp/grpcpp.h>

#include <cstdint>
#include <memory>
#include <string>

#include "bench/latency.h"
#include "db/status.h"

namespace kitap::bench {

struct BulkSummary {
  double scale = 0;
  double seconds = 0;      // wall time, including indexes and counters
  double cpu_seconds = 0;  // of this process
  // What was loaded: items, readers, and the year's loans and visits.
  int64_t items = 0, patrons = 0, loans = 0, visits = 0;
  double rows_per_second = 0;  // of those four together
};

// Generates the dataset of (scale, year, seed 1) into the new file
// `db_path`, exactly as `kitap-gen --db` does.
Status RunBulk(double scale, int year, const std::string& db_path,
               BulkSummary* summary);

// Asks for the national annual report of `year` `count` times, one after
// another, as `token`; the kind is "annual_report".
PhaseSummary RunReport(const std::shared_ptr<grpc::Channel>& channel,
                       const std::string& token, int year, int count);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_STORE_BENCH_H_
