#include "client/time_util.h"

#include "absl/strings/str_format.h"
#include "absl/time/clock.h"

namespace kitap::client {

absl::TimeZone LibraryTimeZone() {
  absl::TimeZone zone;
  if (absl::LoadTimeZone("Asia/Almaty", &zone)) return zone;
  return absl::FixedTimeZone(5 * 60 * 60);
}

google::protobuf::Timestamp ToProto(absl::Time time) {
  const absl::Duration since_epoch = time - absl::UnixEpoch();
  const int64_t seconds = absl::ToInt64Seconds(since_epoch);
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(
      absl::ToInt64Nanoseconds(since_epoch - absl::Seconds(seconds))));
  return timestamp;
}

absl::Time FromProto(const google::protobuf::Timestamp& timestamp) {
  return absl::FromUnixSeconds(timestamp.seconds()) +
         absl::Nanoseconds(timestamp.nanos());
}

v1::Date ToProto(absl::CivilDay day) {
  v1::Date date;
  date.set_year(static_cast<int32_t>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  return date;
}

std::string FormatDay(const google::protobuf::Timestamp& timestamp) {
  return absl::FormatTime("%Y-%m-%d", FromProto(timestamp), LibraryTimeZone());
}

std::string FormatDay(const v1::Date& date) {
  return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(),
                         date.day());
}

int CurrentYear() {
  absl::CivilDay today = absl::ToCivilDay(absl::Now(), LibraryTimeZone());
  return static_cast<int>(today.year());
}

}  // namespace kitap::client
