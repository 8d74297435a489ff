// The one-shot desk commands besides check-out, check-in, renewal and
// visits: each does one thing through kitapd and prints the answer as text,
// or with --json as protobuf's JSON mapping (docs/desk-client.md).
//   kitap patron register|show|renew|block|unblock  (patron_command.cc)
//   kitap record add|show, kitap item add|show      (catalog_command.cc)
//   kitap periodical request|queue|deliver|return|cancel
//                                                   (periodical_command.cc)
//   kitap event record                              (event_command.cc)
//   kitap loans                                     (loans_command.cc)
// They share desk_call.h (call and print), desk_options.h and desk_text.h.
#ifndef KITAP_CLIENT_DESK_COMMAND_H_
#define KITAP_CLIENT_DESK_COMMAND_H_

#include "client/command.h"

namespace kitap::client {

const Command& PatronRegisterCommand();
const Command& PatronShowCommand();
const Command& PatronRenewCommand();
const Command& PatronBlockCommand();
const Command& PatronUnblockCommand();
const Command& RecordAddCommand();
const Command& RecordShowCommand();
const Command& ItemAddCommand();
const Command& ItemShowCommand();
const Command& PeriodicalRequestCommand();
const Command& PeriodicalQueueCommand();
const Command& PeriodicalDeliverCommand();
const Command& PeriodicalReturnCommand();
const Command& PeriodicalCancelCommand();
const Command& EventRecordCommand();
const Command& LoansCommand();

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_COMMAND_H_
