// The Events gRPC service: Cultural and educational events. Each method names
// the rule its caller must satisfy and hands its operation to the engine
// (unary.h).
#ifndef KITAP_SERVER_SERVICE_EVENTS_SERVICE_H_
#define KITAP_SERVER_SERVICE_EVENTS_SERVICE_H_

#include "kitap/v1/events.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class EventsService final : public v1::Events::CallbackService {
 public:
  explicit EventsService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* RecordEvent(grpc::CallbackServerContext* context,
                                        const v1::RecordEventRequest* request,
                                        v1::Event* response) override;
  grpc::ServerUnaryReactor* ListEvents(
      grpc::CallbackServerContext* context,
      const v1::ListEventsRequest* request,
      v1::ListEventsResponse* response) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_EVENTS_SERVICE_H_
