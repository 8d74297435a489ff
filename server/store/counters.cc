#include "server/store/counters.h"

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

}  // namespace

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
  return status;
}

Status CountRegistration(db::Database& db, const PatronYear& row) {
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
  if (db.Changes() == 0) return Status::Ok();  // already counted that year
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
