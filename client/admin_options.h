// The options of `kitap admin ...` (admin_command.h) read into Admin
// service requests. Pure: no I/O.
#ifndef KITAP_CLIENT_ADMIN_OPTIONS_H_
#define KITAP_CLIENT_ADMIN_OPTIONS_H_

#include <google/protobuf/timestamp.pb.h>

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "client/args.h"
#include "kitap/v1/admin.pb.h"

namespace kitap::client {

// "desk", "library_admin", "periodicals", "regional_admin" or
// "national_admin" as a role; fails (INVALID_ARGUMENT) on anything else.
absl::StatusOr<v1::Role> ParseRole(std::string_view text);
// The word ParseRole reads for `role`; "none" for ROLE_UNSPECIFIED and
// unknown values.
std::string_view RoleWord(v1::Role role);

// A positive whole number naming something, e.g. the ID of
// `kitap admin token revoke ID`; `what` names it in the error.
absl::StatusOr<int64_t> ParseId(std::string_view what, std::string_view text);

// "YYYY-MM-DD" as the start of that day in library time (Asia/Almaty);
// `option` names it in the error.
absl::StatusOr<google::protobuf::Timestamp> ParseDayStart(
    std::string_view option, std::string_view text);

// --role, --library, --region and --label of `kitap admin token issue`
// (without a request_id). --library is required for desk, library_admin
// and periodicals and refused for the others; --region is required for
// regional_admin and refused for the others.
absl::StatusOr<v1::IssueCredentialRequest> ParseIssueOptions(
    const ParsedArgs& args);

// --library and --all of `kitap admin token list`.
absl::StatusOr<v1::ListCredentialsRequest> ParseListOptions(
    const ParsedArgs& args);

struct AuditOptions {
  v1::QueryAuditRequest request;
  int64_t limit = 1000;  // the most entries shown
};
inline constexpr int64_t kMaxAuditLimit = 1'000'000;

// --library, --since, --until (inclusive: through the end of that day),
// --refused and --limit of `kitap admin audit`.
absl::StatusOr<AuditOptions> ParseAuditOptions(const ParsedArgs& args);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_ADMIN_OPTIONS_H_
