// The Circulation gRPC service: check-out, check-in, renewal, visits, loan
// lists, and the replay of offline journals (bidirectional streaming).
#ifndef KITAP_SERVER_SERVICE_CIRCULATION_SERVICE_H_
#define KITAP_SERVER_SERVICE_CIRCULATION_SERVICE_H_

#include "kitap/v1/circulation.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

// Most entries one SubmitJournal stream may carry.
inline constexpr size_t kMaxJournalEntries = 10000;

class CirculationService final : public v1::Circulation::CallbackService {
 public:
  explicit CirculationService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* CheckOut(grpc::CallbackServerContext* context,
                                     const v1::CheckOutRequest* request,
                                     v1::CheckOutResponse* response) override;
  grpc::ServerUnaryReactor* CheckIn(grpc::CallbackServerContext* context,
                                    const v1::CheckInRequest* request,
                                    v1::CheckInResponse* response) override;
  grpc::ServerUnaryReactor* Renew(grpc::CallbackServerContext* context,
                                  const v1::RenewRequest* request,
                                  v1::RenewResponse* response) override;
  grpc::ServerUnaryReactor* RecordVisit(
      grpc::CallbackServerContext* context,
      const v1::RecordVisitRequest* request,
      v1::RecordVisitResponse* response) override;
  grpc::ServerUnaryReactor* ListLoans(grpc::CallbackServerContext* context,
                                      const v1::ListLoansRequest* request,
                                      v1::ListLoansResponse* response) override;
  grpc::ServerBidiReactor<v1::JournalEntry, v1::JournalResult>* SubmitJournal(
      grpc::CallbackServerContext* context) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_CIRCULATION_SERVICE_H_
