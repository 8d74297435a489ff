// JournalStore: the desk's offline journal, a SQLite file on the desk's own
// disk. While kitapd cannot be reached, each desk action is appended here
// (durably: the append returns only after the commit is on disk) with its
// request_id and the time it happened; replay (journal_sync.h) sends the
// pending entries, oldest first, and records each answer here. Entries are
// never deleted: settled ones stay as the desk's record, and conflicts stay
// for staff review (`kitap journal`).
//
// Thread-safety: one JournalStore per thread. Several processes may use one
// file at once (SQLite locking; a busy file waits up to 5 s).
#ifndef KITAP_CLIENT_JOURNAL_STORE_H_
#define KITAP_CLIENT_JOURNAL_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "kitap/v1/circulation.pb.h"

namespace kitap::db {
class Database;
}

namespace kitap::client {

// Where an entry stands. kReview: the server settled it by a conflict rule
// (APPLIED_WITH_CONFLICT), could not apply it (NOT_APPLIED) or rejected it
// as malformed (REJECTED); staff should look at it.
enum class EntryState { kPending, kDone, kReview };

struct StoredEntry {
  int64_t seq = 0;  // the order the desk recorded it in
  v1::JournalEntry entry;
  EntryState state = EntryState::kPending;
  absl::Time queued_at;
  // Set once settled: the server's answer.
  std::optional<absl::Time> settled_at;
  v1::JournalResult result;
};

struct JournalCounts {
  int64_t pending = 0;
  int64_t done = 0;
  int64_t review = 0;
};

class JournalStore {
 public:
  // Opens (creating it, and its directory, when missing) the journal at
  // `path`.
  static absl::StatusOr<std::unique_ptr<JournalStore>> Open(
      const std::string& path);
  ~JournalStore();
  JournalStore(const JournalStore&) = delete;
  JournalStore& operator=(const JournalStore&) = delete;

  // Appends `entry` as pending; durable on return. The entry must carry a
  // request_id, an occurred_at and an action. `queued_at` is now.
  absl::Status Append(const v1::JournalEntry& entry, absl::Time queued_at);

  // Up to `limit` pending entries, oldest first.
  absl::StatusOr<std::vector<StoredEntry>> Pending(int limit);

  // Records the server's answers (matched by request_id) in one
  // transaction: APPLIED becomes done, every other outcome review.
  // Results for entries that are not pending are ignored.
  absl::Status Settle(const std::vector<v1::JournalResult>& results,
                      absl::Time settled_at);

  absl::StatusOr<JournalCounts> Counts();
  // Counts().pending, from the index alone: cheap enough for every scan
  // (settled entries are kept, so the journal only grows).
  absl::StatusOr<int64_t> PendingCount();

  // The newest `limit` entries in `state` (all states when nullopt), newest
  // first.
  absl::StatusOr<std::vector<StoredEntry>> List(std::optional<EntryState> state,
                                                int limit);

  const std::string& path() const { return path_; }

 private:
  JournalStore(std::unique_ptr<db::Database> db, std::string path);
  absl::StatusOr<std::vector<StoredEntry>> Select(std::string_view sql,
                                                  std::optional<int> state,
                                                  int limit);

  std::unique_ptr<db::Database> db_;
  std::string path_;
};

// The default journal file: $XDG_STATE_HOME/kitap/journal.db, else
// $HOME/.local/state/kitap/journal.db; empty when neither is set. Each
// argument may be null.
std::string DefaultJournalPath(const char* xdg_state_home, const char* home);

// "pending", "done" or "review".
std::string_view EntryStateName(EntryState state);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_JOURNAL_STORE_H_
