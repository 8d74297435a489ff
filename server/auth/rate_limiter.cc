#include "server/auth/rate_limiter.h"

#include <algorithm>

namespace kitap::auth {

bool RateLimiter::Allow(int64_t key, domain::Micros now) {
  if (rate_ <= 0) return true;
  std::lock_guard lock(mu_);
  auto [it, inserted] = buckets_.try_emplace(key, Bucket{burst_, now});
  Bucket& b = it->second;
  double elapsed = static_cast<double>(now - b.updated) / 1e6;
  b.tokens = std::min(burst_, b.tokens + std::max(0.0, elapsed) * rate_);
  b.updated = now;
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

}  // namespace kitap::auth
