#include "server/service/diagnostics_service.h"

#include "server/service/grpc_status.h"
#include "server/version.h"

namespace kitap::service {

grpc::ServerUnaryReactor* DiagnosticsService::Ping(
    grpc::CallbackServerContext* context, const v1::PingRequest* request,
    v1::PingResponse* response) {
  constexpr size_t kMaxPayload = 1024;
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  auth::Principal principal;
  Status admitted =
      Admit(edge_, context, {"Diagnostics/Ping", "", context->peer()},
            auth::Anywhere(auth::kAnyRole), &principal);
  if (!admitted.ok()) {
    reactor->Finish(ToGrpc(context, admitted));
    return reactor;
  }
  if (request->payload().size() > kMaxPayload) {
    reactor->Finish(ToGrpc(
        context,
        Status::InvalidArgument("FIELD_TOO_LONG", "payload is over 1 KiB")));
    return reactor;
  }
  response->set_payload(request->payload());
  response->set_version(Version());
  reactor->Finish(grpc::Status::OK);
  return reactor;
}

}  // namespace kitap::service
