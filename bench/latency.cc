#include "bench/latency.h"

#include <algorithm>
#include <cmath>

#include "server/core/code_name.h"

namespace kitap::bench {
namespace {

// The nearest-rank percentile of sorted `v`, in milliseconds.
double Percentile(const std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(p * v.size()));
  return v[std::clamp<size_t>(rank, 1, v.size()) - 1] / 1000.0;
}

}  // namespace

void Recorder::Add(const std::string& kind, double micros,
                   const Status& status) {
  std::lock_guard lock(mutex_);
  Kind& k = kinds_[kind];
  k.micros.push_back(micros);
  if (status.ok()) {
    ++k.ok;
  } else {
    ++k.errors[std::string(CodeName(static_cast<int>(status.code()))) + " " +
               status.reason()];
  }
}

std::map<std::string, KindSummary> Recorder::Summarize(double seconds) const {
  std::lock_guard lock(mutex_);
  std::map<std::string, KindSummary> out;
  for (const auto& [name, kind] : kinds_) {
    std::vector<double> v = kind.micros;
    std::sort(v.begin(), v.end());
    KindSummary& s = out[name];
    s.calls = static_cast<int64_t>(v.size());
    s.ok = kind.ok;
    s.per_second = seconds > 0 ? kind.ok / seconds : 0;
    s.p50 = Percentile(v, 0.50);
    s.p95 = Percentile(v, 0.95);
    s.p99 = Percentile(v, 0.99);
    s.max = v.empty() ? 0 : v.back() / 1000.0;
    s.errors = kind.errors;
  }
  return out;
}

void Total(PhaseSummary* phase) {
  phase->total_ok = 0;
  phase->total_errors = 0;
  for (const auto& [name, kind] : phase->kinds) {
    phase->total_ok += kind.ok;
    phase->total_errors += kind.calls - kind.ok;
  }
  phase->total_per_second =
      phase->seconds > 0 ? phase->total_ok / phase->seconds : 0;
}

}  // namespace kitap::bench
