// CounterHub: the current year's national figures for live watchers
// (Statistics/WatchCounters and GET /api/v1/counters/live). A write batch
// only marks the figures as possibly changed (one atomic store); a timer
// thread re-reads them through the engine's read pool at most once a
// period while someone watches, and tells the watchers when they changed.
//
// Thread-safety: every method may be called from any thread.
#ifndef KITAP_SERVER_STATS_COUNTER_HUB_H_
#define KITAP_SERVER_STATS_COUNTER_HUB_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "kitap/v1/statistics.pb.h"
#include "server/core/engine.h"

namespace kitap::stats {

// The zone whose calendar the national figures' "current year" follows.
inline constexpr char kNationalTimeZone[] = "Asia/Almaty";
int NationalYear(domain::Micros now);

class CounterHub {
 public:
  class Subscriber {
   public:
    virtual ~Subscriber() = default;
    // Called on a read-pool thread with the hub's lock held: must only
    // enqueue, never block or call back into the hub. `generation` rises
    // with the start of each read: a later read has a larger one.
    virtual void OnCounters(uint64_t generation,
                            const v1::LiveCounters& counters) = 0;
    // The server is stopping: watchers should end their streams. Called
    // with the hub's lock held, like OnCounters.
    virtual void OnStop() {}
  };
  using ReadDone = std::function<void(const Status&, uint64_t generation,
                                      const v1::LiveCounters&)>;

  explicit CounterHub(
      std::chrono::milliseconds period = std::chrono::seconds(1));
  ~CounterHub();
  CounterHub(const CounterHub&) = delete;
  CounterHub& operator=(const CounterHub&) = delete;

  // Starts the timer thread. REQUIRES: called once, before any other
  // method but NoteWrite; `engine` outlives every read (stop the engine
  // before destroying the hub).
  void Start(Engine& engine);
  // Tells every subscriber OnStop and joins the timer thread. A read in
  // flight still completes through the engine. Safe to call more than once.
  void Stop();

  // The figures may have changed (from the writer's batch listener).
  void NoteWrite() { dirty_.store(true, std::memory_order_relaxed); }

  // Once stopping, a new subscriber is told OnStop at once.
  void Subscribe(Subscriber* subscriber);
  // After this returns, `subscriber` gets no more calls.
  void Unsubscribe(Subscriber* subscriber);

  // Reads the figures now; `done` runs on a read-pool thread (or at once on
  // this one when the engine refuses the read).
  void Read(ReadDone done);

 private:
  void Loop();
  // Runs on a read-pool thread with a timer read's result.
  void Publish(const Status& status, uint64_t generation,
               const v1::LiveCounters& counters);

  const std::chrono::milliseconds period_;
  Engine* engine_ = nullptr;
  std::atomic<bool> dirty_{true};
  std::atomic<uint64_t> generation_{0};
  std::thread thread_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::set<Subscriber*> subscribers_;  // guarded by mu_
  bool stopping_ = false;              // guarded by mu_
  bool reading_ = false;               // guarded by mu_: a timer read runs
  int last_year_ = 0;                  // guarded by mu_
  std::string last_figures_;           // guarded by mu_: serialized
};

}  // namespace kitap::stats

#endif  // KITAP_SERVER_STATS_COUNTER_HUB_H_
