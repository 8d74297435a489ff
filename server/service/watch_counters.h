// Statistics/WatchCounters: the live national counters as a server stream.
#ifndef KITAP_SERVER_SERVICE_WATCH_COUNTERS_H_
#define KITAP_SERVER_SERVICE_WATCH_COUNTERS_H_

#include <grpcpp/grpcpp.h>

#include "kitap/v1/statistics.pb.h"
#include "server/service/edge.h"
#include "server/stats/counter_hub.h"

namespace kitap::service {

// Admits the call (auth::ForNationalCounters), then sends the current
// figures at once and each change the hub publishes, until the client
// cancels. A client that reads slower than changes come gets the newest
// figures only (nothing queues up). The reactor deletes itself when gRPC is
// done with it.
grpc::ServerWriteReactor<v1::LiveCounters>* WatchCounters(
    Edge& edge, stats::CounterHub& hub, grpc::CallbackServerContext* context);

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_WATCH_COUNTERS_H_
