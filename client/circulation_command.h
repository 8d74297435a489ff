// The one-shot desk commands: `kitap checkout`, `checkin`, `renew` and
// `visit` (each done live, or queued in the offline journal when kitapd
// cannot be reached), `kitap sync` (replay the journal) and `kitap journal`
// (list it).
#ifndef KITAP_CLIENT_CIRCULATION_COMMAND_H_
#define KITAP_CLIENT_CIRCULATION_COMMAND_H_

#include "client/command.h"

namespace kitap::client {

const Command& CheckOutCommand();
const Command& CheckInCommand();
const Command& RenewCommand();
const Command& VisitCommand();
const Command& SyncCommand();
const Command& JournalCommand();

}  // namespace kitap::client

#endif  // KITAP_CLIENT_CIRCULATION_COMMAND_H_
