#include "client/admin_text.h"

#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "client/admin_options.h"
#include "client/text_table.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

// An id, or "-" for 0 (none).
std::string IdOrDash(int64_t id) {
  return id == 0 ? "-" : absl::StrFormat("%d", id);
}

std::vector<std::string> CredentialRow(const v1::Credential& c) {
  return {absl::StrFormat("%d", c.id()),
          std::string(RoleWord(c.role())),
          CredentialScope(c),
          FormatInstant(c.created_at()),
          c.created_by() == 0 ? "bootstrap" : IdOrDash(c.created_by()),
          c.has_revoked_at() ? FormatInstant(c.revoked_at()) : "-",
          c.label()};
}

std::vector<std::string> AuditRow(const v1::AuditEntry& e) {
  return {FormatInstant(e.at()),
          IdOrDash(e.credential_id()),
          e.credential_id() == 0 ? "-" : std::string(RoleWord(e.role())),
          IdOrDash(e.library_id()),
          e.method(),
          e.request_id().empty() ? "-" : e.request_id(),
          e.result(),
          e.peer()};
}

}  // namespace

std::string FormatInstant(const google::protobuf::Timestamp& timestamp) {
  return absl::FormatTime("%Y-%m-%d %H:%M:%S", FromProto(timestamp),
                          LibraryTimeZone());
}

std::string CredentialScope(const v1::Credential& credential) {
  std::string scope(RoleWord(credential.role()));
  if (credential.library_id() != 0) {
    return absl::StrFormat("%s of library %d", scope, credential.library_id());
  }
  if (!credential.region_code().empty()) {
    return absl::StrFormat("%s of %s", scope, credential.region_code());
  }
  return scope;
}

std::string DescribeCredential(const v1::Credential& credential) {
  return absl::StrFormat("credential %d, %s, \"%s\"", credential.id(),
                         CredentialScope(credential), credential.label());
}

void WriteCredentials(const std::vector<v1::Credential>& credentials,
                      std::ostream& out) {
  if (credentials.empty()) {
    out << "No credentials.\n";
    return;
  }
  TextTable table({"ID", "ROLE", "SCOPE", "CREATED", "BY", "REVOKED", "LABEL"},
                  7);
  for (const v1::Credential& c : credentials) table.AddRow(CredentialRow(c));
  table.Render(out, "");
}

void WriteAuditEntries(const std::vector<v1::AuditEntry>& entries,
                       std::ostream& out) {
  if (entries.empty()) {
    out << "No audit entries.\n";
    return;
  }
  TextTable table({"TIME", "CREDENTIAL", "ROLE", "LIBRARY", "METHOD",
                   "REQUEST ID", "RESULT", "PEER"},
                  8);
  for (const v1::AuditEntry& e : entries) table.AddRow(AuditRow(e));
  table.Render(out, "");
}

}  // namespace kitap::client
