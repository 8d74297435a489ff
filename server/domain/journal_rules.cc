#include "server/domain/journal_rules.h"

#include <utility>

#include "server/domain/circulation_rules.h"

namespace kitap::domain {
namespace {

// The entry is kept for staff review and changes nothing.
JournalDecision NotApplied(std::string conflict, std::string resolution) {
  return {JournalOutcome::kNotApplied, std::move(conflict),
          std::move(resolution)};
}

JournalDecision AppliedWithConflict(std::string conflict,
                                    std::string resolution) {
  return {JournalOutcome::kAppliedWithConflict, std::move(conflict),
          std::move(resolution)};
}

// The item is free: the loan happened, so it is opened whatever the live
// rules would have said; the first rule it broke is named for review.
JournalCheckOutPlan PlanLoanOfFreeItem(const Policy& policy,
                                       const PatronState& patron,
                                       const ItemState& item,
                                       const CivilDate& day) {
  const Status allowed = CheckOutAllowed(policy, patron, item, day);
  if (allowed.ok()) return {JournalCheckOutAction::kOpenLoan, {}};
  return {JournalCheckOutAction::kOpenLoan,
          AppliedWithConflict(allowed.reason(), "LOAN_RECORDED_AS_HAPPENED")};
}

// The item is on loan to someone else. Both loans happened physically, so
// both are kept, ordered by time: the older one ends when the newer begins.
JournalCheckOutPlan PlanLoanOfLentItem(const OpenLoan& open_loan,
                                       Micros occurred_at) {
  if (open_loan.loaned_at < occurred_at) {
    return {JournalCheckOutAction::kCloseOpenThenOpen,
            AppliedWithConflict("ITEM_ON_LOAN_TO_OTHER_PATRON",
                                "PREVIOUS_LOAN_CLOSED")};
  }
  // On a tie the live loan stays open: it is the one the desk now sees.
  return {JournalCheckOutAction::kRecordClosedLoan,
          AppliedWithConflict("ITEM_ON_LOAN_TO_OTHER_PATRON",
                              "RECORDED_AS_RETURNED_BEFORE_NEWER_LOAN"),
          open_loan.loaned_at};
}

}  // namespace

JournalCheckOutPlan PlanJournalCheckOut(
    const Policy& policy, const std::optional<PatronState>& patron,
    const std::optional<ItemState>& item,
    const std::optional<OpenLoan>& open_loan, Micros occurred_at,
    const CivilDate& day) {
  if (!patron) {
    return {JournalCheckOutAction::kNothing,
            NotApplied("UNKNOWN_PATRON", "REVIEW")};
  }
  if (!item) {
    return {JournalCheckOutAction::kNothing,
            NotApplied("UNKNOWN_ITEM", "REVIEW")};
  }
  if (!open_loan) return PlanLoanOfFreeItem(policy, *patron, *item, day);
  if (open_loan->patron_id == patron->id) {
    // A desk that retried a scan, or two desks that both recorded it.
    return {JournalCheckOutAction::kNothing,
            NotApplied("ITEM_ALREADY_ON_LOAN_TO_PATRON", "DUPLICATE_IGNORED")};
  }
  return PlanLoanOfLentItem(*open_loan, occurred_at);
}

JournalCheckInPlan PlanJournalCheckIn(const std::optional<ItemState>& item,
                                      const std::optional<OpenLoan>& open_loan,
                                      Micros occurred_at) {
  if (!item) {
    return {JournalCheckInAction::kNothing,
            NotApplied("UNKNOWN_ITEM", "REVIEW")};
  }
  if (!open_loan) {
    return {JournalCheckInAction::kNothing,
            NotApplied("ITEM_NOT_ON_LOAN", "REVIEW")};
  }
  if (open_loan->loaned_at > occurred_at) {
    // The item went out again after this return: closing the live loan
    // would end a loan that is still running.
    return {JournalCheckInAction::kNothing,
            NotApplied("LOAN_NEWER_THAN_RETURN", "REVIEW")};
  }
  return {JournalCheckInAction::kCloseLoan, {}};
}

}  // namespace kitap::domain
