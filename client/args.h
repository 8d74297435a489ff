// Command-line parsing shared by every command. Arguments are words (the
// command and its subcommand) and options, given as "--name value" or
// "--name=value"; flags (e.g. --help) take no value. "-h" means "--help".
#ifndef KITAP_CLIENT_ARGS_H_
#define KITAP_CLIENT_ARGS_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace kitap::client {

struct OptionSpec {
  std::string_view name;  // without the leading "--"
  bool takes_value = true;
};

struct ParsedArgs {
  std::vector<std::string> words;
  std::map<std::string, std::string, std::less<>> options;  // flags: ""

  bool Has(std::string_view name) const;
  // The value of option `name`, or nullopt when it was not given.
  std::optional<std::string> Get(std::string_view name) const;
};

// Parses `args` (argv without the program name). Fails (INVALID_ARGUMENT)
// on an option not in `specs`, an option without its value, a value given
// to a flag, or an option given twice.
absl::StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                                     std::span<const OptionSpec> specs);

// OK when every option in `args` is "help" or in `allowed`; otherwise
// names the first other option and `command`.
absl::Status CheckOptionsAllowed(const ParsedArgs& args,
                                 std::span<const std::string_view> allowed,
                                 std::string_view command);

// Parses the value of option `name` as a whole number in [min, max].
absl::StatusOr<int64_t> ParseIntegerOption(std::string_view name,
                                           std::string_view text, int64_t min,
                                           int64_t max);

// `text` without the spaces, tabs and '\r' at its ends (a config line, a
// scanned line from a terminal that sends CR LF).
std::string_view StripBlanks(std::string_view text);

// True for "KZ-" and two digits, as ISO 3166-2:KZ writes a region.
bool IsRegionCode(std::string_view code);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_ARGS_H_
