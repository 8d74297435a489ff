#include "server/stats/region_type_rollups.h"

namespace kitap::stats {

std::string RegionTypeRollupQuery(std::string_view library_totals) {
  return "SELECT t.year AS year, t.metric AS metric, r.dim AS dim, "
         "0 AS library_id, r.key AS key, SUM(t.value) AS value FROM " +
         std::string(library_totals) +
         " AS t JOIN library_rollup AS r ON r.library_id = t.library_id "
         "GROUP BY t.year, t.metric, r.dim, r.key";
}

}  // namespace kitap::stats
