// The Periodicals gRPC service: reading-room issue requests and the live
// request queue of a library (server streaming).
#ifndef KITAP_SERVER_SERVICE_PERIODICALS_SERVICE_H_
#define KITAP_SERVER_SERVICE_PERIODICALS_SERVICE_H_

#include "kitap/v1/periodicals.grpc.pb.h"
#include "server/service/edge.h"
#include "server/service/queue_hub.h"

namespace kitap::service {

class PeriodicalsService final : public v1::Periodicals::CallbackService {
 public:
  explicit PeriodicalsService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* CreatePeriodicalTitle(
      grpc::CallbackServerContext* context,
      const v1::CreatePeriodicalTitleRequest* request,
      v1::PeriodicalTitle* response) override;
  grpc::ServerUnaryReactor* ListPeriodicalTitles(
      grpc::CallbackServerContext* context,
      const v1::ListPeriodicalTitlesRequest* request,
      v1::ListPeriodicalTitlesResponse* response) override;
  grpc::ServerUnaryReactor* RequestIssue(grpc::CallbackServerContext* context,
                                         const v1::RequestIssueRequest* request,
                                         v1::IssueRequest* response) override;
  grpc::ServerUnaryReactor* UpdateIssueRequest(
      grpc::CallbackServerContext* context,
      const v1::UpdateIssueRequestRequest* request,
      v1::IssueRequest* response) override;
  grpc::ServerUnaryReactor* ListIssueRequests(
      grpc::CallbackServerContext* context,
      const v1::ListIssueRequestsRequest* request,
      v1::ListIssueRequestsResponse* response) override;
  grpc::ServerWriteReactor<v1::QueueUpdate>* WatchRequestQueue(
      grpc::CallbackServerContext* context,
      const v1::WatchRequestQueueRequest* request) override;

 private:
  Edge& edge_;
  QueueHub hub_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_PERIODICALS_SERVICE_H_
