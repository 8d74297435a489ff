// The Patrons gRPC service: Readers. Each method names the rule its
// caller must satisfy and hands its operation to the engine (unary.h).
#ifndef KITAP_SERVER_SERVICE_PATRONS_SERVICE_H_
#define KITAP_SERVER_SERVICE_PATRONS_SERVICE_H_

#include "kitap/v1/patrons.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class PatronsService final : public v1::Patrons::CallbackService {
 public:
  explicit PatronsService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* CreatePatron(grpc::CallbackServerContext* context,
                                         const v1::CreatePatronRequest* request,
                                         v1::Patron* response) override;
  grpc::ServerUnaryReactor* GetPatron(grpc::CallbackServerContext* context,
                                      const v1::GetPatronRequest* request,
                                      v1::Patron* response) override;
  grpc::ServerUnaryReactor* UpdatePatron(grpc::CallbackServerContext* context,
                                         const v1::UpdatePatronRequest* request,
                                         v1::Patron* response) override;
  grpc::ServerUnaryReactor* BlockPatron(grpc::CallbackServerContext* context,
                                        const v1::BlockPatronRequest* request,
                                        v1::Patron* response) override;
  grpc::ServerUnaryReactor* UnblockPatron(
      grpc::CallbackServerContext* context,
      const v1::UnblockPatronRequest* request, v1::Patron* response) override;
  grpc::ServerUnaryReactor* RenewRegistration(
      grpc::CallbackServerContext* context,
      const v1::RenewRegistrationRequest* request,
      v1::Patron* response) override;
  grpc::ServerUnaryReactor* SearchPatrons(
      grpc::CallbackServerContext* context,
      const v1::SearchPatronsRequest* request,
      v1::SearchPatronsResponse* response) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_PATRONS_SERVICE_H_
