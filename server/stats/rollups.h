// Roll-up counters: counter rows that are sums of other counter rows, kept
// so that reports read a handful of rows instead of every library's. The
// server's writes keep them current as they count (store::Count); the
// functions here derive them for counters filled without it.
#ifndef KITAP_SERVER_STATS_ROLLUPS_H_
#define KITAP_SERVER_STATS_ROLLUPS_H_

#include "db/database.h"

namespace kitap::stats {

// Sets the national roll-up counters (library_id 0) to the sums of the
// libraries' own counters (rows whose library_id is the id of a row of
// table library), for every year, metric, dimension and key; a national
// row with no library row behind it is removed. Writes: run it on the
// writer, or on a database no one else uses (a bulk load); inside a
// transaction if a failure must leave the old rows.
Status FillNationalRollups(db::Database& db);

}  // namespace kitap::stats

#endif  // KITAP_SERVER_STATS_ROLLUPS_H_
