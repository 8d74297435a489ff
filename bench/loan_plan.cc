#include "bench/loan_plan.h"

#include <algorithm>

#include "bench/days.h"
#include "bench/model.h"
#include "server/domain/circulation_rules.h"

namespace kitap::gen {
namespace {

bool IsOpen(const domain::Calendar& calendar, int32_t day) {
  return calendar.IsOpen(FromDayNumber(day));
}

// The open day on or before `day` and after `after`, if any.
std::optional<int32_t> OpenOnOrBefore(const domain::Calendar& calendar,
                                      int32_t day, int32_t after) {
  for (; day > after; --day) {
    if (IsOpen(calendar, day)) return day;
  }
  return std::nullopt;
}

int32_t OpenOnOrAfter(const domain::Calendar& calendar, int32_t day) {
  for (int shift = 0; shift < 366; ++shift) {
    if (IsOpen(calendar, day + shift)) return day + shift;
  }
  return day;
}

int RenewalsWanted(Rng& rng) {
  double u = rng.Unit();
  if (u < kRenewedTwice) return 2;
  return u < kRenewedTwice + kRenewedOnce ? 1 : 0;
}

}  // namespace

int32_t DueDay(const domain::Calendar& calendar, v1::LoanType type,
               int32_t day) {
  static const domain::Policy kPolicy;
  return ToDayNumber(domain::DueDate(kPolicy, calendar,
                                     static_cast<domain::LoanType>(type),
                                     FromDayNumber(day)));
}

LoanPlan PlanLoan(const domain::Calendar& calendar, v1::LoanType type,
                  int32_t day, int32_t last_day, Rng& rng) {
  LoanPlan plan;
  plan.due_day = DueDay(calendar, type, day);
  int32_t due = plan.due_day;
  int32_t previous = day;
  for (int k = RenewalsWanted(rng); k > 0; --k) {
    int32_t wanted = due - static_cast<int32_t>(rng.Between(0, 4));
    auto renewal =
        OpenOnOrBefore(calendar, std::min(wanted, last_day), previous);
    if (!renewal) break;
    due = std::max(DueDay(calendar, type, *renewal), due);
    plan.renewals.push_back({*renewal, due});
    previous = *renewal;
  }
  int32_t back = rng.Chance(kReturnedLate)
                     ? due + static_cast<int32_t>(rng.Between(1, 30))
                     : previous + static_cast<int32_t>(rng.Between(
                                      1, std::max(1, due - previous)));
  back = OpenOnOrAfter(calendar, back);
  if (back <= last_day) plan.return_day = back;
  return plan;
}

}  // namespace kitap::gen
