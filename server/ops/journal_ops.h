// Offline journal replay: settles one entry a desk recorded while offline.
// See docs/journal-conflicts.md for the rules, in words for staff.
#ifndef KITAP_SERVER_OPS_JOURNAL_OPS_H_
#define KITAP_SERVER_OPS_JOURNAL_OPS_H_

#include <vector>

#include "kitap/v1/circulation.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

// Applies `entry` exactly once by its request_id and fills `result` with
// its outcome. A malformed entry gets JOURNAL_OUTCOME_REJECTED and changes
// nothing; an entry the rules could not apply as recorded is kept in
// journal_review. The returned status is not OK only for storage errors
// (the entry is then not settled and may be sent again).
Status ApplyJournalEntry(OpContext& ctx, const v1::JournalEntry& entry,
                         v1::JournalResult* result);

// The library an entry says it happened at (0 when it names no action).
int64_t JournalEntryLibrary(const v1::JournalEntry& entry);

// Puts the entries of one stream in the order they are applied: by
// occurred_at, and those of the same instant in the order they were sent.
void SortForReplay(std::vector<v1::JournalEntry>* entries);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_JOURNAL_OPS_H_
