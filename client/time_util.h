// Time at the desk: Kazakhstan's libraries keep their dates in Asia/Almaty
// time, and the API carries instants as google.protobuf.Timestamp.
#ifndef KITAP_CLIENT_TIME_UTIL_H_
#define KITAP_CLIENT_TIME_UTIL_H_

#include <google/protobuf/timestamp.pb.h>

#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "kitap/v1/common.pb.h"

namespace kitap::client {

// Asia/Almaty from the system's time zone database, or a fixed UTC+5 (the
// country's single zone since 2024) when the database is missing.
absl::TimeZone LibraryTimeZone();

google::protobuf::Timestamp ToProto(absl::Time time);
absl::Time FromProto(const google::protobuf::Timestamp& timestamp);
v1::Date ToProto(absl::CivilDay day);

// "YYYY-MM-DD": the day of `timestamp` in library time, and a Date.
std::string FormatDay(const google::protobuf::Timestamp& timestamp);
std::string FormatDay(const v1::Date& date);

// The current year in library time.
int CurrentYear();

}  // namespace kitap::client

#endif  // KITAP_CLIENT_TIME_UTIL_H_
