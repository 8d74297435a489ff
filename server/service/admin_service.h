// The Admin gRPC service: credentials, the audit log and personal data. Each
// method names the rule its caller must satisfy and hands its operation to the
// engine (unary.h).
#ifndef KITAP_SERVER_SERVICE_ADMIN_SERVICE_H_
#define KITAP_SERVER_SERVICE_ADMIN_SERVICE_H_

#include "kitap/v1/admin.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class AdminService final : public v1::Admin::CallbackService {
 public:
  explicit AdminService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* IssueCredential(
      grpc::CallbackServerContext* context,
      const v1::IssueCredentialRequest* request,
      v1::IssueCredentialResponse* response) override;
  grpc::ServerUnaryReactor* ListCredentials(
      grpc::CallbackServerContext* context,
      const v1::ListCredentialsRequest* request,
      v1::ListCredentialsResponse* response) override;
  grpc::ServerUnaryReactor* RevokeCredential(
      grpc::CallbackServerContext* context,
      const v1::RevokeCredentialRequest* request,
      v1::Credential* response) override;
  grpc::ServerUnaryReactor* QueryAudit(
      grpc::CallbackServerContext* context,
      const v1::QueryAuditRequest* request,
      v1::QueryAuditResponse* response) override;
  grpc::ServerUnaryReactor* ExportPatron(grpc::CallbackServerContext* context,
                                         const v1::ExportPatronRequest* request,
                                         v1::PatronExport* response) override;
  grpc::ServerUnaryReactor* ErasePatron(grpc::CallbackServerContext* context,
                                        const v1::ErasePatronRequest* request,
                                        v1::Patron* response) override;

 private:
  // Lets a newly issued token authenticate from the next call on.
  void Remember(const v1::IssueCredentialResponse& issued);

  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_ADMIN_SERVICE_H_
