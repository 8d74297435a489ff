#include "server/core/convert.h"

#include "server/domain/validate.h"

namespace kitap {

domain::Micros FromTimestamp(const google::protobuf::Timestamp& ts) {
  return ts.seconds() * domain::kMicrosPerSecond + ts.nanos() / 1000;
}

void ToTimestamp(domain::Micros micros, google::protobuf::Timestamp* ts) {
  domain::Micros seconds = micros / domain::kMicrosPerSecond;
  domain::Micros rest = micros % domain::kMicrosPerSecond;
  if (rest < 0) {  // keep nanos non-negative, as Timestamp requires
    rest += domain::kMicrosPerSecond;
    --seconds;
  }
  ts->set_seconds(seconds);
  ts->set_nanos(static_cast<int32_t>(rest * 1000));
}

Status OccurredAt(bool has, const google::protobuf::Timestamp& ts,
                  domain::Micros now, domain::Micros* out) {
  if (!has) {
    *out = now;
    return Status::Ok();
  }
  // Bounds of google.protobuf.Timestamp: 0001-01-01 .. 9999-12-31.
  constexpr int64_t kMinSeconds = -62135596800;
  constexpr int64_t kMaxSeconds = 253402300799;
  if (ts.seconds() < kMinSeconds || ts.seconds() > kMaxSeconds ||
      ts.nanos() < 0 || ts.nanos() > 999999999) {
    return Status::InvalidArgument("TIMESTAMP_INVALID",
                                   "occurred_at is not a valid timestamp");
  }
  *out = FromTimestamp(ts);
  return domain::ValidateOccurredAt(*out, now);
}

domain::CivilDate FromProto(const v1::Date& date) {
  return {date.year(), date.month(), date.day()};
}

void ToProto(const domain::CivilDate& date, v1::Date* out) {
  out->set_year(date.year);
  out->set_month(date.month);
  out->set_day(date.day);
}

bool IsUnset(const v1::Date& date) {
  return date.year() == 0 && date.month() == 0 && date.day() == 0;
}

}  // namespace kitap
