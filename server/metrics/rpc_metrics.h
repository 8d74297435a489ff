// RpcMetrics: per gRPC method, the finished calls by status code and a
// histogram of their durations. The methods are fixed at construction, so
// recording a call takes no lock: a lookup in a map that never changes and
// a few relaxed atomic increments.
//
// Thread-safety: every method may be called from any thread.
#ifndef KITAP_SERVER_METRICS_RPC_METRICS_H_
#define KITAP_SERVER_METRICS_RPC_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "server/core/code_name.h"
#include "server/metrics/histogram.h"
#include "server/metrics/text_format.h"

namespace kitap::metrics {

class RpcMetrics {
 public:
  // One method's figures.
  struct Method {
    explicit Method(std::string method_name);
    const std::string name;  // "Circulation/CheckOut"
    std::array<std::atomic<uint64_t>, kCodeCount> calls{};  // by code
    metrics::Histogram seconds;
  };

  // `methods`: every method that will be recorded ("Service/Method").
  explicit RpcMetrics(const std::vector<std::string>& methods);

  // The method named `name`, or nullptr when it was not given to the
  // constructor. The pointer lives as long as this object.
  Method* Find(std::string_view name);
  // Records one finished call. Codes outside 0..16 count as UNKNOWN.
  static void Record(Method* method, int code, double seconds);

  // The families kitap_rpc_total{method,code} and
  // kitap_rpc_duration_seconds{method}, for methods called at least once.
  void Render(TextWriter* out) const;

 private:
  std::map<std::string, std::unique_ptr<Method>, std::less<>> methods_;
};

}  // namespace kitap::metrics

#endif  // KITAP_SERVER_METRICS_RPC_METRICS_H_
