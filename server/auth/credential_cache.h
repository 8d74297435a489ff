// CredentialCache: the valid credentials in memory, by token hash, so that
// authenticating a call never touches the database. Loaded at start-up and
// changed by this process right after each issue or revocation commits
// (every credential change goes through kitapd), so a revoked token fails
// from the next call on.
//
// Thread-safety: all methods may be called from any thread.
#ifndef KITAP_SERVER_AUTH_CREDENTIAL_CACHE_H_
#define KITAP_SERVER_AUTH_CREDENTIAL_CACHE_H_

#include <map>
#include <shared_mutex>
#include <string>

#include "db/database.h"
#include "server/auth/principal.h"

namespace kitap::auth {

class CredentialCache {
 public:
  // Replaces the contents with every unrevoked credential in `db`.
  Status Load(db::Database& db);
  // Finds the principal of a token hash; false when unknown or revoked.
  bool Find(const std::string& token_hash, Principal* principal) const;
  void Add(const std::string& token_hash, const Principal& principal);
  void Remove(int64_t credential_id);

 private:
  mutable std::shared_mutex mu_;
  std::map<std::string, Principal> by_hash_;  // guarded by mu_
};

}  // namespace kitap::auth

#endif  // KITAP_SERVER_AUTH_CREDENTIAL_CACHE_H_
