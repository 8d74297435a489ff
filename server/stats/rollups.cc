#include "server/stats/rollups.h"

namespace kitap::stats {

// Only the rows of real libraries are summed, whatever other roll-up rows
// the table holds. SQLite materializes the SELECT before inserting, as it
// reads the table it writes.
Status FillNationalRollups(db::Database& db) {
  return db.Exec(
      "DELETE FROM counter WHERE library_id = 0; "
      "INSERT INTO counter (year, metric, dim, library_id, key, value) "
      "SELECT year, metric, dim, 0, key, SUM(value) FROM counter "
      "WHERE library_id IN (SELECT id FROM library) "
      "GROUP BY dim, year, metric, key");
}

}  // namespace kitap::stats
