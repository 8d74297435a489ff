// The fixed rules that settle offline journal entries (documented for staff
// in docs/journal-conflicts.md). A desk that was offline recorded what
// physically happened; the rules decide how that fits the live state,
// never drop an entry, and name every conflict for staff review.
#ifndef KITAP_SERVER_DOMAIN_JOURNAL_RULES_H_
#define KITAP_SERVER_DOMAIN_JOURNAL_RULES_H_

#include <optional>
#include <string>

#include "server/domain/policy.h"
#include "server/domain/types.h"

namespace kitap::domain {

// Values equal kitap.v1.JournalOutcome.
enum class JournalOutcome {
  kApplied = 1,              // done as recorded
  kAppliedWithConflict = 2,  // done, shaped by a conflict rule
  kNotApplied = 3,           // kept for review only
};

// What to do with an offline check-out.
enum class JournalCheckOutAction {
  kOpenLoan,           // open a loan at occurred_at
  kCloseOpenThenOpen,  // close the item's open loan at occurred_at, then open
  kRecordClosedLoan,   // record a loan from occurred_at, already closed at
                       // the start of the (newer) open loan
  kNothing,            // no change (see outcome and conflict)
};

// What to do with an offline check-in.
enum class JournalCheckInAction { kCloseLoan, kNothing };

struct JournalDecision {
  JournalOutcome outcome = JournalOutcome::kApplied;
  std::string conflict;    // stable reason, empty when kApplied
  std::string resolution;  // stable rule name, empty when kApplied
};

struct JournalCheckOutPlan {
  JournalCheckOutAction action = JournalCheckOutAction::kNothing;
  JournalDecision decision;
  // For kRecordClosedLoan: when the recorded loan ends (the newer loan's
  // start).
  Micros closed_at = 0;
};

struct JournalCheckInPlan {
  JournalCheckInAction action = JournalCheckInAction::kNothing;
  JournalDecision decision;
};

// Settles an offline check-out by `patron` of `item` at `occurred_at`
// (local day `day`). Below, "A / B" is conflict A, resolution B.
// - unknown patron (checked first) or item (nullopt): kNothing, kNotApplied,
//   UNKNOWN_PATRON / REVIEW or UNKNOWN_ITEM / REVIEW.
// Otherwise the loan happened:
// - item free (no open loan): kOpenLoan. If CheckOutAllowed() on `day`
//   refuses it (item lost, withdrawn, in transit, reading-room only; patron
//   blocked, expired or over the limit), the loan is still opened with
//   kAppliedWithConflict, the refusal's reason as the conflict and
//   resolution LOAN_RECORDED_AS_HAPPENED; else kApplied;
// - item on loan to the same patron: kNothing, kNotApplied,
//   ITEM_ALREADY_ON_LOAN_TO_PATRON / DUPLICATE_IGNORED;
// - item on loan to another patron since before occurred_at:
//   kCloseOpenThenOpen, kAppliedWithConflict, ITEM_ON_LOAN_TO_OTHER_PATRON /
//   PREVIOUS_LOAN_CLOSED;
// - item on loan to another patron since occurred_at or later:
//   kRecordClosedLoan, kAppliedWithConflict, ITEM_ON_LOAN_TO_OTHER_PATRON /
//   RECORDED_AS_RETURNED_BEFORE_NEWER_LOAN.
JournalCheckOutPlan PlanJournalCheckOut(
    const Policy& policy, const std::optional<PatronState>& patron,
    const std::optional<ItemState>& item,
    const std::optional<OpenLoan>& open_loan, Micros occurred_at,
    const CivilDate& day);

// Settles an offline check-in of `item` at `occurred_at`:
// - unknown item: kNothing, kNotApplied, UNKNOWN_ITEM / REVIEW;
// - no open loan: kNothing, kNotApplied, ITEM_NOT_ON_LOAN / REVIEW;
// - open loan that started after occurred_at: kNothing, kNotApplied,
//   LOAN_NEWER_THAN_RETURN / REVIEW (the live loan stays open);
// - otherwise kCloseLoan, kApplied.
JournalCheckInPlan PlanJournalCheckIn(const std::optional<ItemState>& item,
                                      const std::optional<OpenLoan>& open_loan,
                                      Micros occurred_at);

}  // namespace kitap::domain

#endif  // KITAP_SERVER_DOMAIN_JOURNAL_RULES_H_
