// Retries: a call that failed on the way (the server could not be reached,
// or did not answer in time) is sent again, unchanged, after a pause that
// doubles each time. Sending the same request means sending the same
// request_id, so the server applies it at most once however often it
// arrives.
#ifndef KITAP_CLIENT_RETRY_H_
#define KITAP_CLIENT_RETRY_H_

#include <grpcpp/support/status.h>

#include <chrono>
#include <cstdint>

namespace kitap::client {

struct RetryPolicy {
  int max_attempts = 3;  // in all, the first included; 1 = no retry
  std::chrono::milliseconds initial_backoff{200};
  std::chrono::milliseconds max_backoff{2000};
};

// True for the codes worth another attempt: UNAVAILABLE and
// DEADLINE_EXCEEDED. Every other code is the server's answer.
bool IsTransient(grpc::StatusCode code);

// The pause before attempt `attempt` (2 for the first retry): the initial
// backoff doubled per earlier retry, capped at max_backoff, then "jittered"
// to between half and all of it by `random` (any value: uniform bits), so
// that desks coming back after one outage do not retry in step.
std::chrono::milliseconds BackoffBefore(int attempt, const RetryPolicy& policy,
                                        uint32_t random);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_RETRY_H_
