#include "client/rpc_status.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace kitap::client {

RpcStatus::RpcStatus(grpc::StatusCode code, std::string reason,
                     std::string message)
    : code_(code), reason_(std::move(reason)), message_(std::move(message)) {}

RpcStatus RpcStatus::FromCall(const grpc::Status& status,
                              const Trailers& trailers) {
  if (status.ok()) return RpcStatus();
  std::string reason;
  if (auto it = trailers.find(kReasonKey); it != trailers.end()) {
    reason.assign(it->second.data(), it->second.size());
  }
  return RpcStatus(status.error_code(), std::move(reason),
                   status.error_message());
}

std::string RpcStatus::ToString() const {
  if (ok()) return "OK";
  std::string message = message_;
  std::replace_if(
      message.begin(), message.end(),
      [](char c) { return c == '\n' || c == '\r'; }, ' ');
  std::string prefix = reason_.empty() ? "" : absl::StrCat(reason_, ": ");
  return absl::StrCat(prefix, message, " (", CodeName(code_), ")");
}

std::string CodeName(grpc::StatusCode code) {
  // absl::StatusCode has the same values as grpc::StatusCode.
  return absl::StatusCodeToString(static_cast<absl::StatusCode>(code));
}

}  // namespace kitap::client
