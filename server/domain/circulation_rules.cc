#include "server/domain/circulation_rules.h"

#include <string>

#include "server/domain/civil_time.h"

namespace kitap::domain {
namespace {

// A library closed for more than a year on end is not really open at all;
// the bound keeps a broken calendar from stalling the writer.
constexpr int kMaxDueDateShift = 366;

// "1 day", "3 days": messages are read by people.
std::string Count(int64_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string ItemName(const ItemState& item) {
  return "item " + std::to_string(item.id);
}

std::string PatronName(const PatronState& patron) {
  return "patron " + std::to_string(patron.id);
}

std::string CategoryName(PatronCategory category) {
  switch (category) {
    case PatronCategory::kAdult:
      return "adult";
    case PatronCategory::kChild:
      return "child";
    case PatronCategory::kStudent:
      return "student";
    case PatronCategory::kStaff:
      return "staff";
    case PatronCategory::kUnspecified:
      break;
  }
  return "unspecified";
}

Status InvalidItemState(const ItemState& item, const char* field, int value) {
  return Status::Internal("ITEM_STATE_INVALID",
                          ItemName(item) + " has an invalid " + field + " (" +
                              std::to_string(value) + ")");
}

Status CheckItemAvailable(const ItemState& item) {
  const std::string name = ItemName(item);
  switch (item.status) {
    case ItemStatus::kAvailable:
      return Status::Ok();
    case ItemStatus::kOnLoan:
      return Status::FailedPrecondition(
          "ITEM_ALREADY_ON_LOAN",
          name + " is already on loan; check it in before lending it again");
    case ItemStatus::kInTransit:
      return Status::FailedPrecondition(
          "ITEM_IN_TRANSIT",
          name + " is in transit and must first be received at its library");
    case ItemStatus::kLost:
      return Status::FailedPrecondition("ITEM_LOST",
                                        name + " is recorded as lost");
    case ItemStatus::kWithdrawn:
      return Status::FailedPrecondition(
          "ITEM_WITHDRAWN", name + " has been withdrawn from the collection");
    case ItemStatus::kUnspecified:
      break;
  }
  // Also reached by integers from storage outside the enum.
  return InvalidItemState(item, "status", static_cast<int>(item.status));
}

Status CheckItemMayLeave(const ItemState& item) {
  switch (item.loan_type) {
    case LoanType::kNormal:
    case LoanType::kShort:
      return Status::Ok();
    case LoanType::kReadingRoom:
      return Status::FailedPrecondition(
          "ITEM_READING_ROOM_ONLY",
          ItemName(item) +
              " is reading-room only and cannot leave the library");
    case LoanType::kUnspecified:
      break;
  }
  return InvalidItemState(item, "loan type", static_cast<int>(item.loan_type));
}

Status CheckUnderLoanLimit(const Policy& policy, const PatronState& patron) {
  const int limit = policy.LoanLimit(patron.category);
  if (patron.open_loans < limit) return Status::Ok();
  return Status::FailedPrecondition(
      "LOAN_LIMIT_REACHED",
      PatronName(patron) + " already has " + Count(patron.open_loans, "item") +
          " on loan; the limit for " + CategoryName(patron.category) +
          " readers is " + std::to_string(limit));
}

// Whole days past `due_at`, counting a started day as a full one: a loan due
// yesterday evening is one day overdue all of today.
int64_t DaysOverdue(const OpenLoan& loan, Micros now) {
  if (now <= loan.due_at) return 0;
  return (now - loan.due_at + kMicrosPerDay - 1) / kMicrosPerDay;
}

Status CheckNotTooOverdue(const Policy& policy, const OpenLoan& loan,
                          Micros now) {
  const int64_t days = DaysOverdue(loan, now);
  if (days <= policy.renew_max_overdue_days) return Status::Ok();
  const std::string rule =
      policy.renew_max_overdue_days == 0
          ? "overdue loans cannot be renewed"
          : "loans more than " + Count(policy.renew_max_overdue_days, "day") +
                " overdue cannot be renewed";
  return Status::FailedPrecondition(
      "LOAN_OVERDUE", "loan " + std::to_string(loan.loan_id) + " is " +
                          Count(days, "day") + " overdue; " + rule);
}

Status CheckRenewalsLeft(const Policy& policy, const OpenLoan& loan) {
  if (loan.renewals < policy.max_renewals) return Status::Ok();
  return Status::FailedPrecondition(
      "RENEWAL_LIMIT_REACHED",
      "loan " + std::to_string(loan.loan_id) + " has already been renewed " +
          Count(loan.renewals, "time") + "; the limit is " +
          std::to_string(policy.max_renewals));
}

}  // namespace

Status CheckPatronInGoodStanding(const PatronState& patron,
                                 const CivilDate& today) {
  if (patron.blocked) {
    return Status::FailedPrecondition(
        "PATRON_BLOCKED",
        PatronName(patron) + " is blocked; see the reason on their record");
  }
  // The registration is valid through the whole of its last day.
  if (today > patron.expires_on) {
    return Status::FailedPrecondition(
        "PATRON_EXPIRED", "the registration of " + PatronName(patron) +
                              " expired on " + FormatDate(patron.expires_on) +
                              "; renew it first");
  }
  return Status::Ok();
}

Status CheckOutAllowed(const Policy& policy, const PatronState& patron,
                       const ItemState& item, const CivilDate& today) {
  KITAP_RETURN_IF_ERROR(CheckItemAvailable(item));
  KITAP_RETURN_IF_ERROR(CheckItemMayLeave(item));
  KITAP_RETURN_IF_ERROR(CheckPatronInGoodStanding(patron, today));
  return CheckUnderLoanLimit(policy, patron);
}

CivilDate DueDate(const Policy& policy, const Calendar& calendar, LoanType type,
                  const CivilDate& loan_day) {
  const CivilDate due = AddDays(loan_day, policy.LoanDays(type));
  for (int shift = 0; shift <= kMaxDueDateShift; ++shift) {
    const CivilDate candidate = AddDays(due, shift);
    if (calendar.IsOpen(candidate)) return candidate;
  }
  // A calendar closed every day is a configuration mistake; the plain loan
  // period is still a sensible due date.
  return due;
}

Status RenewAllowed(const Policy& policy, const PatronState& patron,
                    const OpenLoan& loan, Micros now, const CivilDate& today) {
  KITAP_RETURN_IF_ERROR(CheckRenewalsLeft(policy, loan));
  KITAP_RETURN_IF_ERROR(CheckNotTooOverdue(policy, loan, now));
  return CheckPatronInGoodStanding(patron, today);
}

ItemStatus StatusAfterReturn(const ItemState& item, int64_t return_library_id) {
  return return_library_id == item.owner_library_id ? ItemStatus::kAvailable
                                                    : ItemStatus::kInTransit;
}

}  // namespace kitap::domain
