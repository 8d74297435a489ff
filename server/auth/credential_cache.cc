#include "server/auth/credential_cache.h"

#include <mutex>

namespace kitap::auth {

Status CredentialCache::Load(db::Database& db) {
  std::map<std::string, Principal> loaded;
  db::Statement& st = db.Prepare(
      "SELECT token_hash, id, role, COALESCE(library_id, 0), "
      "COALESCE(region_code, '') FROM credential WHERE revoked_at IS NULL");
  while (st.Step()) {
    Principal& p = loaded[st.ColumnText(0)];
    p.credential_id = st.ColumnInt(1);
    p.role = static_cast<Role>(st.ColumnInt(2));
    p.library_id = st.ColumnInt(3);
    p.region_code = st.ColumnText(4);
  }
  KITAP_RETURN_IF_ERROR(st.status());
  std::unique_lock lock(mu_);
  by_hash_ = std::move(loaded);
  return Status::Ok();
}

bool CredentialCache::Find(const std::string& token_hash,
                           Principal* principal) const {
  std::shared_lock lock(mu_);
  auto it = by_hash_.find(token_hash);
  if (it == by_hash_.end()) return false;
  *principal = it->second;
  return true;
}

void CredentialCache::Add(const std::string& token_hash,
                          const Principal& principal) {
  std::unique_lock lock(mu_);
  by_hash_[token_hash] = principal;
}

void CredentialCache::Remove(int64_t credential_id) {
  std::unique_lock lock(mu_);
  std::erase_if(by_hash_, [credential_id](const auto& entry) {
    return entry.second.credential_id == credential_id;
  });
}

}  // namespace kitap::auth
