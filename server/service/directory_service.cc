#include "server/service/directory_service.h"

#include "server/ops/directory_ops.h"
#include "server/service/unary.h"

namespace kitap::service {

grpc::ServerUnaryReactor* DirectoryService::ListRegions(
    grpc::CallbackServerContext* context, const v1::ListRegionsRequest* request,
    v1::ListRegionsResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::ListRegions);
}

grpc::ServerUnaryReactor* DirectoryService::CreateLibrary(
    grpc::CallbackServerContext* context,
    const v1::CreateLibraryRequest* request, v1::Library* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::CreateLibrary);
}

grpc::ServerUnaryReactor* DirectoryService::GetLibrary(
    grpc::CallbackServerContext* context, const v1::GetLibraryRequest* request,
    v1::Library* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::GetLibrary);
}

grpc::ServerUnaryReactor* DirectoryService::ListLibraries(
    grpc::CallbackServerContext* context,
    const v1::ListLibrariesRequest* request,
    v1::ListLibrariesResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::ListLibraries);
}

grpc::ServerUnaryReactor* DirectoryService::UpdateLibrary(
    grpc::CallbackServerContext* context,
    const v1::UpdateLibraryRequest* request, v1::Library* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::UpdateLibrary);
}

grpc::ServerUnaryReactor* DirectoryService::GetLibraryCalendar(
    grpc::CallbackServerContext* context,
    const v1::GetLibraryCalendarRequest* request,
    v1::LibraryCalendar* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::GetLibraryCalendar);
}

grpc::ServerUnaryReactor* DirectoryService::UpdateLibraryCalendar(
    grpc::CallbackServerContext* context,
    const v1::UpdateLibraryCalendarRequest* request,
    v1::LibraryCalendar* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::UpdateLibraryCalendar);
}

}  // namespace kitap::service
