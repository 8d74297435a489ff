#include "client/desk_mode.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/desk_output.h"
#include "client/desk_reader.h"
#include "client/desk_words.h"
#include "client/exit_code.h"
#include "client/journal_view.h"
#include "client/reason_text.h"
#include "client/retry.h"

namespace kitap::client {
namespace {

constexpr std::string_view kOptionNames[] = {
    "server", "token", "timeout", "library", "journal", "sync-interval"};

// A desk answers a scan within a second or queues it: a server that does
// not answer in 2 s is treated as away (unless --timeout says otherwise).
constexpr std::chrono::milliseconds kDeskTimeout{2000};

enum class Mode { kCheckOut, kCheckIn, kRenew, kVisit, kReader };

struct ModeWord {
  std::string_view word;
  Mode mode;
  DeskWord banner;
};

constexpr ModeWord kModes[] = {
    {"out", Mode::kCheckOut, DeskWord::kModeCheckOut},
    {"checkout", Mode::kCheckOut, DeskWord::kModeCheckOut},
    {"in", Mode::kCheckIn, DeskWord::kModeCheckIn},
    {"checkin", Mode::kCheckIn, DeskWord::kModeCheckIn},
    {"renew", Mode::kRenew, DeskWord::kModeRenew},
    {"visit", Mode::kVisit, DeskWord::kModeVisit},
    {"patron", Mode::kReader, DeskWord::kModePatron},
};

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

// The scanner loop. Scans (on the caller's thread) and replays (on a
// background thread) take turns under mutex_, so the journal keeps its
// order and lines do not mix.
class DeskLoop {
 public:
  DeskLoop(DeskSession& session, std::ostream& out,
           std::chrono::milliseconds sync_interval)
      : session_(session), out_(out), sync_interval_(sync_interval) {}

  int Run(std::istream& in, bool prompt);

 private:
  // Returns false on "quit".
  bool Handle(const std::string& line);
  bool HandleWord(const std::string& word, const std::string& argument);
  void Scan(const std::string& code);
  void ScanForCheckOut(const std::string& code);
  void Count(const std::string& argument);
  void Say(const std::string& line);
  void SayOutcome(const DeskOutcome& outcome);
  void Status();
  void SyncNow();
  void ReplayInBackground();
  bool ServerAnswers();
  int64_t Pending();
  std::string_view PromptText() const;

  DeskSession& session_;
  std::ostream& out_;
  const std::chrono::milliseconds sync_interval_;

  std::mutex mutex_;
  // State below is guarded by mutex_.
  std::condition_variable wake_;
  bool stopping_ = false;
  Mode mode_ = Mode::kCheckOut;
  std::string card_;  // the reader being served in check-out mode
};

int DeskLoop::Run(std::istream& in, bool prompt) {
  Say(absl::StrCat("kitap desk — ", session_.library_id, " — ",
                   session_.connection->address()));
  Say(std::string(Word(DeskWord::kModeCheckOut, session_.language)));
  std::thread replay([this] { ReplayInBackground(); });
  std::string line;
  bool going = true;
  while (going) {
    if (prompt) out_ << PromptText() << std::flush;
    if (!std::getline(in, line)) break;
    std::lock_guard<std::mutex> lock(mutex_);
    going = Handle(std::string(StripBlanks(line)));
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  replay.join();
  if (Pending() > 0 && !session_.desk->offline()) SyncNow();
  const int64_t pending = Pending();
  if (pending > 0) {
    Say(absl::StrCat("⏳ ", pending, " ",
                     Word(DeskWord::kPending, session_.language)));
  }
  Say(std::string(Word(DeskWord::kGoodbye, session_.language)));
  return pending > 0 ? kExitQueued : kExitOk;
}

bool DeskLoop::Handle(const std::string& line) {
  if (line.empty()) {  // Enter alone: this reader is done
    if (mode_ == Mode::kCheckOut && !card_.empty()) {
      card_.clear();
      Say(std::string(Word(DeskWord::kSessionClosed, session_.language)));
    }
    return true;
  }
  const size_t space = line.find(' ');
  const std::string word = Lower(line.substr(0, space));
  const std::string argument =
      space == std::string::npos
          ? ""
          : std::string(StripBlanks(std::string_view(line).substr(space + 1)));
  if (word == "quit" || word == "exit") return false;
  if (!HandleWord(word, argument)) Scan(line);
  return true;
}

// Typed commands; false when `word` is none, i.e. the line is a scan.
bool DeskLoop::HandleWord(const std::string& word,
                          const std::string& argument) {
  for (const ModeWord& mode : kModes) {
    if (word != mode.word || !argument.empty()) continue;
    mode_ = mode.mode;
    card_.clear();
    Say(std::string(Word(mode.banner, session_.language)));
    return true;
  }
  if (word == "count") {
    Count(argument);
  } else if (word == "sync" && argument.empty()) {
    SyncNow();
  } else if (word == "status" && argument.empty()) {
    Status();
  } else if ((word == "help" || word == "?") && argument.empty()) {
    Say(std::string(Word(DeskWord::kHelp, session_.language)));
  } else {
    return false;
  }
  return true;
}

void DeskLoop::Scan(const std::string& code) {
  if (code.find(' ') != std::string::npos) {
    Say(std::string(Word(DeskWord::kUnknownCommand, session_.language)));
    return;
  }
  switch (mode_) {
    case Mode::kCheckOut:
      return ScanForCheckOut(code);
    case Mode::kCheckIn:
      return SayOutcome(session_.desk->CheckIn(code));
    case Mode::kRenew:
      return SayOutcome(session_.desk->Renew(code));
    case Mode::kVisit:
      return SayOutcome(session_.desk->Visit(code, 0));
    case Mode::kReader:
      ShowReader(session_, code, out_);
      out_.flush();
      return;
  }
}

// The first scan is the reader's card; the next ones are items. An item
// the server does not know may be the next reader's card: then that
// reader is served.
void DeskLoop::ScanForCheckOut(const std::string& code) {
  if (card_.empty()) {
    if (ShowReader(session_, code, out_) != ReaderLookup::kNotFound) {
      card_ = code;
    }
    out_.flush();
    return;
  }
  const DeskOutcome outcome = session_.desk->CheckOut(card_, code);
  if (outcome.kind == DeskOutcome::Kind::kRefused &&
      outcome.status.reason() == "ITEM_NOT_FOUND") {
    std::ostringstream reader;
    if (ShowReader(session_, code, reader) == ReaderLookup::kFound) {
      card_ = code;
      out_ << reader.str() << std::flush;
      return;
    }
  }
  SayOutcome(outcome);
}

void DeskLoop::Count(const std::string& argument) {
  int count = 0;
  const auto [end, error] = std::from_chars(
      argument.data(), argument.data() + argument.size(), count);
  if (error != std::errc() || end != argument.data() + argument.size() ||
      count < 1 || count > 100000) {
    Say(std::string(Word(DeskWord::kUnknownCommand, session_.language)));
    return;
  }
  SayOutcome(session_.desk->Visit("", count));
}

void DeskLoop::Say(const std::string& line) { out_ << line << std::endl; }

void DeskLoop::SayOutcome(const DeskOutcome& outcome) {
  Say(DescribeOutcome(outcome, session_.language));
}

void DeskLoop::Status() {
  const int64_t pending = Pending();
  Say(absl::StrCat(session_.desk->offline()
                       ? Word(DeskWord::kStillOffline, session_.language)
                       : std::string("✔"),
                   " ", pending, " ",
                   Word(DeskWord::kPending, session_.language)));
}

void DeskLoop::SyncNow() {
  const bool was_offline = session_.desk->offline();
  const SyncReport report = session_.desk->Sync();
  if (report.sent > 0) {
    std::ostringstream text;
    WriteSyncReport(report, session_.language, text);
    out_ << text.str();
  }
  if (!report.status.ok() && !IsTransient(report.status.code())) {
    // The server answered but took no entry (e.g. this desk's token was
    // revoked): staff must act; the entries wait.
    Say("✖ " + DescribeFailure(report.status, session_.language));
  } else if (session_.desk->offline()) {
    Say(std::string(Word(DeskWord::kStillOffline, session_.language)));
  } else if (was_offline) {
    Say(std::string(Word(DeskWord::kBackOnline, session_.language)));
  }
  out_.flush();
}

// While entries wait, looks for the server every sync_interval_ and, when
// it answers, replays the journal. The probe runs outside mutex_, so scans
// are never held up by a server that is away.
void DeskLoop::ReplayInBackground() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, sync_interval_);
    if (stopping_ || Pending() == 0) continue;
    lock.unlock();
    const bool answers = ServerAnswers();
    lock.lock();
    if (answers && !stopping_ && Pending() > 0) SyncNow();
  }
}

bool DeskLoop::ServerAnswers() {
  grpc::ClientContext context;
  session_.connection->Prepare(&context, session_.connection->timeout());
  v1::PingResponse pong;
  return session_.stubs.diagnostics->Ping(&context, v1::PingRequest(), &pong)
      .ok();
}

// REQUIRES: mutex_ held, or the replay thread stopped.
int64_t DeskLoop::Pending() {
  return session_.journal->PendingCount().value_or(0);
}

std::string_view DeskLoop::PromptText() const {
  switch (mode_) {
    case Mode::kCheckOut:
      return card_.empty() ? "out> " : "out+> ";
    case Mode::kCheckIn:
      return "in> ";
    case Mode::kRenew:
      return "renew> ";
    case Mode::kVisit:
      return "visit> ";
    case Mode::kReader:
      return "patron> ";
  }
  return "> ";
}

constexpr std::string_view kHelp =
    "Usage: kitap desk --library ID [--sync-interval SECS]\n"
    "\n"
    "The scanner loop of a branch desk. Scan a reader's card: the desk shows\n"
    "the name, the loans, overdue items and blocks. Then scan items: each\n"
    "is checked out and its due date shown. An empty line (Enter) ends the\n"
    "reader; the next scan is the next card. Typed words switch the mode:\n"
    "  out        check-out (the default)\n"
    "  in         check-in: scan returned items\n"
    "  renew      renew: scan items\n"
    "  visit      visits: scan cards at the entrance; 'count N' adds N\n"
    "             anonymous visitors\n"
    "  patron     look readers up\n"
    "  sync       send the offline journal now\n"
    "  status     online or not, and how many actions wait\n"
    "  help, quit\n"
    "\n"
    "When kitapd cannot be reached, each action is saved in the offline\n"
    "journal at once (the desk says so and how many wait) and sent, exactly\n"
    "once and in order, when the server is back. Input may be a terminal or\n"
    "a pipe. Exits with 5 when actions still wait at the end.\n"
    "\n"
    "Options:\n"
    "  --sync-interval SECS\n"
    "                   how often to look for the server while actions wait\n"
    "                   (default: 10)\n";

int RunDesk(const CommandContext& context) {
  std::chrono::milliseconds interval = kDefaultSyncInterval;
  if (std::optional<std::string> text = context.args.Get("sync-interval")) {
    absl::StatusOr<std::chrono::milliseconds> parsed = ParseTimeout(*text);
    if (!parsed.ok()) {
      return UsageError(context.err, "desk",
                        absl::InvalidArgumentError(absl::StrCat(
                            "--sync-interval: ", parsed.status().message())));
    }
    interval = *parsed;
  }
  absl::StatusOr<DeskSession> session =
      OpenDeskSession(context, true, kDeskTimeout);
  if (!session.ok()) return UsageError(context.err, "desk", session.status());
  return RunDeskLoop(*session, std::cin, context.out, interval,
                     isatty(STDIN_FILENO) == 1);
}

}  // namespace

int RunDeskLoop(DeskSession& session, std::istream& in, std::ostream& out,
                std::chrono::milliseconds sync_interval, bool prompt) {
  DeskLoop loop(session, out, sync_interval);
  return loop.Run(in, prompt);
}

const Command& DeskCommand() {
  static const std::string help =
      absl::StrFormat("%s%s%s%s", kHelp, kLibraryOptionHelp, kDeskOptionsHelp,
                      kConnectionOptionsHelp);
  static const Command command{"desk",       "the scanner loop of a desk",
                               help,         kOptionNames,
                               RunDesk,      "",
                               /*desk=*/true};
  return command;
}

}  // namespace kitap::client
