// How `kitap sync` and `kitap journal` show the offline journal: text for
// the librarian, or the messages of kitap/client/desk.proto for --json.
#ifndef KITAP_CLIENT_JOURNAL_VIEW_H_
#define KITAP_CLIENT_JOURNAL_VIEW_H_

#include <optional>
#include <ostream>
#include <string>

#include "absl/status/statusor.h"
#include "client/journal_store.h"
#include "client/journal_sync.h"
#include "client/language.h"
#include "kitap/client/desk.pb.h"

namespace kitap::client {

// "checkout CARD BARCODE", "checkin BARCODE", "renew BARCODE",
// "visit CARD" or "visit ×N".
std::string DescribeEntry(const v1::JournalEntry& entry);

SyncSummary ToSyncSummary(const SyncReport& report);

// "Sent from the journal: 12 (10 done, 2 to review); 0 waiting in the
// journal", then a line per conflict.
void WriteSyncReport(const SyncReport& report, Language language,
                     std::ostream& out);

// The counts and the newest `limit` entries in `state` (all when nullopt).
absl::StatusOr<JournalList> ListJournal(JournalStore& journal,
                                        std::optional<EntryState> state,
                                        int limit);

// The counts, then a table of the entries.
void WriteJournalList(const JournalList& list, Language language,
                      std::ostream& out);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_JOURNAL_VIEW_H_
