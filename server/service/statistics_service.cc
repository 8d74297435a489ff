#include "server/service/statistics_service.h"

#include "server/service/unary.h"
#include "server/stats/recount.h"
#include "server/stats/report.h"

namespace kitap::service {

grpc::ServerUnaryReactor* StatisticsService::GetAnnualReport(
    grpc::CallbackServerContext* context,
    const v1::GetAnnualReportRequest* request, v1::AnnualReport* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &stats::GetAnnualReport);
}

grpc::ServerUnaryReactor* StatisticsService::Recount(
    grpc::CallbackServerContext* context, const v1::RecountRequest* request,
    v1::RecountResponse* response) {
  return Unary(engine_, request->repair() ? Access::kWrite : Access::kRead,
               context, request, response, &stats::Recount);
}

}  // namespace kitap::service
