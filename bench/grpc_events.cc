// GrpcSink: the year's events. Circulation travels as journal entries;
// periodical requests and events as concurrent unary calls.
#include "bench/convert.h"
#include "bench/grpc_sink.h"
#include "bench/names.h"
#include "server/core/convert.h"

namespace kitap::gen {

void GrpcSink::Journal(const When& when, const char* kind, int64_t n, int k,
                       v1::JournalEntry entry) {
  entry.set_request_id(RequestId(kind, n, k));
  ToTimestamp(when.at, entry.mutable_occurred_at());
  journal_.Add(when.library, std::move(entry));
}

Status GrpcSink::Put(const Loan& loan) {
  KITAP_RETURN_IF_ERROR(Enter(kYear));
  v1::JournalEntry entry;
  v1::CheckOutRequest* out = entry.mutable_check_out();
  out->set_library_id(library_ids_[loan.when.library]);
  out->set_card_number(CardNumber(loan.patron));
  out->set_item_barcode(Barcode(loan.item));
  Journal(loan.when, "co", loan.number, -1, std::move(entry));
  return Status::Ok();
}

Status GrpcSink::Put(const Renewal& renewal) {
  KITAP_RETURN_IF_ERROR(Enter(kYear));
  v1::JournalEntry entry;
  v1::RenewRequest* renew = entry.mutable_renew();
  renew->set_library_id(library_ids_[renewal.when.library]);
  renew->set_item_barcode(Barcode(renewal.item));
  Journal(renewal.when, "rn", renewal.loan, renewal.index, std::move(entry));
  return Status::Ok();
}

Status GrpcSink::Put(const Return& ret) {
  KITAP_RETURN_IF_ERROR(Enter(kYear));
  v1::JournalEntry entry;
  v1::CheckInRequest* in = entry.mutable_check_in();
  in->set_library_id(library_ids_[ret.when.library]);
  in->set_item_barcode(Barcode(ret.item));
  Journal(ret.when, "ci", ret.loan, -1, std::move(entry));
  return Status::Ok();
}

Status GrpcSink::Put(const Visit& visit) {
  KITAP_RETURN_IF_ERROR(Enter(kYear));
  v1::JournalEntry entry;
  v1::RecordVisitRequest* in = entry.mutable_visit();
  in->set_library_id(library_ids_[visit.when.library]);
  if (visit.patron >= 0) {
    in->set_card_number(CardNumber(visit.patron));
  } else {
    in->set_count(visit.count);
  }
  Journal(visit.when, "vis", visit.number, -1, std::move(entry));
  return Status::Ok();
}

Status GrpcSink::Put(const IssueRequest& r) {
  KITAP_RETURN_IF_ERROR(Enter(kYear));
  v1::RequestIssueRequest request;
  request.set_request_id(RequestId("req", r.number));
  request.set_library_id(library_ids_[r.when.library]);
  request.set_card_number(CardNumber(r.patron));
  request.set_title_id(title_ids_[r.title]);
  request.set_issue(r.issue);
  request.set_reading_room(r.reading_room);
  ToTimestamp(r.when.at, request.mutable_occurred_at());
  auto kept = std::make_shared<const IssueRequest>(r);
  window_.Begin();
  StartCall<v1::IssueRequest>(
      options_.token,
      [this](auto... a) { periodicals_->async()->RequestIssue(a...); },
      std::move(request),
      [this, kept](const Status& s, const v1::IssueRequest& made) {
        if (!s.ok()) return window_.End(s);
        Deliver(kept, 0, made.id());
      });
  return Status::Ok();
}

void GrpcSink::Deliver(std::shared_ptr<const IssueRequest> r, size_t step,
                       int64_t id) {
  if (step == r->updates.size()) return window_.End(Status::Ok());
  v1::UpdateIssueRequestRequest update;
  update.set_request_id(RequestId("upd", r->number, static_cast<int>(step)));
  update.set_issue_request_id(id);
  update.set_library_id(library_ids_[r->when.library]);
  update.set_state(r->updates[step].first);
  ToTimestamp(r->updates[step].second, update.mutable_occurred_at());
  StartCall<v1::IssueRequest>(
      options_.token,
      [this](auto... a) { periodicals_->async()->UpdateIssueRequest(a...); },
      std::move(update),
      [this, r, step, id](const Status& s, const v1::IssueRequest&) {
        if (!s.ok()) return window_.End(s);
        Deliver(r, step + 1, id);
      });
}

Status GrpcSink::Put(const LibraryEvent& e) {
  KITAP_RETURN_IF_ERROR(Enter(kYear));
  v1::RecordEventRequest request;
  request.set_request_id(RequestId("ev", e.number));
  *request.mutable_event() = ToEvent(e, library_ids_[e.when.library]);
  window_.Begin();
  StartCall<v1::Event>(
      options_.token,
      [this](auto... a) { events_->async()->RecordEvent(a...); },
      std::move(request),
      [this](const Status& s, const v1::Event&) { window_.End(s); });
  return Status::Ok();
}

}  // namespace kitap::gen
