// Engine: the storage side of kitapd. It owns the write connection (behind
// the group-commit Writer), the read-only connection pool, the clock and the
// policy, and runs operations for the gRPC services off their threads.
#ifndef KITAP_SERVER_CORE_ENGINE_H_
#define KITAP_SERVER_CORE_ENGINE_H_

#include <functional>
#include <memory>
#include <string>

#include "db/checkpointer.h"
#include "db/database.h"
#include "db/read_pool.h"
#include "db/writer.h"
#include "server/auth/principal.h"
#include "server/core/clock.h"
#include "server/domain/policy.h"

namespace kitap {

// What an operation sees: a connection (inside the batch transaction for
// writes), the policy, the time the operation runs at, and who asked
// (nullptr for the server's own work).
struct OpContext {
  db::Database& db;
  const domain::Policy& policy;
  domain::Micros now;
  const auth::Principal* principal = nullptr;
};

struct EngineOptions {
  std::string db_path;
  std::string synchronous = "FULL";
  int read_threads = 4;
  size_t max_batch = 1024;
  // The write-ahead log is copied back into the database file by a thread
  // of its own once it holds this many pages, at most every 100 ms
  // (db/checkpointer.h).
  int checkpoint_pages = 1000;
  domain::Policy policy;
  const Clock* clock = nullptr;  // not owned; nullptr: the system clock
  // Optional: told of every write batch (see db::WriterOptions::on_batch).
  std::function<void(const db::BatchInfo&)> on_batch;
};

class Engine {
 public:
  using Op = std::function<Status(OpContext&)>;
  using Done = std::function<void(const Status&)>;

  // Opens (creating if needed) and migrates the database, then starts the
  // writer thread and the read pool.
  static Status Open(const EngineOptions& options,
                     std::unique_ptr<Engine>* out);
  ~Engine();

  // Runs `op` in the next write batch; `done` runs on the writer thread
  // once the batch is durable (or failed). A failed op changes nothing.
  void Write(Op op, Done done);
  // Runs `op` on a read connection; `done` runs on that pool thread.
  void Read(Op op, Done done);
  // Finishes queued writes and reads, then stops their threads.
  void Stop();

  const domain::Policy& policy() const { return options_.policy; }
  const Clock& clock() const { return *clock_; }
  const db::WriterStats& writer_stats() const { return writer_->stats(); }
  const db::CheckpointStats& checkpoint_stats() const {
    return checkpointer_->stats();
  }

 private:
  explicit Engine(EngineOptions options);

  EngineOptions options_;
  SystemClock system_clock_;
  const Clock* clock_;
  std::unique_ptr<db::Writer> writer_;
  // Declared after writer_: destroyed first, while the writer's connection
  // still exists (Stop() has joined the writer thread by then).
  std::unique_ptr<db::Checkpointer> checkpointer_;
  std::unique_ptr<db::ReadPool> readers_;
};

}  // namespace kitap

#endif  // KITAP_SERVER_CORE_ENGINE_H_
