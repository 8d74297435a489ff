#include "db/writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <utility>

#include "db/thread_name.h"
#include "db/wal_gather_vfs.h"

namespace kitap::db {
namespace {

Status LogLost(const std::string& why) {
  return Status::Unavailable(
      "STORAGE_SYNC_FAILED",
      "the write-ahead log could not be synced to disk (" + why +
          "): writes since the last good sync may be lost; this server "
          "takes no more writes until it is restarted");
}

// What every write gets once a sync has failed.
Status AfterLostSync() { return LogLost("an earlier sync failed"); }

Status Fdatasync(int fd) {
  while (fdatasync(fd) != 0) {
    if (errno != EINTR) return LogLost(std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace

Writer::Writer(std::unique_ptr<Database> db, WriterOptions options)
    : db_(std::move(db)),
      options_(options),
      thread_([this] { Loop(); }),
      finisher_([this] { FinishLoop(); }) {}

Writer::~Writer() { Stop(); }

void Writer::Submit(Work work, Done done) {
  if (log_lost_.load()) return done(AfterLostSync());
  {
    std::lock_guard lock(mu_);
    if (stopping_) {
      done(Status::Unavailable("SHUTTING_DOWN", "the server is shutting down"));
      return;
    }
    if (queue_.size() >= options_.max_queue) {
      done(Status::ResourceExhausted(
          "WRITE_QUEUE_FULL", "too many writes are waiting; retry shortly"));
      return;
    }
    queue_.push_back({std::move(work), std::move(done)});
    stats_.queue_depth.store(queue_.size(), std::memory_order_relaxed);
  }
  cv_.notify_one();
}

void Writer::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_one();
  if (thread_.joinable()) thread_.join();
  {
    std::lock_guard lock(finish_mu_);
    writer_done_ = true;
  }
  finish_cv_.notify_one();
  if (finisher_.joinable()) finisher_.join();
  if (log_fd_ >= 0) close(log_fd_);
  log_fd_ = -1;
}

void Writer::Loop() {
  NameThisThread("kitap-writer");
  std::vector<Piece> batch;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and drained
      while (!queue_.empty() && batch.size() < options_.max_batch) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      stats_.queue_depth.store(queue_.size(), std::memory_order_relaxed);
    }
    RunBatch(batch);
    batch.clear();
  }
}

Status Writer::RunPiece(Piece& piece) {
  KITAP_RETURN_IF_ERROR(db_->Exec("SAVEPOINT piece"));
  Status s = piece.work(*db_);
  if (!db_->InTransaction()) return s;  // SQLite ended the transaction
  if (!s.ok()) db_->Exec("ROLLBACK TO piece");
  Status released = db_->Exec("RELEASE piece");
  if (s.ok() && released.ok()) {
    db_->increments().Keep();
  } else {
    db_->increments().Drop();
  }
  return s.ok() ? released : s;
}

// With deferred syncs, the log's descriptor is opened before the first
// such COMMIT, so a failure to open it changes nothing.
Status Writer::Commit(Transaction& tx, bool* owes_sync) {
  if (!db_->can_defer_commit_syncs()) return tx.Commit();
  if (log_fd_ < 0) {
    std::string wal = db_->wal_path();
    log_fd_ = open(wal.c_str(), O_RDONLY | O_CLOEXEC);
    if (log_fd_ < 0) {
      return Status::Unavailable(
          "STORAGE_ERROR", "cannot open the write-ahead log " + wal + ": " +
                               std::strerror(errno));
    }
  }
  DeferCommitSyncs defer;
  KITAP_RETURN_IF_ERROR(tx.Commit());
  *owes_sync = true;
  return Status::Ok();
}

void Writer::RunBatch(std::vector<Piece>& batch) {
  auto start = std::chrono::steady_clock::now();
  std::vector<Status> results(batch.size());
  Transaction tx(*db_);
  bool owes_sync = false;
  Status batch_status = log_lost_.load() ? AfterLostSync() : tx.Begin();
  db_->increments().Defer();
  for (size_t i = 0; i < batch.size() && batch_status.ok(); ++i) {
    results[i] = RunPiece(batch[i]);
    // A storage error can end the whole transaction: then nothing of the
    // batch, including pieces that succeeded, will be committed.
    if (!db_->InTransaction()) {
      batch_status = results[i].ok()
                         ? Status::Unavailable("STORAGE_ERROR",
                                               "transaction was rolled back")
                         : results[i];
    }
  }
  if (batch_status.ok()) batch_status = db_->increments().Flush();
  if (batch_status.ok()) batch_status = Commit(tx, &owes_sync);
  db_->increments().Stop();
  if (!batch_status.ok()) {
    tx.Rollback();
    stats_.failed_commits.fetch_add(1, std::memory_order_relaxed);
    for (Status& r : results) r = batch_status;
  }
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::steady_clock::now() - start)
                    .count();
  Finished finished{{},
                    std::move(results),
                    {batch.size(), micros, batch_status.ok()},
                    owes_sync};
  finished.dones.reserve(batch.size());
  for (Piece& piece : batch) finished.dones.push_back(std::move(piece.done));
  {
    // Counted as the batch is handed over: a piece's `done` runs after its
    // batch is counted, and a counted batch is with the finisher.
    std::lock_guard lock(finish_mu_);
    stats_.batches.fetch_add(1, std::memory_order_relaxed);
    stats_.pieces.fetch_add(batch.size(), std::memory_order_relaxed);
    stats_.commit_micros_total.fetch_add(micros, std::memory_order_relaxed);
    finished_.push_back(std::move(finished));
  }
  finish_cv_.notify_one();
}

void Writer::FinishLoop() {
  NameThisThread("kitap-finisher");
  std::deque<Finished> ready;
  for (;;) {
    {
      std::unique_lock lock(finish_mu_);
      finish_cv_.wait(lock,
                      [this] { return writer_done_ || !finished_.empty(); });
      if (finished_.empty()) return;  // the writer has stopped, all answered
      ready.swap(finished_);
    }
    SyncLog(ready);
    for (Finished& f : ready) {
      for (size_t i = 0; i < f.dones.size(); ++i) f.dones[i](f.results[i]);
      if (options_.on_batch) options_.on_batch(f.info);
    }
    ready.clear();
  }
}

void Writer::SyncLog(std::deque<Finished>& ready) {
  if (std::none_of(ready.begin(), ready.end(),
                   [](const Finished& f) { return f.owes_sync; })) {
    return;
  }
  Status synced = log_lost_.load()
                      ? AfterLostSync()
                      : (options_.sync_log ? options_.sync_log(log_fd_)
                                           : Fdatasync(log_fd_));
  if (synced.ok()) {
    stats_.log_syncs.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  if (!log_lost_.exchange(true)) {
    stats_.log_sync_failures.fetch_add(1, std::memory_order_relaxed);
  }
  for (Finished& f : ready) {
    if (!f.owes_sync) continue;
    for (Status& r : f.results) {
      if (r.ok()) r = synced;
    }
  }
}

}  // namespace kitap::db
