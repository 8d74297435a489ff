#include "server/service/directory_service.h"

#include "server/ops/directory_ops.h"
#include "server/service/unary.h"

namespace kitap::service {

grpc::ServerUnaryReactor* DirectoryService::ListRegions(
    grpc::CallbackServerContext* context, const v1::ListRegionsRequest* request,
    v1::ListRegionsResponse* response) {
  return Unary<v1::ListRegionsRequest, v1::ListRegionsResponse>(
      edge_, "Directory/ListRegions", Access::kRead, context, request, response,
      [](const v1::ListRegionsRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::ListRegions);
}

grpc::ServerUnaryReactor* DirectoryService::CreateLibrary(
    grpc::CallbackServerContext* context,
    const v1::CreateLibraryRequest* request, v1::Library* response) {
  return Unary<v1::CreateLibraryRequest, v1::Library>(
      edge_, "Directory/CreateLibrary", Access::kWrite, context, request,
      response,
      [](const v1::CreateLibraryRequest&) {
        return auth::Anywhere(auth::kNationalAdmin);
      },
      &ops::CreateLibrary);
}

grpc::ServerUnaryReactor* DirectoryService::GetLibrary(
    grpc::CallbackServerContext* context, const v1::GetLibraryRequest* request,
    v1::Library* response) {
  return Unary<v1::GetLibraryRequest, v1::Library>(
      edge_, "Directory/GetLibrary", Access::kRead, context, request, response,
      [](const v1::GetLibraryRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::GetLibrary);
}

grpc::ServerUnaryReactor* DirectoryService::ListLibraries(
    grpc::CallbackServerContext* context,
    const v1::ListLibrariesRequest* request,
    v1::ListLibrariesResponse* response) {
  return Unary<v1::ListLibrariesRequest, v1::ListLibrariesResponse>(
      edge_, "Directory/ListLibraries", Access::kRead, context, request,
      response,
      [](const v1::ListLibrariesRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::ListLibraries);
}

grpc::ServerUnaryReactor* DirectoryService::UpdateLibrary(
    grpc::CallbackServerContext* context,
    const v1::UpdateLibraryRequest* request, v1::Library* response) {
  return Unary<v1::UpdateLibraryRequest, v1::Library>(
      edge_, "Directory/UpdateLibrary", Access::kWrite, context, request,
      response,
      [](const v1::UpdateLibraryRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.library().id());
      },
      &ops::UpdateLibrary);
}

grpc::ServerUnaryReactor* DirectoryService::GetLibraryCalendar(
    grpc::CallbackServerContext* context,
    const v1::GetLibraryCalendarRequest* request,
    v1::LibraryCalendar* response) {
  return Unary<v1::GetLibraryCalendarRequest, v1::LibraryCalendar>(
      edge_, "Directory/GetLibraryCalendar", Access::kRead, context, request,
      response,
      [](const v1::GetLibraryCalendarRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::GetLibraryCalendar);
}

grpc::ServerUnaryReactor* DirectoryService::UpdateLibraryCalendar(
    grpc::CallbackServerContext* context,
    const v1::UpdateLibraryCalendarRequest* request,
    v1::LibraryCalendar* response) {
  return Unary<v1::UpdateLibraryCalendarRequest, v1::LibraryCalendar>(
      edge_, "Directory/UpdateLibraryCalendar", Access::kWrite, context,
      request, response,
      [](const v1::UpdateLibraryCalendarRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.calendar().library_id());
      },
      &ops::UpdateLibraryCalendar);
}

}  // namespace kitap::service
