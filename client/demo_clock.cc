#include "client/demo_clock.h"

#include "absl/time/civil_time.h"
#include "client/time_util.h"

namespace kitap::client {

DemoClock::DemoClock(int year, int current_year)
    : year_(year), backdated_(year < current_year) {}

google::protobuf::Timestamp DemoClock::At(DemoMoment moment) const {
  const absl::CivilMinute local(year_, moment.month, moment.day, 10,
                                moment.minutes);
  return ToProto(absl::FromCivil(local, LibraryTimeZone()));
}

v1::Date DemoClock::Day(int month, int day) const {
  return ToProto(absl::CivilDay(year_, month, day));
}

v1::Date DemoClock::BirthDate(int age) const {
  return ToProto(absl::CivilDay(year_ - age, 1, 5));
}

}  // namespace kitap::client
