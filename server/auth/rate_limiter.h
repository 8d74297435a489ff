// RateLimiter: a token bucket per credential. Each call takes one token;
// buckets refill at `rate` per second up to `burst`. Time is passed in (a
// monotonic clock in the server: limits are about real elapsed time, not
// the business clock tests move around).
//
// Thread-safety: Allow may be called from any thread.
#ifndef KITAP_SERVER_AUTH_RATE_LIMITER_H_
#define KITAP_SERVER_AUTH_RATE_LIMITER_H_

#include <cstdint>
#include <mutex>
#include <unordered_map>

#include "server/domain/types.h"

namespace kitap::auth {

class RateLimiter {
 public:
  // `rate` 0 turns limiting off.
  RateLimiter(double rate, double burst) : rate_(rate), burst_(burst) {}

  // True when `key` may make one more call at monotonic time `now`.
  bool Allow(int64_t key, domain::Micros now);

 private:
  struct Bucket {
    double tokens = 0;
    domain::Micros updated = 0;
  };

  const double rate_;
  const double burst_;
  std::mutex mu_;
  std::unordered_map<int64_t, Bucket> buckets_;  // guarded by mu_
};

}  // namespace kitap::auth

#endif  // KITAP_SERVER_AUTH_RATE_LIMITER_H_
