// Writer: the one thread that writes to the database, with group commit.
//
// Callers Submit() work; the writer thread takes everything queued (up to
// max_batch), opens one transaction, runs each piece of work inside its own
// SAVEPOINT (a failed piece is rolled back alone and does not touch the
// others), writes the counter increments its pieces kept (Increments),
// COMMITs once, and hands the batch to a second thread, the finisher, while
// the writer goes on with the next batch. If the COMMIT fails, every piece
// of the batch fails with that status and nothing of it is kept.
//
// Durability: on a connection that syncs every commit (synchronous=FULL)
// the writer does not wait for the disk at COMMIT (DeferCommitSyncs,
// wal_gather_vfs.h). The finisher syncs the write-ahead log once for every
// batch committed since its last sync, and only then calls each piece's
// `done`: a write is answered only once it is on disk, and the writer runs
// the next batches while the disk works. Readers may see a commit a moment
// before it is on disk; a write never depends on one that is not, because
// the log is synced in commit order. If that sync fails, nothing written
// since the last good one may be on disk (and later syncs cannot be trusted
// to say so): those pieces and every later write fail with
// UNAVAILABLE/STORAGE_SYNC_FAILED until the process restarts and SQLite
// recovers the log.
//
// Thread-safety: Submit and the accessors may be called from any thread.
// `work` runs on the writer thread, `done` and `on_batch` on the finishing
// thread, batch after batch in commit order; neither may block on other
// writes (done may hand results to gRPC, which does not block).
#ifndef KITAP_DB_WRITER_H_
#define KITAP_DB_WRITER_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "db/database.h"

namespace kitap::db {

// One finished write transaction.
struct BatchInfo {
  size_t pieces = 0;
  int64_t micros = 0;      // from BEGIN to the end of COMMIT (or rollback)
  bool committed = false;  // false: the whole batch failed
};

struct WriterOptions {
  size_t max_batch = 1024;    // pieces of work per transaction
  size_t max_queue = 100000;  // beyond this Submit fails fast
  // Optional: called on the finishing thread after each batch, once every
  // piece's `done` has run (for metrics and change notifications). Must be
  // cheap and must not block.
  std::function<void(const BatchInfo&)> on_batch;
  // Makes the log durable given a descriptor of the WAL file: fdatasync when
  // empty. A seam for tests of a failing disk.
  std::function<Status(int fd)> sync_log;
};

// Counts for metrics; read with relaxed ordering.
struct WriterStats {
  std::atomic<uint64_t> batches{0};
  std::atomic<uint64_t> pieces{0};
  std::atomic<uint64_t> failed_commits{0};
  std::atomic<uint64_t> queue_depth{0};
  std::atomic<uint64_t> commit_micros_total{0};
  std::atomic<uint64_t> log_syncs{0};  // by the finisher, for deferred commits
  std::atomic<uint64_t> log_sync_failures{0};
};

class Writer {
 public:
  // Runs inside a SAVEPOINT of the batch transaction. A non-OK status rolls
  // back this piece's changes only.
  using Work = std::function<Status(Database&)>;
  // Called once per piece after the batch is committed (or failed).
  using Done = std::function<void(const Status&)>;

  Writer(std::unique_ptr<Database> db, WriterOptions options);
  // Drains the queue, then stops the thread.
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Queues work. When the queue is full, the writer is stopping or a sync of
  // the log has failed, `done` is called at once (on this thread) with
  // RESOURCE_EXHAUSTED or UNAVAILABLE.
  void Submit(Work work, Done done);

  // Finishes everything already queued, refuses new work, joins the thread.
  void Stop();

  const WriterStats& stats() const { return stats_; }

 private:
  struct Piece {
    Work work;
    Done done;
  };

  // A batch written (or failed): its pieces' `done` and their results.
  struct Finished {
    std::vector<Done> dones;
    std::vector<Status> results;
    BatchInfo info;
    bool owes_sync = false;  // committed without waiting for the disk
  };

  void Loop();
  void RunBatch(std::vector<Piece>& batch);
  Status RunPiece(Piece& piece);
  Status Commit(Transaction& tx, bool* owes_sync);
  void FinishLoop();
  // Syncs the log if `ready` owes it; on failure fails their commits.
  void SyncLog(std::deque<Finished>& ready);

  std::unique_ptr<Database> db_;
  const WriterOptions options_;
  WriterStats stats_;
  // A descriptor of the WAL file for the finisher's syncs: opened by the
  // writer thread before the first batch that owes one reaches the finisher,
  // closed after both threads have stopped.
  int log_fd_ = -1;
  // Once a sync of the log failed: no write is answered OK again.
  std::atomic<bool> log_lost_{false};

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Piece> queue_;  // guarded by mu_
  bool stopping_ = false;    // guarded by mu_

  std::mutex finish_mu_;
  std::condition_variable finish_cv_;
  std::deque<Finished> finished_;  // guarded by finish_mu_
  bool writer_done_ = false;       // guarded by finish_mu_

  std::thread thread_;
  std::thread finisher_;
};

}  // namespace kitap::db

#endif  // KITAP_DB_WRITER_H_
