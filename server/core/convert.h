// Conversions between API messages and domain values. Enum values are equal
// on both sides by construction (see server/domain/types.h).
#ifndef KITAP_SERVER_CORE_CONVERT_H_
#define KITAP_SERVER_CORE_CONVERT_H_

#include <google/protobuf/timestamp.pb.h>

#include "db/status.h"
#include "kitap/v1/common.pb.h"
#include "server/domain/types.h"

namespace kitap {

domain::Micros FromTimestamp(const google::protobuf::Timestamp& ts);
void ToTimestamp(domain::Micros micros, google::protobuf::Timestamp* ts);
// Reads a request's occurred_at into `out`: `now` when unset, else the
// validated time (TIMESTAMP_INVALID for malformed fields,
// TIME_OUT_OF_RANGE for times before 2000 or in the future).
Status OccurredAt(bool has, const google::protobuf::Timestamp& ts,
                  domain::Micros now, domain::Micros* out);

domain::CivilDate FromProto(const v1::Date& date);
void ToProto(const domain::CivilDate& date, v1::Date* out);
// True when every field of `date` is zero (the field was not sent).
bool IsUnset(const v1::Date& date);

}  // namespace kitap

#endif  // KITAP_SERVER_CORE_CONVERT_H_
