#include "client/desk_options.h"

#include <limits>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"

namespace kitap::client {
namespace {

// The prefix of every value name of `type`: the name of its value 0 without
// "UNSPECIFIED", e.g. "SUBJECT_".
std::string_view Prefix(const google::protobuf::EnumDescriptor& type) {
  std::string_view zero = type.FindValueByNumber(0)->name();
  return zero.substr(0, zero.size() - std::string_view("UNSPECIFIED").size());
}

}  // namespace

absl::StatusOr<int64_t> RequiredId(const ParsedArgs& args,
                                   std::string_view name) {
  std::optional<std::string> text = args.Get(name);
  if (!text.has_value()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--%s ID is required", name));
  }
  absl::StatusOr<int64_t> id =
      ParseIntegerOption(name, *text, 1, std::numeric_limits<int64_t>::max());
  if (id.ok()) return id;
  return absl::InvalidArgumentError(absl::StrFormat(
      "--%s: expected a whole number from 1, got '%s'", name, *text));
}

absl::StatusOr<std::string> RequiredText(const ParsedArgs& args,
                                         std::string_view name) {
  std::optional<std::string> text = args.Get(name);
  if (!text.has_value() || text->empty()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--%s is required", name));
  }
  return *text;
}

absl::StatusOr<v1::Date> ParseDate(std::string_view option,
                                   std::string_view text) {
  absl::CivilDay day;
  if (text.size() != 10 ||
      !absl::ParseCivilTime(absl::string_view(text.data(), text.size()),
                            &day)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--%s: expected a date YYYY-MM-DD, got '%s'", option, text));
  }
  v1::Date date;
  date.set_year(static_cast<int32_t>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  return date;
}

std::string EnumWord(const google::protobuf::EnumDescriptor& type, int value) {
  const google::protobuf::EnumValueDescriptor* found =
      type.FindValueByNumber(value);
  if (found == nullptr) return "?";
  std::string word = found->name().substr(Prefix(type).size());
  absl::AsciiStrToLower(&word);
  return absl::StrReplaceAll(word, {{"_", "-"}});
}

absl::StatusOr<int> ParseEnumWord(const google::protobuf::EnumDescriptor& type,
                                  std::string_view option,
                                  std::string_view word) {
  std::vector<std::string> words;
  for (int i = 0; i < type.value_count(); ++i) {
    const int number = type.value(i)->number();
    if (number == 0) continue;
    words.push_back(EnumWord(type, number));
    if (words.back() == word) return number;
  }
  return absl::InvalidArgumentError(
      absl::StrFormat("--%s must be one of %s, not '%s'", option,
                      absl::StrJoin(words, ", "), word));
}

}  // namespace kitap::client
