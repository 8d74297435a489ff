// The options of the one-shot desk commands read into API values: ids,
// required texts, dates and the words of the API's enums. Pure: no I/O.
#ifndef KITAP_CLIENT_DESK_OPTIONS_H_
#define KITAP_CLIENT_DESK_OPTIONS_H_

#include <google/protobuf/descriptor.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "client/args.h"
#include "kitap/v1/common.pb.h"

namespace kitap::client {

// --`name` as a whole number from 1; fails (INVALID_ARGUMENT) when it is
// missing or not such a number.
absl::StatusOr<int64_t> RequiredId(const ParsedArgs& args,
                                   std::string_view name);

// The value of --`name`; fails when it is missing or empty.
absl::StatusOr<std::string> RequiredText(const ParsedArgs& args,
                                         std::string_view name);

// "YYYY-MM-DD" as a Date; `option` names it in the error.
absl::StatusOr<v1::Date> ParseDate(std::string_view option,
                                   std::string_view text);

// The word of an enum value of the API as the commands write and read it:
// its name without the type's prefix, in lower case with hyphens, e.g.
// SUBJECT_HISTORY_ETHNOGRAPHY is "history-ethnography" and
// LOAN_TYPE_READING_ROOM "reading-room". "?" for an unknown value.
std::string EnumWord(const google::protobuf::EnumDescriptor& type, int value);

// The value of `type` whose word is `word` (never the UNSPECIFIED one);
// fails naming --`option` and every word it accepts.
absl::StatusOr<int> ParseEnumWord(const google::protobuf::EnumDescriptor& type,
                                  std::string_view option,
                                  std::string_view word);

// ParseEnumWord of --`option` for a generated enum type, e.g.
//   RequiredEnum<v1::Subject>(args, "subject", v1::Subject_descriptor());
// a missing option is an error too.
template <typename Enum>
absl::StatusOr<Enum> RequiredEnum(
    const ParsedArgs& args, std::string_view option,
    const google::protobuf::EnumDescriptor* type) {
  absl::StatusOr<std::string> word = RequiredText(args, option);
  if (!word.ok()) return word.status();
  absl::StatusOr<int> value = ParseEnumWord(*type, option, *word);
  if (!value.ok()) return value.status();
  return static_cast<Enum>(*value);
}

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_OPTIONS_H_
