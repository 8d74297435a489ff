// The annual statistics counters (table `counter`). Every counted event
// bumps its counters in the same transaction as the event's own row, for its
// library and for the national roll-up (library 0), along each dimension the
// metric has: total, age in whole years, patron category, subject. Its total
// is also counted in the roll-up rows of the library's region and type
// (library 0, dims kRegion and kLibraryType).
#ifndef KITAP_SERVER_STORE_COUNTERS_H_
#define KITAP_SERVER_STORE_COUNTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.h"

namespace kitap::store {

// Metric names as stored.
inline constexpr char kLoans[] = "loans";
inline constexpr char kRenewals[] = "renewals";
inline constexpr char kVisits[] = "visits";
inline constexpr char kPeriodicalRequests[] = "periodical_requests";
inline constexpr char kEvents[] = "events";
inline constexpr char kEventAttendance[] = "event_attendance";
inline constexpr char kRegisteredUsers[] = "registered_users";
inline constexpr char kNewRegistrations[] = "new_registrations";
inline constexpr char kActiveUsers[] = "active_users";
inline constexpr char kHoldingsIn[] = "holdings_in";    // entered holdings
inline constexpr char kHoldingsOut[] = "holdings_out";  // left holdings

// Dimensions (column `dim`). kRegion and kLibraryType are roll-ups of
// kTotal, kept only at library 0: the key is the region's `number` (the
// digits of its ISO 3166-2:KZ code) or the LibraryType enum value.
enum Dim {
  kTotal = 0,
  kAge = 1,
  kCategory = 2,
  kSubject = 3,
  kRegion = 4,
  kLibraryType = 5,
};
inline constexpr int kUnknownAge = -1;

// The name of a dimension in Recount's differences: "total", "age",
// "category", "subject", "region" or "library_type" ("unknown" for any
// other value).
const char* DimName(Dim dim);
// The dimension named `name`; false for an unknown name.
bool DimFromName(std::string_view name, Dim* dim);

// Which dimensions a metric is counted along.
struct MetricSpec {
  const char* name;
  bool patron_dims;  // age and category
  bool subject_dim;
};
const std::vector<MetricSpec>& Metrics();
// The spec of the metric named `name`, or null.
const MetricSpec* FindMetric(std::string_view name);

// One counted event. `age`/`category` are used when the metric has patron
// dimensions (kUnknownAge / 0 for anonymous), `subject` when it has the
// subject dimension.
struct Counted {
  int year = 0;
  int64_t library_id = 0;
  const char* metric = nullptr;
  int age = kUnknownAge;
  int category = 0;
  int subject = 0;
};

// Calls fn(dim, key) for each counter `event` touches at one library: the
// total (key 0), then the age, category and subject its metric has. Count()
// bumps these at the event's library and at the national roll-up.
// REQUIRES: `spec` is the spec of event.metric.
template <class Fn>
void ForEachDim(const MetricSpec& spec, const Counted& event, Fn&& fn) {
  fn(kTotal, 0);
  if (spec.patron_dims) {
    fn(kAge, event.age);
    fn(kCategory, event.category);
  }
  if (spec.subject_dim) fn(kSubject, event.subject);
}

// Adds `delta` to every counter `event` touches.
Status Count(db::Database& db, const Counted& event, int64_t delta = 1);

// A roll-up row at library 0 that a library's totals are also counted in.
struct RollupKey {
  Dim dim = kRegion;
  int64_t key = 0;
  bool operator==(const RollupKey& other) const {
    return dim == other.dim && key == other.key;
  }
};
using RollupKeys = std::vector<RollupKey>;

// The roll-up rows of library `library_id` as it is now (view
// `library_rollup`): its region's and its type's. Empty for an unknown
// library.
Status LoadRollupKeys(db::Database& db, int64_t library_id, RollupKeys* keys);

// Moves the library's totals (every year and metric) out of the roll-up
// rows of `before`, its keys before its region or type changed, into those
// of its current keys. Writes the transaction's collected increments first
// (db/increments.h): it reads the library's totals from the rows.
Status MoveRollups(db::Database& db, int64_t library_id,
                   const RollupKeys& before);

// One patron's registration in `year`: inserts the patron_year row (if
// missing) and counts registered users (and new registrations when
// `is_new`). Age and category are those on the day counted.
struct PatronYear {
  int64_t patron_id = 0;
  int year = 0;
  int64_t library_id = 0;
  int age = 0;
  int category = 0;
  bool is_new = false;
};
Status CountRegistration(db::Database& db, const PatronYear& row);

// Inserts the patron_year row (not yet active) unless the patron has one
// for that year; sets *inserted. Counts nothing (CountRegistration does).
Status InsertPatronYear(db::Database& db, const PatronYear& row,
                        bool* inserted);

// Marks the patron active in `year` (a loan, renewal, visit or periodical
// request). Counts an active user the first time only; a patron without a
// registration that year is not counted.
Status CountActivity(db::Database& db, int64_t patron_id, int year);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_COUNTERS_H_
