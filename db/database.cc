#include "db/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "db/wal_gather_vfs.h"

namespace kitap::db {
namespace {

// Maps an SQLite result code to the status classes of the storage contract.
Status StatusFromCode(int rc, std::string message) {
  switch (rc & 0xff) {
    case SQLITE_FULL:
      return Status::ResourceExhausted("STORAGE_FULL", std::move(message));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Unavailable("STORAGE_BUSY", std::move(message));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
      return Status::Unavailable("STORAGE_ERROR", std::move(message));
    case SQLITE_CONSTRAINT:
      return Status::AlreadyExists("CONSTRAINT", std::move(message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Internal("STORAGE_CORRUPT", std::move(message));
    default:
      return Status::Internal("STORAGE_INTERNAL", std::move(message));
  }
}

// True when every commit syncs the WAL: "FULL" or "EXTRA" (or 2, 3).
bool SyncsEveryCommit(std::string mode) {
  std::transform(mode.begin(), mode.end(), mode.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  return mode == "FULL" || mode == "EXTRA" || mode == "2" || mode == "3";
}

const char* VfsFor(const OpenOptions& options) {
  bool gather = options.mode == Mode::kReadWrite && options.gather_wal_writes &&
                SyncsEveryCommit(options.synchronous);
  return gather ? WalGatherVfs() : nullptr;
}

}  // namespace

Database::Database(sqlite3* db, std::string path, bool gathers_wal_writes)
    : db_(db),
      path_(std::move(path)),
      gathers_wal_writes_(gathers_wal_writes) {}

Database::~Database() {
  cache_.clear();  // statements must be finalized before the connection
  sqlite3_close_v2(db_);
}

Status Database::Open(const std::string& path, const OpenOptions& options,
                      std::unique_ptr<Database>* out) {
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= options.mode == Mode::kReadOnly
               ? SQLITE_OPEN_READONLY
               : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const char* vfs = VfsFor(options);
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs);
  std::unique_ptr<Database> db(new Database(raw, path, vfs != nullptr));
  if (rc != SQLITE_OK) {
    return StatusFromCode(rc,
                          "cannot open database " + path + ": " +
                              (raw ? sqlite3_errmsg(raw) : "out of memory"));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  if (options.mode == Mode::kReadWrite) {
    KITAP_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
    KITAP_RETURN_IF_ERROR(
        db->Exec("PRAGMA synchronous=" + options.synchronous));
    // Deleted and overwritten rows are zeroed on disk, so erased personal
    // data does not linger in free pages.
    KITAP_RETURN_IF_ERROR(db->Exec("PRAGMA secure_delete=ON"));
  }
  KITAP_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys=ON"));
  *out = std::move(db);
  return Status::Ok();
}

Status Database::Exec(std::string_view sql) {
  char* err = nullptr;
  std::string text(sql);
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string message = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  return StatusFromCode(rc, message);
}

Statement& Database::Prepare(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return *it->second;
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  auto owned = std::make_unique<Statement>(this, stmt, rc);
  Statement& ref = *owned;
  if (rc == SQLITE_OK)
    cache_.emplace(std::string(sql), std::move(owned));
  else
    failed_.push_back(std::move(owned));
  return ref;
}

std::string Database::wal_path() const {
  return sqlite3_filename_wal(sqlite3_db_filename(db_, "main"));
}

int64_t Database::LastInsertRowId() const {
  return sqlite3_last_insert_rowid(db_);
}

int Database::Changes() const { return sqlite3_changes(db_); }

bool Database::InTransaction() const { return !sqlite3_get_autocommit(db_); }

Status Database::Error(int rc, std::string_view what) const {
  return StatusFromCode(rc, std::string(what) + ": " + sqlite3_errmsg(db_));
}

Status Database::SetMaxPageCount(int64_t pages) {
  return Exec("PRAGMA max_page_count=" + std::to_string(pages));
}

Statement::Statement(Database* db, sqlite3_stmt* stmt, int prepare_rc)
    : db_(db), stmt_(stmt) {
  if (prepare_rc != SQLITE_OK) status_ = db->Error(prepare_rc, "prepare");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int index, int64_t value) {
  if (stmt_) sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  if (stmt_) sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  if (stmt_) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
  }
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  if (stmt_) {
    sqlite3_bind_blob(stmt_, index, bytes.data(),
                      static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  }
  return *this;
}

Statement& Statement::BindNull(int index) {
  if (stmt_) sqlite3_bind_null(stmt_, index);
  return *this;
}

Statement& Statement::Bind(int index, const std::optional<int64_t>& value) {
  return value ? Bind(index, *value) : BindNull(index);
}

bool Statement::Step() {
  if (!stmt_ || !status_.ok()) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->Error(rc, "step");
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  Status result = status_;
  Reset();
  return result;
}

int64_t Statement::ColumnInt(int index) const {
  return sqlite3_column_int64(stmt_, index);
}

double Statement::ColumnDouble(int index) const {
  return sqlite3_column_double(stmt_, index);
}

std::string Statement::ColumnText(int index) const {
  const auto* text =
      reinterpret_cast<const char*>(sqlite3_column_blob(stmt_, index));
  int size = sqlite3_column_bytes(stmt_, index);
  return text ? std::string(text, size) : std::string();
}

bool Statement::ColumnIsNull(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

std::optional<int64_t> Statement::ColumnOptionalInt(int index) const {
  if (ColumnIsNull(index)) return std::nullopt;
  return ColumnInt(index);
}

void Statement::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status::Ok();
}

Transaction::Transaction(Database& db) : db_(db) {}

Transaction::~Transaction() { Rollback(); }

Status Transaction::Begin() {
  Status s = db_.Exec("BEGIN IMMEDIATE");
  open_ = s.ok();
  return s;
}

Status Transaction::Commit() {
  Status s = db_.Exec("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

void Transaction::Rollback() {
  if (!open_) return;
  db_.Exec("ROLLBACK");  // a failed rollback leaves SQLite's own rollback
  open_ = false;
}

}  // namespace kitap::db
