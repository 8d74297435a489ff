#include "client/args.h"

#include <algorithm>
#include <charconv>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"

namespace kitap::client {
namespace {

const OptionSpec* FindSpec(std::span<const OptionSpec> specs,
                           std::string_view name) {
  auto it = std::find_if(specs.begin(), specs.end(),
                         [&](const OptionSpec& s) { return s.name == name; });
  return it == specs.end() ? nullptr : &*it;
}

// Splits "--name=value" into name and value; "--name" has no value.
void SplitOption(std::string_view arg, std::string_view* name,
                 std::optional<std::string>* value) {
  arg.remove_prefix(2);
  size_t eq = arg.find('=');
  *name = arg.substr(0, eq);
  if (eq != std::string_view::npos) *value = std::string(arg.substr(eq + 1));
}

}  // namespace

bool ParsedArgs::Has(std::string_view name) const {
  return options.find(name) != options.end();
}

std::optional<std::string> ParsedArgs::Get(std::string_view name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

absl::StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                                     std::span<const OptionSpec> specs) {
  ParsedArgs parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "-h") arg = "--help";
    if (!arg.starts_with("-")) {
      parsed.words.emplace_back(arg);
      continue;
    }
    std::string_view name;
    std::optional<std::string> value;
    if (arg.starts_with("--")) SplitOption(arg, &name, &value);
    const OptionSpec* spec = FindSpec(specs, name);
    if (name.empty() || spec == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrFormat("unknown option %s", arg));
    }
    if (!spec->takes_value && value.has_value()) {
      return absl::InvalidArgumentError(
          absl::StrFormat("--%s takes no value", name));
    }
    if (spec->takes_value && !value.has_value()) {
      if (i + 1 == args.size()) {
        return absl::InvalidArgumentError(
            absl::StrFormat("--%s needs a value", name));
      }
      value = args[++i];
    }
    if (!parsed.options.emplace(name, value.value_or("")).second) {
      return absl::InvalidArgumentError(
          absl::StrFormat("--%s is given twice", name));
    }
  }
  return parsed;
}

absl::Status CheckOptionsAllowed(const ParsedArgs& args,
                                 std::span<const std::string_view> allowed,
                                 std::string_view command) {
  for (const auto& [name, value] : args.options) {
    if (name == "help") continue;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      return absl::InvalidArgumentError(
          absl::StrFormat("'kitap %s' has no option --%s", command, name));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<int64_t> ParseIntegerOption(std::string_view name,
                                           std::string_view text, int64_t min,
                                           int64_t max) {
  int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end || value < min ||
      value > max) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--%s: expected a whole number in %d..%d, got '%s'",
                        name, min, max, text));
  }
  return value;
}

bool IsRegionCode(std::string_view code) {
  return code.size() == 5 && code.starts_with("KZ-") &&
         absl::ascii_isdigit(code[3]) && absl::ascii_isdigit(code[4]);
}

std::string_view StripBlanks(std::string_view text) {
  constexpr std::string_view kBlank = " \t\r";
  const size_t first = text.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

}  // namespace kitap::client
