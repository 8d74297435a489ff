#include "client/admin_command.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "client/admin_options.h"
#include "client/admin_text.h"
#include "client/exit_code.h"
#include "client/json_output.h"
#include "client/request_id.h"
#include "client/stubs.h"

namespace kitap::client {
namespace {

constexpr int64_t kPageSize = 1000;  // the most the server gives at once

constexpr std::string_view kIssueOptions[] = {
    "server", "token", "timeout", "role", "library", "region", "label", "json"};
constexpr std::string_view kListOptions[] = {"server",  "token", "timeout",
                                             "library", "all",   "json"};
constexpr std::string_view kRevokeOptions[] = {"server", "token", "timeout"};
constexpr std::string_view kAuditOptions[] = {"server",  "token", "timeout",
                                              "library", "since", "until",
                                              "refused", "limit", "json"};

constexpr std::string_view kIssueHelp =
    "Usage: kitap admin token issue --role ROLE [--library ID] [--region "
    "CODE]\n"
    "                               --label TEXT [--json]\n"
    "\n"
    "Issues a credential and prints its bearer token, once: the server keeps\n"
    "only its hash, so the token cannot be shown again. Store it safely (the\n"
    "desk's KITAP_TOKEN, a password manager); if it leaks, revoke it.\n"
    "The token alone goes to standard output, what it is for to standard\n"
    "error, so TOKEN=$(kitap admin token issue ...) keeps just the token.\n"
    "\n"
    "A national admin may issue any credential; a library admin only desk and\n"
    "periodicals credentials of its own library.\n"
    "\n"
    "Options:\n"
    "  --role ROLE      desk, library_admin, periodicals (need --library),\n"
    "                   regional_admin (needs --region) or national_admin\n"
    "  --library ID     the library a desk, library admin or periodicals\n"
    "                   credential acts for\n"
    "  --region CODE    the region a regional admin reads, e.g. KZ-75\n"
    "  --label TEXT     who or what holds it, e.g. \"Desk 2, lending hall\"\n"
    "  --json           print the credential and the token as JSON\n";

constexpr std::string_view kListHelp =
    "Usage: kitap admin token list [--library ID] [--all] [--json]\n"
    "\n"
    "Lists the credentials in force (never their tokens). A library admin\n"
    "sees those of its own library only.\n"
    "\n"
    "Options:\n"
    "  --library ID     only the credentials of one library\n"
    "  --all            revoked credentials too\n"
    "  --json           print kitap.v1.ListCredentialsResponse as JSON\n";

constexpr std::string_view kRevokeHelp =
    "Usage: kitap admin token revoke ID\n"
    "\n"
    "Revokes credential ID (see 'kitap admin token list'): the very next call\n"
    "with its token is refused (UNAUTHENTICATED). A library admin may revoke\n"
    "desk and periodicals credentials of its own library.\n"
    "\n"
    "Options:\n";

constexpr std::string_view kAuditHelp =
    "Usage: kitap admin audit [--library ID] [--since YYYY-MM-DD]\n"
    "                         [--until YYYY-MM-DD] [--refused] [--limit N]\n"
    "                         [--json]\n"
    "\n"
    "Prints the audit log, oldest first: every change and every refused\n"
    "attempt, with its time (Asia/Almaty), credential, role, library,\n"
    "method, request id, result (OK or the reason) and the caller's address.\n"
    "A library admin sees the entries of its own library only.\n"
    "\n"
    "Options:\n"
    "  --library ID     only the entries of credentials of one library\n"
    "  --since DAY      from the start of that day\n"
    "  --until DAY      through the end of that day\n"
    "  --refused        only refused attempts\n"
    "  --limit N        show at most N entries (default 1000)\n"
    "  --json           print kitap.v1.QueryAuditResponse as JSON\n";

// Reads page after page (`call(request, &response)`) until the server has
// no more or `limit` items are in *out; *more is set when it stopped at the
// limit with a next page left.
template <class Response, class Request, class Call, class ItemsOf, class Item>
RpcStatus ReadPages(Request request, Call call, ItemsOf items_of, int64_t limit,
                    std::vector<Item>* out, bool* more) {
  *more = false;
  while (true) {
    const int64_t left = limit - static_cast<int64_t>(out->size());
    request.set_page_size(static_cast<int32_t>(std::min(kPageSize, left)));
    Response response;
    KITAP_CLIENT_RETURN_IF_ERROR(call(request, &response));
    for (const auto& item : items_of(response)) out->push_back(item);
    if (response.next_page_token().empty()) return {};
    if (static_cast<int64_t>(out->size()) >= limit) {
      *more = true;
      return {};
    }
    request.set_page_token(response.next_page_token());
  }
}

int RunTokenIssue(const CommandContext& context) {
  constexpr char kName[] = "admin token issue";
  absl::StatusOr<v1::IssueCredentialRequest> request =
      ParseIssueOptions(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  std::optional<Connection> connection = Connect(context, kName);
  if (!connection) return kExitUsage;
  request->set_request_id(NewRequestId());
  Stubs stubs(connection->channel());
  v1::IssueCredentialResponse issued;
  RpcStatus status = connection->Call(
      *stubs.admin, &v1::Admin::Stub::IssueCredential, *request, &issued);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "issuing the credential",
                       status, connection->address());
  }
  int code = kExitOk;
  if (context.args.Has("json")) {
    code = PrintJson(issued, context.out, context.err);
  } else {
    context.out << issued.token() << '\n';
  }
  context.err << "kitap: issued " << DescribeCredential(issued.credential())
              << ".\n"
              << "kitap: the token is shown only this once: the server keeps "
                 "only its hash. Store it\n"
              << "kitap: safely; if it leaks, run 'kitap admin token revoke "
              << issued.credential().id() << "'.\n";
  return code;
}

int RunTokenList(const CommandContext& context) {
  constexpr char kName[] = "admin token list";
  absl::StatusOr<v1::ListCredentialsRequest> request =
      ParseListOptions(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  std::optional<Connection> connection = Connect(context, kName);
  if (!connection) return kExitUsage;
  Stubs stubs(connection->channel());
  std::vector<v1::Credential> credentials;
  bool more = false;
  RpcStatus status = ReadPages<v1::ListCredentialsResponse>(
      *request,
      [&](const v1::ListCredentialsRequest& r,
          v1::ListCredentialsResponse* response) {
        return connection->Call(*stubs.admin, &v1::Admin::Stub::ListCredentials,
                                r, response);
      },
      [](const v1::ListCredentialsResponse& r) -> const auto& {
        return r.credentials();
      },
      std::numeric_limits<int64_t>::max(), &credentials, &more);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "listing credentials",
                       status, connection->address());
  }
  if (!context.args.Has("json")) {
    WriteCredentials(credentials, context.out);
    return kExitOk;
  }
  v1::ListCredentialsResponse all;
  for (auto& c : credentials) *all.add_credentials() = std::move(c);
  return PrintJson(all, context.out, context.err);
}

int RunTokenRevoke(const CommandContext& context) {
  constexpr char kName[] = "admin token revoke";
  absl::StatusOr<int64_t> id = ParseId("ID", context.operand);
  if (!id.ok()) return UsageError(context.err, kName, id.status());
  std::optional<Connection> connection = Connect(context, kName);
  if (!connection) return kExitUsage;
  Stubs stubs(connection->channel());
  v1::RevokeCredentialRequest request;
  request.set_request_id(NewRequestId());
  request.set_credential_id(*id);
  v1::Credential revoked;
  RpcStatus status = connection->Call(
      *stubs.admin, &v1::Admin::Stub::RevokeCredential, request, &revoked);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "revoking the credential",
                       status, connection->address());
  }
  context.out << "Revoked " << DescribeCredential(revoked) << " at "
              << FormatInstant(revoked.revoked_at())
              << ": its token is refused from now on.\n";
  return kExitOk;
}

int RunAudit(const CommandContext& context) {
  constexpr char kName[] = "admin audit";
  absl::StatusOr<AuditOptions> options = ParseAuditOptions(context.args);
  if (!options.ok()) return UsageError(context.err, kName, options.status());
  std::optional<Connection> connection = Connect(context, kName);
  if (!connection) return kExitUsage;
  Stubs stubs(connection->channel());
  std::vector<v1::AuditEntry> entries;
  bool more = false;
  RpcStatus status = ReadPages<v1::QueryAuditResponse>(
      options->request,
      [&](const v1::QueryAuditRequest& r, v1::QueryAuditResponse* response) {
        return connection->Call(*stubs.admin, &v1::Admin::Stub::QueryAudit, r,
                                response);
      },
      [](const v1::QueryAuditResponse& r) -> const auto& {
        return r.entries();
      },
      options->limit, &entries, &more);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "reading the audit log",
                       status, connection->address());
  }
  if (more) {
    context.err << "kitap: showing the first " << entries.size()
                << " entries; narrow with --since/--until or raise --limit\n";
  }
  if (!context.args.Has("json")) {
    WriteAuditEntries(entries, context.out);
    return kExitOk;
  }
  v1::QueryAuditResponse all;
  for (auto& e : entries) *all.add_entries() = std::move(e);
  return PrintJson(all, context.out, context.err);
}

// The help of a command: its own text, then the connection options.
std::string HelpOf(std::string_view text) {
  return absl::StrFormat("%s%s", text, kConnectionOptionsHelp);
}

}  // namespace

const Command& AdminTokenIssueCommand() {
  static const std::string help = HelpOf(kIssueHelp);
  static const Command command{"admin token issue",
                               "issue a credential and print its token once",
                               help, kIssueOptions, RunTokenIssue};
  return command;
}

const Command& AdminTokenListCommand() {
  static const std::string help = HelpOf(kListHelp);
  static const Command command{"admin token list", "list credentials", help,
                               kListOptions, RunTokenList};
  return command;
}

const Command& AdminTokenRevokeCommand() {
  static const std::string help = HelpOf(kRevokeHelp);
  static const Command command{"admin token revoke",
                               "revoke a credential at once",
                               help,
                               kRevokeOptions,
                               RunTokenRevoke,
                               "ID"};
  return command;
}

const Command& AdminAuditCommand() {
  static const std::string help = HelpOf(kAuditHelp);
  static const Command command{"admin audit",
                               "print the audit log of changes and refusals",
                               help, kAuditOptions, RunAudit};
  return command;
}

}  // namespace kitap::client
