#include "db/checkpointer.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
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
// The restart syncs the database file while the writer waits. A passive
// checkpoint syncs it only when it copies the whole log, which under writes
// that never pause it does not: every page copied since the last restart
// would wait for the restart's sync (about 5 ms of the writer, at the
// median, on the scale-1 test file). So before asking for a restart this thread
// syncs the file itself, after catching up with passive checkpoints back to
// back (each copies what was committed while the one before ran) until one
// finds only a few commits' pages: the restart is left with those.
constexpr int kCatchUpPasses = 4;
constexpr int kFewPages = 64;

}  // namespace

Status Checkpointer::Start(Database& writer, const OpenOptions& options,
                           int pages, std::unique_ptr<Checkpointer>* out) {
  std::unique_ptr<Database> own;
  KITAP_RETURN_IF_ERROR(Database::Open(writer.path(), options, &own));
  const char* file = sqlite3_db_filename(own->handle(), "main");
  int fd = open(file, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::Unavailable("STORAGE_ERROR",
                               std::string("cannot open ") + file +
                                   " to sync it: " + std::strerror(errno));
  }
  out->reset(new Checkpointer(writer, std::move(own), fd, pages,
                              options.busy_timeout_ms));
  return Status::Ok();
}

Checkpointer::Checkpointer(Database& writer, std::unique_ptr<Database> own,
                           int file_fd, int pages, int writer_busy_timeout_ms)
    : writer_(writer),
      own_(std::move(own)),
      file_fd_(file_fd),
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
  close(file_fd_);
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

int Checkpointer::Passive(int* log_pages) {
  int rc = sqlite3_wal_checkpoint_v2(
      own_->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, log_pages, nullptr);
  // BUSY: the writer is restarting the log; this one comes next time.
  if (rc == SQLITE_OK) {
    stats_.checkpoints.fetch_add(1, std::memory_order_relaxed);
  } else if ((rc & 0xff) != SQLITE_BUSY) {
    stats_.failures.fetch_add(1, std::memory_order_relaxed);
  }
  return rc;
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
    int rc = Passive(&log_pages);
    if (rc == SQLITE_OK && log_pages >= kRestartFactor * pages_) {
      // Each pass copies the pages committed while the one before ran.
      for (int pass = 0; rc == SQLITE_OK && pass < kCatchUpPasses; ++pass) {
        int before = log_pages;
        rc = Passive(&log_pages);
        if (log_pages - before <= kFewPages) break;
      }
      // A failed sync only leaves the restart's own sync more to do.
      if (rc == SQLITE_OK) {
        fdatasync(file_fd_);
        restart_due_.store(true, std::memory_order_relaxed);
      }
    }
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, kInterval, [this] { return stopping_; });
  }
}

}  // namespace kitap::db
