// The Statistics gRPC service: the annual report and Recount.
#ifndef KITAP_SERVER_SERVICE_STATISTICS_SERVICE_H_
#define KITAP_SERVER_SERVICE_STATISTICS_SERVICE_H_

#include "kitap/v1/statistics.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class StatisticsService final : public v1::Statistics::CallbackService {
 public:
  explicit StatisticsService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* GetAnnualReport(
      grpc::CallbackServerContext* context,
      const v1::GetAnnualReportRequest* request,
      v1::AnnualReport* response) override;
  // A read unless `repair` is set, which makes it a write.
  grpc::ServerUnaryReactor* Recount(grpc::CallbackServerContext* context,
                                    const v1::RecountRequest* request,
                                    v1::RecountResponse* response) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_STATISTICS_SERVICE_H_
