#include "server/service/grpc_status.h"

#include "server/log.h"

namespace kitap::service {

grpc::Status ToGrpc(grpc::CallbackServerContext* context,
                    const Status& status) {
  if (status.ok()) return grpc::Status::OK;
  // Rule refusals and bad input are the client's business; storage and
  // capacity failures are the operator's.
  if (status.code() == Code::kUnavailable ||
      status.code() == Code::kResourceExhausted ||
      status.code() == Code::kInternal) {
    Log(LogLevel::kWarn,
        "request from " + context->peer() + " failed: " + status.ToString());
  }
  context->AddTrailingMetadata(kReasonKey, status.reason());
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()),
                      status.message());
}

}  // namespace kitap::service
