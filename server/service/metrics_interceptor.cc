#include "server/service/metrics_interceptor.h"

#include <google/protobuf/descriptor.h>

#include <chrono>
#include <string_view>

namespace kitap::service {
namespace {

using grpc::experimental::InterceptionHookPoints;

constexpr std::string_view kPrefix = "/kitap.v1.";

// The services KitapServer registers (keep in step with server.cc).
constexpr const char* kServices[] = {
    "Directory", "Patrons",    "Catalog", "Circulation", "Periodicals",
    "Events",    "Statistics", "Admin",   "Diagnostics",
};

class MetricsInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit MetricsInterceptor(metrics::RpcMetrics::Method* method)
      : method_(method), start_(std::chrono::steady_clock::now()) {}

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      std::chrono::duration<double> elapsed =
          std::chrono::steady_clock::now() - start_;
      metrics::RpcMetrics::Record(
          method_, static_cast<int>(methods->GetSendStatus().error_code()),
          elapsed.count());
    }
    methods->Proceed();
  }

 private:
  metrics::RpcMetrics::Method* const method_;
  const std::chrono::steady_clock::time_point start_;
};

}  // namespace

std::vector<std::string> KitapMethodNames() {
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  std::vector<std::string> names;
  for (const char* service : kServices) {
    const auto* descriptor =
        pool->FindServiceByName(std::string("kitap.v1.") + service);
    if (!descriptor) continue;
    for (int i = 0; i < descriptor->method_count(); ++i) {
      names.push_back(std::string(service) + "/" +
                      descriptor->method(i)->name());
    }
  }
  return names;
}

grpc::experimental::Interceptor*
MetricsInterceptorFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  std::string_view path = info->method() ? info->method() : "";
  if (!path.starts_with(kPrefix)) return nullptr;
  metrics::RpcMetrics::Method* method = rpc_.Find(path.substr(kPrefix.size()));
  return method ? new MetricsInterceptor(method) : nullptr;
}

}  // namespace kitap::service
