#include "server/service/patrons_service.h"

#include "server/ops/patron_ops.h"
#include "server/service/unary.h"

namespace kitap::service {

grpc::ServerUnaryReactor* PatronsService::CreatePatron(
    grpc::CallbackServerContext* context,
    const v1::CreatePatronRequest* request, v1::Patron* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::CreatePatron);
}

grpc::ServerUnaryReactor* PatronsService::GetPatron(
    grpc::CallbackServerContext* context, const v1::GetPatronRequest* request,
    v1::Patron* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::GetPatron);
}

grpc::ServerUnaryReactor* PatronsService::UpdatePatron(
    grpc::CallbackServerContext* context,
    const v1::UpdatePatronRequest* request, v1::Patron* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::UpdatePatron);
}

grpc::ServerUnaryReactor* PatronsService::BlockPatron(
    grpc::CallbackServerContext* context, const v1::BlockPatronRequest* request,
    v1::Patron* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::BlockPatron);
}

grpc::ServerUnaryReactor* PatronsService::UnblockPatron(
    grpc::CallbackServerContext* context,
    const v1::UnblockPatronRequest* request, v1::Patron* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::UnblockPatron);
}

grpc::ServerUnaryReactor* PatronsService::RenewRegistration(
    grpc::CallbackServerContext* context,
    const v1::RenewRegistrationRequest* request, v1::Patron* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::RenewRegistration);
}

grpc::ServerUnaryReactor* PatronsService::SearchPatrons(
    grpc::CallbackServerContext* context,
    const v1::SearchPatronsRequest* request,
    v1::SearchPatronsResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::SearchPatrons);
}

}  // namespace kitap::service
