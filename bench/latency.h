// Recorder: what one benchmark phase measured, by RPC kind: each call's
// latency and its outcome (OK, or the gRPC code and kitap reason). Summary
// turns it into throughput and percentiles.
#ifndef KITAP_BENCH_LATENCY_H_
#define KITAP_BENCH_LATENCY_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "db/status.h"

namespace kitap::bench {

// The figures of one RPC kind in one phase. Latencies in milliseconds.
struct KindSummary {
  int64_t calls = 0;
  int64_t ok = 0;
  double per_second = 0;  // OK calls per second of the phase
  double p50 = 0, p95 = 0, p99 = 0, max = 0;
  std::map<std::string, int64_t> errors;  // "CODE REASON" -> count
};

struct PhaseSummary {
  std::string name;
  std::string mode;         // "closed" or "open"
  double seconds = 0;       // wall time of the phase
  double offered_rate = 0;  // open loop: the intended total rate
  int desks = 0;
  std::map<std::string, KindSummary> kinds;
  int64_t total_ok = 0;
  double total_per_second = 0;
  int64_t total_errors = 0;
  // kitapd's processor time during the phase (when kitap-bench spawned
  // it), and that per call: what a call costs the server whatever the
  // machine's other load.
  double server_cpu_seconds = -1;
  double server_cpu_us_per_call = -1;
};

// Thread-safe.
class Recorder {
 public:
  void Add(const std::string& kind, double micros, const Status& status);
  // Every kind's figures over a phase of `seconds`.
  std::map<std::string, KindSummary> Summarize(double seconds) const;

 private:
  struct Kind {
    std::vector<double> micros;  // of every call, OK or not
    int64_t ok = 0;
    std::map<std::string, int64_t> errors;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Kind> kinds_;  // guarded by mutex_
};

// Fills the totals of `phase` from its kinds.
void Total(PhaseSummary* phase);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_LATENCY_H_
