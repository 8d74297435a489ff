// Circulation policy: the numbers behind the rules. Each has a default
// here and may be set in kitapd's config file (docs/configuration.md).
#ifndef KITAP_SERVER_DOMAIN_POLICY_H_
#define KITAP_SERVER_DOMAIN_POLICY_H_

#include <set>

#include "server/domain/types.h"

namespace kitap::domain {

struct Policy {
  // Maximum open loans per patron category.
  int loan_limit_adult = 10;
  int loan_limit_child = 5;
  int loan_limit_student = 10;
  int loan_limit_staff = 20;
  // Loan period in days per loan type (reading-room items never leave).
  int loan_days_normal = 21;
  int loan_days_short = 7;
  // Renewals allowed per loan; a renewal extends from the renewal day.
  int max_renewals = 2;
  // A loan overdue by more than this many days cannot be renewed (0: any
  // overdue loan is refused).
  int renew_max_overdue_days = 0;
  // Length of a new or renewed registration.
  int registration_days = 365;

  // Loan limit for `category`; 0 for kUnspecified (such a patron cannot
  // borrow until a librarian sets the category).
  int LoanLimit(PatronCategory category) const;
  // Loan period for `type`; 0 for reading-room items (and kUnspecified).
  int LoanDays(LoanType type) const;
};

// Days a library is closed.
struct Calendar {
  std::set<int> closed_weekdays;     // ISO: 1 = Monday .. 7 = Sunday
  std::set<CivilDate> closed_dates;  // holidays

  bool IsOpen(const CivilDate& date) const;
};

}  // namespace kitap::domain

#endif  // KITAP_SERVER_DOMAIN_POLICY_H_
