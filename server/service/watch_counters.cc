#include "server/service/watch_counters.h"

#include <mutex>
#include <optional>
#include <string>

#include "server/service/grpc_status.h"

namespace kitap::service {
namespace {

class CountersReactor final : public grpc::ServerWriteReactor<v1::LiveCounters>,
                              public stats::CounterHub::Subscriber {
 public:
  CountersReactor(Edge& edge, stats::CounterHub& hub,
                  grpc::CallbackServerContext* context)
      : hub_(hub), context_(context) {
    auth::Principal principal;
    Status admitted =
        Admit(edge, context, {"Statistics/WatchCounters", "", context->peer()},
              auth::ForNationalCounters(), &principal);
    if (!admitted.ok()) {
      initial_pending_ = false;
      Close(admitted);
      return;
    }
    // Subscribe before the first read so that no change falls between.
    hub_.Subscribe(this);
    hub_.Read([this](const Status& status, uint64_t generation,
                     const v1::LiveCounters& counters) {
      OnInitial(status, generation, counters);
    });
  }

  void OnCounters(uint64_t generation,
                  const v1::LiveCounters& counters) override {
    Offer(generation, counters);
  }

  // Not through ToGrpc: a stop is no failure worth a log line per watcher.
  void OnStop() override {
    std::lock_guard lock(mu_);
    if (finished_) return;
    finished_ = true;
    context_->AddTrailingMetadata(kReasonKey, "SHUTTING_DOWN");
    Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                        "the server is shutting down; watch again"));
  }

  void OnWriteDone(bool ok) override {
    if (!ok) return Close(Status::Ok());
    std::lock_guard lock(mu_);
    if (!next_) {
      writing_ = false;
      return;
    }
    in_flight_ = std::move(*next_);
    next_.reset();
    StartWrite(&in_flight_);
  }

  void OnCancel() override { Close(Status::Ok()); }

  void OnDone() override {
    hub_.Unsubscribe(this);
    bool initial_pending;
    {
      std::lock_guard lock(mu_);
      done_ = true;
      initial_pending = initial_pending_;
    }
    if (!initial_pending) delete this;  // else OnInitial deletes it
  }

 private:
  // Runs on a read-pool thread with the first read. Until it clears
  // initial_pending_, OnDone leaves the deleting to it.
  void OnInitial(const Status& status, uint64_t generation,
                 const v1::LiveCounters& counters) {
    if (status.ok()) {
      Offer(generation, counters);
    } else {
      Close(status);
    }
    bool done;
    {
      std::lock_guard lock(mu_);
      initial_pending_ = false;
      done = done_;
    }
    if (done) delete this;
  }

  // Sends `counters` unless they are older than, or the same as, the last
  // ones offered; while a write is in flight the newest waits for it.
  void Offer(uint64_t generation, const v1::LiveCounters& counters) {
    std::lock_guard lock(mu_);
    if (finished_ || generation <= generation_) return;
    generation_ = generation;
    std::string figures = counters.figures().SerializeAsString();
    if (figures == last_figures_ && counters.year() == last_year_) return;
    last_figures_ = std::move(figures);
    last_year_ = counters.year();
    if (writing_) {
      next_ = counters;
      return;
    }
    writing_ = true;
    in_flight_ = counters;
    StartWrite(&in_flight_);
  }

  void Close(const Status& status) {
    std::lock_guard lock(mu_);
    if (finished_) return;
    finished_ = true;
    Finish(ToGrpc(context_, status));
  }

  stats::CounterHub& hub_;
  grpc::CallbackServerContext* context_;

  std::mutex mu_;
  v1::LiveCounters in_flight_;            // guarded by mu_ while writing_
  std::optional<v1::LiveCounters> next_;  // guarded by mu_
  bool writing_ = false;                  // guarded by mu_
  uint64_t generation_ = 0;               // guarded by mu_
  std::string last_figures_;              // guarded by mu_
  int last_year_ = 0;                     // guarded by mu_
  bool finished_ = false;                 // guarded by mu_
  bool initial_pending_ = true;           // guarded by mu_
  bool done_ = false;                     // guarded by mu_
};

}  // namespace

grpc::ServerWriteReactor<v1::LiveCounters>* WatchCounters(
    Edge& edge, stats::CounterHub& hub, grpc::CallbackServerContext* context) {
  return new CountersReactor(edge, hub, context);
}

}  // namespace kitap::service
