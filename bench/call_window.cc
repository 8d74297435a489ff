#include "bench/call_window.h"

#include <string>

namespace kitap::gen {

Status FromGrpc(const grpc::ClientContext& context,
                const grpc::Status& status) {
  if (status.ok()) return Status::Ok();
  std::string reason = "RPC_FAILED";
  const auto& trailers = context.GetServerTrailingMetadata();
  if (auto it = trailers.find("kitap-reason"); it != trailers.end()) {
    reason.assign(it->second.data(), it->second.size());
  }
  return Status(static_cast<Code>(status.error_code()), reason,
                status.error_message());
}

void Authorize(const std::string& token, grpc::ClientContext* context) {
  if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
}

void CallWindow::Begin() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return in_flight_ < limit_; });
  ++in_flight_;
}

void CallWindow::End(const Status& status) {
  std::lock_guard lock(mutex_);
  --in_flight_;
  if (!status.ok() && first_error_.ok()) first_error_ = status;
  changed_.notify_all();
}

Status CallWindow::Drain() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return in_flight_ == 0; });
  return first_error_;
}

}  // namespace kitap::gen
