// The region and library-type roll-up counters (dims kRegion and
// kLibraryType at library 0), derived from library-level totals.
#ifndef KITAP_SERVER_STATS_REGION_TYPE_ROLLUPS_H_
#define KITAP_SERVER_STATS_REGION_TYPE_ROLLUPS_H_

#include <string>
#include <string_view>

namespace kitap::stats {

// A query of (year, metric, dim, library_id, key, value) rows: the region
// and library-type roll-ups of `library_totals`, a table name or a
// parenthesized subquery of library-level rows of the total dimension with
// columns (year, metric, library_id, value). Libraries count in the
// roll-ups of their current region and type (view `library_rollup`).
// Migration 0005 filled the roll-ups with the same query over the stored
// counters.
std::string RegionTypeRollupQuery(std::string_view library_totals);

// The library-level totals stored in the counter table, as a subquery for
// RegionTypeRollupQuery (a bulk loader derives the roll-ups from them).
inline constexpr char kStoredLibraryTotals[] =
    "(SELECT year, metric, library_id, value FROM counter "
    "WHERE dim = 0 AND library_id <> 0)";

}  // namespace kitap::stats

#endif  // KITAP_SERVER_STATS_REGION_TYPE_ROLLUPS_H_
