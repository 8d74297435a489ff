// Checkpointer: copies the write-ahead log back into the database file on a
// thread of its own, so the writer thread never stops for it.
//
// By default SQLite checkpoints on the connection that commits, once the
// WAL holds 1,000 pages: the writer would then write every page again into
// the database file and fsync it before it could start its next batch. Here
// the write connection only notes the WAL's size after each commit (a WAL
// hook, which replaces SQLite's automatic checkpoint), and this thread runs
// a PASSIVE checkpoint on its own connection when the WAL holds `pages`,
// at most every 100 ms. A passive checkpoint never blocks the writer or the
// readers; the writer starts the WAL over from its beginning once a
// checkpoint has copied all of it. Under writes that never pause that does
// not happen by itself: once a checkpoint leaves a WAL of 16 x `pages`, this
// thread catches up with a few passive checkpoints back to back and syncs
// the database file, then the writer runs a RESTART checkpoint after its
// next commit (the pages of that commit or few and their sync, about a
// millisecond), and the WAL starts over.
//
// Thread-safety: all public members may be called from any thread.
#ifndef KITAP_DB_CHECKPOINTER_H_
#define KITAP_DB_CHECKPOINTER_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "db/database.h"

namespace kitap::db {

struct CheckpointStats {
  std::atomic<uint64_t> checkpoints{0};
  std::atomic<uint64_t> restarts{0};  // of the checkpoints, RESTARTs
  std::atomic<uint64_t> failures{0};
};

class Checkpointer {
 public:
  // Opens a connection of its own (with `options`) to `writer`'s file and
  // takes over checkpointing from `writer`. REQUIRES: no other thread uses
  // `writer` during Start and during the destructor, and `writer` outlives
  // the Checkpointer.
  static Status Start(Database& writer, const OpenOptions& options, int pages,
                      std::unique_ptr<Checkpointer>* out);
  // Stops the thread (after the checkpoint it may be running) and gives
  // checkpointing back to `writer`.
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  const CheckpointStats& stats() const { return stats_; }

 private:
  Checkpointer(Database& writer, std::unique_ptr<Database> own, int file_fd,
               int pages, int writer_busy_timeout_ms);
  static int OnCommit(void* self, sqlite3* db, const char* name, int pages);
  void Restart(sqlite3* db);  // on the writer's thread
  // One PASSIVE checkpoint, counted; `log_pages`: the log's size in pages
  // when it began. Returns SQLite's result code.
  int Passive(int* log_pages);
  void Loop();

  Database& writer_;
  std::unique_ptr<Database> own_;
  const int file_fd_;  // the database file, for syncs before restarts
  const int pages_;
  const int writer_busy_timeout_ms_;
  std::atomic<bool> restart_due_{false};
  CheckpointStats stats_;

  std::mutex mu_;
  std::condition_variable cv_;
  bool wanted_ = false;    // guarded by mu_
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace kitap::db

#endif  // KITAP_DB_CHECKPOINTER_H_
