#include "client/journal_store.h"

#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "db/database.h"

namespace kitap::client {
namespace {

// Version 1 of the journal file. The state column holds EntryState.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS entry (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL UNIQUE,
  entry BLOB NOT NULL,            -- kitap.v1.JournalEntry
  state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)),
  queued_at_us INTEGER NOT NULL,
  settled_at_us INTEGER,
  result BLOB                     -- kitap.v1.JournalResult, once settled
);
CREATE INDEX IF NOT EXISTS entry_by_state ON entry(state, seq);
PRAGMA user_version = 1;
)sql";

// The columns ReadRow reads.
constexpr char kSelect[] =
    "SELECT seq, entry, state, queued_at_us, settled_at_us, result "
    "FROM entry ";

absl::Status ToAbsl(const Status& status) {
  if (status.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(status.code()),
                      absl::StrCat("the offline journal: ", status.reason(),
                                   ": ", status.message()));
}

EntryState StateOf(v1::JournalOutcome outcome) {
  return outcome == v1::JOURNAL_OUTCOME_APPLIED ? EntryState::kDone
                                                : EntryState::kReview;
}

StoredEntry ReadRow(const db::Statement& row) {
  StoredEntry stored;
  stored.seq = row.ColumnInt(0);
  stored.entry.ParseFromString(row.ColumnText(1));
  stored.state = static_cast<EntryState>(row.ColumnInt(2));
  stored.queued_at = absl::FromUnixMicros(row.ColumnInt(3));
  if (std::optional<int64_t> settled = row.ColumnOptionalInt(4)) {
    stored.settled_at = absl::FromUnixMicros(*settled);
    stored.result.ParseFromString(row.ColumnText(5));
  }
  return stored;
}

absl::Status MakeDirectoryOf(const std::string& path) {
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::error_code error;
  if (dir.empty() || std::filesystem::exists(dir, error)) {
    return absl::OkStatus();
  }
  std::filesystem::create_directories(dir, error);
  if (error) {
    return absl::UnavailableError(
        absl::StrCat("cannot make the journal's directory ", dir.string(), ": ",
                     error.message()));
  }
  // The journal names readers' cards: keep it to the desk's own user.
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all, error);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<JournalStore>> JournalStore::Open(
    const std::string& path) {
  if (absl::Status made = MakeDirectoryOf(path); !made.ok()) return made;
  std::unique_ptr<db::Database> db;
  if (absl::Status opened = ToAbsl(db::Database::Open(path, {}, &db));
      !opened.ok()) {
    return opened;
  }
  if (absl::Status schema = ToAbsl(db->Exec(kSchema)); !schema.ok()) {
    return schema;
  }
  return std::unique_ptr<JournalStore>(new JournalStore(std::move(db), path));
}

JournalStore::JournalStore(std::unique_ptr<db::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}

JournalStore::~JournalStore() = default;

absl::Status JournalStore::Append(const v1::JournalEntry& entry,
                                  absl::Time queued_at) {
  return ToAbsl(db_->Prepare("INSERT INTO entry (request_id, entry, "
                             "queued_at_us) VALUES (?, ?, ?)")
                    .Bind(1, entry.request_id())
                    .BindBlob(2, entry.SerializeAsString())
                    .Bind(3, absl::ToUnixMicros(queued_at))
                    .Run());
}

absl::StatusOr<std::vector<StoredEntry>> JournalStore::Select(
    std::string_view sql, std::optional<int> state, int limit) {
  db::Statement& select = db_->Prepare(sql);
  int index = 1;
  if (state.has_value()) select.Bind(index++, *state);
  select.Bind(index, limit);
  std::vector<StoredEntry> entries;
  while (select.Step()) entries.push_back(ReadRow(select));
  if (!select.status().ok()) return ToAbsl(select.status());
  return entries;
}

absl::StatusOr<std::vector<StoredEntry>> JournalStore::Pending(int limit) {
  return Select(absl::StrCat(kSelect, "WHERE state = ? ORDER BY seq LIMIT ?"),
                static_cast<int>(EntryState::kPending), limit);
}

absl::Status JournalStore::Settle(const std::vector<v1::JournalResult>& results,
                                  absl::Time settled_at) {
  db::Transaction transaction(*db_);
  if (absl::Status begun = ToAbsl(transaction.Begin()); !begun.ok()) {
    return begun;
  }
  for (const v1::JournalResult& result : results) {
    absl::Status updated =
        ToAbsl(db_->Prepare("UPDATE entry SET state = ?, settled_at_us = ?, "
                            "result = ? WHERE request_id = ? AND state = 0")
                   .Bind(1, static_cast<int>(StateOf(result.outcome())))
                   .Bind(2, absl::ToUnixMicros(settled_at))
                   .BindBlob(3, result.SerializeAsString())
                   .Bind(4, result.request_id())
                   .Run());
    if (!updated.ok()) return updated;
  }
  return ToAbsl(transaction.Commit());
}

absl::StatusOr<JournalCounts> JournalStore::Counts() {
  db::Statement& count =
      db_->Prepare("SELECT state, COUNT(*) FROM entry GROUP BY state");
  JournalCounts counts;
  while (count.Step()) {
    int64_t* slot[] = {&counts.pending, &counts.done, &counts.review};
    *slot[count.ColumnInt(0)] = count.ColumnInt(1);
  }
  if (!count.status().ok()) return ToAbsl(count.status());
  return counts;
}

absl::StatusOr<int64_t> JournalStore::PendingCount() {
  db::Statement& count =
      db_->Prepare("SELECT COUNT(*) FROM entry WHERE state = ?")
          .Bind(1, static_cast<int>(EntryState::kPending));
  if (!count.Step()) return ToAbsl(count.status());
  return count.ColumnInt(0);
}

absl::StatusOr<std::vector<StoredEntry>> JournalStore::List(
    std::optional<EntryState> state, int limit) {
  if (!state.has_value()) {
    return Select(absl::StrCat(kSelect, "ORDER BY seq DESC LIMIT ?"),
                  std::nullopt, limit);
  }
  return Select(absl::StrCat(kSelect,
                             "WHERE state = ? "
                             "ORDER BY seq DESC LIMIT ?"),
                static_cast<int>(*state), limit);
}

std::string DefaultJournalPath(const char* xdg_state_home, const char* home) {
  auto set = [](const char* value) { return value != nullptr && *value; };
  if (set(xdg_state_home)) {
    return std::string(xdg_state_home) + "/kitap/journal.db";
  }
  if (set(home)) return std::string(home) + "/.local/state/kitap/journal.db";
  return "";
}

std::string_view EntryStateName(EntryState state) {
  switch (state) {
    case EntryState::kPending:
      return "pending";
    case EntryState::kDone:
      return "done";
    case EntryState::kReview:
      return "review";
  }
  return "pending";
}

}  // namespace kitap::client
