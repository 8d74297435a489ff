#include "db/checkpointer.h"

#include <sqlite3.h>

#include <chrono>
#include <utility>

#include "db/thread_name.h"

namespace kitap::db {
namespace {

// At most one checkpoint per interval. A checkpoint copies each page once,
// in its latest version, however often it changed since the last one: the
// pages every write touches (counters, the ends of tables and the log's
// indexes) are copied ten times a second instead of after every commit.
constexpr auto kInterval = std::chrono::milliseconds(100);

// A passive checkpoint never waits for the writer, so under writes that
// never pause it never finds the whole log copied with no commit since, and
// the writer never starts the log over. Once a checkpoint leaves a log of
// this many times `pages`, the writer runs a RESTART checkpoint itself right
// after its next commit: it copies the pages of the commits since (a few)
// and starts the log over. It waits at most kRestartWaitMs for readers still
// reading from the log, and tries again after the next checkpoint if they
// do not finish by then.
constexpr int kRestartFactor = 16;
constexpr int kRestartWaitMs = 10;

}  // namespace

Status Checkpointer::Start(Database& writer, const OpenOptions& options,
                           int pages, std::unique_ptr<Checkpointer>* out) {
  std::unique_ptr<Database> own;
  KITAP_RETURN_IF_ERROR(Database::Open(writer.path(), options, &own));
  out->reset(
      new Checkpointer(writer, std::move(own), pages, options.busy_timeout_ms));
  return Status::Ok();
}

Checkpointer::Checkpointer(Database& writer, std::unique_ptr<Database> own,
                           int pages, int writer_busy_timeout_ms)
    : writer_(writer),
      own_(std::move(own)),
      pages_(pages),
      writer_busy_timeout_ms_(writer_busy_timeout_ms) {
  thread_ = std::thread([this] { Loop(); });
  sqlite3_wal_hook(writer_.handle(), &Checkpointer::OnCommit, this);
}

Checkpointer::~Checkpointer() {
  // Back to SQLite's own checkpoints before this object goes away.
  sqlite3_wal_autocheckpoint(writer_.handle(), 1000);
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_one();
  thread_.join();
}

// Runs on the writer's thread after each commit, with the write lock
// released: it must not block, but for the rare restart.
int Checkpointer::OnCommit(void* self, sqlite3* db, const char*, int pages) {
  auto* c = static_cast<Checkpointer*>(self);
  if (c->restart_due_.exchange(false, std::memory_order_relaxed)) {
    c->Restart(db);
    return SQLITE_OK;
  }
  if (pages < c->pages_) return SQLITE_OK;
  {
    std::lock_guard lock(c->mu_);
    c->wanted_ = true;
  }
  c->cv_.notify_one();
  return SQLITE_OK;
}

void Checkpointer::Restart(sqlite3* db) {
  sqlite3_busy_timeout(db, kRestartWaitMs);
  int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_RESTART,
                                     nullptr, nullptr);
  sqlite3_busy_timeout(db, writer_busy_timeout_ms_);
  // BUSY: readers kept reading from the log; the next checkpoint asks again.
  if (rc == SQLITE_OK) {
    stats_.restarts.fetch_add(1, std::memory_order_relaxed);
  } else if ((rc & 0xff) != SQLITE_BUSY) {
    stats_.failures.fetch_add(1, std::memory_order_relaxed);
  }
}

void Checkpointer::Loop() {
  NameThisThread("kitap-ckpt");
  for (;;) {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || wanted_; });
      if (stopping_) return;
      wanted_ = false;
    }
    int log_pages = 0;
    int rc = sqlite3_wal_checkpoint_v2(own_->handle(), nullptr,
                                       SQLITE_CHECKPOINT_PASSIVE, &log_pages,
                                       nullptr);
    if (rc == SQLITE_OK && log_pages >= kRestartFactor * pages_) {
      restart_due_.store(true, std::memory_order_relaxed);
    }
    // BUSY: the writer is restarting the log; this one comes next time.
    if (rc == SQLITE_OK) {
      stats_.checkpoints.fetch_add(1, std::memory_order_relaxed);
    } else if ((rc & 0xff) != SQLITE_BUSY) {
      stats_.failures.fetch_add(1, std::memory_order_relaxed);
    }
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, kInterval, [this] { return stopping_; });
  }
}

}  // namespace kitap::db
