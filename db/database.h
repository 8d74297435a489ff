// A small RAII wrapper over the SQLite C API: a Database owns one
// connection, a Statement one prepared statement. <sqlite3.h> stays out of
// this header. Errors are Status values: SQLITE_FULL becomes
// RESOURCE_EXHAUSTED/STORAGE_FULL, SQLITE_BUSY and I/O errors become
// UNAVAILABLE, constraint violations ALREADY_EXISTS/CONSTRAINT, the rest
// INTERNAL.
//
// Thread-safety: a Database and its Statements are used by one thread at a
// time (SQLite is opened with SQLITE_OPEN_NOMUTEX).
#ifndef KITAP_DB_DATABASE_H_
#define KITAP_DB_DATABASE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/increments.h"
#include "db/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kitap::db {

class Statement;

enum class Mode { kReadWrite, kReadOnly };

struct OpenOptions {
  Mode mode = Mode::kReadWrite;
  // PRAGMA synchronous: "FULL" (default: every commit is on disk before it
  // returns), "NORMAL" or "OFF" (benchmarks only).
  std::string synchronous = "FULL";
  int busy_timeout_ms = 5000;
  // Hands the WAL frames of a commit to the kernel in one write
  // (wal_gather_vfs.h). Only with synchronous FULL or EXTRA, where every
  // commit syncs the WAL; ignored otherwise. For the one write connection.
  bool gather_wal_writes = false;
};

class Database {
 public:
  // Opens (creating in read-write mode) the database at `path` in WAL mode.
  static Status Open(const std::string& path, const OpenOptions& options,
                     std::unique_ptr<Database>* out);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more SQL statements without parameters.
  Status Exec(std::string_view sql);

  // Returns the cached prepared statement for `sql`, reset and with its
  // bindings cleared. The reference stays valid for the Database's life;
  // callers must not hold two uses of one SQL text at once.
  // A statement that fails to prepare reports its error on first Step.
  Statement& Prepare(std::string_view sql);
  int64_t LastInsertRowId() const;
  int Changes() const;
  // True while a transaction is open (SQLite may end one on its own after
  // some errors, such as SQLITE_FULL).
  bool InTransaction() const;
  // Converts the current SQLite error of this connection to a Status.
  Status Error(int rc, std::string_view what) const;

  // Limits the file size (PRAGMA max_page_count); tests use it to make the
  // disk "full" through SQLite's real SQLITE_FULL path.
  Status SetMaxPageCount(int64_t pages);

  // Counter increments of this connection's write transaction.
  Increments& increments() { return increments_; }

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

  // True when this connection's commits can leave the wait for the disk to
  // the caller (DeferCommitSyncs, wal_gather_vfs.h).
  bool can_defer_commit_syncs() const { return gathers_wal_writes_; }
  // The write-ahead log's file name, as SQLite names it (next to the
  // database file, with symbolic links resolved).
  std::string wal_path() const;

 private:
  Database(sqlite3* db, std::string path, bool gathers_wal_writes);

  sqlite3* db_;
  std::string path_;
  bool gathers_wal_writes_;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
  // Statements that failed to prepare, kept so references stay valid.
  std::vector<std::unique_ptr<Statement>> failed_;
  Increments increments_{this};
};

// A prepared statement. Bind indexes start at 1, column indexes at 0.
class Statement {
 public:
  Statement(Database* db, sqlite3_stmt* stmt, int prepare_rc);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, int64_t{value}); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const char* text) {
    return Bind(index, std::string_view(text));
  }
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  // Binds NULL when the optional is empty.
  Statement& Bind(int index, const std::optional<int64_t>& value);

  // Advances to the next row: true with a row, false when done or on error;
  // after false, status() tells which.
  bool Step();
  // Steps to completion, for statements that return no rows.
  Status Run();
  const Status& status() const { return status_; }

  int64_t ColumnInt(int index) const;
  double ColumnDouble(int index) const;
  std::string ColumnText(int index) const;
  bool ColumnIsNull(int index) const;
  std::optional<int64_t> ColumnOptionalInt(int index) const;

  // Resets for another execution and clears the bindings.
  void Reset();

 private:
  Database* db_;
  sqlite3_stmt* stmt_;
  Status status_;
};

// A transaction rolled back by the destructor unless committed. BEGIN
// IMMEDIATE takes the write lock at once, so a busy database fails here and
// not halfway through.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Status Begin();
  Status Commit();
  void Rollback();

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace kitap::db

#endif  // KITAP_DB_DATABASE_H_
