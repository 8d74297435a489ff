// Stubs: one gRPC stub per kitap service, all on one channel.
#ifndef KITAP_CLIENT_STUBS_H_
#define KITAP_CLIENT_STUBS_H_

#include <grpcpp/channel.h>

#include <memory>

#include "kitap/v1/admin.grpc.pb.h"
#include "kitap/v1/catalog.grpc.pb.h"
#include "kitap/v1/circulation.grpc.pb.h"
#include "kitap/v1/diagnostics.grpc.pb.h"
#include "kitap/v1/directory.grpc.pb.h"
#include "kitap/v1/events.grpc.pb.h"
#include "kitap/v1/patrons.grpc.pb.h"
#include "kitap/v1/periodicals.grpc.pb.h"
#include "kitap/v1/statistics.grpc.pb.h"

namespace kitap::client {

struct Stubs {
  Stubs() = default;  // no stubs yet; assign a channel's later
  explicit Stubs(const std::shared_ptr<grpc::Channel>& channel);

  std::unique_ptr<v1::Directory::Stub> directory;
  std::unique_ptr<v1::Patrons::Stub> patrons;
  std::unique_ptr<v1::Catalog::Stub> catalog;
  std::unique_ptr<v1::Circulation::Stub> circulation;
  std::unique_ptr<v1::Periodicals::Stub> periodicals;
  std::unique_ptr<v1::Events::Stub> events;
  std::unique_ptr<v1::Statistics::Stub> statistics;
  std::unique_ptr<v1::Admin::Stub> admin;
  std::unique_ptr<v1::Diagnostics::Stub> diagnostics;  // Ping
};

}  // namespace kitap::client

#endif  // KITAP_CLIENT_STUBS_H_
