// The write connection's WAL-gathering VFS (db/wal_gather_vfs.h) against
// real SQLite files: what it writes is what plain SQLite reads back.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <memory>
#include <string>

#include "db/database.h"
#include "tests/temp_dir.h"

namespace kitap::db {
namespace {

std::unique_ptr<Database> Open(const std::string& path,
                               const std::string& synchronous, bool gather,
                               Mode mode = Mode::kReadWrite) {
  OpenOptions options;
  options.mode = mode;
  options.synchronous = synchronous;
  options.gather_wal_writes = gather;
  std::unique_ptr<Database> db;
  Status s = Database::Open(path, options, &db);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return db;
}

std::string VfsName(Database& db) {
  sqlite3_vfs* vfs = nullptr;
  sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_VFS_POINTER, &vfs);
  return vfs ? vfs->zName : "";
}

int64_t Scalar(Database& db, const std::string& sql) {
  Statement& st = db.Prepare(sql);
  EXPECT_TRUE(st.Step()) << st.status().ToString();
  int64_t v = st.ColumnInt(0);
  st.Reset();
  return v;
}

TEST(WalGather, OnlyForConnectionsThatSyncEveryCommit) {
  test::TempDir dir;
  std::string path = dir.File("g.db");
  EXPECT_EQ(VfsName(*Open(path, "FULL", true)), "kitap-wal-gather");
  EXPECT_EQ(VfsName(*Open(path, "extra", true)), "kitap-wal-gather");
  std::string plain = VfsName(*Open(path, "FULL", false));
  EXPECT_NE(plain, "kitap-wal-gather");
  EXPECT_EQ(VfsName(*Open(path, "NORMAL", true)), plain);
  EXPECT_EQ(VfsName(*Open(path, "OFF", true)), plain);
  EXPECT_EQ(VfsName(*Open(path, "FULL", true, Mode::kReadOnly)), plain);
}

TEST(WalGather, EveryCommitIsWhatOtherConnectionsAndAReopenRead) {
  test::TempDir dir;
  std::string path = dir.File("g.db");
  auto writer = Open(path, "FULL", true);
  auto reader = Open(path, "FULL", false, Mode::kReadOnly);
  ASSERT_TRUE(writer
                  ->Exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB);"
                         "CREATE INDEX t_v ON t(v)")
                  .ok());
  int64_t rows = 0;
  for (int batch = 0; batch < 60; ++batch) {
    Transaction tx(*writer);
    ASSERT_TRUE(tx.Begin().ok());
    // Batches of 1 to 60 rows of random bytes (scattered index pages),
    // each with a savepoint rolled back (frames SQLite writes again).
    for (int i = 0; i <= batch; ++i) {
      ASSERT_TRUE(
          writer->Exec("INSERT INTO t (v) VALUES (randomblob(700))").ok());
    }
    ASSERT_TRUE(writer
                    ->Exec("SAVEPOINT s; INSERT INTO t (v) VALUES "
                           "(randomblob(5000)); ROLLBACK TO s; RELEASE s")
                    .ok());
    ASSERT_TRUE(tx.Commit().ok());
    rows += batch + 1;
    ASSERT_EQ(Scalar(*reader, "SELECT COUNT(*) FROM t"), rows);
  }
  // One transaction larger than the 4 MB the VFS gathers at most.
  ASSERT_TRUE(writer
                  ->Exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                         "SELECT i + 1 FROM n WHERE i < 3000) "
                         "INSERT INTO t (v) SELECT randomblob(3000) FROM n")
                  .ok());
  rows += 3000;
  EXPECT_EQ(Scalar(*reader, "SELECT COUNT(*) FROM t"), rows);
  reader.reset();
  writer.reset();
  auto plain = Open(path, "FULL", false);
  EXPECT_EQ(Scalar(*plain, "SELECT COUNT(*) FROM t"), rows);
  Statement& check = plain->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.Step());
  EXPECT_EQ(check.ColumnText(0), "ok");
}

// Files may not grow past `bytes` while it lives (RLIMIT_FSIZE): a write
// past it fails with EFBIG, as a write to a full disk fails.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    old_signal_ = std::signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &old_);
    rlimit limit = old_;
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &old_);
    std::signal(SIGXFSZ, old_signal_);
  }

 private:
  rlimit old_;
  void (*old_signal_)(int);
};

TEST(WalGather, AFailedWriteFailsTheCommitAndKeepsNothing) {
  test::TempDir dir;
  std::string path = dir.File("g.db");
  auto writer = Open(path, "FULL", true);
  ASSERT_TRUE(writer
                  ->Exec("CREATE TABLE t (v BLOB);"
                         "INSERT INTO t VALUES (randomblob(100))")
                  .ok());
  {
    // The gathered frames (about 50 pages) cannot all be written: the
    // error comes out of the sync, and the commit fails.
    FileSizeLimit limit(std::filesystem::file_size(path + "-wal") + 8192);
    Transaction tx(*writer);
    ASSERT_TRUE(tx.Begin().ok());
    ASSERT_TRUE(writer->Exec("INSERT INTO t VALUES (randomblob(200000))").ok());
    Status s = tx.Commit();
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.reason(), "STORAGE_ERROR") << s.ToString();
  }
  EXPECT_EQ(Scalar(*writer, "SELECT COUNT(*) FROM t"), 1);
  ASSERT_TRUE(writer->Exec("INSERT INTO t VALUES (randomblob(200000))").ok());
  writer.reset();
  auto plain = Open(path, "FULL", false);
  EXPECT_EQ(Scalar(*plain, "SELECT COUNT(*) FROM t"), 2);
  Statement& check = plain->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.Step());
  EXPECT_EQ(check.ColumnText(0), "ok");
}

}  // namespace
}  // namespace kitap::db
