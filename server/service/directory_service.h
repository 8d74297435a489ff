// The Directory gRPC service: Regions, libraries and calendars. Each method
// names the rule its caller must satisfy and hands its operation to the engine
// (unary.h).
#ifndef KITAP_SERVER_SERVICE_DIRECTORY_SERVICE_H_
#define KITAP_SERVER_SERVICE_DIRECTORY_SERVICE_H_

#include "kitap/v1/directory.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class DirectoryService final : public v1::Directory::CallbackService {
 public:
  explicit DirectoryService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* ListRegions(
      grpc::CallbackServerContext* context,
      const v1::ListRegionsRequest* request,
      v1::ListRegionsResponse* response) override;
  grpc::ServerUnaryReactor* CreateLibrary(
      grpc::CallbackServerContext* context,
      const v1::CreateLibraryRequest* request, v1::Library* response) override;
  grpc::ServerUnaryReactor* GetLibrary(grpc::CallbackServerContext* context,
                                       const v1::GetLibraryRequest* request,
                                       v1::Library* response) override;
  grpc::ServerUnaryReactor* ListLibraries(
      grpc::CallbackServerContext* context,
      const v1::ListLibrariesRequest* request,
      v1::ListLibrariesResponse* response) override;
  grpc::ServerUnaryReactor* UpdateLibrary(
      grpc::CallbackServerContext* context,
      const v1::UpdateLibraryRequest* request, v1::Library* response) override;
  grpc::ServerUnaryReactor* GetLibraryCalendar(
      grpc::CallbackServerContext* context,
      const v1::GetLibraryCalendarRequest* request,
      v1::LibraryCalendar* response) override;
  grpc::ServerUnaryReactor* UpdateLibraryCalendar(
      grpc::CallbackServerContext* context,
      const v1::UpdateLibraryCalendarRequest* request,
      v1::LibraryCalendar* response) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_DIRECTORY_SERVICE_H_
