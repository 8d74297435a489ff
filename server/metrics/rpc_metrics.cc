#include "server/metrics/rpc_metrics.h"

#include <utility>

namespace kitap::metrics {

RpcMetrics::Method::Method(std::string method_name)
    : name(std::move(method_name)), seconds(LatencyBounds()) {}

RpcMetrics::RpcMetrics(const std::vector<std::string>& methods) {
  for (const std::string& name : methods) {
    methods_.emplace(name, std::make_unique<Method>(name));
  }
}

RpcMetrics::Method* RpcMetrics::Find(std::string_view name) {
  auto it = methods_.find(name);
  return it == methods_.end() ? nullptr : it->second.get();
}

void RpcMetrics::Record(Method* method, int code, double seconds) {
  if (code < 0 || code >= kCodeCount) code = 2;  // UNKNOWN
  method->calls[code].fetch_add(1, std::memory_order_relaxed);
  method->seconds.Observe(seconds);
}

void RpcMetrics::Render(TextWriter* out) const {
  out->Family("kitap_rpc_total", "counter",
              "gRPC calls finished, by method and status code.");
  for (const auto& [name, method] : methods_) {
    for (int code = 0; code < kCodeCount; ++code) {
      uint64_t n = method->calls[code].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out->Sample("kitap_rpc_total",
                  {{"method", name}, {"code", CodeName(code)}},
                  static_cast<double>(n));
    }
  }
  out->Family("kitap_rpc_duration_seconds", "histogram",
              "Time from the start of a gRPC call to its status, by method.");
  for (const auto& [name, method] : methods_) {
    Histogram::Snapshot snapshot = method->seconds.Take();
    if (snapshot.count == 0) continue;
    out->Histogram("kitap_rpc_duration_seconds", {{"method", name}}, snapshot);
  }
}

}  // namespace kitap::metrics
