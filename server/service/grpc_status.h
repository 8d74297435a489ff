// The one place where a kitap Status becomes a grpc::Status: same code,
// the human message, and the stable reason in trailing metadata.
#ifndef KITAP_SERVER_SERVICE_GRPC_STATUS_H_
#define KITAP_SERVER_SERVICE_GRPC_STATUS_H_

#include <grpcpp/grpcpp.h>

#include "db/status.h"

namespace kitap::service {

// Trailing metadata key that carries the machine-readable reason.
inline constexpr char kReasonKey[] = "kitap-reason";

// Converts `status`; adds the reason to `context`'s trailing metadata.
grpc::Status ToGrpc(grpc::CallbackServerContext* context, const Status& status);

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_GRPC_STATUS_H_
