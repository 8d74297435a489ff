// Credentials and the audit log.
#ifndef KITAP_SERVER_STORE_SECURITY_STORE_H_
#define KITAP_SERVER_STORE_SECURITY_STORE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"
#include "kitap/v1/admin.pb.h"
#include "server/domain/types.h"

namespace kitap::store {

// Inserts `credential` with its token hash; sets its id.
Status InsertCredential(db::Database& db, const std::string& token_hash,
                        v1::Credential* credential);
// NOT_FOUND/CREDENTIAL_NOT_FOUND when missing.
Status LoadCredential(db::Database& db, int64_t id, v1::Credential* out);
Status RevokeCredential(db::Database& db, int64_t id, domain::Micros at);
Status ListCredentials(db::Database& db, int64_t library_id,
                       bool include_revoked, int64_t after_id, int limit,
                       std::vector<v1::Credential>* out);

Status AppendAudit(db::Database& db, const v1::AuditEntry& entry);
struct AuditQuery {
  int64_t library_id = 0;  // 0: all
  domain::Micros since = 0;
  domain::Micros until = 0;  // 0: no bound
  bool refused_only = false;
  int64_t after_id = 0;
  int limit = 100;
};
Status QueryAudit(db::Database& db, const AuditQuery& query,
                  std::vector<v1::AuditEntry>* out);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_SECURITY_STORE_H_
