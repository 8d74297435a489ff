// BulkSink: completing the database after the last row.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "bench/bulk_sink.h"
#include "server/stats/rollups.h"

namespace kitap::gen {

Status BulkSink::Finish() {
  KITAP_RETURN_IF_ERROR(
      db_->Exec("UPDATE item SET status = 2 WHERE id IN "
                "(SELECT item_id FROM loan WHERE returned_at IS NULL)"));
  KITAP_RETURN_IF_ERROR(ApplyActivity());
  KITAP_RETURN_IF_ERROR(transaction_->Commit());
  // The index sorts go in runs as large as the cache, sorted by a second
  // thread while the first reads on, then merged. Runs of 2 MB sort in the
  // processor's caches: CREATE INDEX took half the processor time it took
  // with runs of 64 MB (the SQLite linked-list merge sort misses the cache
  // on every step), while the merges of the many runs cost little.
  KITAP_RETURN_IF_ERROR(db_->Exec("PRAGMA cache_size=-2048"));
  KITAP_RETURN_IF_ERROR(
      progress_->Run("indexes", [this] { return RebuildIndexes(); }));
  KITAP_RETURN_IF_ERROR(
      progress_->Run("counters", [this] { return FillCounters(); }));
  KITAP_RETURN_IF_ERROR(
      db_->Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON"));
  return progress_->Run("sync", [this] { return SyncToDisk(); });
}

namespace {

Status FsyncPath(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    Status s =
        Status::Internal("SYNC_FAILED", path + ": " + std::strerror(errno));
    if (fd >= 0) ::close(fd);
    return s;
  }
  ::close(fd);
  return Status::Ok();
}

}  // namespace

// The load wrote with fsync off: until the file and its directory entry are
// flushed, a crash could lose or tear what the load reported done, and the
// kernel would still be writing gigabytes back while kitapd starts on it.
Status BulkSink::SyncToDisk() {
  const std::string& path = db_->path();
  KITAP_RETURN_IF_ERROR(FsyncPath(path, O_RDONLY));
  std::string dir = std::filesystem::absolute(path).parent_path().string();
  return FsyncPath(dir, O_RDONLY | O_DIRECTORY);
}

// As the server marks a reader active: only in a year they are registered.
Status BulkSink::ApplyActivity() {
  for (const auto& [year, flags] : active_) {
    for (size_t patron = 0; patron < flags.size(); ++patron) {
      if (!flags[patron]) continue;
      KITAP_RETURN_IF_ERROR(
          db_->Prepare("UPDATE patron_year SET active = 1 WHERE patron_id = ? "
                       "AND year = ?")
              .Bind(1, static_cast<int64_t>(patron) + 1)
              .Bind(2, year)
              .Run());
    }
  }
  return Status::Ok();
}

Status BulkSink::RebuildIndexes() {
  for (const std::string& sql : index_sql_) {
    KITAP_RETURN_IF_ERROR(db_->Exec(sql));
  }
  return Status::Ok();
}

// The counters summed while writing, then the roll-ups from them:
// what the server would hold, so exactly what a recount finds.
Status BulkSink::FillCounters() {
  KITAP_RETURN_IF_ERROR(transaction_->Begin());
  KITAP_RETURN_IF_ERROR(counters_.Write(*db_));
  KITAP_RETURN_IF_ERROR(stats::FillRollups(*db_));
  return transaction_->Commit();
}

}  // namespace kitap::gen
