// BulkSink: the year's events as rows.
#include "bench/bulk_sink.h"
#include "bench/convert.h"
#include "server/core/convert.h"
#include "server/store/activity_store.h"
#include "server/store/loan_store.h"

namespace kitap::gen {

// The loan row with its planned return; renewals update it as they come.
Status BulkSink::Put(const Loan& l) {
  store::NewLoan loan;
  loan.item_id = l.item + 1;
  loan.patron_id = l.patron + 1;
  loan.library_id = l.when.library + 1;
  loan.loaned_at = l.when.at;
  loan.due_at = l.due_at;
  loan.returned_at = l.returned_at;
  if (l.returned_at) loan.return_library_id = loan.library_id;
  loan.year = l.when.day.year;
  loan.age = AgeOf(l.patron, l.when.day);
  loan.category = readers_[l.patron].category;
  loan.subject = l.subject;
  int64_t id = 0;
  KITAP_RETURN_IF_ERROR(store::InsertLoan(*db_, loan, &id));
  counters_.Add({loan.year, loan.library_id, store::kLoans, loan.age,
                 loan.category, loan.subject});
  MarkActive(l.patron, loan.year);
  return ExpectId(l.number, "loan");
}

Status BulkSink::Put(const Renewal& r) {
  store::NewRenewal renewal;
  renewal.loan_id = r.loan + 1;
  renewal.library_id = r.when.library + 1;
  renewal.occurred_at = r.when.at;
  renewal.due_at = r.due_at;
  renewal.year = r.when.day.year;
  renewal.age = AgeOf(r.patron, r.when.day);
  renewal.category = readers_[r.patron].category;
  renewal.subject = r.subject;
  KITAP_RETURN_IF_ERROR(store::InsertRenewal(*db_, renewal));
  counters_.Add({renewal.year, renewal.library_id, store::kRenewals,
                 renewal.age, renewal.category, renewal.subject});
  MarkActive(r.patron, renewal.year);
  return Wrote();
}

// The loan row already holds its return.
Status BulkSink::Put(const Return&) { return Status::Ok(); }

Status BulkSink::Put(const Visit& v) {
  store::NewVisit visit;
  visit.library_id = v.when.library + 1;
  visit.occurred_at = v.when.at;
  visit.year = v.when.day.year;
  visit.count = v.count;
  if (v.patron >= 0) {
    visit.patron_id = v.patron + 1;
    visit.age = AgeOf(v.patron, v.when.day);
    visit.category = readers_[v.patron].category;
    MarkActive(v.patron, visit.year);
  }
  int64_t id = 0;
  KITAP_RETURN_IF_ERROR(store::InsertVisit(*db_, visit, &id));
  counters_.Add(
      {visit.year, visit.library_id, store::kVisits, visit.age, visit.category},
      visit.count);
  return Wrote();
}

Status BulkSink::Put(const IssueRequest& r) {
  v1::IssueRequest request;
  request.set_title_id(r.title + 1);
  request.set_issue(r.issue);
  request.set_patron_id(r.patron + 1);
  request.set_library_id(r.when.library + 1);
  request.set_reading_room(r.reading_room);
  request.set_state(v1::ISSUE_REQUEST_STATE_REQUESTED);
  ToTimestamp(r.when.at, request.mutable_requested_at());
  ToTimestamp(r.when.at, request.mutable_updated_at());
  if (!r.updates.empty()) {
    request.set_state(r.updates.back().first);
    ToTimestamp(r.updates.back().second, request.mutable_updated_at());
  }
  store::RequestDims dims{r.when.day.year, AgeOf(r.patron, r.when.day),
                          readers_[r.patron].category};
  KITAP_RETURN_IF_ERROR(store::InsertIssueRequest(*db_, &request, dims));
  counters_.Add({dims.year, request.library_id(), store::kPeriodicalRequests,
                 dims.age, dims.category});
  MarkActive(r.patron, dims.year);
  return Wrote();
}

Status BulkSink::Put(const LibraryEvent& e) {
  v1::Event event = ToEvent(e, e.when.library + 1);
  KITAP_RETURN_IF_ERROR(store::InsertEvent(*db_, &event, e.when.day.year));
  store::Counted counted{e.when.day.year, event.library_id(), store::kEvents};
  counters_.Add(counted);
  counted.metric = store::kEventAttendance;
  counters_.Add(counted, event.attendance());
  return Wrote();
}

}  // namespace kitap::gen
