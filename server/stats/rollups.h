// Roll-up counters: counter rows that are sums of other counter rows, kept
// so that reports read a handful of rows instead of every library's: the
// national rows (library_id 0, every dimension) and the region and
// library-type rows of the totals (dims kRegion and kLibraryType at library
// 0; view `library_rollup` says which a library counts in). The server's
// writes keep them current as they count (store::Count); the functions
// here derive them, for a recount and for counters filled without it.
#ifndef KITAP_SERVER_STATS_ROLLUPS_H_
#define KITAP_SERVER_STATS_ROLLUPS_H_

#include <string>
#include <string_view>

#include "db/database.h"

namespace kitap::stats {

// A query of (year, metric, dim, library_id, key, value) rows: the region
// and library-type roll-ups of `library_totals`, a table name or a
// parenthesized subquery of library-level rows of the total dimension with
// columns (year, metric, library_id, value). Libraries count in the
// roll-ups of their current region and type. Migration 0006 filled the
// roll-ups with the same query over the stored counters.
std::string RegionTypeRollupQuery(std::string_view library_totals);

// Sets every roll-up counter from the libraries' own counters (rows whose
// library_id is the id of a row of table library), for every year, metric,
// dimension and key; a roll-up row with no library row behind it is
// removed. Writes: run it on the writer, or on a database no one else uses
// (a bulk load); inside a transaction if a failure must leave the old rows.
Status FillRollups(db::Database& db);

}  // namespace kitap::stats

#endif  // KITAP_SERVER_STATS_ROLLUPS_H_
