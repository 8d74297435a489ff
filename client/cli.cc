#include "client/cli.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iterator>
#include <span>
#include <string_view>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "client/admin_command.h"
#include "client/circulation_command.h"
#include "client/command.h"
#include "client/config_file.h"
#include "client/demo.h"
#include "client/desk_command.h"
#include "client/desk_mode.h"
#include "client/exit_code.h"
#include "client/language.h"
#include "client/report_command.h"

namespace kitap::client {
namespace {

// Every option of every command; each command says which it accepts.
constexpr OptionSpec kOptions[] = {
    {"help", false}, {"version", false}, {"server"},         {"token"},
    {"timeout"},     {"year"},           {"format"},         {"region"},
    {"library"},     {"age-bands"},      {"role"},           {"label"},
    {"json", false}, {"all", false},     {"since"},          {"until"},
    {"limit"},       {"refused", false}, {"yes", false},     {"ca-cert"},
    {"client-cert"}, {"client-key"},     {"lang"},           {"card"},
    {"name"},        {"birth-date"},     {"category"},       {"phone"},
    {"email"},       {"expires"},        {"reason"},         {"title"},
    {"author"},      {"isbn"},           {"issn"},           {"language"},
    {"subject"},     {"barcode"},        {"record"},         {"loan-type"},
    {"acquired"},    {"issue"},          {"periodical"},     {"room"},
    {"kind"},        {"attendance"},     {"overdue", false}, {"count"},
    {"journal"},     {"state"},          {"sync-interval"},  {"batch"},
};

std::span<const Command* const> Commands() {
  static const auto commands = std::to_array<const Command*>({
      &DeskCommand(),
      &CheckOutCommand(),
      &CheckInCommand(),
      &RenewCommand(),
      &VisitCommand(),
      &SyncCommand(),
      &JournalCommand(),
      &DemoCommand(),
      &ReportAnnualCommand(),
      &PatronRegisterCommand(),
      &PatronShowCommand(),
      &PatronRenewCommand(),
      &PatronBlockCommand(),
      &PatronUnblockCommand(),
      &RecordAddCommand(),
      &RecordShowCommand(),
      &ItemAddCommand(),
      &ItemShowCommand(),
      &PeriodicalRequestCommand(),
      &PeriodicalQueueCommand(),
      &PeriodicalDeliverCommand(),
      &PeriodicalReturnCommand(),
      &PeriodicalCancelCommand(),
      &EventRecordCommand(),
      &LoansCommand(),
      &AdminTokenIssueCommand(),
      &AdminTokenListCommand(),
      &AdminTokenRevokeCommand(),
      &AdminAuditCommand(),
      &AdminPatronExportCommand(),
      &AdminPatronEraseCommand(),
  });
  return commands;
}

constexpr std::string_view kHelpHead =
    "kitap " KITAP_VERSION
    ": the desk client of kitap, the national library circulation system.\n"
    "\n"
    "Usage: kitap COMMAND [OPTIONS]\n"
    "       kitap COMMAND --help\n"
    "       kitap --help | --version\n";

constexpr std::string_view kHelpTail =
    "\n"
    "Exit codes:\n"
    "  0  done\n"
    "  1  any other failure (e.g. an internal server error)\n"
    "  2  bad usage or input (also INVALID_ARGUMENT, OUT_OF_RANGE from the "
    "server)\n"
    "  3  refused by a rule (FAILED_PRECONDITION, NOT_FOUND, ALREADY_EXISTS,\n"
    "     ABORTED, PERMISSION_DENIED, UNAUTHENTICATED)\n"
    "  4  server unreachable (UNAVAILABLE, DEADLINE_EXCEEDED)\n"
    "  5  queued offline: the server was unreachable, so the desk action\n"
    "     waits in the offline journal (kitap sync sends it)\n";

// The options `command` accepts besides --help: its own, and the TLS
// options and --lang when it talks to kitapd (takes --server).
std::vector<std::string_view> AllowedOptions(const Command& command) {
  std::vector<std::string_view> allowed(command.options.begin(),
                                        command.options.end());
  if (std::find(allowed.begin(), allowed.end(), "server") != allowed.end()) {
    allowed.insert(allowed.end(), std::begin(kSharedOptionNames),
                   std::end(kSharedOptionNames));
  }
  return allowed;
}

// Lists the commands whose name starts with `prefix`.
void WriteCommandList(std::ostream& out, std::string_view prefix) {
  out << "\nCommands:\n";
  for (const Command* command : Commands()) {
    if (!command->name.starts_with(prefix)) continue;
    out << absl::StrFormat("  %-21s%s\n", command->name, command->summary);
  }
}

void WriteMainHelp(std::ostream& out) {
  out << kHelpHead;
  WriteCommandList(out, "");
  out << "\nOptions of the commands that talk to kitapd:\n"
      << kConnectionOptionsHelp << kHelpTail;
}

// The command named by all of `words`, or by all but the last when it
// takes an operand (then *operand is that word).
const Command* FindCommand(const std::vector<std::string>& words,
                           std::string_view* operand) {
  const std::string name = absl::StrJoin(words, " ");
  const std::string head =
      absl::StrJoin(words.begin(), words.end() - (words.empty() ? 0 : 1), " ");
  for (const Command* command : Commands()) {
    if (command->name == name) return command;
    if (!command->operand.empty() && command->name == head) {
      *operand = words.back();
      return command;
    }
  }
  return nullptr;
}

bool IsCommandGroup(std::string_view words) {
  for (const Command* command : Commands()) {
    if (command->name.starts_with(std::string(words) + " ")) return true;
  }
  return false;
}

// `kitap` with no command words: --help, --version or a usage error.
int RunWithoutCommand(const ParsedArgs& args, std::ostream& out,
                      std::ostream& err) {
  if (args.Has("help")) {
    WriteMainHelp(out);
    return kExitOk;
  }
  if (args.Has("version")) {
    out << "kitap " << KITAP_VERSION << '\n';
    return kExitOk;
  }
  return UsageError(err, "", absl::InvalidArgumentError("no command given"));
}

// `kitap report` and the like: the words name a group, not a command.
int RunGroup(std::string_view group, const ParsedArgs& args, std::ostream& out,
             std::ostream& err) {
  if (args.Has("help")) {
    out << "Usage: kitap " << group << " SUBCOMMAND [OPTIONS]\n";
    WriteCommandList(out, std::string(group) + " ");
    return kExitOk;
  }
  return UsageError(err, group,
                    absl::InvalidArgumentError("'kitap " + std::string(group) +
                                               "' needs a subcommand"));
}

}  // namespace

int RunCli(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err) {
  absl::StatusOr<ParsedArgs> parsed = ParseArgs(args, kOptions);
  if (!parsed.ok()) return UsageError(err, "", parsed.status());
  const std::string name = absl::StrJoin(parsed->words, " ");
  if (name.empty()) return RunWithoutCommand(*parsed, out, err);
  std::string_view operand;
  const Command* command = FindCommand(parsed->words, &operand);
  if (command == nullptr && IsCommandGroup(name)) {
    return RunGroup(name, *parsed, out, err);
  }
  if (command == nullptr) {
    return UsageError(
        err, "", absl::InvalidArgumentError("unknown command '" + name + "'"));
  }
  if (parsed->Has("help")) {
    out << command->help;
    return kExitOk;
  }
  const std::vector<std::string_view> accepted = AllowedOptions(*command);
  absl::StatusOr<ConfigFile> config = ReadConfigFile(
      ConfigFilePath(std::getenv(kConfigEnvVar), std::getenv("XDG_CONFIG_HOME"),
                     std::getenv("HOME")));
  if (!config.ok()) return UsageError(err, command->name, config.status());
  ApplySettings(*config, accepted, command->desk, std::getenv, &*parsed);
  absl::Status allowed = CheckOptionsAllowed(*parsed, accepted, command->name);
  if (allowed.ok() && !command->operand.empty() && operand.empty()) {
    allowed = absl::InvalidArgumentError(absl::StrFormat(
        "'kitap %s' needs %s", command->name, command->operand));
  }
  if (!allowed.ok()) return UsageError(err, command->name, allowed);
  absl::StatusOr<Language> language = LanguageFrom(*parsed);
  if (!language.ok()) {
    return UsageError(err, command->name, language.status());
  }
  return command->run(CommandContext{*parsed, out, err, operand, *language});
}

}  // namespace kitap::client
