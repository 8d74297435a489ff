// ServerMetrics: everything kitapd's /metrics shows. The RPC and write
// batch figures are kept here as calls and batches finish; the writer's
// counters and what needs the database (open loans, the national counters)
// are passed in at scrape time.
//
// Thread-safety: every method may be called from any thread.
#ifndef KITAP_SERVER_METRICS_SERVER_METRICS_H_
#define KITAP_SERVER_METRICS_SERVER_METRICS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "server/metrics/histogram.h"
#include "server/metrics/rpc_metrics.h"

namespace kitap::metrics {

// The writer's running counts at scrape time.
struct WriterCounts {
  uint64_t batches = 0;
  uint64_t pieces = 0;
  uint64_t failed_commits = 0;
  uint64_t queue_depth = 0;
  uint64_t log_syncs = 0;  // of the write-ahead log, before answering
  uint64_t log_sync_failures = 0;
  uint64_t checkpoints = 0;  // of the write-ahead log (db/checkpointer.h)
  uint64_t checkpoint_restarts = 0;  // of the checkpoints, RESTARTs
  uint64_t checkpoint_failures = 0;
};

// What a scrape reads from the database.
struct DatabaseFigures {
  int64_t open_loans = 0;
  int year = 0;  // the current year of `national`
  // The current year's national figures: name ("loans") -> value.
  std::vector<std::pair<std::string, int64_t>> national;
};

class ServerMetrics {
 public:
  // `rpc_methods`: every gRPC method recorded (see RpcMetrics).
  explicit ServerMetrics(const std::vector<std::string>& rpc_methods);

  RpcMetrics& rpc() { return rpc_; }
  // One write batch of `pieces` finished after `seconds`. Lock-free.
  void RecordBatch(size_t pieces, double seconds);

  // The exposition. `database` is nullptr when the scrape could not read
  // the database: its gauges are then left out and kitap_database_up is 0.
  std::string Render(const WriterCounts& writer,
                     const DatabaseFigures* database) const;

 private:
  RpcMetrics rpc_;
  Histogram batch_size_;
  Histogram commit_seconds_;
};

}  // namespace kitap::metrics

#endif  // KITAP_SERVER_METRICS_SERVER_METRICS_H_
