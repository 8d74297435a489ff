#include "client/desk_output.h"

#include "absl/strings/str_cat.h"
#include "client/desk_words.h"
#include "client/exit_code.h"
#include "client/reason_text.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

std::string LoanLine(DeskWord done, const v1::Loan& loan, Language language,
                     bool with_due) {
  std::string line = absl::StrCat("✔ ", Word(done, language), ": ",
                                  loan.title(), " [", loan.item_barcode(), "]");
  if (with_due) {
    absl::StrAppend(&line, ", ", Word(DeskWord::kDue, language), " ",
                    FormatDay(loan.due_at()));
  }
  return line;
}

std::string DoneLine(const v1::JournalResult& answer, Language language) {
  switch (answer.result_case()) {
    case v1::JournalResult::kCheckOut:
      return LoanLine(DeskWord::kCheckedOut, answer.check_out().loan(),
                      language, true);
    case v1::JournalResult::kCheckIn: {
      const v1::CheckInResponse& check_in = answer.check_in();
      std::string line =
          LoanLine(DeskWord::kReturned, check_in.loan(), language, false);
      if (check_in.item_status() == v1::ITEM_STATUS_IN_TRANSIT) {
        absl::StrAppend(&line, " — ", Word(DeskWord::kInTransitTo, language),
                        " ", check_in.transit_to_library_id());
      }
      return line;
    }
    case v1::JournalResult::kRenew:
      return LoanLine(DeskWord::kRenewed, answer.renew().loan(), language,
                      true);
    case v1::JournalResult::kVisit:
      if (answer.visit().patron_id() == 0) {
        return absl::StrCat("✔ ", Word(DeskWord::kVisitorsCounted, language));
      }
      break;
    case v1::JournalResult::RESULT_NOT_SET:
      break;
  }
  return absl::StrCat("✔ ", Word(DeskWord::kVisitCounted, language));
}

std::string_view OutcomeName(DeskOutcome::Kind kind) {
  switch (kind) {
    case DeskOutcome::Kind::kDone:
      return "done";
    case DeskOutcome::Kind::kRefused:
      return "refused";
    case DeskOutcome::Kind::kQueued:
      return "queued";
    case DeskOutcome::Kind::kFailed:
      return "failed";
  }
  return "failed";
}

}  // namespace

std::string DescribeOutcome(const DeskOutcome& outcome, Language language) {
  switch (outcome.kind) {
    case DeskOutcome::Kind::kDone:
      return DoneLine(outcome.answer, language);
    case DeskOutcome::Kind::kQueued:
      return absl::StrCat("⏳ ", Word(DeskWord::kQueued, language), " (",
                          outcome.pending, " ",
                          Word(DeskWord::kPending, language), ")");
    case DeskOutcome::Kind::kRefused:
    case DeskOutcome::Kind::kFailed:
      break;
  }
  return "✖ " + DescribeFailure(outcome.status, language);
}

ActionResult ToActionResult(const DeskOutcome& outcome, Language language) {
  ActionResult result;
  result.set_outcome(std::string(OutcomeName(outcome.kind)));
  result.set_pending(outcome.pending);
  if (outcome.kind == DeskOutcome::Kind::kDone) {
    *result.mutable_answer() = outcome.answer;
    return result;
  }
  result.set_code(CodeName(outcome.status.code()));
  result.set_reason(outcome.status.reason());
  result.set_message(outcome.status.message());
  result.set_explanation(ExplainStatus(outcome.status, language));
  return result;
}

int ExitCodeOf(const DeskOutcome& outcome) {
  switch (outcome.kind) {
    case DeskOutcome::Kind::kDone:
      return kExitOk;
    case DeskOutcome::Kind::kQueued:
      return kExitQueued;
    case DeskOutcome::Kind::kRefused:
    case DeskOutcome::Kind::kFailed:
      break;
  }
  return ExitCodeFor(outcome.status.code());
}

}  // namespace kitap::client
