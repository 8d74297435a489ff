#include "server/stats/rollups.h"

namespace kitap::stats {

std::string RegionTypeRollupQuery(std::string_view library_totals) {
  return "SELECT t.year AS year, t.metric AS metric, r.dim AS dim, "
         "0 AS library_id, r.key AS key, SUM(t.value) AS value FROM " +
         std::string(library_totals) +
         " AS t JOIN library_rollup AS r ON r.library_id = t.library_id "
         "GROUP BY t.year, t.metric, r.dim, r.key";
}

// Only the rows of real libraries are summed, whatever other rows the table
// holds. SQLite materializes each SELECT before inserting, as it reads the
// table it writes.
Status FillRollups(db::Database& db) {
  return db.Exec(
      "DELETE FROM counter WHERE library_id = 0; "
      "INSERT INTO counter (year, metric, dim, library_id, key, value) "
      "SELECT year, metric, dim, 0, key, SUM(value) FROM counter "
      "WHERE library_id IN (SELECT id FROM library) "
      "GROUP BY dim, year, metric, key; "
      "INSERT INTO counter (year, metric, dim, library_id, key, value) " +
      RegionTypeRollupQuery(
          "(SELECT year, metric, library_id, value FROM counter "
          "WHERE dim = 0 AND library_id IN (SELECT id FROM library))"));
}

}  // namespace kitap::stats
