// Status: the error value that flows through every layer of kitap below the
// gRPC edge. A status carries a code (numerically equal to the gRPC code it
// becomes), a stable machine-readable reason such as "ITEM_ALREADY_ON_LOAN"
// (documented in docs/errors.md), and a message for people.
#ifndef KITAP_DB_STATUS_H_
#define KITAP_DB_STATUS_H_

#include <string>
#include <utility>

namespace kitap {

// Values equal grpc::StatusCode so that the edge converts with a cast.
enum class Code {
  kOk = 0,
  kCancelled = 1,
  kInvalidArgument = 3,
  kDeadlineExceeded = 4,
  kNotFound = 5,
  kAlreadyExists = 6,
  kPermissionDenied = 7,
  kResourceExhausted = 8,
  kFailedPrecondition = 9,
  kAborted = 10,
  kOutOfRange = 11,
  kInternal = 13,
  kUnavailable = 14,
  kUnauthenticated = 16,
};

class Status {
 public:
  Status() = default;  // OK
  Status(Code code, std::string reason, std::string message)
      : code_(code), reason_(std::move(reason)), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string reason, std::string message) {
    return {Code::kInvalidArgument, std::move(reason), std::move(message)};
  }
  static Status NotFound(std::string reason, std::string message) {
    return {Code::kNotFound, std::move(reason), std::move(message)};
  }
  static Status AlreadyExists(std::string reason, std::string message) {
    return {Code::kAlreadyExists, std::move(reason), std::move(message)};
  }
  static Status FailedPrecondition(std::string reason, std::string message) {
    return {Code::kFailedPrecondition, std::move(reason), std::move(message)};
  }
  static Status ResourceExhausted(std::string reason, std::string message) {
    return {Code::kResourceExhausted, std::move(reason), std::move(message)};
  }
  static Status Unavailable(std::string reason, std::string message) {
    return {Code::kUnavailable, std::move(reason), std::move(message)};
  }
  static Status Internal(std::string reason, std::string message) {
    return {Code::kInternal, std::move(reason), std::move(message)};
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& reason() const { return reason_; }
  const std::string& message() const { return message_; }
  // "REASON: message", or "OK".
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string reason_;
  std::string message_;
};

}  // namespace kitap

// Returns from the enclosing function when `expr` is not OK. Each use gets
// its own variable name, so uses may nest (e.g. inside a lambda argument).
#define KITAP_RETURN_IF_ERROR(expr) \
  KITAP_RETURN_IF_ERROR_IMPL_(KITAP_STATUS_NAME_(__COUNTER__), expr)
#define KITAP_RETURN_IF_ERROR_IMPL_(name, expr) \
  do {                                          \
    ::kitap::Status name = (expr);              \
    if (!name.ok()) return name;                \
  } while (0)
#define KITAP_STATUS_NAME_(n) KITAP_STATUS_CONCAT_(kitap_status_, n)
#define KITAP_STATUS_CONCAT_(a, b) a##b

#endif  // KITAP_DB_STATUS_H_
