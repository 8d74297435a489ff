#include "server/service/statistics_service.h"

#include "server/service/unary.h"
#include "server/service/watch_counters.h"
#include "server/stats/recount.h"
#include "server/stats/report.h"

namespace kitap::service {

grpc::ServerUnaryReactor* StatisticsService::GetAnnualReport(
    grpc::CallbackServerContext* context,
    const v1::GetAnnualReportRequest* request, v1::AnnualReport* response) {
  return Unary<v1::GetAnnualReportRequest, v1::AnnualReport>(
      edge_, "Statistics/GetAnnualReport", Access::kRead, context, request,
      response,
      [](const v1::GetAnnualReportRequest& r) {
        return auth::ForReport(r.library_id(), r.region_code());
      },
      &stats::GetAnnualReport);
}

grpc::ServerUnaryReactor* StatisticsService::Recount(
    grpc::CallbackServerContext* context, const v1::RecountRequest* request,
    v1::RecountResponse* response) {
  return Unary<v1::RecountRequest, v1::RecountResponse>(
      edge_, "Statistics/Recount",
      request->repair() ? Access::kWrite : Access::kRead, context, request,
      response,
      [](const v1::RecountRequest&) {
        return auth::Anywhere(auth::kNationalAdmin);
      },
      &stats::Recount);
}

grpc::ServerWriteReactor<v1::LiveCounters>* StatisticsService::WatchCounters(
    grpc::CallbackServerContext* context, const v1::WatchCountersRequest*) {
  return service::WatchCounters(edge_, hub_, context);
}

}  // namespace kitap::service
