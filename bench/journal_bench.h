// The journal replay benchmark: every desk at once replays an offline
// journal through one SubmitJournal stream of `entries` entries (in groups
// of five: two check-outs, their two check-ins, a reader's visit), as desks
// do after an outage. Measures entries applied per second, from the first
// entry written to the last result read.
#ifndef KITAP_BENCH_JOURNAL_BENCH_H_
#define KITAP_BENCH_JOURNAL_BENCH_H_

#include <grpcpp/grpcpp.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/desk.h"

namespace kitap::bench {

struct JournalSummary {
  int streams = 0;
  int64_t entries = 0;  // answered
  int64_t applied = 0;  // JOURNAL_OUTCOME_APPLIED
  double seconds = 0;
  double per_second = 0;  // applied entries per second
  // Outcomes other than APPLIED, and failed streams ("stream CODE REASON").
  std::map<std::string, int64_t> errors;
};

// REQUIRES 1 <= entries <= 10,000. A desk with fewer than two items on
// the shelf sends no journal. The desks' items end as they were (each
// check-out is checked in).
JournalSummary RunJournal(
    const std::vector<std::shared_ptr<grpc::Channel>>& channels,
    std::vector<std::unique_ptr<Desk>>* desks, int entries,
    const std::string& tag);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_JOURNAL_BENCH_H_
