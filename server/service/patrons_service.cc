#include "server/service/patrons_service.h"

#include "server/ops/patron_ops.h"
#include "server/service/unary.h"

namespace kitap::service {
namespace {

// Desk work: desks and the library's admins.
constexpr auth::Roles kStaff = auth::kDesk | auth::kLibraryAdmin;

}  // namespace

grpc::ServerUnaryReactor* PatronsService::CreatePatron(
    grpc::CallbackServerContext* context,
    const v1::CreatePatronRequest* request, v1::Patron* response) {
  return Unary<v1::CreatePatronRequest, v1::Patron>(
      edge_, "Patrons/CreatePatron", Access::kWrite, context, request, response,
      [](const v1::CreatePatronRequest& r) {
        return auth::AtLibrary(kStaff, r.patron().home_library_id());
      },
      &ops::CreatePatron);
}

grpc::ServerUnaryReactor* PatronsService::GetPatron(
    grpc::CallbackServerContext* context, const v1::GetPatronRequest* request,
    v1::Patron* response) {
  return Unary<v1::GetPatronRequest, v1::Patron>(
      edge_, "Patrons/GetPatron", Access::kRead, context, request, response,
      [](const v1::GetPatronRequest&) {
        return auth::Anywhere(kStaff | auth::kPeriodicals);
      },
      &ops::GetPatron);
}

grpc::ServerUnaryReactor* PatronsService::UpdatePatron(
    grpc::CallbackServerContext* context,
    const v1::UpdatePatronRequest* request, v1::Patron* response) {
  return Unary<v1::UpdatePatronRequest, v1::Patron>(
      edge_, "Patrons/UpdatePatron", Access::kWrite, context, request, response,
      [](const v1::UpdatePatronRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::UpdatePatron);
}

grpc::ServerUnaryReactor* PatronsService::BlockPatron(
    grpc::CallbackServerContext* context, const v1::BlockPatronRequest* request,
    v1::Patron* response) {
  return Unary<v1::BlockPatronRequest, v1::Patron>(
      edge_, "Patrons/BlockPatron", Access::kWrite, context, request, response,
      [](const v1::BlockPatronRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.library_id());
      },
      &ops::BlockPatron);
}

grpc::ServerUnaryReactor* PatronsService::UnblockPatron(
    grpc::CallbackServerContext* context,
    const v1::UnblockPatronRequest* request, v1::Patron* response) {
  return Unary<v1::UnblockPatronRequest, v1::Patron>(
      edge_, "Patrons/UnblockPatron", Access::kWrite, context, request,
      response,
      [](const v1::UnblockPatronRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.library_id());
      },
      &ops::UnblockPatron);
}

grpc::ServerUnaryReactor* PatronsService::RenewRegistration(
    grpc::CallbackServerContext* context,
    const v1::RenewRegistrationRequest* request, v1::Patron* response) {
  return Unary<v1::RenewRegistrationRequest, v1::Patron>(
      edge_, "Patrons/RenewRegistration", Access::kWrite, context, request,
      response,
      [](const v1::RenewRegistrationRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::RenewRegistration);
}

grpc::ServerUnaryReactor* PatronsService::SearchPatrons(
    grpc::CallbackServerContext* context,
    const v1::SearchPatronsRequest* request,
    v1::SearchPatronsResponse* response) {
  return Unary<v1::SearchPatronsRequest, v1::SearchPatronsResponse>(
      edge_, "Patrons/SearchPatrons", Access::kRead, context, request, response,
      [](const v1::SearchPatronsRequest& r) {
        return auth::AtLibrary(kStaff, r.home_library_id());
      },
      &ops::SearchPatrons);
}

}  // namespace kitap::service
