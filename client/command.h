// Command: one thing `kitap` can do, e.g. `kitap report annual`, and the
// helpers every command shares to read its options and report failures.
#ifndef KITAP_CLIENT_COMMAND_H_
#define KITAP_CLIENT_COMMAND_H_

#include <ostream>
#include <span>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/args.h"
#include "client/connection.h"
#include "client/rpc_status.h"

namespace kitap::client {

// What a running command gets: its arguments and where to write.
struct CommandContext {
  const ParsedArgs& args;
  std::ostream& out;
  std::ostream& err;
};

struct Command {
  std::string_view name;                      // its words, e.g. "report annual"
  std::string_view summary;                   // one line for `kitap --help`
  std::string_view help;                      // the text of `kitap NAME --help`
  std::span<const std::string_view> options;  // accepted, besides --help
  // Runs the command; returns the process exit code (exit_code.h).
  int (*run)(const CommandContext& context);
};

// The help lines of --server and --timeout, for the commands' help texts.
inline constexpr std::string_view kConnectionOptionsHelp =
    "  --server ADDR    kitapd's gRPC address (default: $KITAP_SERVER, else\n"
    "                   127.0.0.1:7070)\n"
    "  --token TOKEN    bearer token of this desk or admin (default:\n"
    "                   $KITAP_TOKEN)\n"
    "  --timeout SECS   deadline of each call in seconds (default: 5)\n";

// The connection that --server/KITAP_SERVER, --token/KITAP_TOKEN and
// --timeout ask for.
absl::StatusOr<ConnectionOptions> ConnectionOptionsFrom(const ParsedArgs& args);

// Prints "kitap: <message>" and where to find help for `command`; returns
// kExitUsage.
int UsageError(std::ostream& err, std::string_view command,
               const absl::Status& status);

// Prints "kitap: <what> failed: <status>" (naming `address` when the
// server could not be reached); returns the exit code for `status`.
int CallFailure(std::ostream& err, std::string_view what,
                const RpcStatus& status, std::string_view address);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_COMMAND_H_
