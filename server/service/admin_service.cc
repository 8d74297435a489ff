#include "server/service/admin_service.h"

#include "server/auth/token.h"
#include "server/ops/admin_ops.h"
#include "server/service/unary.h"

namespace kitap::service {

grpc::ServerUnaryReactor* AdminService::IssueCredential(
    grpc::CallbackServerContext* context,
    const v1::IssueCredentialRequest* request,
    v1::IssueCredentialResponse* response) {
  return Unary<v1::IssueCredentialRequest, v1::IssueCredentialResponse>(
      edge_, "Admin/IssueCredential", Access::kWrite, context, request,
      response,
      // Which roles and libraries a library admin may issue for is
      // ops::IssueCredential's check (CREDENTIAL_NOT_ALLOWED), as for
      // RevokeCredential.
      [](const v1::IssueCredentialRequest&) {
        return auth::Anywhere(auth::kLibraryAdmin);
      },
      &ops::IssueCredential,
      [this](const v1::IssueCredentialResponse& r) { Remember(r); });
}

grpc::ServerUnaryReactor* AdminService::ListCredentials(
    grpc::CallbackServerContext* context,
    const v1::ListCredentialsRequest* request,
    v1::ListCredentialsResponse* response) {
  return Unary<v1::ListCredentialsRequest, v1::ListCredentialsResponse>(
      edge_, "Admin/ListCredentials", Access::kRead, context, request, response,
      [](const v1::ListCredentialsRequest&) {
        return auth::Anywhere(auth::kLibraryAdmin);
      },
      &ops::ListCredentials);
}

grpc::ServerUnaryReactor* AdminService::RevokeCredential(
    grpc::CallbackServerContext* context,
    const v1::RevokeCredentialRequest* request, v1::Credential* response) {
  return Unary<v1::RevokeCredentialRequest, v1::Credential>(
      edge_, "Admin/RevokeCredential", Access::kWrite, context, request,
      response,
      [](const v1::RevokeCredentialRequest&) {
        return auth::Anywhere(auth::kLibraryAdmin);
      },
      &ops::RevokeCredential,
      [this](const v1::Credential& c) { edge_.credentials.Remove(c.id()); });
}

grpc::ServerUnaryReactor* AdminService::QueryAudit(
    grpc::CallbackServerContext* context, const v1::QueryAuditRequest* request,
    v1::QueryAuditResponse* response) {
  return Unary<v1::QueryAuditRequest, v1::QueryAuditResponse>(
      edge_, "Admin/QueryAudit", Access::kRead, context, request, response,
      [](const v1::QueryAuditRequest&) {
        return auth::Anywhere(auth::kLibraryAdmin);
      },
      &ops::QueryAudit);
}

grpc::ServerUnaryReactor* AdminService::ExportPatron(
    grpc::CallbackServerContext* context,
    const v1::ExportPatronRequest* request, v1::PatronExport* response) {
  return Unary<v1::ExportPatronRequest, v1::PatronExport>(
      edge_, "Admin/ExportPatron", Access::kRead, context, request, response,
      [](const v1::ExportPatronRequest&) {
        return auth::Anywhere(auth::kNationalAdmin);
      },
      &ops::ExportPatron);
}

grpc::ServerUnaryReactor* AdminService::ErasePatron(
    grpc::CallbackServerContext* context, const v1::ErasePatronRequest* request,
    v1::Patron* response) {
  return Unary<v1::ErasePatronRequest, v1::Patron>(
      edge_, "Admin/ErasePatron", Access::kWrite, context, request, response,
      [](const v1::ErasePatronRequest&) {
        return auth::Anywhere(auth::kNationalAdmin);
      },
      &ops::ErasePatron);
}

void AdminService::Remember(const v1::IssueCredentialResponse& issued) {
  if (issued.token().empty()) return;  // a repeat: the token was not kept
  const v1::Credential& c = issued.credential();
  edge_.credentials.Add(auth::HashToken(issued.token()),
                        {c.id(), static_cast<auth::Role>(c.role()),
                         c.library_id(), c.region_code()});
}

}  // namespace kitap::service
