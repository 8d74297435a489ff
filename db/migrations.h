// Schema migrations, numbered and applied in order at start-up. The applied
// version is PRAGMA user_version; each migration runs in its own
// transaction together with the version bump, so a crash mid-upgrade leaves
// the previous version intact.
#ifndef KITAP_DB_MIGRATIONS_H_
#define KITAP_DB_MIGRATIONS_H_

#include <string>
#include <vector>

#include "db/database.h"

namespace kitap::db {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

// Every migration in db/migrations/, by version (compiled in).
const std::vector<Migration>& Migrations();

// The schema version of `db` (0 for a new file).
Status SchemaVersion(Database& db, int* version);

// Applies every migration above the current version, up to `target`
// (default: the newest). A database newer than this program is refused with
// FAILED_PRECONDITION/SCHEMA_TOO_NEW.
Status Migrate(Database& db, int target = -1);

}  // namespace kitap::db

#endif  // KITAP_DB_MIGRATIONS_H_
