// `kitap loans` (desk_command.h): a reader's loans, or the overdue loans
// of a library.
#include <string>

#include "absl/strings/str_format.h"
#include "client/admin_text.h"
#include "client/desk_call.h"
#include "client/desk_command.h"
#include "client/desk_options.h"
#include "client/desk_text.h"
#include "client/text_table.h"

namespace kitap::client {
namespace {

constexpr int kPageSize = 1000;  // the most the server gives at once

void WriteLoans(const v1::ListLoansResponse& loans, std::ostream& out) {
  if (loans.loans().empty()) {
    out << "No loans.\n";
    return;
  }
  TextTable table({"BARCODE", "TITLE", "LOANED", "DUE", "RETURNED", "OVERDUE",
                   "PATRON", "RENEWALS"},
                  6);
  for (const v1::Loan& l : loans.loans()) {
    table.AddRow({l.item_barcode(), l.title(), FormatInstant(l.loaned_at()),
                  FormatInstant(l.due_at()),
                  l.has_returned_at() ? FormatInstant(l.returned_at()) : "-",
                  l.overdue() ? "yes" : "no",
                  absl::StrFormat("%d", l.patron_id()),
                  absl::StrFormat("%d", l.renewals())});
  }
  table.Render(out, "");
  if (!loans.next_page_token().empty()) {
    out << absl::StrFormat("(more loans: only the first %d are shown)\n",
                           kPageSize);
  }
}

// `kitap loans --overdue --library ID`.
int RunOverdue(const CommandContext& context) {
  absl::StatusOr<int64_t> library = RequiredId(context.args, "library");
  if (!library.ok()) return UsageError(context.err, "loans", library.status());
  v1::ListLoansRequest request;
  request.set_overdue_at_library(*library);
  request.set_page_size(kPageSize);
  return CallAndPrint(context, "loans", "listing overdue loans",
                      &Stubs::circulation, &v1::Circulation::Stub::ListLoans,
                      request, WriteLoans);
}

// `kitap loans --card CARD [--all]`.
int RunOfPatron(const CommandContext& context, const std::string& card) {
  v1::ListLoansRequest request;
  request.set_open_only(!context.args.Has("all"));
  request.set_page_size(kPageSize);
  return CallForPatron(context, "loans", card, "listing the loans",
                       &Stubs::circulation, &v1::Circulation::Stub::ListLoans,
                       request, WriteLoans);
}

int RunLoans(const CommandContext& context) {
  std::optional<std::string> card = context.args.Get("card");
  const bool overdue = context.args.Has("overdue");
  if (card.has_value() == overdue) {
    return UsageError(context.err, "loans",
                      absl::InvalidArgumentError(
                          "give either --card CARD or --overdue --library ID"));
  }
  if (overdue) return RunOverdue(context);
  if (context.args.Has("library")) {
    return UsageError(context.err, "loans",
                      absl::InvalidArgumentError(
                          "--library goes with --overdue, not --card"));
  }
  return RunOfPatron(context, *card);
}

constexpr std::string_view kOptions[] = {
    "server", "token", "timeout", "json", "card", "all", "overdue", "library"};

}  // namespace

const Command& LoansCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap loans --card CARD [--all]\n"
      "       kitap loans --overdue --library ID\n"
      "\n"
      "Lists the open loans of the reader of card CARD (--all: returned\n"
      "ones too), or the open overdue loans checked out at library ID.\n",
      "Prints a table (--json: kitap.v1.ListLoansResponse).\n");
  static const Command command{"loans",      "list a reader's or overdue loans",
                               help,         kOptions,
                               RunLoans,     "",
                               /*desk=*/true};
  return command;
}

}  // namespace kitap::client
