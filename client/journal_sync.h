// Replay of the offline journal: the pending entries go to kitapd through
// Circulation.SubmitJournal, oldest first, in batches; each batch's answers
// are recorded in the journal (one transaction) only after the server has
// answered the whole batch. A replay that stops half-way (the server or
// this process dies) leaves the unanswered entries pending; sending them
// again is safe, because the server keeps each settled entry's answer by
// request_id and returns it instead of applying the entry twice.
#ifndef KITAP_CLIENT_JOURNAL_SYNC_H_
#define KITAP_CLIENT_JOURNAL_SYNC_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "client/connection.h"
#include "client/journal_store.h"
#include "client/rpc_status.h"
#include "kitap/v1/circulation.grpc.pb.h"

namespace kitap::client {

// At most this many entries go in one SubmitJournal stream (the server
// takes 10,000).
inline constexpr int kDefaultSyncBatch = 1000;
inline constexpr int kMaxSyncBatch = 10000;

struct SyncReport {
  int64_t sent = 0;     // entries answered by the server in this replay
  int64_t applied = 0;  // ... as recorded
  int64_t review = 0;   // ... settled by a conflict rule, or not applied
  int64_t pending = 0;  // still pending after the replay
  // Why the replay stopped early (OK when every pending entry was sent),
  // e.g. UNAVAILABLE when the server is still away.
  RpcStatus status;
  // The answers that need staff review, in the order they came.
  std::vector<v1::JournalResult> conflicts;
};

// Called after each batch with the report so far.
using SyncProgress = std::function<void(const SyncReport&)>;

// Sends every pending entry of `journal`, `batch` at a time. A transient
// failure of a batch is retried as the connection's retry policy says;
// then the replay stops there, the rest still pending.
SyncReport SyncJournal(const Connection& connection,
                       v1::Circulation::Stub& circulation,
                       JournalStore& journal, int batch,
                       const SyncProgress& progress = nullptr);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_JOURNAL_SYNC_H_
