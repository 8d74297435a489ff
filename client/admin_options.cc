#include "client/admin_options.h"

#include <array>
#include <limits>
#include <string>
#include <utility>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

constexpr std::array<std::pair<std::string_view, v1::Role>, 5> kRoles = {{
    {"desk", v1::ROLE_DESK},
    {"library_admin", v1::ROLE_LIBRARY_ADMIN},
    {"periodicals", v1::ROLE_PERIODICALS},
    {"regional_admin", v1::ROLE_REGIONAL_ADMIN},
    {"national_admin", v1::ROLE_NATIONAL_ADMIN},
}};

bool IsLibraryRole(v1::Role role) {
  return role == v1::ROLE_DESK || role == v1::ROLE_LIBRARY_ADMIN ||
         role == v1::ROLE_PERIODICALS;
}

// --library ID, or 0 when it is not given.
absl::StatusOr<int64_t> ReadLibrary(const ParsedArgs& args) {
  std::optional<std::string> text = args.Get("library");
  if (!text.has_value()) return 0;
  return ParseIntegerOption("library", *text, 1,
                            std::numeric_limits<int64_t>::max());
}

// Checks that --library and --region fit `role` (see ParseIssueOptions).
absl::Status CheckScope(const ParsedArgs& args, v1::Role role) {
  const std::string_view word = RoleWord(role);
  if (IsLibraryRole(role) != args.Has("library")) {
    return absl::InvalidArgumentError(absl::StrFormat(
        IsLibraryRole(role) ? "--library is required for a %s credential"
                            : "--library does not apply to a %s credential",
        word));
  }
  const bool regional = role == v1::ROLE_REGIONAL_ADMIN;
  if (regional != args.Has("region")) {
    return absl::InvalidArgumentError(
        absl::StrFormat(regional ? "--region is required for a %s credential"
                                 : "--region does not apply to a %s credential",
                        word));
  }
  return absl::OkStatus();
}

// --since and --until into `request`.
absl::Status ReadPeriod(const ParsedArgs& args,
                        v1::QueryAuditRequest* request) {
  if (auto since = args.Get("since")) {
    auto start = ParseDayStart("since", *since);
    if (!start.ok()) return start.status();
    *request->mutable_since() = *start;
  }
  if (auto until = args.Get("until")) {
    auto start = ParseDayStart("until", *until);
    if (!start.ok()) return start.status();
    // Through the end of that day: up to the start of the next one.
    absl::CivilDay next =
        absl::ToCivilDay(FromProto(*start), LibraryTimeZone()) + 1;
    *request->mutable_until() =
        ToProto(absl::FromCivil(next, LibraryTimeZone()));
  }
  if (request->has_since() && request->has_until() &&
      request->since().seconds() >= request->until().seconds()) {
    return absl::InvalidArgumentError("--until is before --since");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::Role> ParseRole(std::string_view text) {
  for (const auto& [word, role] : kRoles) {
    if (word == text) return role;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "--role: expected desk, library_admin, periodicals, regional_admin or "
      "national_admin, got '%s'",
      text));
}

std::string_view RoleWord(v1::Role role) {
  for (const auto& [word, known] : kRoles) {
    if (known == role) return word;
  }
  return "none";
}

absl::StatusOr<int64_t> ParseId(std::string_view what, std::string_view text) {
  absl::StatusOr<int64_t> id =
      ParseIntegerOption(what, text, 1, std::numeric_limits<int64_t>::max());
  if (id.ok()) return id;
  return absl::InvalidArgumentError(absl::StrFormat(
      "%s: expected a whole number from 1, got '%s'", what, text));
}

absl::StatusOr<google::protobuf::Timestamp> ParseDayStart(
    std::string_view option, std::string_view text) {
  absl::CivilDay day;
  if (text.size() != 10 ||
      !absl::ParseCivilTime(absl::string_view(text.data(), text.size()),
                            &day) ||
      day.year() < 1900 || day.year() > 2200) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--%s: expected a date YYYY-MM-DD, got '%s'", option, text));
  }
  return ToProto(absl::FromCivil(day, LibraryTimeZone()));
}

absl::StatusOr<v1::IssueCredentialRequest> ParseIssueOptions(
    const ParsedArgs& args) {
  std::optional<std::string> role_text = args.Get("role");
  if (!role_text.has_value()) {
    return absl::InvalidArgumentError("--role is required");
  }
  absl::StatusOr<v1::Role> role = ParseRole(*role_text);
  if (!role.ok()) return role.status();
  absl::Status scope = CheckScope(args, *role);
  if (!scope.ok()) return scope;
  v1::IssueCredentialRequest request;
  request.set_role(*role);
  absl::StatusOr<int64_t> library = ReadLibrary(args);
  if (!library.ok()) return library.status();
  request.set_library_id(*library);
  if (auto region = args.Get("region")) {
    if (!IsRegionCode(*region)) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "--region: expected a code like KZ-75, got '%s'", *region));
    }
    request.set_region_code(*region);
  }
  std::optional<std::string> label = args.Get("label");
  if (!label.has_value() || label->empty()) {
    return absl::InvalidArgumentError(
        "--label is required: who or what holds the credential");
  }
  request.set_label(*label);
  return request;
}

absl::StatusOr<v1::ListCredentialsRequest> ParseListOptions(
    const ParsedArgs& args) {
  v1::ListCredentialsRequest request;
  absl::StatusOr<int64_t> library = ReadLibrary(args);
  if (!library.ok()) return library.status();
  request.set_library_id(*library);
  request.set_include_revoked(args.Has("all"));
  return request;
}

absl::StatusOr<AuditOptions> ParseAuditOptions(const ParsedArgs& args) {
  AuditOptions options;
  absl::StatusOr<int64_t> library = ReadLibrary(args);
  if (!library.ok()) return library.status();
  options.request.set_library_id(*library);
  absl::Status period = ReadPeriod(args, &options.request);
  if (!period.ok()) return period;
  options.request.set_refused_only(args.Has("refused"));
  if (auto limit = args.Get("limit")) {
    auto parsed = ParseIntegerOption("limit", *limit, 1, kMaxAuditLimit);
    if (!parsed.ok()) return parsed.status();
    options.limit = *parsed;
  }
  return options;
}

}  // namespace kitap::client
