// DemoClock: when the events of `kitap demo` happen. In the current year
// they happen now: timestamps and dates stay unset and the server uses its
// own clock. In a past year each step happens on a fixed day of that year,
// at 10:00 library time, so the statistics count it in that year.
#ifndef KITAP_CLIENT_DEMO_CLOCK_H_
#define KITAP_CLIENT_DEMO_CLOCK_H_

#include <google/protobuf/timestamp.pb.h>

#include "kitap/v1/common.pb.h"

namespace kitap::client {

// A moment of the demo year: 10:00 library time on `month`/`day`, plus
// `minutes`.
struct DemoMoment {
  int month;
  int day;
  int minutes = 0;
};

// The demo's schedule in a past year.
inline constexpr DemoMoment kSetUpMoment = {1, 12};
inline constexpr DemoMoment kCheckOutMoment = {3, 2};
inline constexpr DemoMoment kRenewalMoment = {3, 16};
inline constexpr DemoMoment kCheckInMoment = {3, 20};
inline constexpr DemoMoment kReceiveMoment = {3, 24};
inline constexpr DemoMoment kVisitMoment = {3, 2, 5};
inline constexpr DemoMoment kIssueRequestedMoment = {4, 7};
inline constexpr DemoMoment kIssueDeliveredMoment = {4, 7, 20};
inline constexpr DemoMoment kIssueReturnedMoment = {4, 7, 120};
inline constexpr DemoMoment kEventMoment = {4, 23};

class DemoClock {
 public:
  // REQUIRES: year <= current_year.
  DemoClock(int year, int current_year);

  int year() const { return year_; }
  // True when the demo year is past and events are placed in it.
  bool backdated() const { return backdated_; }

  google::protobuf::Timestamp At(DemoMoment moment) const;
  v1::Date Day(int month, int day) const;
  // The birth date (5 January) of someone `age` years old in the demo year.
  v1::Date BirthDate(int age) const;

 private:
  int year_;
  bool backdated_;
};

// Sets `message`'s occurred_at to `moment` when the clock is backdated;
// otherwise leaves it unset so that the server uses its own time.
template <typename Message>
void StampOccurredAt(const DemoClock& clock, DemoMoment moment,
                     Message* message) {
  if (clock.backdated()) *message->mutable_occurred_at() = clock.At(moment);
}

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DEMO_CLOCK_H_
