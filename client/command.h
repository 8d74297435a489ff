// Command: one thing `kitap` can do, e.g. `kitap report annual`, and the
// helpers every command shares to read its options and report failures.
#ifndef KITAP_CLIENT_COMMAND_H_
#define KITAP_CLIENT_COMMAND_H_

#include <optional>
#include <ostream>
#include <span>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/args.h"
#include "client/connection.h"
#include "client/language.h"
#include "client/rpc_status.h"

namespace kitap::client {

// What a running command gets: its arguments and where to write.
struct CommandContext {
  const ParsedArgs& args;
  std::ostream& out;
  std::ostream& err;
  // The word after the command's name, for a command that takes one (e.g.
  // the ID of `kitap admin token revoke ID`); empty otherwise.
  std::string_view operand = {};
  // The language of messages for people: --lang, else the locale.
  Language language = Language::kEnglish;
};

struct Command {
  std::string_view name;                      // its words, e.g. "report annual"
  std::string_view summary;                   // one line for `kitap --help`
  std::string_view help;                      // the text of `kitap NAME --help`
  std::span<const std::string_view> options;  // accepted, besides --help
  // Runs the command; returns the process exit code (exit_code.h).
  int (*run)(const CommandContext& context);
  // The name of the one word the command takes after its name (e.g. "ID"),
  // or empty when it takes none.
  std::string_view operand = {};
  // True for the commands of one library's desk: they take --library and
  // --journal from the environment and the config file too
  // (config_file.h).
  bool desk = false;
};

// The help lines of the connection's options, for the commands' help texts.
inline constexpr std::string_view kConnectionOptionsHelp =
    "  --server ADDR    kitapd's gRPC address (default: $KITAP_SERVER, else\n"
    "                   127.0.0.1:7070)\n"
    "  --token TOKEN    bearer token of this desk or admin (default:\n"
    "                   $KITAP_TOKEN)\n"
    "  --timeout SECS   deadline of each call in seconds (default: 5)\n"
    "  --lang LANG      kk, ru or en: the language of the explanation of a\n"
    "                   refusal (default: the locale, else en)\n"
    "  --ca-cert FILE   connect with TLS, trusting the CA certificates in\n"
    "                   FILE (PEM) (default: $KITAP_CA_CERT; none: plaintext)\n"
    "  --client-cert FILE\n"
    "                   this client's certificate (PEM), for a kitapd that\n"
    "                   asks for one: mutual TLS (default:\n"
    "                   $KITAP_CLIENT_CERT)\n"
    "  --client-key FILE\n"
    "                   the private key of --client-cert (PEM) (default:\n"
    "                   $KITAP_CLIENT_KEY)\n";

// The options above besides --server, --token and --timeout: TLS and
// --lang. Every command that accepts --server accepts them too (cli.cc).
inline constexpr std::string_view kSharedOptionNames[] = {
    "ca-cert", "client-cert", "client-key", kLanguageOption};

// The connection that --server/KITAP_SERVER, --token/KITAP_TOKEN,
// --timeout and the TLS options (each flag before its environment variable)
// ask for. Fails when an option is bad or a TLS file cannot be read.
absl::StatusOr<ConnectionOptions> ConnectionOptionsFrom(const ParsedArgs& args);

// The connection ConnectionOptionsFrom asks for; when the options are bad,
// prints the usage error of `command` and returns nullopt (exit with
// kExitUsage).
std::optional<Connection> Connect(const CommandContext& context,
                                  std::string_view command);

// Prints "kitap: <message>" and where to find help for `command`; returns
// kExitUsage.
int UsageError(std::ostream& err, std::string_view command,
               const absl::Status& status);

// Reports a failed call and returns the exit code for `status`. The first
// line is for the librarian, in `language`: "kitap: <label>: <explanation>
// [REASON]" (reason_text.h), with the server's message when the reason has
// no explanation and the code name when there is no reason. The second is
// for support staff: "kitap: <what> failed: <status>". When the server
// could not be reached, hints follow that name `address`.
int CallFailure(std::ostream& err, Language language, std::string_view what,
                const RpcStatus& status, std::string_view address);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_COMMAND_H_
