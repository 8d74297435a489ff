// Desk mode, `kitap desk --library ID`: the scanner loop of a branch desk.
// A barcode scanner types a code and Enter, so the input is lines: a
// reader's card, then the items to lend; typed words switch the mode
// (check-out, check-in, renew, visits, reader lookup). It reads a terminal
// or a pipe alike. While kitapd is unreachable, actions are queued in the
// offline journal at once; a background replay sends them when the server
// is back.
#ifndef KITAP_CLIENT_DESK_MODE_H_
#define KITAP_CLIENT_DESK_MODE_H_

#include <chrono>
#include <istream>
#include <ostream>

#include "client/command.h"
#include "client/desk_session.h"

namespace kitap::client {

const Command& DeskCommand();

// How often the background replay looks for a server to send the journal
// to, while entries wait.
inline constexpr std::chrono::milliseconds kDefaultSyncInterval{10000};

// Runs the scanner loop of `session` on `in` until its end or "quit";
// prompts when `prompt` (a terminal). Returns kExitOk, or kExitQueued when
// entries still wait in the journal at the end.
int RunDeskLoop(DeskSession& session, std::istream& in, std::ostream& out,
                std::chrono::milliseconds sync_interval, bool prompt);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_MODE_H_
