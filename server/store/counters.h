// The annual statistics counters (table `counter`). Every counted event
// bumps its counters in the same transaction as the event's own row, for its
// library and for the national roll-up (library 0), along each dimension the
// metric has: total, age in whole years, patron category, subject.
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

// Dimensions (column `dim`).
enum Dim { kTotal = 0, kAge = 1, kCategory = 2, kSubject = 3 };
inline constexpr int kUnknownAge = -1;

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

// Marks the patron active in `year` (a loan, renewal, visit or periodical
// request). Counts an active user the first time only; a patron without a
// registration that year is not counted.
Status CountActivity(db::Database& db, int64_t patron_id, int year);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_COUNTERS_H_
