// Desk: the four actions a branch desk does all day (check-out, check-in,
// renewal, visit) with the offline journal behind them. Each action gets a
// request_id and the time it happened when the librarian does it; it is
// then sent live or, when kitapd cannot be reached, queued in the journal
// to be replayed later with the same request_id and time. Either way the
// server applies it exactly once.
//
// Order is kept: while the journal holds pending entries, a new action is
// queued behind them unless a replay empties the journal first, so a
// check-in made offline is applied before the check-out of the same item
// made after the network came back.
//
// Thread-compatible: one thread at a time (desk mode serializes its scans
// and its background replays).
#ifndef KITAP_CLIENT_DESK_H_
#define KITAP_CLIENT_DESK_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/time/time.h"
#include "client/connection.h"
#include "client/journal_store.h"
#include "client/journal_sync.h"
#include "client/rpc_status.h"
#include "kitap/v1/circulation.grpc.pb.h"

namespace kitap::client {

struct DeskOutcome {
  enum class Kind {
    kDone,     // the server did it; `answer` holds its response
    kRefused,  // the server refused it (or the input was bad); `status`
    kQueued,   // kitapd was unreachable: it waits in the journal
    kFailed,   // unreachable and it could not be queued; `status`
  };
  Kind kind = Kind::kDone;
  RpcStatus status;          // why, when not done
  v1::JournalResult answer;  // kDone: the response, in its `result`
  int64_t pending = 0;       // entries waiting in the journal afterwards
};

class Desk {
 public:
  using Clock = std::function<absl::Time()>;

  // Acts for the desk of `library_id`. `journal` may be null: then nothing
  // is queued and an unreachable server is a failure (kFailed). The
  // references must outlive the Desk.
  Desk(const Connection& connection, v1::Circulation::Stub& circulation,
       JournalStore* journal, int64_t library_id, Clock now = absl::Now);

  DeskOutcome CheckOut(const std::string& card, const std::string& barcode);
  DeskOutcome CheckIn(const std::string& barcode);
  DeskOutcome Renew(const std::string& barcode);
  // A patron's visit, or (card empty) an anonymous count of `count` people.
  DeskOutcome Visit(const std::string& card, int count);

  // Replays the journal (journal_sync.h). A replay that sends everything
  // brings the desk back online; one that cannot reach the server leaves
  // it offline.
  SyncReport Sync(const SyncProgress& progress = nullptr,
                  int batch = kDefaultSyncBatch);

  // True from a transient failure until the next replay that empties the
  // journal: meanwhile actions are queued at once, without waiting for a
  // server that is away.
  bool offline() const { return offline_; }
  int64_t library_id() const { return library_id_; }

 private:
  v1::JournalEntry NewEntry();
  DeskOutcome Perform(const v1::JournalEntry& entry);
  RpcStatus CallLive(const v1::JournalEntry& entry, v1::JournalResult* answer);
  DeskOutcome Queue(const v1::JournalEntry& entry, RpcStatus why);
  int64_t PendingCount();

  const Connection& connection_;
  v1::Circulation::Stub& circulation_;
  JournalStore* journal_;
  int64_t library_id_;
  Clock now_;
  bool offline_ = false;
};

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_H_
