// DeskSession: what every desk command sets up from its options — the
// language, the desk's library, the offline journal and the connection —
// and the help lines of those options.
#ifndef KITAP_CLIENT_DESK_SESSION_H_
#define KITAP_CLIENT_DESK_SESSION_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "client/command.h"
#include "client/connection.h"
#include "client/desk.h"
#include "client/journal_store.h"
#include "client/language.h"
#include "client/stubs.h"

namespace kitap::client {

inline constexpr std::string_view kLibraryOptionHelp =
    "  --library ID     the library of this desk (default: $KITAP_LIBRARY,\n"
    "                   else 'library' in the config file)\n";

inline constexpr std::string_view kDeskOptionsHelp =
    "  --journal FILE   the offline journal (default: $KITAP_JOURNAL, else\n"
    "                   'journal' in the config file, else\n"
    "                   $XDG_STATE_HOME/kitap/journal.db or\n"
    "                   ~/.local/state/kitap/journal.db)\n"
    "  --json           print the result as JSON, for scripts\n";

struct DeskSession {
  Language language = Language::kEnglish;
  int64_t library_id = 0;  // 0 when the command needs no library
  std::unique_ptr<JournalStore> journal;
  std::unique_ptr<Connection> connection;
  Stubs stubs;
  std::unique_ptr<Desk> desk;
};

// Sets a session up from the options of `context` (and its language):
// --journal, the
// connection and, when `needs_library`, --library (required then). Fails
// (INVALID_ARGUMENT) naming a bad or missing option, or when the journal
// cannot be opened. `default_timeout`, when set, replaces the usual
// deadline of each call unless --timeout is given.
absl::StatusOr<DeskSession> OpenDeskSession(
    const CommandContext& context, bool needs_library,
    std::optional<std::chrono::milliseconds> default_timeout = std::nullopt);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_SESSION_H_
