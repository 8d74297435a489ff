// YearSimulator: emitting a day in time order. Loans get their numbers as
// they are emitted, and schedule their renewals and return on later days.
#include <algorithm>

#include "bench/days.h"
#include "bench/year.h"
#include "server/domain/civil_time.h"

namespace kitap::gen {
namespace {

domain::Micros EndOf(int32_t day) {
  return domain::EndOfLocalDay(FromDayNumber(day), kTimeZone);
}

enum Kind { kLoan, kPending, kVisit, kRequest, kEvent };

struct Ref {
  domain::Micros at;
  Kind kind;
  size_t index;
};

template <class T>
void AddRefs(const std::vector<T>& items, Kind kind, std::vector<Ref>* refs) {
  for (size_t i = 0; i < items.size(); ++i) {
    refs->push_back({items[i].when.at, kind, i});
  }
}

}  // namespace

Status YearSimulator::Emit(Day& day, int64_t* events) {
  std::vector<Ref> refs;
  AddRefs(day.loans, kLoan, &refs);
  AddRefs(day.pending, kPending, &refs);
  AddRefs(day.visits, kVisit, &refs);
  AddRefs(day.requests, kRequest, &refs);
  AddRefs(day.events, kEvent, &refs);
  std::stable_sort(refs.begin(), refs.end(),
                   [](const Ref& a, const Ref& b) { return a.at < b.at; });
  for (const Ref& ref : refs) {
    switch (ref.kind) {
      case kLoan:
        KITAP_RETURN_IF_ERROR(EmitLoan(day.loans[ref.index]));
        break;
      case kPending:
        KITAP_RETURN_IF_ERROR(EmitPending(day.pending[ref.index]));
        break;
      case kVisit:
        day.visits[ref.index].number = next_visit_++;
        KITAP_RETURN_IF_ERROR(PutAll(sinks_, day.visits[ref.index]));
        break;
      case kRequest:
        day.requests[ref.index].number = next_request_++;
        KITAP_RETURN_IF_ERROR(PutAll(sinks_, day.requests[ref.index]));
        break;
      case kEvent:
        day.events[ref.index].number = next_event_++;
        KITAP_RETURN_IF_ERROR(PutAll(sinks_, day.events[ref.index]));
        break;
    }
  }
  // A reader's returns count against the limit until the day is over.
  for (const Pending& p : day.pending) {
    if (p.renewal < 0) --open_loans_[p.patron];
  }
  *events += static_cast<int64_t>(refs.size());
  return Status::Ok();
}

Status YearSimulator::EmitLoan(const PlannedLoan& planned) {
  Loan loan;
  loan.number = next_loan_++;
  loan.when = planned.when;
  loan.item = planned.item;
  loan.patron = planned.patron;
  loan.subject = planned.subject;
  loan.due_at = EndOf(planned.plan.due_day);
  Pending next;
  next.loan = loan.number;
  next.item = planned.item;
  next.patron = planned.patron;
  next.subject = planned.subject;
  for (size_t k = 0; k < planned.plan.renewals.size(); ++k) {
    const PlannedRenewal& r = planned.plan.renewals[k];
    next.when = At(planned.when.library, r.day);
    next.renewal = static_cast<int>(k);
    next.due_at = EndOf(r.due_day);
    later_[r.day - first_day_].push_back(next);
  }
  if (planned.plan.return_day) {
    next.when = At(planned.when.library, *planned.plan.return_day);
    next.renewal = -1;
    loan.returned_at = next.when.at;
    later_[*planned.plan.return_day - first_day_].push_back(next);
  }
  return PutAll(sinks_, loan);
}

Status YearSimulator::EmitPending(const Pending& p) {
  if (p.renewal < 0) {
    Return ret;
    ret.loan = p.loan;
    ret.when = p.when;
    ret.item = p.item;
    return PutAll(sinks_, ret);
  }
  Renewal renewal;
  renewal.loan = p.loan;
  renewal.index = p.renewal;
  renewal.when = p.when;
  renewal.item = p.item;
  renewal.patron = p.patron;
  renewal.subject = p.subject;
  renewal.due_at = p.due_at;
  return PutAll(sinks_, renewal);
}

}  // namespace kitap::gen
