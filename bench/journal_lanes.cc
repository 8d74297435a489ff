#include "bench/journal_lanes.h"

#include "bench/call_window.h"

namespace kitap::gen {

JournalLanes::JournalLanes(v1::Circulation::Stub* stub, std::string token,
                           int lanes, size_t batch)
    : stub_(stub), token_(std::move(token)), batch_(batch) {
  for (int i = 0; i < lanes; ++i) {
    lanes_.push_back(std::make_unique<Lane>());
    Lane& lane = *lanes_.back();
    lane.worker = std::thread([this, &lane] { Work(lane); });
  }
}

JournalLanes::~JournalLanes() {
  for (auto& lane : lanes_) {
    {
      std::lock_guard lock(lane->mutex);
      lane->closed = true;
    }
    lane->changed.notify_all();
    if (lane->worker.joinable()) lane->worker.join();
  }
}

void JournalLanes::Add(int32_t library, v1::JournalEntry entry) {
  Lane& lane = *lanes_[library % lanes_.size()];
  lane.filling.push_back(std::move(entry));
  if (lane.filling.size() >= batch_) Enqueue(lane);
}

void JournalLanes::Enqueue(Lane& lane) {
  std::unique_lock lock(lane.mutex);
  lane.changed.wait(lock, [&] { return lane.queue.size() < 2; });
  lane.queue.push_back(std::move(lane.filling));
  lane.filling.clear();
  lane.changed.notify_all();
}

Status JournalLanes::Finish() {
  Status first;
  for (auto& lane : lanes_) {
    if (!lane->filling.empty()) Enqueue(*lane);
    {
      std::lock_guard lock(lane->mutex);
      lane->closed = true;
    }
    lane->changed.notify_all();
    lane->worker.join();
    if (first.ok()) first = lane->error;
  }
  return first;
}

// Sends the lane's streams in order; after a failure the rest are dropped
// (they may depend on what failed).
void JournalLanes::Work(Lane& lane) {
  while (true) {
    std::vector<v1::JournalEntry> batch;
    {
      std::unique_lock lock(lane.mutex);
      lane.changed.wait(lock,
                        [&] { return lane.closed || !lane.queue.empty(); });
      if (lane.queue.empty()) return;
      batch = std::move(lane.queue.front());
      lane.queue.pop_front();
      lane.changed.notify_all();
      if (!lane.error.ok()) continue;
    }
    Status status = Send(batch);
    std::lock_guard lock(lane.mutex);
    if (lane.error.ok()) lane.error = status;
  }
}

Status JournalLanes::Send(const std::vector<v1::JournalEntry>& batch) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::minutes(10));
  Authorize(token_, &context);
  auto stream = stub_->SubmitJournal(&context);
  for (const v1::JournalEntry& entry : batch) {
    if (!stream->Write(entry)) break;
  }
  stream->WritesDone();
  v1::JournalResult result;
  size_t answered = 0;
  Status refused;
  while (stream->Read(&result)) {
    ++answered;
    if (result.outcome() != v1::JOURNAL_OUTCOME_APPLIED && refused.ok()) {
      refused = Status::Internal(
          "JOURNAL_ENTRY_NOT_APPLIED",
          result.request_id() + ": " + result.conflict() + " " +
              result.message() + " (is the server's policy the default?)");
    }
  }
  KITAP_RETURN_IF_ERROR(FromGrpc(context, stream->Finish()));
  if (answered != batch.size()) {
    return Status::Internal("JOURNAL_INCOMPLETE",
                            "a journal stream answered " +
                                std::to_string(answered) + " of " +
                                std::to_string(batch.size()) + " entries");
  }
  return refused;
}

}  // namespace kitap::gen
