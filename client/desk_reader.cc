#include "client/desk_reader.h"

#include "absl/strings/str_cat.h"
#include "client/desk_output.h"
#include "client/desk_words.h"
#include "client/retry.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

void WriteLoans(const v1::ListLoansResponse& loans, Language language,
                std::ostream& out) {
  int overdue = 0;
  for (const v1::Loan& loan : loans.loans()) overdue += loan.overdue();
  out << "  " << Word(DeskWord::kLoans, language) << ": " << loans.loans_size()
      << ", " << Word(DeskWord::kOverdue, language) << ": " << overdue << '\n';
  for (const v1::Loan& loan : loans.loans()) {
    out << "   - " << loan.title() << " [" << loan.item_barcode() << "] "
        << Word(DeskWord::kDue, language) << " " << FormatDay(loan.due_at())
        << (loan.overdue()
                ? absl::StrCat(" (", Word(DeskWord::kOverdue, language), ")")
                : "")
        << '\n';
  }
}

void WriteReader(const v1::Patron& patron, Language language,
                 std::ostream& out) {
  out << Word(DeskWord::kPatron, language) << ": " << patron.full_name() << " ["
      << patron.card_number() << "], " << Word(DeskWord::kExpires, language)
      << " " << FormatDay(patron.expires_on()) << '\n';
  if (patron.blocked()) {
    out << "  ✖ " << Word(DeskWord::kBlocked, language) << ": "
        << patron.block_reason() << '\n';
  }
}

// Says why a lookup failed; which kind of failure it was.
ReaderLookup Failed(const RpcStatus& status, const std::string& card,
                    Language language, std::ostream& out) {
  if (IsTransient(status.code())) {
    out << Word(DeskWord::kPatron, language) << " [" << card
        << "]: " << Word(DeskWord::kOfflineCard, language) << '\n';
    return ReaderLookup::kOffline;
  }
  DeskOutcome refused;
  refused.kind = DeskOutcome::Kind::kRefused;
  refused.status = status;
  out << DescribeOutcome(refused, language) << '\n';
  return ReaderLookup::kNotFound;
}

}  // namespace

ReaderLookup ShowReader(DeskSession& session, const std::string& card,
                        std::ostream& out) {
  v1::GetPatronRequest get;
  get.set_card_number(card);
  v1::Patron patron;
  RpcStatus status = session.connection->Call(
      *session.stubs.patrons, &v1::Patrons::Stub::GetPatron, get, &patron);
  if (!status.ok()) return Failed(status, card, session.language, out);
  WriteReader(patron, session.language, out);
  v1::ListLoansRequest list;
  list.set_patron_id(patron.id());
  list.set_open_only(true);
  list.set_page_size(100);
  v1::ListLoansResponse loans;
  status =
      session.connection->Call(*session.stubs.circulation,
                               &v1::Circulation::Stub::ListLoans, list, &loans);
  if (status.ok()) WriteLoans(loans, session.language, out);
  return ReaderLookup::kFound;
}

}  // namespace kitap::client
