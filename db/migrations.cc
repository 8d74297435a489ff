#include "db/migrations.h"

#include <string>

namespace kitap::db {

Status SchemaVersion(Database& db, int* version) {
  Statement& st = db.Prepare("PRAGMA user_version");
  if (!st.Step()) return st.status();
  *version = static_cast<int>(st.ColumnInt(0));
  st.Reset();
  return Status::Ok();
}

Status Migrate(Database& db, int target) {
  const auto& all = Migrations();
  int newest = all.empty() ? 0 : all.back().version;
  if (target < 0) target = newest;
  int current = 0;
  KITAP_RETURN_IF_ERROR(SchemaVersion(db, &current));
  if (current > newest) {
    return Status::FailedPrecondition(
        "SCHEMA_TOO_NEW", "database schema version " + std::to_string(current) +
                              " is newer than this kitapd (" +
                              std::to_string(newest) + "); upgrade kitapd");
  }
  for (const Migration& m : all) {
    if (m.version <= current || m.version > target) continue;
    Transaction tx(db);
    KITAP_RETURN_IF_ERROR(tx.Begin());
    KITAP_RETURN_IF_ERROR(db.Exec(m.sql));
    KITAP_RETURN_IF_ERROR(
        db.Exec("PRAGMA user_version=" + std::to_string(m.version)));
    KITAP_RETURN_IF_ERROR(tx.Commit());
  }
  return Status::Ok();
}

}  // namespace kitap::db
