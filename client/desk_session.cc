#include "client/desk_session.h"

#include <cstdlib>
#include <limits>

#include "absl/strings/str_cat.h"

namespace kitap::client {
namespace {

absl::StatusOr<std::string> JournalPath(const ParsedArgs& args) {
  std::string path = args.Get("journal").value_or(
      DefaultJournalPath(std::getenv("XDG_STATE_HOME"), std::getenv("HOME")));
  if (path.empty()) {
    return absl::InvalidArgumentError(
        "no place for the offline journal: give --journal FILE (neither "
        "XDG_STATE_HOME nor HOME is set)");
  }
  return path;
}

absl::StatusOr<int64_t> LibraryId(const ParsedArgs& args) {
  std::optional<std::string> library = args.Get("library");
  if (!library.has_value()) {
    return absl::InvalidArgumentError(
        "which library is this desk? give --library ID (or set "
        "KITAP_LIBRARY, or 'library' in the config file)");
  }
  return ParseIntegerOption("library", *library, 1,
                            std::numeric_limits<int64_t>::max());
}

}  // namespace

absl::StatusOr<DeskSession> OpenDeskSession(
    const CommandContext& context, bool needs_library,
    std::optional<std::chrono::milliseconds> default_timeout) {
  DeskSession session;
  session.language = context.language;
  if (needs_library) {
    absl::StatusOr<int64_t> library = LibraryId(context.args);
    if (!library.ok()) return library.status();
    session.library_id = *library;
  }
  absl::StatusOr<std::string> path = JournalPath(context.args);
  if (!path.ok()) return path.status();
  absl::StatusOr<std::unique_ptr<JournalStore>> journal =
      JournalStore::Open(*path);
  if (!journal.ok()) return journal.status();
  session.journal = *std::move(journal);
  absl::StatusOr<ConnectionOptions> options =
      ConnectionOptionsFrom(context.args);
  if (!options.ok()) return options.status();
  if (default_timeout.has_value() && !context.args.Has("timeout")) {
    options->timeout = *default_timeout;
  }
  session.connection = std::make_unique<Connection>(*std::move(options));
  session.stubs = Stubs(session.connection->channel());
  session.desk =
      std::make_unique<Desk>(*session.connection, *session.stubs.circulation,
                             session.journal.get(), session.library_id);
  return session;
}

}  // namespace kitap::client
