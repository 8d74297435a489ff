// MetricsInterceptor: records every kitap gRPC call's method, status code
// and duration (from the call's start to its status) in RpcMetrics. One
// place for unary and streaming calls alike, refusals at the edge
// included. Register it after DecodeErrorInterceptorFactory: status hooks
// run in registration order, so it sees the status the client gets.
#ifndef KITAP_SERVER_SERVICE_METRICS_INTERCEPTOR_H_
#define KITAP_SERVER_SERVICE_METRICS_INTERCEPTOR_H_

#include <grpcpp/support/server_interceptor.h>

#include <string>
#include <vector>

#include "server/metrics/rpc_metrics.h"

namespace kitap::service {

// "Service/Method" for every method of kitapd's kitap.v1 services.
std::vector<std::string> KitapMethodNames();

class MetricsInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  // `rpc` must outlive the server.
  explicit MetricsInterceptorFactory(metrics::RpcMetrics& rpc) : rpc_(rpc) {}
  // nullptr (no interceptor) for methods RpcMetrics does not know, such as
  // health checks and reflection.
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  metrics::RpcMetrics& rpc_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_METRICS_INTERCEPTOR_H_
