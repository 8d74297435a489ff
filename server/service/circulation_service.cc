#include "server/service/circulation_service.h"

#include <atomic>
#include <vector>

#include "server/ops/circulation_ops.h"
#include "server/ops/journal_ops.h"
#include "server/service/unary.h"

namespace kitap::service {
namespace {

// Desk work: desks and the library's admins.
constexpr auth::Roles kStaff = auth::kDesk | auth::kLibraryAdmin;

// Reads every entry of a journal stream, applies them in occurred_at order
// (through the writer, so they share group commits), then answers each in
// that order. Entries hit by a storage error get no answer; the stream then
// ends UNAVAILABLE and the desk sends them again (exactly-once makes that
// safe). A desk may only replay entries of its own library: one entry of
// another library refuses the whole stream before anything is applied.
// Deletes itself when gRPC is done with it.
class JournalReactor final
    : public grpc::ServerBidiReactor<v1::JournalEntry, v1::JournalResult> {
 public:
  JournalReactor(Edge& edge, grpc::CallbackServerContext* context)
      : edge_(edge), context_(context), peer_(context->peer()) {
    Status admitted =
        Admit(edge_, context_, Call(""), auth::Anywhere(kStaff), &principal_);
    if (!admitted.ok()) {
      Finish(ToGrpc(context_, admitted));
      return;
    }
    StartRead(&incoming_);
  }

  void OnReadDone(bool ok) override {
    if (!ok) {
      // A half-close means every entry is in; a cancelled stream applies
      // nothing (its entries are sent again, whole, in a later stream).
      if (context_->IsCancelled()) return Finish(grpc::Status::CANCELLED);
      return ApplyAll();
    }
    if (entries_.size() == kMaxJournalEntries) {
      return Finish(ToGrpc(
          context_, Status::ResourceExhausted(
                        "JOURNAL_TOO_LONG",
                        "send at most 10000 entries per SubmitJournal")));
    }
    Status allowed = auth::Authorize(
        principal_,
        auth::AtLibrary(kStaff, ops::JournalEntryLibrary(incoming_)));
    if (!allowed.ok()) {
      AuditRefusal(edge_, principal_, Call(incoming_.request_id()), allowed);
      return Finish(ToGrpc(context_, allowed));
    }
    entries_.push_back(std::move(incoming_));
    incoming_.Clear();
    StartRead(&incoming_);
  }

  void OnWriteDone(bool ok) override {
    if (!ok) return Finish(grpc::Status::CANCELLED);
    WriteNext();
  }

  void OnDone() override { delete this; }

 private:
  void ApplyAll() {
    ops::SortForReplay(&entries_);
    size_t n = entries_.size();
    results_.resize(n);
    statuses_.resize(n);
    pending_.store(n);
    if (n == 0) return Finish(grpc::Status::OK);
    for (size_t i = 0; i < n; ++i) {
      edge_.engine.Write(
          [this, i](OpContext& ctx) {
            ctx.principal = &principal_;
            KITAP_RETURN_IF_ERROR(
                ops::ApplyJournalEntry(ctx, entries_[i], &results_[i]));
            return AppendAudit(ctx, principal_, Call(entries_[i].request_id()),
                               Outcome(results_[i]));
          },
          [this, i](const Status& status) {
            statuses_[i] = status;
            if (pending_.fetch_sub(1) == 1) WriteNext();
          });
    }
  }

  CallInfo Call(const std::string& request_id) const {
    return {"Circulation/SubmitJournal", request_id, peer_};
  }

  // An entry's outcome as an audit result: OK, or its conflict.
  static Status Outcome(const v1::JournalResult& r) {
    if (r.outcome() == v1::JOURNAL_OUTCOME_APPLIED) return Status::Ok();
    return Status::FailedPrecondition(r.conflict(), r.message());
  }

  // Writes the next settled result, or finishes after the last.
  void WriteNext() {
    while (next_ < results_.size()) {
      size_t i = next_++;
      if (statuses_[i].ok()) return StartWrite(&results_[i]);
      if (first_error_.ok()) first_error_ = statuses_[i];
    }
    Finish(ToGrpc(context_, first_error_));
  }

  Edge& edge_;
  grpc::CallbackServerContext* context_;
  const std::string peer_;
  auth::Principal principal_;
  v1::JournalEntry incoming_;
  std::vector<v1::JournalEntry> entries_;
  // Filled by the writer thread, read after pending_ reaches zero.
  std::vector<v1::JournalResult> results_;
  std::vector<Status> statuses_;
  std::atomic<size_t> pending_{0};
  size_t next_ = 0;
  Status first_error_;
};

// A patron's or an item's loans: any desk (desks serve every reader);
// overdue loans: of the caller's own library.
auth::Rule LoansRule(const v1::ListLoansRequest& r) {
  if (r.filter_case() == v1::ListLoansRequest::kOverdueAtLibrary) {
    return auth::AtLibrary(kStaff, r.overdue_at_library());
  }
  return auth::Anywhere(kStaff | auth::kPeriodicals);
}

}  // namespace

grpc::ServerUnaryReactor* CirculationService::CheckOut(
    grpc::CallbackServerContext* context, const v1::CheckOutRequest* request,
    v1::CheckOutResponse* response) {
  return Unary<v1::CheckOutRequest, v1::CheckOutResponse>(
      edge_, "Circulation/CheckOut", Access::kWrite, context, request, response,
      [](const v1::CheckOutRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::CheckOut);
}

grpc::ServerUnaryReactor* CirculationService::CheckIn(
    grpc::CallbackServerContext* context, const v1::CheckInRequest* request,
    v1::CheckInResponse* response) {
  return Unary<v1::CheckInRequest, v1::CheckInResponse>(
      edge_, "Circulation/CheckIn", Access::kWrite, context, request, response,
      [](const v1::CheckInRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::CheckIn);
}

grpc::ServerUnaryReactor* CirculationService::Renew(
    grpc::CallbackServerContext* context, const v1::RenewRequest* request,
    v1::RenewResponse* response) {
  return Unary<v1::RenewRequest, v1::RenewResponse>(
      edge_, "Circulation/Renew", Access::kWrite, context, request, response,
      [](const v1::RenewRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::Renew);
}

grpc::ServerUnaryReactor* CirculationService::RecordVisit(
    grpc::CallbackServerContext* context, const v1::RecordVisitRequest* request,
    v1::RecordVisitResponse* response) {
  return Unary<v1::RecordVisitRequest, v1::RecordVisitResponse>(
      edge_, "Circulation/RecordVisit", Access::kWrite, context, request,
      response,
      [](const v1::RecordVisitRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::RecordVisit);
}

grpc::ServerUnaryReactor* CirculationService::ListLoans(
    grpc::CallbackServerContext* context, const v1::ListLoansRequest* request,
    v1::ListLoansResponse* response) {
  return Unary<v1::ListLoansRequest, v1::ListLoansResponse>(
      edge_, "Circulation/ListLoans", Access::kRead, context, request, response,
      [](const v1::ListLoansRequest& r) { return LoansRule(r); },
      &ops::ListLoans);
}

grpc::ServerBidiReactor<v1::JournalEntry, v1::JournalResult>*
CirculationService::SubmitJournal(grpc::CallbackServerContext* context) {
  return new JournalReactor(edge_, context);
}

}  // namespace kitap::service
