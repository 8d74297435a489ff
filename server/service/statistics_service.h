// The Statistics gRPC service: the annual report, Recount and the live
// national counters.
#ifndef KITAP_SERVER_SERVICE_STATISTICS_SERVICE_H_
#define KITAP_SERVER_SERVICE_STATISTICS_SERVICE_H_

#include "kitap/v1/statistics.grpc.pb.h"
#include "server/service/edge.h"
#include "server/stats/counter_hub.h"

namespace kitap::service {

class StatisticsService final : public v1::Statistics::CallbackService {
 public:
  StatisticsService(Edge& edge, stats::CounterHub& hub)
      : edge_(edge), hub_(hub) {}

  grpc::ServerUnaryReactor* GetAnnualReport(
      grpc::CallbackServerContext* context,
      const v1::GetAnnualReportRequest* request,
      v1::AnnualReport* response) override;
  // A read unless `repair` is set, which makes it a write.
  grpc::ServerUnaryReactor* Recount(grpc::CallbackServerContext* context,
                                    const v1::RecountRequest* request,
                                    v1::RecountResponse* response) override;
  // See watch_counters.h.
  grpc::ServerWriteReactor<v1::LiveCounters>* WatchCounters(
      grpc::CallbackServerContext* context,
      const v1::WatchCountersRequest* request) override;

 private:
  Edge& edge_;
  stats::CounterHub& hub_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_STATISTICS_SERVICE_H_
