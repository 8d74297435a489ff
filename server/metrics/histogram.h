// Histogram: counts of observations in fixed buckets, with their sum, as
// Prometheus keeps them. Observing is lock-free (relaxed atomics); a
// snapshot taken while others observe may miss the observations in flight,
// but is always self-consistent (its count is the sum of its buckets).
//
// Thread-safety: every method may be called from any thread.
#ifndef KITAP_SERVER_METRICS_HISTOGRAM_H_
#define KITAP_SERVER_METRICS_HISTOGRAM_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace kitap::metrics {

class Histogram {
 public:
  // REQUIRES: `bounds` (the inclusive upper bounds of the buckets) rise
  // strictly; the +Inf bucket is implicit.
  explicit Histogram(std::vector<double> bounds);
  Histogram(const Histogram&) = delete;
  Histogram& operator=(const Histogram&) = delete;

  void Observe(double value);

  struct Snapshot {
    std::vector<double> bounds;
    // cumulative[i]: observations <= bounds[i]; one more entry for +Inf,
    // which equals count.
    std::vector<uint64_t> cumulative;
    double sum = 0;
    uint64_t count = 0;
  };
  Snapshot Take() const;

 private:
  const std::vector<double> bounds_;
  // Per bucket (not cumulative); the last is +Inf.
  const std::unique_ptr<std::atomic<uint64_t>[]> counts_;
  std::atomic<double> sum_{0};
};

// 0.5 ms .. 5 s, for latencies in seconds.
std::vector<double> LatencyBounds();
// 1, 2, 4, .. 1024, for write batch sizes.
std::vector<double> BatchSizeBounds();

}  // namespace kitap::metrics

#endif  // KITAP_SERVER_METRICS_HISTOGRAM_H_
