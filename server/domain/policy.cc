#include "server/domain/policy.h"

#include "server/domain/civil_time.h"

namespace kitap::domain {

int Policy::LoanLimit(PatronCategory category) const {
  switch (category) {
    case PatronCategory::kAdult:
      return loan_limit_adult;
    case PatronCategory::kChild:
      return loan_limit_child;
    case PatronCategory::kStudent:
      return loan_limit_student;
    case PatronCategory::kStaff:
      return loan_limit_staff;
    case PatronCategory::kUnspecified:
      break;
  }
  // A patron without a known category borrows nothing rather than guessing.
  return 0;
}

int Policy::LoanDays(LoanType type) const {
  switch (type) {
    case LoanType::kNormal:
      return loan_days_normal;
    case LoanType::kShort:
      return loan_days_short;
    case LoanType::kReadingRoom:
    case LoanType::kUnspecified:
      break;
  }
  return 0;
}

bool Calendar::IsOpen(const CivilDate& date) const {
  return !closed_weekdays.contains(Weekday(date)) &&
         !closed_dates.contains(date);
}

}  // namespace kitap::domain
