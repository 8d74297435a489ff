// Operations behind the Events service.
#ifndef KITAP_SERVER_OPS_EVENT_OPS_H_
#define KITAP_SERVER_OPS_EVENT_OPS_H_

#include "kitap/v1/events.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

// Records an event and counts it (events, event_attendance).
Status RecordEvent(OpContext& ctx, const v1::RecordEventRequest& request,
                   v1::Event* response);
Status ListEvents(OpContext& ctx, const v1::ListEventsRequest& request,
                  v1::ListEventsResponse* response);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_EVENT_OPS_H_
