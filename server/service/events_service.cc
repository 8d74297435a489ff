#include "server/service/events_service.h"

#include "server/ops/event_ops.h"
#include "server/service/unary.h"

namespace kitap::service {
namespace {

// Desk work: desks and the library's admins.
constexpr auth::Roles kStaff = auth::kDesk | auth::kLibraryAdmin;

}  // namespace

grpc::ServerUnaryReactor* EventsService::RecordEvent(
    grpc::CallbackServerContext* context, const v1::RecordEventRequest* request,
    v1::Event* response) {
  return Unary<v1::RecordEventRequest, v1::Event>(
      edge_, "Events/RecordEvent", Access::kWrite, context, request, response,
      [](const v1::RecordEventRequest& r) {
        return auth::AtLibrary(kStaff, r.event().library_id());
      },
      &ops::RecordEvent);
}

grpc::ServerUnaryReactor* EventsService::ListEvents(
    grpc::CallbackServerContext* context, const v1::ListEventsRequest* request,
    v1::ListEventsResponse* response) {
  return Unary<v1::ListEventsRequest, v1::ListEventsResponse>(
      edge_, "Events/ListEvents", Access::kRead, context, request, response,
      [](const v1::ListEventsRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::ListEvents);
}

}  // namespace kitap::service
