#include "server/service/circulation_service.h"

#include <algorithm>
#include <atomic>
#include <vector>

#include "server/ops/circulation_ops.h"
#include "server/ops/journal_ops.h"
#include "server/service/unary.h"

namespace kitap::service {
namespace {

// Reads every entry of a journal stream, applies them in occurred_at order
// (through the writer, so they share group commits), then answers each in
// that order. Entries hit by a storage error get no answer; the stream then
// ends UNAVAILABLE and the desk sends them again (exactly-once makes that
// safe). Deletes itself when gRPC is done with it.
class JournalReactor final
    : public grpc::ServerBidiReactor<v1::JournalEntry, v1::JournalResult> {
 public:
  JournalReactor(Engine& engine, grpc::CallbackServerContext* context)
      : engine_(engine), context_(context) {
    StartRead(&incoming_);
  }

  void OnReadDone(bool ok) override {
    if (!ok) return ApplyAll();  // the desk half-closed: all entries are in
    if (entries_.size() == kMaxJournalEntries) {
      return Finish(ToGrpc(
          context_, Status::ResourceExhausted(
                        "JOURNAL_TOO_LONG",
                        "send at most 10000 entries per SubmitJournal")));
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
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const v1::JournalEntry& a, const v1::JournalEntry& b) {
                       return OccurredKey(a) < OccurredKey(b);
                     });
    size_t n = entries_.size();
    results_.resize(n);
    statuses_.resize(n);
    pending_.store(n);
    if (n == 0) return Finish(grpc::Status::OK);
    for (size_t i = 0; i < n; ++i) {
      engine_.Write(
          [this, i](OpContext& ctx) {
            return ops::ApplyJournalEntry(ctx, entries_[i], &results_[i]);
          },
          [this, i](const Status& status) {
            statuses_[i] = status;
            if (pending_.fetch_sub(1) == 1) WriteNext();
          });
    }
  }

  static std::pair<int64_t, int32_t> OccurredKey(const v1::JournalEntry& e) {
    return {e.occurred_at().seconds(), e.occurred_at().nanos()};
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

  Engine& engine_;
  grpc::CallbackServerContext* context_;
  v1::JournalEntry incoming_;
  std::vector<v1::JournalEntry> entries_;
  // Filled by the writer thread, read after pending_ reaches zero.
  std::vector<v1::JournalResult> results_;
  std::vector<Status> statuses_;
  std::atomic<size_t> pending_{0};
  size_t next_ = 0;
  Status first_error_;
};

}  // namespace

grpc::ServerUnaryReactor* CirculationService::CheckOut(
    grpc::CallbackServerContext* context, const v1::CheckOutRequest* request,
    v1::CheckOutResponse* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::CheckOut);
}

grpc::ServerUnaryReactor* CirculationService::CheckIn(
    grpc::CallbackServerContext* context, const v1::CheckInRequest* request,
    v1::CheckInResponse* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::CheckIn);
}

grpc::ServerUnaryReactor* CirculationService::Renew(
    grpc::CallbackServerContext* context, const v1::RenewRequest* request,
    v1::RenewResponse* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::Renew);
}

grpc::ServerUnaryReactor* CirculationService::RecordVisit(
    grpc::CallbackServerContext* context, const v1::RecordVisitRequest* request,
    v1::RecordVisitResponse* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::RecordVisit);
}

grpc::ServerUnaryReactor* CirculationService::ListLoans(
    grpc::CallbackServerContext* context, const v1::ListLoansRequest* request,
    v1::ListLoansResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::ListLoans);
}

grpc::ServerBidiReactor<v1::JournalEntry, v1::JournalResult>*
CirculationService::SubmitJournal(grpc::CallbackServerContext* context) {
  return new JournalReactor(engine_, context);
}

}  // namespace kitap::service
