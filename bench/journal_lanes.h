// JournalLanes: sends circulation as SubmitJournal streams of up to 10,000
// entries. The server applies a stream's entries in occurred_at order, so
// entries that depend on each other must not travel in streams that run
// side by side: each library belongs to one lane, a lane's streams go one
// after another, and lanes run in parallel. Every entry must come back
// APPLIED; anything else means the dataset and the server disagree.
#ifndef KITAP_BENCH_JOURNAL_LANES_H_
#define KITAP_BENCH_JOURNAL_LANES_H_

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "db/status.h"
#include "kitap/v1/circulation.grpc.pb.h"

namespace kitap::gen {

class JournalLanes {
 public:
  // `stub` is not owned; calls carry `token`. REQUIRES lanes >= 1,
  // 1 <= batch <= 10,000.
  JournalLanes(v1::Circulation::Stub* stub, std::string token, int lanes,
               size_t batch);
  ~JournalLanes();

  // Queues `entry` on the lane of library `library` (an index). Blocks
  // while that lane is two streams behind.
  void Add(int32_t library, v1::JournalEntry entry);
  // Sends what is queued, waits for every stream and returns the first
  // failure. Call once.
  Status Finish();

 private:
  struct Lane {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<v1::JournalEntry> filling;            // producer only
    std::deque<std::vector<v1::JournalEntry>> queue;  // guarded by mutex
    bool closed = false;                              // guarded by mutex
    Status error;                                     // guarded by mutex
    std::thread worker;
  };

  void Enqueue(Lane& lane);
  void Work(Lane& lane);
  Status Send(const std::vector<v1::JournalEntry>& batch);

  v1::Circulation::Stub* stub_;
  const std::string token_;
  const size_t batch_;
  std::vector<std::unique_ptr<Lane>> lanes_;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_JOURNAL_LANES_H_
