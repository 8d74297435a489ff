#include "client/journal_view.h"

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "client/desk_words.h"
#include "client/text_table.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

std::string ConflictLine(const v1::JournalResult& result) {
  return absl::StrCat("  ", v1::JournalOutcome_Name(result.outcome()), " ",
                      result.conflict(), " (", result.request_id(),
                      "): ", result.message());
}

std::string FormatTime(const google::protobuf::Timestamp& timestamp) {
  return absl::FormatTime("%Y-%m-%d %H:%M:%S", FromProto(timestamp),
                          LibraryTimeZone());
}

// The outcome column: the server's verdict, with the conflict if any.
std::string Verdict(const JournalListEntry& entry) {
  if (entry.state() == "pending") return "";
  const v1::JournalResult& result = entry.result();
  std::string verdict = v1::JournalOutcome_Name(result.outcome());
  if (!result.conflict().empty())
    absl::StrAppend(&verdict, " ", result.conflict());
  return verdict;
}

JournalListEntry ToListEntry(const StoredEntry& stored) {
  JournalListEntry entry;
  entry.set_seq(stored.seq);
  entry.set_state(std::string(EntryStateName(stored.state)));
  *entry.mutable_queued_at() = ToProto(stored.queued_at);
  if (stored.settled_at.has_value()) {
    *entry.mutable_settled_at() = ToProto(*stored.settled_at);
    *entry.mutable_result() = stored.result;
  }
  *entry.mutable_entry() = stored.entry;
  return entry;
}

}  // namespace

std::string DescribeEntry(const v1::JournalEntry& entry) {
  switch (entry.action_case()) {
    case v1::JournalEntry::kCheckOut:
      return absl::StrCat("checkout ", entry.check_out().card_number(), " ",
                          entry.check_out().item_barcode());
    case v1::JournalEntry::kCheckIn:
      return absl::StrCat("checkin ", entry.check_in().item_barcode());
    case v1::JournalEntry::kRenew:
      return absl::StrCat("renew ", entry.renew().item_barcode());
    case v1::JournalEntry::kVisit:
      if (entry.visit().card_number().empty()) {
        return absl::StrCat("visit ×", entry.visit().count());
      }
      return absl::StrCat("visit ", entry.visit().card_number());
    case v1::JournalEntry::ACTION_NOT_SET:
      break;
  }
  return "?";
}

SyncSummary ToSyncSummary(const SyncReport& report) {
  SyncSummary summary;
  summary.set_sent(report.sent);
  summary.set_applied(report.applied);
  summary.set_review(report.review);
  summary.set_pending(report.pending);
  summary.set_code(CodeName(report.status.code()));
  summary.set_message(report.status.message());
  for (const v1::JournalResult& conflict : report.conflicts) {
    *summary.add_conflicts() = conflict;
  }
  return summary;
}

void WriteSyncReport(const SyncReport& report, Language language,
                     std::ostream& out) {
  out << Word(DeskWord::kSynced, language) << ": " << report.sent << " ("
      << report.applied << " ✔, " << report.review << " "
      << Word(DeskWord::kReview, language) << "); " << report.pending << " "
      << Word(DeskWord::kPending, language) << '\n';
  for (const v1::JournalResult& conflict : report.conflicts) {
    out << ConflictLine(conflict) << '\n';
  }
}

absl::StatusOr<JournalList> ListJournal(JournalStore& journal,
                                        std::optional<EntryState> state,
                                        int limit) {
  absl::StatusOr<JournalCounts> counts = journal.Counts();
  if (!counts.ok()) return counts.status();
  absl::StatusOr<std::vector<StoredEntry>> entries = journal.List(state, limit);
  if (!entries.ok()) return entries.status();
  JournalList list;
  list.set_path(journal.path());
  list.set_pending(counts->pending);
  list.set_done(counts->done);
  list.set_review(counts->review);
  for (const StoredEntry& stored : *entries) {
    *list.add_entries() = ToListEntry(stored);
  }
  return list;
}

void WriteJournalList(const JournalList& list, Language language,
                      std::ostream& out) {
  out << list.path() << ": " << list.pending() << " "
      << Word(DeskWord::kPending, language) << ", " << list.done() << " ✔, "
      << list.review() << " " << Word(DeskWord::kReview, language) << '\n';
  if (list.entries().empty()) return;
  TextTable table({"#", "state", "happened", "action", "answer"}, 5);
  for (const JournalListEntry& entry : list.entries()) {
    table.AddRow({std::to_string(entry.seq()), entry.state(),
                  FormatTime(entry.entry().occurred_at()),
                  DescribeEntry(entry.entry()), Verdict(entry)});
  }
  table.Render(out, "");
}

}  // namespace kitap::client
