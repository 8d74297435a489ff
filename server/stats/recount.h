// Recount: recomputes every annual counter from the raw rows (loans,
// renewals, visits, issue requests, events, patron years, items) and lists
// where the stored counters differ. With `repair`, the stored counters are
// set to the recounted values (a write: run it on the writer).
#ifndef KITAP_SERVER_STATS_RECOUNT_H_
#define KITAP_SERVER_STATS_RECOUNT_H_

#include <string>

#include "kitap/v1/statistics.pb.h"
#include "server/core/engine.h"

namespace kitap::stats {

// The whole recount as one query of (year, metric, dim, library_id, key,
// value) rows, one per counter the raw rows imply (value may be 0), for the
// year bound to ?1 (0: every year): library rows, the national roll-up and
// the region and library-type roll-ups. Recount compares the stored
// counters with it.
std::string RecountQuery();

Status Recount(OpContext& ctx, const v1::RecountRequest& request,
               v1::RecountResponse* response);

}  // namespace kitap::stats

#endif  // KITAP_SERVER_STATS_RECOUNT_H_
