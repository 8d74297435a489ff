// RpcStatus: the outcome of one call to kitapd as the client sees it. Every
// failure from the server carries a gRPC code, a message for people and a
// stable machine-readable reason (e.g. ITEM_ALREADY_ON_LOAN) in the trailing
// metadata key "kitap-reason". The reason is read here, once, and every
// command reports failures from this value.
#ifndef KITAP_CLIENT_RPC_STATUS_H_
#define KITAP_CLIENT_RPC_STATUS_H_

#include <grpcpp/support/status.h>
#include <grpcpp/support/string_ref.h>

#include <map>
#include <string>

namespace kitap::client {

// The trailing metadata of a finished call, as grpc::ClientContext gives it.
using Trailers = std::multimap<grpc::string_ref, grpc::string_ref>;

// The trailing metadata key that carries the reason of a failure.
inline constexpr char kReasonKey[] = "kitap-reason";

class RpcStatus {
 public:
  RpcStatus() = default;  // OK
  RpcStatus(grpc::StatusCode code, std::string reason, std::string message);

  // The status of a finished call: its code and message, and the reason
  // from `trailers` (empty when there is none, e.g. the transport failed).
  static RpcStatus FromCall(const grpc::Status& status,
                            const Trailers& trailers);

  bool ok() const { return code_ == grpc::StatusCode::OK; }
  grpc::StatusCode code() const { return code_; }
  const std::string& reason() const { return reason_; }
  const std::string& message() const { return message_; }

  // One line for people: "REASON: message (CODE)", or "message (CODE)"
  // without a reason; line breaks in the message become spaces. "OK" when
  // ok.
  std::string ToString() const;

 private:
  grpc::StatusCode code_ = grpc::StatusCode::OK;
  std::string reason_;
  std::string message_;
};

// The canonical name of a gRPC code, e.g. "FAILED_PRECONDITION".
std::string CodeName(grpc::StatusCode code);

}  // namespace kitap::client

// Returns from the enclosing function when `expr` is not OK.
#define KITAP_CLIENT_RETURN_IF_ERROR(expr)                       \
  do {                                                           \
    ::kitap::client::RpcStatus kitap_client_status_ = (expr);    \
    if (!kitap_client_status_.ok()) return kitap_client_status_; \
  } while (0)

#endif  // KITAP_CLIENT_RPC_STATUS_H_
