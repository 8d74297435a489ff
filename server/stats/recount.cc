#include "server/stats/recount.h"

#include <string>

#include "server/stats/rollups.h"
#include "server/store/counters.h"

namespace kitap::stats {
namespace {

// Each source yields (y, lib, age, cat, subj, n): one counted fact.
struct Source {
  const char* metric;
  const char* select;
};

#define KITAP_FACT(y, lib, age, cat, subj, n)                                \
  "SELECT " y " AS y, " lib " AS lib, " age " AS age, " cat " AS cat, " subj \
  " AS subj, " n " AS n "

const Source kSources[] = {
    {store::kLoans, KITAP_FACT("year", "library_id", "age", "category",
                               "subject", "1") "FROM loan"},
    {store::kRenewals, KITAP_FACT("year", "library_id", "age", "category",
                                  "subject", "1") "FROM renewal"},
    {store::kVisits, KITAP_FACT("year", "library_id", "age", "category", "0",
                                "count") "FROM visit"},
    {store::kPeriodicalRequests,
     KITAP_FACT("year", "library_id", "age", "category", "0",
                "1") "FROM issue_request"},
    {store::kEvents,
     KITAP_FACT("year", "library_id", "-1", "0", "0", "1") "FROM event"},
    {store::kEventAttendance, KITAP_FACT("year", "library_id", "-1", "0", "0",
                                         "attendance") "FROM event"},
    {store::kRegisteredUsers,
     KITAP_FACT("year", "library_id", "age", "category", "0",
                "1") "FROM patron_year"},
    {store::kNewRegistrations,
     KITAP_FACT("year", "library_id", "age", "category", "0",
                "is_new") "FROM patron_year"},
    {store::kActiveUsers, KITAP_FACT("year", "library_id", "age", "category",
                                     "0", "active") "FROM patron_year"},
    {store::kHoldingsIn,
     KITAP_FACT("acquired_year", "item.library_id", "-1", "0", "record.subject",
                "1") "FROM item JOIN record ON record.id = item.record_id"},
    {store::kHoldingsOut,
     KITAP_FACT("removed_year", "item.library_id", "-1", "0", "record.subject",
                "1") "FROM item JOIN record ON record.id = item.record_id "
                     "WHERE removed_year IS NOT NULL"},
};
#undef KITAP_FACT

// A source's facts summed at the finest grain (year, library, age,
// category, subject), as the CTE `name`. Every grouping of the source reads
// this instead of the raw rows: one pass over a large table, not eight.
std::string Facts(const Source& source, const std::string& name) {
  return name +
         " AS MATERIALIZED (SELECT y, lib, age, cat, subj, SUM(n) AS n "
         "FROM (" +
         source.select + ") WHERE (?1 = 0 OR y = ?1) GROUP BY 1, 2, 3, 4, 5)";
}

// One grouping of a source's facts: its counters along `dim` for every
// library, or for the national roll-up.
std::string Grouping(const Source& source, const std::string& facts,
                     store::Dim dim, bool national) {
  static const char* kKey[] = {"0", "age", "cat", "subj"};
  return std::string("SELECT y AS year, '") + source.metric + "' AS metric, " +
         std::to_string(dim) + " AS dim, " + (national ? "0" : "lib") +
         " AS library_id, " + kKey[dim] + " AS key, SUM(n) AS value FROM " +
         facts + " GROUP BY 1, 4, 5";
}

Status Repair(OpContext& ctx, const v1::CounterDifference& d) {
  store::Dim dim;
  if (!store::DimFromName(d.dimension(), &dim)) {
    return Status::Internal("UNKNOWN_DIMENSION", d.dimension());
  }
  return ctx.db
      .Prepare(
          "INSERT INTO counter (year, metric, dim, library_id, key, value) "
          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = "
          "excluded.value")
      .Bind(1, d.year())
      .Bind(2, d.metric())
      .Bind(3, static_cast<int>(dim))
      .Bind(4, d.library_id())
      .Bind(5, d.key())
      .Bind(6, d.recounted())
      .Run();
}

}  // namespace

std::string RecountQuery() {
  std::string ctes, groupings;
  for (const Source& source : kSources) {
    const store::MetricSpec& spec = *store::FindMetric(source.metric);
    std::string facts = std::string("facts_") + source.metric;
    ctes += (ctes.empty() ? "WITH " : ", ") + Facts(source, facts);
    for (bool national : {false, true}) {
      for (store::Dim dim :
           {store::kTotal, store::kAge, store::kCategory, store::kSubject}) {
        bool patron_dim = dim == store::kAge || dim == store::kCategory;
        if (patron_dim && !spec.patron_dims) continue;
        if (dim == store::kSubject && !spec.subject_dim) continue;
        if (!groupings.empty()) groupings += " UNION ALL ";
        groupings += Grouping(source, facts, dim, national);
      }
    }
  }
  // The region and type roll-ups from the recounted library totals.
  return ctes + ", recounted AS (" + groupings +
         ") SELECT * FROM recounted UNION ALL SELECT * FROM (" +
         RegionTypeRollupQuery(
             "(SELECT year, metric, library_id, value FROM recounted "
             "WHERE dim = 0 AND library_id <> 0)") +
         ")";
}

Status Recount(OpContext& ctx, const v1::RecountRequest& request,
               v1::RecountResponse* response) {
  if (request.year() != 0 && (request.year() < 1900 || request.year() > 2200)) {
    return Status::InvalidArgument("YEAR_INVALID", "year must be 1900..2200");
  }
  // Counter increments of this write batch not yet written must be rows
  // before the counters are compared.
  KITAP_RETURN_IF_ERROR(ctx.db.increments().Flush());
  static const std::string kDiff =
      "SELECT year, metric, dim, library_id, key, SUM(c), SUM(r) FROM ("
      "SELECT year, metric, dim, library_id, key, value AS c, 0 AS r "
      "FROM counter WHERE (?1 = 0 OR year = ?1) UNION ALL "
      "SELECT year, metric, dim, library_id, key, 0, value FROM (" +
      RecountQuery() +
      ")) GROUP BY 1, 2, 3, 4, 5 HAVING SUM(c) <> 0 OR SUM(r) <> 0";
  db::Statement& st = ctx.db.Prepare(kDiff);
  st.Bind(1, request.year());
  int64_t checked = 0;
  while (st.Step()) {
    ++checked;
    if (st.ColumnInt(5) == st.ColumnInt(6)) continue;
    v1::CounterDifference* d = response->add_differences();
    d->set_year(static_cast<int32_t>(st.ColumnInt(0)));
    d->set_metric(st.ColumnText(1));
    d->set_dimension(store::DimName(static_cast<store::Dim>(st.ColumnInt(2))));
    d->set_library_id(st.ColumnInt(3));
    d->set_key(st.ColumnInt(4));
    d->set_counted(st.ColumnInt(5));
    d->set_recounted(st.ColumnInt(6));
  }
  KITAP_RETURN_IF_ERROR(st.status());
  response->set_counters_checked(checked);
  if (!request.repair()) return Status::Ok();
  for (const auto& d : response->differences()) {
    KITAP_RETURN_IF_ERROR(Repair(ctx, d));
  }
  response->set_repaired(true);
  return Status::Ok();
}

}  // namespace kitap::stats
