#include "server/service/events_service.h"

#include "server/ops/event_ops.h"
#include "server/service/unary.h"

namespace kitap::service {

grpc::ServerUnaryReactor* EventsService::RecordEvent(
    grpc::CallbackServerContext* context, const v1::RecordEventRequest* request,
    v1::Event* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::RecordEvent);
}

grpc::ServerUnaryReactor* EventsService::ListEvents(
    grpc::CallbackServerContext* context, const v1::ListEventsRequest* request,
    v1::ListEventsResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::ListEvents);
}

}  // namespace kitap::service
