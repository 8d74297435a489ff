// ReadPool: a few threads, each with its own read-only connection, that run
// queries off the gRPC threads. In WAL mode readers never block the writer
// and see the last committed state.
//
// Thread-safety: Submit may be called from any thread; `work` runs on a
// pool thread with that thread's connection.
#ifndef KITAP_DB_READ_POOL_H_
#define KITAP_DB_READ_POOL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "db/database.h"

namespace kitap::db {

class ReadPool {
 public:
  using Work = std::function<void(Database*, const Status&)>;

  // Opens `threads` read-only connections to `path` (which must exist and be
  // migrated). Check status() before use.
  ReadPool(const std::string& path, int threads, size_t max_queue = 100000);
  // Finishes queued work, then joins the threads.
  ~ReadPool();
  ReadPool(const ReadPool&) = delete;
  ReadPool& operator=(const ReadPool&) = delete;

  const Status& status() const { return status_; }

  // Runs `work` on a pool thread with a connection and OK, or at once on this
  // thread with (nullptr, error) when the queue is full or stopping.
  void Submit(Work work);

  void Stop();

 private:
  void Loop(Database* db);

  Status status_;
  const size_t max_queue_;
  std::vector<std::unique_ptr<Database>> connections_;
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Work> queue_;  // guarded by mu_
  bool stopping_ = false;   // guarded by mu_
};

}  // namespace kitap::db

#endif  // KITAP_DB_READ_POOL_H_
