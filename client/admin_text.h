// The text output of `kitap admin ...` (admin_command.h): tables of
// credentials and audit entries, for people. Times are in library time
// (Asia/Almaty).
#ifndef KITAP_CLIENT_ADMIN_TEXT_H_
#define KITAP_CLIENT_ADMIN_TEXT_H_

#include <google/protobuf/timestamp.pb.h>

#include <ostream>
#include <string>
#include <vector>

#include "kitap/v1/admin.pb.h"

namespace kitap::client {

// "2025-06-02 10:00:00" in library time.
std::string FormatInstant(const google::protobuf::Timestamp& timestamp);

// Who a credential is for: "desk of library 3", "regional_admin of KZ-75",
// "national_admin".
std::string CredentialScope(const v1::Credential& credential);

// One line naming a credential: `credential 12, desk of library 3,
// "Desk 2, lending hall"`.
std::string DescribeCredential(const v1::Credential& credential);

// A table (ID, ROLE, SCOPE, CREATED, BY, REVOKED, LABEL), or a line saying
// there are none.
void WriteCredentials(const std::vector<v1::Credential>& credentials,
                      std::ostream& out);

// A table (TIME, CREDENTIAL, ROLE, LIBRARY, METHOD, REQUEST ID, RESULT,
// PEER), or a line saying there are none.
void WriteAuditEntries(const std::vector<v1::AuditEntry>& entries,
                       std::ostream& out);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_ADMIN_TEXT_H_
