#include "client/retry.h"

#include <algorithm>

namespace kitap::client {

bool IsTransient(grpc::StatusCode code) {
  return code == grpc::StatusCode::UNAVAILABLE ||
         code == grpc::StatusCode::DEADLINE_EXCEEDED;
}

std::chrono::milliseconds BackoffBefore(int attempt, const RetryPolicy& policy,
                                        uint32_t random) {
  int64_t backoff = policy.initial_backoff.count();
  for (int i = 2; i < attempt && backoff < policy.max_backoff.count(); ++i) {
    backoff *= 2;
  }
  backoff = std::min(backoff, int64_t{policy.max_backoff.count()});
  const int64_t half = backoff / 2;
  return std::chrono::milliseconds(half + random % (backoff - half + 1));
}

}  // namespace kitap::client
