#include "server/ops/journal_ops.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/circulation_rules.h"
#include "server/domain/journal_rules.h"
#include "server/domain/validate.h"
#include "server/ops/circulation_ops.h"
#include "server/ops/common.h"
#include "server/ops/loan_actions.h"
#include "server/store/loan_store.h"
#include "server/store/patron_store.h"

namespace kitap::ops {
namespace {

using domain::JournalOutcome;

// An entry's action, with the fields every kind shares.
struct Action {
  const char* kind = "";  // the live method name: CheckOut, CheckIn, ...
  const google::protobuf::Message* request = nullptr;
  int64_t library_id = 0;
  std::string card_number;
  std::string barcode;
};

Action ActionOf(const v1::JournalEntry& e) {
  switch (e.action_case()) {
    case v1::JournalEntry::kCheckOut:
      return {"CheckOut", &e.check_out(), e.check_out().library_id(),
              e.check_out().card_number(), e.check_out().item_barcode()};
    case v1::JournalEntry::kCheckIn:
      return {"CheckIn", &e.check_in(), e.check_in().library_id(), "",
              e.check_in().item_barcode()};
    case v1::JournalEntry::kRenew:
      return {"Renew", &e.renew(), e.renew().library_id(), "",
              e.renew().item_barcode()};
    case v1::JournalEntry::kVisit:
      return {"RecordVisit", &e.visit(), e.visit().library_id(),
              e.visit().card_number(), ""};
    default:
      return {};
  }
}

void Settle(v1::JournalResult* result, JournalOutcome outcome,
            const std::string& conflict, const std::string& resolution,
            const std::string& message) {
  result->set_outcome(static_cast<v1::JournalOutcome>(outcome));
  result->set_conflict(conflict);
  result->set_resolution(resolution);
  result->set_message(message);
}

void Reject(v1::JournalResult* result, const Status& why) {
  result->set_outcome(v1::JOURNAL_OUTCOME_REJECTED);
  result->set_conflict(why.reason());
  result->set_message(why.message());
}

// The inner request with the entry's request_id and occurred_at, so that
// validation and fingerprints see what a live call would have sent.
template <class Request>
Request Stamped(const Request& inner, const v1::JournalEntry& e) {
  Request r = inner;
  r.set_request_id(e.request_id());
  *r.mutable_occurred_at() = e.occurred_at();
  return r;
}

Status ValidateEntry(const v1::JournalEntry& e) {
  switch (e.action_case()) {
    case v1::JournalEntry::kCheckOut:
      return ValidateCheckOut(Stamped(e.check_out(), e));
    case v1::JournalEntry::kCheckIn:
      return ValidateCheckIn(Stamped(e.check_in(), e));
    case v1::JournalEntry::kRenew:
      return ValidateRenew(Stamped(e.renew(), e));
    case v1::JournalEntry::kVisit:
      return ValidateRecordVisit(Stamped(e.visit(), e));
    default:
      return Status::InvalidArgument("JOURNAL_ACTION_MISSING",
                                     "the entry names no action");
  }
}

std::optional<v1::Patron> FindPatron(OpContext& ctx, const std::string& card,
                                     Status* status) {
  v1::Patron patron;
  *status = store::LoadPatronByCard(ctx.db, card, &patron);
  if (status->code() == Code::kNotFound)
    *status = Status::Ok();
  else if (status->ok())
    return patron;
  return std::nullopt;
}

std::optional<store::ItemRow> FindItem(OpContext& ctx,
                                       const std::string& barcode,
                                       Status* status) {
  store::ItemRow item;
  *status = store::LoadItemByBarcode(ctx.db, barcode, &item);
  if (status->code() == Code::kNotFound)
    *status = Status::Ok();
  else if (status->ok())
    return item;
  return std::nullopt;
}

// The item's open loan as the rules see it, and as the API shows it.
Status FindOpenLoan(OpContext& ctx, const std::optional<store::ItemRow>& item,
                    v1::Loan* loan, std::optional<domain::OpenLoan>* open) {
  if (!item) return Status::Ok();
  bool found = false;
  KITAP_RETURN_IF_ERROR(
      store::LoadOpenLoan(ctx.db, item->item.id(), loan, &found));
  if (found) {
    *open = domain::OpenLoan{loan->id(), loan->patron_id(),
                             FromTimestamp(loan->loaned_at()),
                             FromTimestamp(loan->due_at()), loan->renewals()};
  }
  return Status::Ok();
}

// An offline check-out of an item that is free now but was lent (and
// returned) after occurred_at: the book was back before that later loan, so
// the offline loan is recorded as returned when the later one began.
Status SettleLaterLoans(OpContext& ctx,
                        const std::optional<store::ItemRow>& item,
                        domain::Micros at, domain::JournalCheckOutPlan* plan) {
  using A = domain::JournalCheckOutAction;
  if (plan->action != A::kOpenLoan) return Status::Ok();
  std::optional<domain::Micros> later;
  KITAP_RETURN_IF_ERROR(
      store::NextLoanStart(ctx.db, item->item.id(), at, &later));
  if (!later) return Status::Ok();
  plan->action = A::kRecordClosedLoan;
  plan->closed_at = *later;
  plan->decision = {domain::JournalOutcome::kAppliedWithConflict,
                    "LATER_LOAN_EXISTS",
                    "RECORDED_AS_RETURNED_BEFORE_NEWER_LOAN"};
  return Status::Ok();
}

Status JournalCheckOut(OpContext& ctx, const Desk& desk,
                       const v1::CheckOutRequest& r, domain::Micros at,
                       v1::JournalResult* result) {
  Status s;
  auto patron = FindPatron(ctx, r.card_number(), &s);
  KITAP_RETURN_IF_ERROR(s);
  auto item = FindItem(ctx, r.item_barcode(), &s);
  KITAP_RETURN_IF_ERROR(s);
  v1::Loan loan;
  std::optional<domain::OpenLoan> open;
  KITAP_RETURN_IF_ERROR(FindOpenLoan(ctx, item, &loan, &open));
  std::optional<domain::PatronState> patron_state;
  if (patron) {
    int open_loans = 0;
    KITAP_RETURN_IF_ERROR(
        store::CountOpenLoans(ctx.db, patron->id(), &open_loans));
    patron_state = PatronStateOf(*patron, open_loans);
  }
  std::optional<domain::ItemState> item_state;
  if (item) item_state = ItemStateOf(item->item);
  auto plan = domain::PlanJournalCheckOut(ctx.policy, patron_state, item_state,
                                          open, at, LocalDay(desk.library, at));
  KITAP_RETURN_IF_ERROR(SettleLaterLoans(ctx, item, at, &plan));
  const auto& d = plan.decision;
  Settle(result, d.outcome, d.conflict, d.resolution, "");
  using A = domain::JournalCheckOutAction;
  if (plan.action == A::kNothing) return Status::Ok();
  if (plan.action == A::kCloseOpenThenOpen) {
    v1::CheckInResponse closed;
    KITAP_RETURN_IF_ERROR(
        ReturnLoan(ctx, desk, *item, loan, at, d.resolution, &closed));
  }
  std::optional<domain::Micros> closed_at;
  if (plan.action == A::kRecordClosedLoan) closed_at = plan.closed_at;
  return OpenLoan(ctx, desk, *patron, *item, at, closed_at, d.resolution,
                  result->mutable_check_out()->mutable_loan());
}

Status JournalCheckIn(OpContext& ctx, const Desk& desk,
                      const v1::CheckInRequest& r, domain::Micros at,
                      v1::JournalResult* result) {
  Status s;
  auto item = FindItem(ctx, r.item_barcode(), &s);
  KITAP_RETURN_IF_ERROR(s);
  v1::Loan loan;
  std::optional<domain::OpenLoan> open;
  KITAP_RETURN_IF_ERROR(FindOpenLoan(ctx, item, &loan, &open));
  std::optional<domain::ItemState> item_state;
  if (item) item_state = ItemStateOf(item->item);
  auto plan = domain::PlanJournalCheckIn(item_state, open, at);
  const auto& d = plan.decision;
  Settle(result, d.outcome, d.conflict, d.resolution, "");
  if (plan.action == domain::JournalCheckInAction::kNothing) {
    return Status::Ok();
  }
  return ReturnLoan(ctx, desk, *item, loan, at, "", result->mutable_check_in());
}

Status JournalRenew(OpContext& ctx, const Desk& desk, const v1::RenewRequest& r,
                    domain::Micros at, v1::JournalResult* result) {
  Status s;
  auto item = FindItem(ctx, r.item_barcode(), &s);
  KITAP_RETURN_IF_ERROR(s);
  v1::Loan loan;
  std::optional<domain::OpenLoan> open;
  KITAP_RETURN_IF_ERROR(FindOpenLoan(ctx, item, &loan, &open));
  if (!item || !open) {
    Settle(result, JournalOutcome::kNotApplied,
           item ? "ITEM_NOT_ON_LOAN" : "UNKNOWN_ITEM", "REVIEW", "");
    return Status::Ok();
  }
  if (open->loaned_at > at) {  // the live loan began after this renewal
    Settle(result, JournalOutcome::kNotApplied, "LOAN_NEWER_THAN_RENEWAL",
           "REVIEW", "");
    return Status::Ok();
  }
  v1::Patron patron;
  KITAP_RETURN_IF_ERROR(store::LoadPatron(ctx.db, open->patron_id, &patron));
  Status allowed = domain::RenewAllowed(ctx.policy, PatronStateOf(patron, 0),
                                        *open, at, LocalDay(desk.library, at));
  if (!allowed.ok()) {
    Settle(result, JournalOutcome::kNotApplied, allowed.reason(), "REVIEW",
           allowed.message());
    return Status::Ok();
  }
  Settle(result, JournalOutcome::kApplied, "", "", "");
  return RenewLoan(ctx, desk, patron, loan, at,
                   result->mutable_renew()->mutable_loan());
}

Status JournalVisit(OpContext& ctx, const Desk& desk,
                    const v1::RecordVisitRequest& r, domain::Micros at,
                    v1::JournalResult* result) {
  Settle(result, JournalOutcome::kApplied, "", "", "");
  if (r.card_number().empty()) {
    int count = r.count() == 0 ? 1 : r.count();
    return CountVisit(ctx, desk, nullptr, count, at, result->mutable_visit());
  }
  Status s;
  auto patron = FindPatron(ctx, r.card_number(), &s);
  KITAP_RETURN_IF_ERROR(s);
  if (!patron) {  // the person came in: count the visit all the same
    Settle(result, JournalOutcome::kAppliedWithConflict, "UNKNOWN_PATRON",
           "COUNTED_AS_ANONYMOUS", "");
  }
  return CountVisit(ctx, desk, patron ? &*patron : nullptr, 1, at,
                    result->mutable_visit());
}

Status Apply(OpContext& ctx, const Desk& desk, const v1::JournalEntry& e,
             domain::Micros at, v1::JournalResult* result) {
  switch (e.action_case()) {
    case v1::JournalEntry::kCheckOut:
      return JournalCheckOut(ctx, desk, e.check_out(), at, result);
    case v1::JournalEntry::kCheckIn:
      return JournalCheckIn(ctx, desk, e.check_in(), at, result);
    case v1::JournalEntry::kRenew:
      return JournalRenew(ctx, desk, e.renew(), at, result);
    default:
      return JournalVisit(ctx, desk, e.visit(), at, result);
  }
}

std::string ConflictMessage(const v1::JournalResult& r) {
  if (!r.message().empty()) return r.message();
  return "offline entry settled by rule " + r.resolution() + " (" +
         r.conflict() + "); see docs/journal-conflicts.md";
}

Status KeepForReview(OpContext& ctx, const v1::JournalEntry& e,
                     const Action& action, domain::Micros at,
                     const v1::JournalResult& r) {
  return ctx.db
      .Prepare(
          "INSERT INTO journal_review (request_id, library_id, action, "
          "occurred_at, received_at, outcome, conflict, resolution, message, "
          "card_number, barcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .Bind(1, e.request_id())
      .Bind(2, action.library_id)
      .Bind(3, action.kind)
      .Bind(4, at)
      .Bind(5, ctx.now)
      .Bind(6, static_cast<int>(r.outcome()))
      .Bind(7, r.conflict())
      .Bind(8, r.resolution())
      .Bind(9, r.message())
      .Bind(10, action.card_number)
      .Bind(11, action.barcode)
      .Run();
}

// Converts the stored answer of an earlier live call or journal entry with
// this request_id into the entry's result.
Status Replay(const StoredAnswer& stored, const Action& action,
              const std::string& fingerprint, v1::JournalResult* result) {
  std::string kind = action.kind;
  if (stored.fingerprint != fingerprint ||
      (stored.method != kind && stored.method != "journal:" + kind)) {
    Reject(result, Status::AlreadyExists("REQUEST_ID_REUSED",
                                         "request_id was already used for a "
                                         "different request"));
    return Status::Ok();
  }
  if (stored.method != kind) {
    return result->ParseFromString(stored.response)
               ? Status::Ok()
               : Status::Internal("STORED_ANSWER_CORRUPT", "bad stored answer");
  }
  // A live call answered it: it was applied as recorded.
  Settle(result, JournalOutcome::kApplied, "", "", "");
  google::protobuf::Message* response =
      kind == "CheckOut"
          ? static_cast<google::protobuf::Message*>(result->mutable_check_out())
      : kind == "CheckIn" ? result->mutable_check_in()
      : kind == "Renew"
          ? static_cast<google::protobuf::Message*>(result->mutable_renew())
          : result->mutable_visit();
  return response->ParseFromString(stored.response)
             ? Status::Ok()
             : Status::Internal("STORED_ANSWER_CORRUPT", "bad stored answer");
}

}  // namespace

int64_t JournalEntryLibrary(const v1::JournalEntry& entry) {
  return ActionOf(entry).library_id;
}

void SortForReplay(std::vector<v1::JournalEntry>* entries) {
  auto occurred = [](const v1::JournalEntry& e) {
    return std::pair(e.occurred_at().seconds(), e.occurred_at().nanos());
  };
  std::stable_sort(entries->begin(), entries->end(),
                   [&](const v1::JournalEntry& a, const v1::JournalEntry& b) {
                     return occurred(a) < occurred(b);
                   });
}

Status ApplyJournalEntry(OpContext& ctx, const v1::JournalEntry& e,
                         v1::JournalResult* result) {
  result->set_request_id(e.request_id());
  Status valid = ValidateEntry(e);
  domain::Micros at = 0;
  if (valid.ok() && !e.has_occurred_at()) {
    valid = Status::InvalidArgument("OCCURRED_AT_REQUIRED",
                                    "a journal entry must carry occurred_at");
  }
  if (valid.ok()) valid = OccurredAt(true, e.occurred_at(), ctx.now, &at);
  if (!valid.ok()) {
    Reject(result, valid);
    return Status::Ok();
  }
  Action action = ActionOf(e);
  std::string fingerprint = Fingerprint(*action.request);
  StoredAnswer stored;
  bool found = false;
  KITAP_RETURN_IF_ERROR(LookupAnswer(ctx.db, e.request_id(), &stored, &found));
  if (found) return Replay(stored, action, fingerprint, result);

  Desk desk;
  Status s = LoadDesk(ctx.db, action.library_id, &desk);
  if (s.code() == Code::kNotFound) {
    Reject(result, s);
    return Status::Ok();
  }
  KITAP_RETURN_IF_ERROR(s);
  KITAP_RETURN_IF_ERROR(Apply(ctx, desk, e, at, result));
  if (result->outcome() != v1::JOURNAL_OUTCOME_APPLIED) {
    result->set_message(ConflictMessage(*result));
    KITAP_RETURN_IF_ERROR(KeepForReview(ctx, e, action, at, *result));
  }
  StoredAnswer answer{std::string("journal:") + action.kind, fingerprint,
                      result->SerializeAsString()};
  return StoreAnswer(ctx.db, e.request_id(), answer, ctx.now);
}

}  // namespace kitap::ops
