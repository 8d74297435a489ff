// Operations behind the Admin service: credentials, the audit log, and a
// patron's personal data. Each checks what its principal may do beyond the
// method's role rule (a library admin manages only the desk and periodicals
// credentials of its own library).
#ifndef KITAP_SERVER_OPS_ADMIN_OPS_H_
#define KITAP_SERVER_OPS_ADMIN_OPS_H_

#include <string>

#include "kitap/v1/admin.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

// Issues a credential and puts its one-time token in the response. The
// stored answer (for a repeated request_id) has no token.
Status IssueCredential(OpContext& ctx,
                       const v1::IssueCredentialRequest& request,
                       v1::IssueCredentialResponse* response);
Status ListCredentials(OpContext& ctx,
                       const v1::ListCredentialsRequest& request,
                       v1::ListCredentialsResponse* response);
Status RevokeCredential(OpContext& ctx,
                        const v1::RevokeCredentialRequest& request,
                        v1::Credential* response);
Status QueryAudit(OpContext& ctx, const v1::QueryAuditRequest& request,
                  v1::QueryAuditResponse* response);
Status ExportPatron(OpContext& ctx, const v1::ExportPatronRequest& request,
                    v1::PatronExport* response);
Status ErasePatron(OpContext& ctx, const v1::ErasePatronRequest& request,
                   v1::Patron* response);

// The bootstrap step: a national admin credential made directly in the
// database at `db_path` (migrated first), for the operator who set the
// server up. Sets *token.
Status BootstrapNationalAdmin(const std::string& db_path,
                              const std::string& label, std::string* token);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_ADMIN_OPS_H_
