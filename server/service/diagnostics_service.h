// The Diagnostics gRPC service: Ping, which does no work beyond the gRPC
// stack (benchmarks measure it as the ceiling for real RPCs).
#ifndef KITAP_SERVER_SERVICE_DIAGNOSTICS_SERVICE_H_
#define KITAP_SERVER_SERVICE_DIAGNOSTICS_SERVICE_H_

#include "kitap/v1/diagnostics.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class DiagnosticsService final : public v1::Diagnostics::CallbackService {
 public:
  explicit DiagnosticsService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* Ping(grpc::CallbackServerContext* context,
                                 const v1::PingRequest* request,
                                 v1::PingResponse* response) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_DIAGNOSTICS_SERVICE_H_
