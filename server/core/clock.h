// Clock: where the server reads "now". Injected so tests control time.
#ifndef KITAP_SERVER_CORE_CLOCK_H_
#define KITAP_SERVER_CORE_CLOCK_H_

#include <atomic>

#include "server/domain/types.h"

namespace kitap {

class Clock {
 public:
  virtual ~Clock() = default;
  // Thread-safe.
  virtual domain::Micros Now() const = 0;
};

// The system's real-time clock.
class SystemClock final : public Clock {
 public:
  domain::Micros Now() const override;
};

// A clock that stands still until set or advanced. Thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(domain::Micros now) : now_(now) {}
  domain::Micros Now() const override { return now_.load(); }
  void Set(domain::Micros now) { now_.store(now); }
  void Advance(domain::Micros by) { now_.fetch_add(by); }

 private:
  std::atomic<domain::Micros> now_;
};

}  // namespace kitap

#endif  // KITAP_SERVER_CORE_CLOCK_H_
