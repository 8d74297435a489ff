#include "server/store/counters.h"

#include <algorithm>

namespace kitap::store {
namespace {

// Adds to one counter row. Inside a write batch the increment is collected
// and written once per row at the end of the batch (db/increments.h).
Status Bump(db::Database& db, int year, const char* metric, Dim dim,
            int64_t library_id, int64_t key, int64_t delta) {
  static constexpr char kUpsert[] =
      "INSERT INTO counter (year, metric, dim, library_id, key, value) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
      "value = value + excluded.value";
  return db.increments().Add(
      kUpsert,
      {int64_t{year}, std::string(metric), int64_t{dim}, library_id, key},
      delta);
}

// Counts the event's total in the roll-up rows of its library.
Status BumpRollups(db::Database& db, const Counted& e, int64_t delta) {
  RollupKeys keys;
  KITAP_RETURN_IF_ERROR(LoadRollupKeys(db, e.library_id, &keys));
  for (const RollupKey& rollup : keys) {
    KITAP_RETURN_IF_ERROR(
        Bump(db, e.year, e.metric, rollup.dim, 0, rollup.key, delta));
  }
  return Status::Ok();
}

// Adds `sign` times each of the library's totals to the roll-up `rollup`.
Status AddLibraryTotals(db::Database& db, int64_t library_id,
                        const RollupKey& rollup, int sign) {
  return db
      .Prepare(
          "INSERT INTO counter (year, metric, dim, library_id, key, value) "
          "SELECT year, metric, ?2, 0, ?3, ?4 * value FROM counter "
          "WHERE dim = 0 AND library_id = ?1 ON CONFLICT DO UPDATE SET "
          "value = value + excluded.value")
      .Bind(1, library_id)
      .Bind(2, static_cast<int>(rollup.dim))
      .Bind(3, rollup.key)
      .Bind(4, sign)
      .Run();
}

bool Contains(const RollupKeys& keys, const RollupKey& rollup) {
  return std::find(keys.begin(), keys.end(), rollup) != keys.end();
}

const char* const kDimNames[] = {"total",   "age",    "category",
                                 "subject", "region", "library_type"};

}  // namespace

const char* DimName(Dim dim) {
  return dim >= kTotal && dim <= kLibraryType ? kDimNames[dim] : "unknown";
}

bool DimFromName(std::string_view name, Dim* dim) {
  for (int d = kTotal; d <= kLibraryType; ++d) {
    if (name != kDimNames[d]) continue;
    *dim = static_cast<Dim>(d);
    return true;
  }
  return false;
}

const std::vector<MetricSpec>& Metrics() {
  static const std::vector<MetricSpec> kMetrics = {
      {kLoans, true, true},
      {kRenewals, true, true},
      {kVisits, true, false},
      {kPeriodicalRequests, true, false},
      {kEvents, false, false},
      {kEventAttendance, false, false},
      {kRegisteredUsers, true, false},
      {kNewRegistrations, true, false},
      {kActiveUsers, true, false},
      {kHoldingsIn, false, true},
      {kHoldingsOut, false, true},
  };
  return kMetrics;
}

const MetricSpec* FindMetric(std::string_view name) {
  for (const MetricSpec& spec : Metrics()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

Status Count(db::Database& db, const Counted& e, int64_t delta) {
  const MetricSpec* spec = FindMetric(e.metric);
  if (!spec) return Status::Internal("UNKNOWN_METRIC", e.metric);
  Status status;
  for (int64_t library : {e.library_id, int64_t{0}}) {
    ForEachDim(*spec, e, [&](Dim dim, int key) {
      if (status.ok()) {
        status = Bump(db, e.year, e.metric, dim, library, key, delta);
      }
    });
  }
  KITAP_RETURN_IF_ERROR(status);
  return BumpRollups(db, e, delta);
}

Status LoadRollupKeys(db::Database& db, int64_t library_id, RollupKeys* keys) {
  db::Statement& st =
      db.Prepare("SELECT dim, key FROM library_rollup WHERE library_id = ?");
  st.Bind(1, library_id);
  while (st.Step()) {
    keys->push_back({static_cast<Dim>(st.ColumnInt(0)), st.ColumnInt(1)});
  }
  return st.status();
}

Status MoveRollups(db::Database& db, int64_t library_id,
                   const RollupKeys& before) {
  // The library's totals are read from the rows: this batch's increments
  // must be rows first.
  KITAP_RETURN_IF_ERROR(db.increments().Flush());
  RollupKeys after;
  KITAP_RETURN_IF_ERROR(LoadRollupKeys(db, library_id, &after));
  for (const RollupKey& rollup : before) {
    if (Contains(after, rollup)) continue;
    KITAP_RETURN_IF_ERROR(AddLibraryTotals(db, library_id, rollup, -1));
  }
  for (const RollupKey& rollup : after) {
    if (Contains(before, rollup)) continue;
    KITAP_RETURN_IF_ERROR(AddLibraryTotals(db, library_id, rollup, 1));
  }
  return Status::Ok();
}

Status InsertPatronYear(db::Database& db, const PatronYear& row,
                        bool* inserted) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO patron_year (patron_id, year, library_id, age, "
                 "category, is_new, active) VALUES (?, ?, ?, ?, ?, ?, 0) "
                 "ON CONFLICT DO NOTHING")
          .Bind(1, row.patron_id)
          .Bind(2, row.year)
          .Bind(3, row.library_id)
          .Bind(4, row.age)
          .Bind(5, row.category)
          .Bind(6, row.is_new ? 1 : 0)
          .Run());
  *inserted = db.Changes() > 0;
  return Status::Ok();
}

Status CountRegistration(db::Database& db, const PatronYear& row) {
  bool inserted = false;
  KITAP_RETURN_IF_ERROR(InsertPatronYear(db, row, &inserted));
  if (!inserted) return Status::Ok();  // already counted that year
  Counted counted{row.year, row.library_id, kRegisteredUsers, row.age,
                  row.category};
  KITAP_RETURN_IF_ERROR(Count(db, counted));
  if (!row.is_new) return Status::Ok();
  counted.metric = kNewRegistrations;
  return Count(db, counted);
}

Status CountActivity(db::Database& db, int64_t patron_id, int year) {
  db::Statement& st = db.Prepare(
      "UPDATE patron_year SET active = 1 WHERE patron_id = ? AND year = ? "
      "AND active = 0 RETURNING library_id, age, category");
  st.Bind(1, patron_id).Bind(2, year);
  if (!st.Step()) {
    Status s = st.status();
    st.Reset();
    return s;  // not registered that year, or already active
  }
  Counted counted{year, st.ColumnInt(0), kActiveUsers,
                  static_cast<int>(st.ColumnInt(1)),
                  static_cast<int>(st.ColumnInt(2))};
  st.Reset();
  return Count(db, counted);
}

}  // namespace kitap::store
