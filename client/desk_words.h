// The words the desk shows a librarian, in Kazakh, Russian and English.
// (The explanations of the server's refusals are in reason_text.h.)
#ifndef KITAP_CLIENT_DESK_WORDS_H_
#define KITAP_CLIENT_DESK_WORDS_H_

#include <string>

#include "client/language.h"

namespace kitap::client {

enum class DeskWord {
  kCheckedOut,       // "Checked out"
  kDue,              // "due"
  kReturned,         // "Returned"
  kInTransitTo,      // "send it to library"
  kRenewed,          // "Renewed"
  kVisitCounted,     // "Visit counted"
  kVisitorsCounted,  // "Visitors counted"
  kQueued,           // "Queued offline: it will be sent when ..."
  kPending,          // "waiting in the journal"
  kPatron,           // "Reader"
  kLoans,            // "on loan"
  kOverdue,          // "overdue"
  kBlocked,          // "BLOCKED"
  kExpires,          // "card valid until"
  kOfflineCard,      // "offline: the reader's details cannot be shown"
  kSessionClosed,    // "Reader done. Scan the next card."
  kScanCard,         // "Scan a reader's card."
  kModeCheckOut,     // "Mode: check-out (scan a card, then items)"
  kModeCheckIn,      // "Mode: check-in (scan returned items)"
  kModeRenew,        // "Mode: renew (scan items)"
  kModeVisit,        // "Mode: visits (scan cards; 'count N' for a group)"
  kModePatron,       // "Mode: reader lookup (scan a card)"
  kSynced,           // "Sent from the journal"
  kReview,           // "to review"
  kStillOffline,     // "The server is still unreachable."
  kBackOnline,       // "Connected to the server again."
  kUnknownCommand,   // "Unknown command; type 'help'."
  kHelp,             // the list of typed commands
  kGoodbye,          // "Desk closed."
};

// A copy, so that it joins with absl::StrCat (whose string_view is not
// std::string_view here).
std::string Word(DeskWord word, Language language);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_WORDS_H_
