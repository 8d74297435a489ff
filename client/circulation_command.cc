#include "client/circulation_command.h"

#include <functional>
#include <limits>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/desk_output.h"
#include "client/desk_session.h"
#include "client/desk_words.h"
#include "client/exit_code.h"
#include "client/journal_view.h"
#include "client/json_output.h"

namespace kitap::client {
namespace {

constexpr std::string_view kItemActionOptions[] = {
    "server", "token", "timeout", "library", "journal", "json"};
constexpr std::string_view kCheckOutOptions[] = {
    "server", "token", "timeout", "library", "journal", "json", "card"};
constexpr std::string_view kVisitOptions[] = {"server",  "token",   "timeout",
                                              "library", "journal", "json",
                                              "card",    "count"};
constexpr std::string_view kSyncOptions[] = {"server",  "token", "timeout",
                                             "journal", "json",  "batch"};
constexpr std::string_view kJournalOptions[] = {"journal", "lang", "json",
                                                "state", "limit"};

constexpr std::string_view kQueuedHelp =
    "\n"
    "When kitapd cannot be reached (after retries with the same request_id),\n"
    "the action is saved in the offline journal with the time it happened,\n"
    "and the command exits with 5; `kitap sync` (or desk mode) sends it\n"
    "later, exactly once.\n"
    "\n"
    "Options:\n";

// Runs one desk action made by `act` and prints what became of it.
int RunAction(const CommandContext& context, std::string_view name,
              const std::function<DeskOutcome(Desk&)>& act) {
  absl::StatusOr<DeskSession> session = OpenDeskSession(context, true);
  if (!session.ok()) return UsageError(context.err, name, session.status());
  const DeskOutcome outcome = act(*session->desk);
  if (context.args.Has("json")) {
    const int printed = PrintJson(ToActionResult(outcome, session->language),
                                  context.out, context.err);
    if (printed != kExitOk) return printed;
  } else {
    context.out << DescribeOutcome(outcome, session->language) << '\n';
  }
  return ExitCodeOf(outcome);
}

int RunCheckOut(const CommandContext& context) {
  std::optional<std::string> card = context.args.Get("card");
  if (!card.has_value()) {
    return UsageError(context.err, "checkout",
                      absl::InvalidArgumentError(
                          "whose loan? give the reader's card: --card CARD"));
  }
  return RunAction(context, "checkout", [&](Desk& desk) {
    return desk.CheckOut(*card, std::string(context.operand));
  });
}

int RunCheckIn(const CommandContext& context) {
  return RunAction(context, "checkin", [&](Desk& desk) {
    return desk.CheckIn(std::string(context.operand));
  });
}

int RunRenew(const CommandContext& context) {
  return RunAction(context, "renew", [&](Desk& desk) {
    return desk.Renew(std::string(context.operand));
  });
}

int RunVisit(const CommandContext& context) {
  std::optional<std::string> card = context.args.Get("card");
  std::optional<std::string> count_text = context.args.Get("count");
  if (card.has_value() == count_text.has_value()) {
    return UsageError(
        context.err, "visit",
        absl::InvalidArgumentError("give either a reader's --card CARD or an "
                                   "anonymous --count N"));
  }
  int64_t count = 0;
  if (count_text.has_value()) {
    absl::StatusOr<int64_t> parsed =
        ParseIntegerOption("count", *count_text, 1, 100000);
    if (!parsed.ok()) return UsageError(context.err, "visit", parsed.status());
    count = *parsed;
  }
  return RunAction(context, "visit", [&](Desk& desk) {
    return desk.Visit(card.value_or(""), static_cast<int>(count));
  });
}

int RunSync(const CommandContext& context) {
  absl::StatusOr<int64_t> batch = ParseIntegerOption(
      "batch",
      context.args.Get("batch").value_or(std::to_string(kDefaultSyncBatch)), 1,
      kMaxSyncBatch);
  if (!batch.ok()) return UsageError(context.err, "sync", batch.status());
  absl::StatusOr<DeskSession> session = OpenDeskSession(context, false);
  if (!session.ok()) return UsageError(context.err, "sync", session.status());
  const SyncReport report = session->desk->Sync(
      [&](const SyncReport& so_far) {
        context.err << "kitap: sent " << so_far.sent << " entries\n";
      },
      static_cast<int>(*batch));
  if (context.args.Has("json")) {
    const int printed =
        PrintJson(ToSyncSummary(report), context.out, context.err);
    if (printed != kExitOk) return printed;
  } else {
    WriteSyncReport(report, session->language, context.out);
  }
  if (report.status.ok()) return kExitOk;
  return CallFailure(context.err, context.language, "sync", report.status,
                     session->connection->address());
}

absl::StatusOr<std::optional<EntryState>> ParseState(const ParsedArgs& args) {
  std::optional<std::string> state = args.Get("state");
  if (!state.has_value() || *state == "all") return std::nullopt;
  for (EntryState candidate :
       {EntryState::kPending, EntryState::kDone, EntryState::kReview}) {
    if (*state == EntryStateName(candidate)) return candidate;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "--state: expected pending, done, review or all, got '", *state, "'"));
}

int RunJournal(const CommandContext& context) {
  absl::StatusOr<std::optional<EntryState>> state = ParseState(context.args);
  if (!state.ok()) return UsageError(context.err, "journal", state.status());
  absl::StatusOr<int64_t> limit =
      ParseIntegerOption("limit", context.args.Get("limit").value_or("50"), 1,
                         std::numeric_limits<int32_t>::max());
  if (!limit.ok()) return UsageError(context.err, "journal", limit.status());
  absl::StatusOr<DeskSession> session = OpenDeskSession(context, false);
  if (!session.ok()) {
    return UsageError(context.err, "journal", session.status());
  }
  absl::StatusOr<JournalList> list =
      ListJournal(*session->journal, *state, static_cast<int>(*limit));
  if (!list.ok()) {
    context.err << "kitap: " << list.status().message() << '\n';
    return kExitFailure;
  }
  if (context.args.Has("json")) {
    return PrintJson(*list, context.out, context.err);
  }
  WriteJournalList(*list, session->language, context.out);
  return kExitOk;
}

// `kitap NAME OPERAND` help: usage, what it does, the queued note, options.
std::string ActionHelp(std::string_view usage, std::string_view what,
                       std::string_view own_options) {
  return absl::StrFormat("Usage: %s\n\n%s%s%s%s%s%s", usage, what, kQueuedHelp,
                         own_options, kLibraryOptionHelp, kDeskOptionsHelp,
                         kConnectionOptionsHelp);
}

}  // namespace

const Command& CheckOutCommand() {
  static const std::string help = ActionHelp(
      "kitap checkout BARCODE --card CARD [--library ID]",
      "Lends the item with BARCODE to the reader with CARD at this desk's\n"
      "library and prints its due date.\n",
      "  --card CARD      the reader's card number (required)\n");
  static const Command command{"checkout",   "lend an item to a reader",
                               help,         kCheckOutOptions,
                               RunCheckOut,  "BARCODE",
                               /*desk=*/true};
  return command;
}

const Command& CheckInCommand() {
  static const std::string help = ActionHelp(
      "kitap checkin BARCODE [--library ID]",
      "Takes back the item with BARCODE. An item of another library is put\n"
      "in transit to it: the output says where to send it.\n",
      "");
  static const Command command{"checkin",    "take a returned item back",
                               help,         kItemActionOptions,
                               RunCheckIn,   "BARCODE",
                               /*desk=*/true};
  return command;
}

const Command& RenewCommand() {
  static const std::string help = ActionHelp(
      "kitap renew BARCODE [--library ID]",
      "Renews the open loan of the item with BARCODE and prints the new due\n"
      "date.\n",
      "");
  static const Command command{"renew",      "renew a loan",
                               help,         kItemActionOptions,
                               RunRenew,     "BARCODE",
                               /*desk=*/true};
  return command;
}

const Command& VisitCommand() {
  static const std::string help = ActionHelp(
      "kitap visit (--card CARD | --count N) [--library ID]",
      "Counts a visit to this desk's library: a reader's card scanned at\n"
      "the entrance, or N anonymous visitors from a gate counter.\n",
      "  --card CARD      the reader's card number\n"
      "  --count N        anonymous visitors, 1..100000\n");
  static const Command command{"visit",       "count a visit", help,
                               kVisitOptions, RunVisit,        "",
                               /*desk=*/true};
  return command;
}

const Command& SyncCommand() {
  static const std::string help = absl::StrFormat(
      "%s%s%s",
      "Usage: kitap sync [--journal FILE]\n"
      "\n"
      "Sends the actions waiting in the offline journal to kitapd, oldest\n"
      "first, and records each answer. Safe to run again at any time: each\n"
      "action is applied exactly once. Actions the server settled by a\n"
      "conflict rule are listed and kept for review (kitap journal --state\n"
      "review). Exits with 0 when nothing is left waiting, else with 4.\n"
      "\n"
      "Options:\n"
      "  --batch N        entries per SubmitJournal stream, 1..10000\n"
      "                   (default: 1000)\n",
      kDeskOptionsHelp, kConnectionOptionsHelp);
  static const Command command{
      "sync",       "send the offline journal", help, kSyncOptions, RunSync, "",
      /*desk=*/true};
  return command;
}

const Command& JournalCommand() {
  static const std::string help = absl::StrFormat(
      "%s%s",
      "Usage: kitap journal [--state pending|done|review|all] [--limit N]\n"
      "\n"
      "Lists the offline journal of this desk, newest first: what waits to\n"
      "be sent (pending), what the server applied (done), and what it\n"
      "settled by a conflict rule or could not apply (review).\n"
      "\n"
      "Options:\n"
      "  --state STATE    only entries in STATE (default: all)\n"
      "  --limit N        at most N entries (default: 50)\n"
      "  --lang LANG      kk, ru or en (default: 'lang' in the config file,\n"
      "                   else the locale, else en)\n",
      kDeskOptionsHelp);
  static const Command command{"journal",    "list the offline journal",
                               help,         kJournalOptions,
                               RunJournal,   "",
                               /*desk=*/true};
  return command;
}

}  // namespace kitap::client
