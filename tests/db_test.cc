// Storage layer: the SQLite wrapper, migrations, the group-commit writer
// and the read pool, on real database files in a temp dir.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include "db/checkpointer.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/read_pool.h"
#include "db/writer.h"
#include "tests/temp_dir.h"

namespace kitap::db {
namespace {

std::unique_ptr<Database> OpenOrDie(const std::string& path) {
  std::unique_ptr<Database> db;
  Status s = Database::Open(path, OpenOptions{}, &db);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return db;
}

// The first column of `st`'s first row, or -1 without a row; resets `st`.
int64_t FirstInt(Statement& st) {
  int64_t value = st.Step() ? st.ColumnInt(0) : -1;
  st.Reset();
  return value;
}

int64_t CountRows(Database& db, const std::string& table) {
  int64_t n = FirstInt(db.Prepare("SELECT COUNT(*) FROM " + table));
  EXPECT_GE(n, 0) << "cannot count " << table;
  return n;
}

TEST(Database, BindsAndReadsEveryType) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("t.db"));
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n)").ok());
  ASSERT_TRUE(db->Prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
                  .Bind(1, int64_t{1} << 40)
                  .Bind(2, 2.5)
                  .Bind(3, std::string_view("қазақ\0x", 12))
                  .BindNull(4)
                  .Run()
                  .ok());
  Statement& st = db->Prepare("SELECT i, d, s, n FROM t");
  ASSERT_TRUE(st.Step());
  EXPECT_EQ(st.ColumnInt(0), int64_t{1} << 40);
  EXPECT_DOUBLE_EQ(st.ColumnDouble(1), 2.5);
  EXPECT_EQ(st.ColumnText(2), std::string("қазақ\0x", 12));
  EXPECT_TRUE(st.ColumnIsNull(3));
  EXPECT_FALSE(st.ColumnOptionalInt(3).has_value());
  EXPECT_FALSE(st.Step());
  EXPECT_TRUE(st.status().ok());
}

TEST(Database, ReportsErrorsAsStatus) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("t.db"));
  Status bad = db->Prepare("SELEC nonsense").Run();
  EXPECT_EQ(bad.code(), Code::kInternal);
  ASSERT_TRUE(db->Exec("CREATE TABLE u (k TEXT PRIMARY KEY)").ok());
  ASSERT_TRUE(db->Prepare("INSERT INTO u VALUES ('a')").Run().ok());
  Status dup = db->Prepare("INSERT INTO u VALUES ('a')").Run();
  EXPECT_EQ(dup.code(), Code::kAlreadyExists);
  EXPECT_EQ(dup.reason(), "CONSTRAINT");
}

TEST(Database, ReadOnlyConnectionCannotWrite) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("t.db"));
  ASSERT_TRUE(db->Exec("CREATE TABLE t (x)").ok());
  std::unique_ptr<Database> ro;
  OpenOptions options;
  options.mode = Mode::kReadOnly;
  ASSERT_TRUE(Database::Open(dir.File("t.db"), options, &ro).ok());
  Status s = ro->Exec("INSERT INTO t VALUES (1)");
  EXPECT_EQ(s.code(), Code::kUnavailable);
}

TEST(Database, TransactionRollsBackUnlessCommitted) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("t.db"));
  ASSERT_TRUE(db->Exec("CREATE TABLE t (x)").ok());
  {
    Transaction tx(*db);
    ASSERT_TRUE(tx.Begin().ok());
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (1)").ok());
  }
  EXPECT_EQ(CountRows(*db, "t"), 0);
  Transaction tx(*db);
  ASSERT_TRUE(tx.Begin().ok());
  ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (1)").ok());
  ASSERT_TRUE(tx.Commit().ok());
  EXPECT_EQ(CountRows(*db, "t"), 1);
}

TEST(Migrations, NewDatabaseGetsNewestSchemaWithRegions) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("k.db"));
  ASSERT_TRUE(Migrate(*db).ok());
  int version = 0;
  ASSERT_TRUE(SchemaVersion(*db, &version).ok());
  EXPECT_EQ(version, Migrations().back().version);
  EXPECT_EQ(CountRows(*db, "region"), 20);
  EXPECT_TRUE(Migrate(*db).ok());  // idempotent
}

TEST(Migrations, OlderDatabaseIsUpgradedInPlaceAndKeepsItsData) {
  test::TempDir dir;
  std::string path = dir.File("old.db");
  {
    auto db = OpenOrDie(path);
    ASSERT_TRUE(Migrate(*db, /*target=*/1).ok());
    ASSERT_TRUE(db->Exec("INSERT INTO library (name_kk, name_ru, name_en, "
                         "region_code, type, time_zone, opened_on) VALUES "
                         "('a', 'b', 'c', 'KZ-75', 1, 'Asia/Almaty', "
                         "'2020-01-01')")
                    .ok());
  }
  auto db = OpenOrDie(path);
  ASSERT_TRUE(Migrate(*db).ok());
  int version = 0;
  ASSERT_TRUE(SchemaVersion(*db, &version).ok());
  EXPECT_EQ(version, Migrations().back().version);
  EXPECT_EQ(CountRows(*db, "library"), 1);
  EXPECT_EQ(CountRows(*db, "loan"), 0);  // the new tables exist
}

TEST(Migrations, CountersKeepTheirValuesWhenTheirKeyIsReordered) {
  test::TempDir dir;
  std::string path = dir.File("v3.db");
  const char* kBump =
      "INSERT INTO counter (year, metric, dim, library_id, key, value) "
      "VALUES (2025, 'loans', 0, 0, 0, 5) ON CONFLICT DO UPDATE SET "
      "value = value + excluded.value";
  {
    auto db = OpenOrDie(path);
    ASSERT_TRUE(Migrate(*db, /*target=*/3).ok());
    ASSERT_TRUE(db->Exec(kBump).ok());
  }
  auto db = OpenOrDie(path);
  ASSERT_TRUE(Migrate(*db).ok());
  ASSERT_TRUE(db->Exec(kBump).ok());  // the same row, by its new key
  EXPECT_EQ(CountRows(*db, "counter"), 1);
  Statement& st = db->Prepare("SELECT value FROM counter");
  ASSERT_TRUE(st.Step());
  EXPECT_EQ(st.ColumnInt(0), 10);
}

// The value of the counter row with the given key, -1 when there is none.
int64_t CounterValue(Database& db, int year, const char* metric, int dim,
                     int64_t library_id, int64_t key) {
  Statement& st = db.Prepare(
      "SELECT value FROM counter WHERE year = ? AND metric = ? AND dim = ? "
      "AND library_id = ? AND key = ?");
  st.Bind(1, year).Bind(2, metric).Bind(3, dim).Bind(4, library_id);
  st.Bind(5, key);
  return FirstInt(st);
}

TEST(Migrations, RegionAndTypeRollupsAreBuiltFromTheLibraryTotals) {
  test::TempDir dir;
  std::string path = dir.File("v4.db");
  {
    auto db = OpenOrDie(path);
    ASSERT_TRUE(Migrate(*db, /*target=*/4).ok());
    // Libraries 1 and 2 in KZ-75 (types 4 and 5), library 3 in KZ-71
    // (type 4). Only totals (dim 0) of libraries (not 0) are rolled up.
    ASSERT_TRUE(
        db->Exec("INSERT INTO library (id, name_kk, name_ru, name_en, "
                 "region_code, type, time_zone, opened_on) VALUES "
                 "(1, 'a', 'a', 'a', 'KZ-75', 4, 'Asia/Almaty', '2000-01-01'),"
                 "(2, 'b', 'b', 'b', 'KZ-75', 5, 'Asia/Almaty', '2000-01-01'),"
                 "(3, 'c', 'c', 'c', 'KZ-71', 4, 'Asia/Almaty', '2000-01-01');"
                 "INSERT INTO counter (year, metric, dim, library_id, key, "
                 "value) VALUES (2000, 'holdings_in', 0, 1, 0, 10),"
                 "(2000, 'holdings_in', 0, 2, 0, 5),"
                 "(2000, 'holdings_in', 0, 3, 0, 7),"
                 "(2000, 'holdings_in', 0, 0, 0, 22),"
                 "(2025, 'loans', 0, 1, 0, 3),"
                 "(2025, 'loans', 0, 3, 0, 4),"
                 "(2025, 'loans', 1, 1, 30, 3),"
                 "(2025, 'loans', 0, 0, 0, 7)")
            .ok());
  }
  auto db = OpenOrDie(path);
  ASSERT_TRUE(Migrate(*db).ok());
  EXPECT_EQ(CounterValue(*db, 2000, "holdings_in", 4, 0, 75), 15);
  EXPECT_EQ(CounterValue(*db, 2000, "holdings_in", 4, 0, 71), 7);
  EXPECT_EQ(CounterValue(*db, 2000, "holdings_in", 5, 0, 4), 17);
  EXPECT_EQ(CounterValue(*db, 2000, "holdings_in", 5, 0, 5), 5);
  EXPECT_EQ(CounterValue(*db, 2025, "loans", 4, 0, 75), 3);
  EXPECT_EQ(CounterValue(*db, 2025, "loans", 4, 0, 71), 4);
  EXPECT_EQ(CounterValue(*db, 2025, "loans", 5, 0, 4), 7);
  EXPECT_EQ(CounterValue(*db, 2025, "loans", 5, 0, 5), -1);
  Statement& rollups =
      db->Prepare("SELECT COUNT(*) FROM counter WHERE dim IN (4, 5)");
  ASSERT_TRUE(rollups.Step());
  EXPECT_EQ(rollups.ColumnInt(0), 7);
  rollups.Reset();
  // Every region has its own number, the digits of its code.
  Statement& numbers = db->Prepare(
      "SELECT COUNT(DISTINCT number), SUM(number = 75 AND code = 'KZ-75') "
      "FROM region");
  ASSERT_TRUE(numbers.Step());
  EXPECT_EQ(numbers.ColumnInt(0), 20);
  EXPECT_EQ(numbers.ColumnInt(1), 1);
}

TEST(Migrations, RefusesADatabaseFromANewerVersion) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("new.db"));
  ASSERT_TRUE(db->Exec("PRAGMA user_version=9999").ok());
  Status s = Migrate(*db);
  EXPECT_EQ(s.code(), Code::kFailedPrecondition);
  EXPECT_EQ(s.reason(), "SCHEMA_TOO_NEW");
}

// A writer on a connection configured as kitapd's: synchronous=FULL with
// the gathering VFS, so commits leave their sync to the finishing thread.
class WriterTest : public ::testing::Test {
 protected:
  void SetUp() override { Start(WriterOptions{}); }

  void Start(WriterOptions options) {
    if (writer_) writer_->Stop();
    OpenOptions open;
    open.gather_wal_writes = true;
    std::unique_ptr<Database> db;
    ASSERT_TRUE(Database::Open(path_, open, &db).ok());
    ASSERT_TRUE(db->can_defer_commit_syncs());
    ASSERT_TRUE(
        db->Exec("CREATE TABLE IF NOT EXISTS t (x INTEGER UNIQUE)").ok());
    writer_ = std::make_unique<Writer>(std::move(db), std::move(options));
  }

  // Submits an insert of `x` and returns a future of its final status.
  std::future<Status> Insert(int x) {
    auto promise = std::make_shared<std::promise<Status>>();
    auto future = promise->get_future();
    writer_->Submit(
        [x](Database& db) {
          return db.Prepare("INSERT INTO t VALUES (?)").Bind(1, x).Run();
        },
        [promise](const Status& s) { promise->set_value(s); });
    return future;
  }

  test::TempDir dir_;
  std::string path_ = dir_.File("w.db");
  std::unique_ptr<Writer> writer_;
};

TEST_F(WriterTest, AFailedPieceDoesNotTouchTheOthersInItsBatch) {
  std::vector<std::future<Status>> results;
  for (int x : {1, 2, 1, 3}) results.push_back(Insert(x));
  EXPECT_TRUE(results[0].get().ok());
  EXPECT_TRUE(results[1].get().ok());
  EXPECT_EQ(results[2].get().code(), Code::kAlreadyExists);
  EXPECT_TRUE(results[3].get().ok());
  writer_->Stop();
  auto db = OpenOrDie(path_);
  EXPECT_EQ(CountRows(*db, "t"), 3);
}

TEST_F(WriterTest, GroupsConcurrentWritesIntoFewerCommits) {
  std::vector<std::future<Status>> results;
  for (int x = 0; x < 2000; ++x) results.push_back(Insert(x));
  for (auto& r : results) EXPECT_TRUE(r.get().ok());
  EXPECT_EQ(writer_->stats().pieces.load(), 2000u);
  EXPECT_LT(writer_->stats().batches.load(), 2000u);
}

TEST_F(WriterTest, StopDrainsQueuedWorkAndRefusesNewWork) {
  std::vector<std::future<Status>> results;
  for (int x = 0; x < 100; ++x) results.push_back(Insert(x));
  writer_->Stop();
  for (auto& r : results) EXPECT_TRUE(r.get().ok());
  Status late = Insert(1000).get();
  EXPECT_EQ(late.code(), Code::kUnavailable);
  EXPECT_EQ(late.reason(), "SHUTTING_DOWN");
}

// Holds each sync of the log until released, then runs the real one.
struct HeldSyncs {
  std::promise<void> entered;  // the first sync has begun
  std::promise<void> release;  // lets every sync go on
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> calls{0};

  WriterOptions Options() {
    WriterOptions options;
    options.sync_log = [this](int fd) {
      if (calls.fetch_add(1) == 0) entered.set_value();
      released.wait();
      return fdatasync(fd) == 0 ? Status::Ok()
                                : Status::Unavailable("STORAGE_SYNC_FAILED",
                                                      "fdatasync failed");
    };
    return options;
  }
};

TEST_F(WriterTest, AnswersAWriteOnlyAfterTheLogIsSynced) {
  HeldSyncs syncs;
  Start(syncs.Options());
  std::future<Status> first = Insert(1);
  syncs.entered.get_future().wait();
  // Committed (another connection reads it) but not yet answered.
  auto reader = OpenOrDie(path_);
  EXPECT_EQ(CountRows(*reader, "t"), 1);
  EXPECT_EQ(first.wait_for(std::chrono::milliseconds(50)),
            std::future_status::timeout);
  syncs.release.set_value();
  EXPECT_TRUE(first.get().ok());
  EXPECT_EQ(writer_->stats().log_syncs.load(), 1u);
}

TEST_F(WriterTest, OneSyncCoversEveryBatchCommittedDuringTheLast) {
  HeldSyncs syncs;
  Start(syncs.Options());
  std::future<Status> first = Insert(1);
  syncs.entered.get_future().wait();
  std::future<Status> second = Insert(2);
  std::future<Status> third = Insert(3);
  // Counted pieces are with the finisher, which still waits on the sync.
  while (writer_->stats().pieces.load() < 3) std::this_thread::yield();
  syncs.release.set_value();
  for (auto* f : {&first, &second, &third}) EXPECT_TRUE(f->get().ok());
  EXPECT_EQ(syncs.calls.load(), 2);
  EXPECT_EQ(writer_->stats().log_syncs.load(), 2u);
}

TEST_F(WriterTest, AFailedSyncFailsItsWritesAndRefusesEveryLaterOne) {
  WriterOptions options;
  options.sync_log = [](int) {
    return Status::Unavailable("STORAGE_SYNC_FAILED", "Input/output error");
  };
  Start(options);
  Status lost = Insert(1).get();
  EXPECT_EQ(lost.code(), Code::kUnavailable);
  EXPECT_EQ(lost.reason(), "STORAGE_SYNC_FAILED");
  Status later = Insert(2).get();
  EXPECT_EQ(later.reason(), "STORAGE_SYNC_FAILED") << later.ToString();
  EXPECT_EQ(writer_->stats().log_sync_failures.load(), 1u);
  EXPECT_EQ(writer_->stats().log_syncs.load(), 0u);
}

// Counter rows for the Increments tests: key k, value v.
constexpr char kAddToCounter[] =
    "INSERT INTO c (k, v) VALUES (?, ?) ON CONFLICT DO UPDATE SET v = v + "
    "excluded.v";

int64_t CounterValue(Database& db, const std::string& key) {
  Statement& st = db.Prepare("SELECT v FROM c WHERE k = ?");
  st.Bind(1, key);
  return FirstInt(st);
}

TEST(Increments, OutsideABatchAreWrittenAtOnce) {
  test::TempDir dir;
  auto db = OpenOrDie(dir.File("c.db"));
  ASSERT_TRUE(db->Exec("CREATE TABLE c (k TEXT PRIMARY KEY, v INTEGER)").ok());
  ASSERT_TRUE(db->increments().Add(kAddToCounter, {std::string("a")}, 2).ok());
  ASSERT_TRUE(db->increments().Add(kAddToCounter, {std::string("a")}, 3).ok());
  EXPECT_EQ(CounterValue(*db, "a"), 5);
}

class IncrementsInBatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = OpenOrDie(path_);
    ASSERT_TRUE(
        db->Exec("CREATE TABLE c (k TEXT PRIMARY KEY, v INTEGER)").ok());
    writer_ = std::make_unique<Writer>(std::move(db), WriterOptions{});
  }

  // Holds the writer in a batch of its own until the returned promise is
  // set, so that whatever is submitted meanwhile forms the next batch.
  std::shared_ptr<std::promise<void>> HoldWriter() {
    auto gate = std::make_shared<std::promise<void>>();
    auto entered = std::make_shared<std::promise<void>>();
    std::shared_future<void> open = gate->get_future().share();
    writer_->Submit(
        [open, entered](Database&) {
          entered->set_value();
          open.wait();
          return Status::Ok();
        },
        [](const Status&) {});
    entered->get_future().wait();
    return gate;
  }

  // Submits a piece that adds `delta` to "a", then optionally flushes and
  // fails.
  std::future<Status> AddToA(int64_t delta, bool flush, bool fail) {
    auto promise = std::make_shared<std::promise<Status>>();
    auto future = promise->get_future();
    writer_->Submit(
        [delta, flush, fail](Database& db) {
          KITAP_RETURN_IF_ERROR(
              db.increments().Add(kAddToCounter, {std::string("a")}, delta));
          if (flush) KITAP_RETURN_IF_ERROR(db.increments().Flush());
          if (fail) return Status::FailedPrecondition("NO", "refused");
          return Status::Ok();
        },
        [promise](const Status& s) { promise->set_value(s); });
    return future;
  }

  int64_t ValueOfA() {
    writer_->Stop();
    return CounterValue(*OpenOrDie(path_), "a");
  }

  test::TempDir dir_;
  std::string path_ = dir_.File("c.db");
  std::unique_ptr<Writer> writer_;
};

TEST_F(IncrementsInBatchTest, AFailedPieceCountsNothing) {
  auto gate = HoldWriter();
  auto kept = AddToA(1, false, false);
  auto failed = AddToA(10, false, true);
  auto also_kept = AddToA(100, false, false);
  gate->set_value();
  EXPECT_TRUE(kept.get().ok());
  EXPECT_FALSE(failed.get().ok());
  EXPECT_TRUE(also_kept.get().ok());
  EXPECT_EQ(ValueOfA(), 101);
  EXPECT_EQ(writer_->stats().batches.load(), 2u);
}

TEST_F(IncrementsInBatchTest, AFlushInAFailedPieceKeepsTheEarlierPieces) {
  auto gate = HoldWriter();
  auto kept = AddToA(1, false, false);
  auto failed = AddToA(10, true, true);
  auto flushed = AddToA(100, true, false);
  auto last = AddToA(1000, false, false);
  gate->set_value();
  for (auto* f : {&kept, &flushed, &last}) EXPECT_TRUE(f->get().ok());
  EXPECT_FALSE(failed.get().ok());
  EXPECT_EQ(ValueOfA(), 1101);
}

TEST(WriterDiskFull, FullDiskFailsTheBatchCleanly) {
  test::TempDir dir;
  std::string path = dir.File("full.db");
  auto db = OpenOrDie(path);
  ASSERT_TRUE(db->Exec("CREATE TABLE t (x BLOB)").ok());
  Statement& pages = db->Prepare("PRAGMA page_count");
  ASSERT_TRUE(pages.Step());
  int64_t now = pages.ColumnInt(0);
  pages.Reset();
  ASSERT_TRUE(db->SetMaxPageCount(now + 2).ok());
  Writer writer(std::move(db), WriterOptions{});
  std::promise<Status> done;
  writer.Submit(
      [](Database& d) {
        return d.Prepare("INSERT INTO t VALUES (zeroblob(1000000))").Run();
      },
      [&done](const Status& s) { done.set_value(s); });
  Status s = done.get_future().get();
  EXPECT_EQ(s.code(), Code::kResourceExhausted);
  EXPECT_EQ(s.reason(), "STORAGE_FULL");
  writer.Stop();
  auto check = OpenOrDie(path);
  EXPECT_EQ(CountRows(*check, "t"), 0);
}

// A table on a database whose checkpoints run every 50 pages of log.
class CheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = OpenOrDie(path);
    ASSERT_TRUE(db->Exec("CREATE TABLE t (x BLOB)").ok());
    ASSERT_TRUE(
        Checkpointer::Start(*db, OpenOptions{}, 50, &checkpointer).ok());
  }

  test::TempDir dir;
  std::string path = dir.File("wal.db");
  std::unique_ptr<Database> db;
  std::unique_ptr<Checkpointer> checkpointer;
};

TEST_F(CheckpointerTest, CopiesTheLogOnItsOwnThreadOnceItHasGrown) {
  // Each insert adds about 10 pages to the log: the checkpointer starts
  // after the fifth commit, and the writer's connection never checkpoints.
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (zeroblob(40000))").ok());
  }
  // The rows reach the database file itself, not only the log (in one
  // checkpoint or two, 100 ms apart).
  for (int i = 0; i < 500 && std::filesystem::file_size(path) <= 150u * 4096;
       ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_GT(std::filesystem::file_size(path), 150u * 4096);
  EXPECT_GE(checkpointer->stats().checkpoints.load(), 1u);
  EXPECT_EQ(checkpointer->stats().failures.load(), 0u);
  checkpointer.reset();
  EXPECT_EQ(CountRows(*db, "t"), 20);
}

TEST_F(CheckpointerTest, TheLogStaysBoundedUnderWritesThatNeverPause) {
  // 1,500 commits of about 10 pages each, one after another: 15,000 pages
  // pass through a log that the writer starts over once a checkpoint has
  // left 800 pages in it (the commits of a checkpoint interval come on
  // top), so the log file reaches a fraction of that.
  for (int i = 0; i < 1500; ++i) {
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (zeroblob(40000))").ok());
  }
  EXPECT_GE(checkpointer->stats().restarts.load(), 1u);
  EXPECT_LT(std::filesystem::file_size(path + "-wal"), 7500u * 4096);
  EXPECT_EQ(checkpointer->stats().failures.load(), 0u);
  checkpointer.reset();
  EXPECT_EQ(CountRows(*db, "t"), 1500);
}

TEST(ReadPool, RunsQueriesOnReadOnlyConnections) {
  test::TempDir dir;
  std::string path = dir.File("r.db");
  {
    auto db = OpenOrDie(path);
    ASSERT_TRUE(db->Exec("CREATE TABLE t (x); INSERT INTO t VALUES (7)").ok());
  }
  ReadPool pool(path, 2);
  ASSERT_TRUE(pool.status().ok());
  std::promise<int64_t> got;
  pool.Submit([&got](Database* db, const Status& s) {
    ASSERT_TRUE(s.ok());
    got.set_value(CountRows(*db, "t"));
  });
  EXPECT_EQ(got.get_future().get(), 1);
}

}  // namespace
}  // namespace kitap::db
