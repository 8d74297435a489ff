#include "client/desk.h"

#include "client/request_id.h"
#include "client/retry.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

// The inner request of an entry carries the entry's request_id and time too,
// so that the live call and a later replay of it are the same request.
template <typename Request>
Request* Stamp(const v1::JournalEntry& entry, Request* request) {
  request->set_request_id(entry.request_id());
  *request->mutable_occurred_at() = entry.occurred_at();
  return request;
}

}  // namespace

Desk::Desk(const Connection& connection, v1::Circulation::Stub& circulation,
           JournalStore* journal, int64_t library_id, Clock now)
    : connection_(connection),
      circulation_(circulation),
      journal_(journal),
      library_id_(library_id),
      now_(std::move(now)) {}

v1::JournalEntry Desk::NewEntry() {
  v1::JournalEntry entry;
  entry.set_request_id(NewRequestId());
  *entry.mutable_occurred_at() = ToProto(now_());
  return entry;
}

DeskOutcome Desk::CheckOut(const std::string& card,
                           const std::string& barcode) {
  v1::JournalEntry entry = NewEntry();
  v1::CheckOutRequest* request = Stamp(entry, entry.mutable_check_out());
  request->set_library_id(library_id_);
  request->set_card_number(card);
  request->set_item_barcode(barcode);
  return Perform(entry);
}

DeskOutcome Desk::CheckIn(const std::string& barcode) {
  v1::JournalEntry entry = NewEntry();
  v1::CheckInRequest* request = Stamp(entry, entry.mutable_check_in());
  request->set_library_id(library_id_);
  request->set_item_barcode(barcode);
  return Perform(entry);
}

DeskOutcome Desk::Renew(const std::string& barcode) {
  v1::JournalEntry entry = NewEntry();
  v1::RenewRequest* request = Stamp(entry, entry.mutable_renew());
  request->set_library_id(library_id_);
  request->set_item_barcode(barcode);
  return Perform(entry);
}

DeskOutcome Desk::Visit(const std::string& card, int count) {
  v1::JournalEntry entry = NewEntry();
  v1::RecordVisitRequest* request = Stamp(entry, entry.mutable_visit());
  request->set_library_id(library_id_);
  request->set_card_number(card);
  if (card.empty()) request->set_count(count);
  return Perform(entry);
}

SyncReport Desk::Sync(const SyncProgress& progress, int batch) {
  if (journal_ == nullptr) return SyncReport{};
  SyncReport report =
      SyncJournal(connection_, circulation_, *journal_, batch, progress);
  offline_ = report.pending > 0 || IsTransient(report.status.code());
  return report;
}

DeskOutcome Desk::Perform(const v1::JournalEntry& entry) {
  if (journal_ != nullptr && !offline_ && PendingCount() > 0) Sync();
  if (offline_) {
    return Queue(
        entry, RpcStatus(grpc::StatusCode::UNAVAILABLE, "", "working offline"));
  }
  DeskOutcome outcome;
  outcome.status = CallLive(entry, &outcome.answer);
  if (IsTransient(outcome.status.code())) {
    offline_ = journal_ != nullptr;
    return Queue(entry, outcome.status);
  }
  outcome.kind = outcome.status.ok() ? DeskOutcome::Kind::kDone
                                     : DeskOutcome::Kind::kRefused;
  outcome.pending = PendingCount();
  return outcome;
}

RpcStatus Desk::CallLive(const v1::JournalEntry& entry,
                         v1::JournalResult* answer) {
  using Stub = v1::Circulation::Stub;
  switch (entry.action_case()) {
    case v1::JournalEntry::kCheckOut:
      return connection_.Call(circulation_, &Stub::CheckOut, entry.check_out(),
                              answer->mutable_check_out());
    case v1::JournalEntry::kCheckIn:
      return connection_.Call(circulation_, &Stub::CheckIn, entry.check_in(),
                              answer->mutable_check_in());
    case v1::JournalEntry::kRenew:
      return connection_.Call(circulation_, &Stub::Renew, entry.renew(),
                              answer->mutable_renew());
    case v1::JournalEntry::kVisit:
      return connection_.Call(circulation_, &Stub::RecordVisit, entry.visit(),
                              answer->mutable_visit());
    case v1::JournalEntry::ACTION_NOT_SET:
      break;
  }
  return RpcStatus(grpc::StatusCode::INTERNAL, "", "an entry without action");
}

DeskOutcome Desk::Queue(const v1::JournalEntry& entry, RpcStatus why) {
  DeskOutcome outcome;
  outcome.status = std::move(why);
  outcome.kind = DeskOutcome::Kind::kFailed;
  if (journal_ != nullptr) {
    if (absl::Status queued = journal_->Append(entry, now_()); queued.ok()) {
      outcome.kind = DeskOutcome::Kind::kQueued;
    } else {
      outcome.status = RpcStatus(static_cast<grpc::StatusCode>(queued.code()),
                                 "", std::string(queued.message()));
    }
  }
  outcome.pending = PendingCount();
  return outcome;
}

int64_t Desk::PendingCount() {
  if (journal_ == nullptr) return 0;
  absl::StatusOr<int64_t> pending = journal_->PendingCount();
  return pending.value_or(0);
}

}  // namespace kitap::client
