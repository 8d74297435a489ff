// Plain value types of the circulation domain. Enum values equal those of
// proto/kitap/v1/common.proto so conversions at the edge are casts.
#ifndef KITAP_SERVER_DOMAIN_TYPES_H_
#define KITAP_SERVER_DOMAIN_TYPES_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace kitap::domain {

// Microseconds since the Unix epoch, UTC.
using Micros = int64_t;
inline constexpr Micros kMicrosPerSecond = 1'000'000;
inline constexpr Micros kMicrosPerDay = 86'400 * kMicrosPerSecond;

enum class PatronCategory {
  kUnspecified = 0,
  kAdult,
  kChild,
  kStudent,
  kStaff
};
enum class LoanType { kUnspecified = 0, kNormal, kShort, kReadingRoom };
enum class ItemStatus {
  kUnspecified = 0,
  kAvailable,
  kOnLoan,
  kInTransit,
  kLost,
  kWithdrawn
};

// A date on the proleptic Gregorian calendar, in some library's local time.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const CivilDate&) const = default;
};

// What the rules need to know about a patron.
struct PatronState {
  int64_t id = 0;
  PatronCategory category = PatronCategory::kAdult;
  CivilDate birth_date;
  CivilDate expires_on;
  bool blocked = false;
  int open_loans = 0;
};

// What the rules need to know about an item.
struct ItemState {
  int64_t id = 0;
  int64_t owner_library_id = 0;
  LoanType loan_type = LoanType::kNormal;
  ItemStatus status = ItemStatus::kAvailable;
};

// The open loan of an item, if any.
struct OpenLoan {
  int64_t loan_id = 0;
  int64_t patron_id = 0;
  Micros loaned_at = 0;
  Micros due_at = 0;
  int renewals = 0;
};

}  // namespace kitap::domain

#endif  // KITAP_SERVER_DOMAIN_TYPES_H_
