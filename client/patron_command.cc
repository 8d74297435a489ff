// `kitap patron register|show|renew|block|unblock` (desk_command.h).
#include <string>

#include "absl/strings/str_format.h"
#include "client/desk_call.h"
#include "client/desk_command.h"
#include "client/desk_options.h"
#include "client/desk_text.h"
#include "client/request_id.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

std::string CategoryWord(v1::PatronCategory category) {
  return EnumWord(*v1::PatronCategory_descriptor(), category);
}

void WritePatron(const v1::Patron& p, std::ostream& out) {
  out << absl::StrFormat("Patron %d: %s\n", p.id(), p.full_name());
  WriteFields({{"Card", p.card_number()},
               {"Category", CategoryWord(p.category())},
               {"Home library", absl::StrFormat("%d", p.home_library_id())},
               {"Born", p.has_birth_date() ? FormatDay(p.birth_date()) : ""},
               {"Registered", FormatDay(p.registered_on())},
               {"Expires", FormatDay(p.expires_on())},
               {"Blocked", p.blocked() ? "yes: " + p.block_reason() : "no"},
               {"Phone", p.phone()},
               {"E-mail", p.email()}},
              out);
}

// A command that acts on the reader of card CARD (its operand): sends
// `request` for the reader and prints the changed record.
template <typename Request>
int ActOnPatron(const CommandContext& context, std::string_view name,
                std::string_view what,
                UnaryMethod<v1::Patrons::Stub, Request, v1::Patron> method,
                const Request& request) {
  return CallForPatron(context, name, context.operand, what, &Stubs::patrons,
                       method, request, WritePatron);
}

absl::StatusOr<v1::CreatePatronRequest> ParseRegister(const ParsedArgs& args) {
  v1::CreatePatronRequest request;
  request.set_request_id(NewRequestId());
  v1::Patron& p = *request.mutable_patron();
  absl::StatusOr<std::string> card = RequiredText(args, "card");
  absl::StatusOr<std::string> name = RequiredText(args, "name");
  absl::StatusOr<std::string> born = RequiredText(args, "birth-date");
  absl::StatusOr<int64_t> library = RequiredId(args, "library");
  for (const absl::Status& s :
       {card.status(), name.status(), born.status(), library.status()}) {
    if (!s.ok()) return s;
  }
  absl::StatusOr<v1::Date> birth = ParseDate("birth-date", *born);
  if (!birth.ok()) return birth.status();
  absl::StatusOr<v1::PatronCategory> category =
      RequiredEnum<v1::PatronCategory>(args, "category",
                                       v1::PatronCategory_descriptor());
  if (!category.ok()) return category.status();
  p.set_card_number(*card);
  p.set_full_name(*name);
  *p.mutable_birth_date() = *birth;
  p.set_home_library_id(*library);
  p.set_category(*category);
  p.set_phone(args.Get("phone").value_or(""));
  p.set_email(args.Get("email").value_or(""));
  if (std::optional<std::string> expires = args.Get("expires")) {
    absl::StatusOr<v1::Date> date = ParseDate("expires", *expires);
    if (!date.ok()) return date.status();
    *p.mutable_expires_on() = *date;
  }
  return request;
}

int RunRegister(const CommandContext& context) {
  constexpr char kName[] = "patron register";
  absl::StatusOr<v1::CreatePatronRequest> request = ParseRegister(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  return CallAndPrint(context, kName, "registering the patron", &Stubs::patrons,
                      &v1::Patrons::Stub::CreatePatron, *request, WritePatron);
}

int RunShow(const CommandContext& context) {
  v1::GetPatronRequest request;
  request.set_card_number(std::string(context.operand));
  return CallAndPrint(context, "patron show", "looking the patron up",
                      &Stubs::patrons, &v1::Patrons::Stub::GetPatron, request,
                      WritePatron);
}

int RunRenew(const CommandContext& context) {
  constexpr char kName[] = "patron renew";
  v1::RenewRegistrationRequest request;
  request.set_request_id(NewRequestId());
  absl::StatusOr<int64_t> library = RequiredId(context.args, "library");
  if (!library.ok()) return UsageError(context.err, kName, library.status());
  request.set_library_id(*library);
  if (std::optional<std::string> expires = context.args.Get("expires")) {
    absl::StatusOr<v1::Date> date = ParseDate("expires", *expires);
    if (!date.ok()) return UsageError(context.err, kName, date.status());
    *request.mutable_expires_on() = *date;
  }
  return ActOnPatron(context, kName, "renewing the registration",
                     &v1::Patrons::Stub::RenewRegistration, request);
}

int RunBlock(const CommandContext& context) {
  constexpr char kName[] = "patron block";
  v1::BlockPatronRequest request;
  request.set_request_id(NewRequestId());
  absl::StatusOr<int64_t> library = RequiredId(context.args, "library");
  absl::StatusOr<std::string> reason = RequiredText(context.args, "reason");
  for (const absl::Status& s : {library.status(), reason.status()}) {
    if (!s.ok()) return UsageError(context.err, kName, s);
  }
  request.set_library_id(*library);
  request.set_reason(*reason);
  return ActOnPatron(context, kName, "blocking the patron",
                     &v1::Patrons::Stub::BlockPatron, request);
}

int RunUnblock(const CommandContext& context) {
  constexpr char kName[] = "patron unblock";
  v1::UnblockPatronRequest request;
  request.set_request_id(NewRequestId());
  absl::StatusOr<int64_t> library = RequiredId(context.args, "library");
  if (!library.ok()) return UsageError(context.err, kName, library.status());
  request.set_library_id(*library);
  return ActOnPatron(context, kName, "unblocking the patron",
                     &v1::Patrons::Stub::UnblockPatron, request);
}

constexpr std::string_view kRegisterOptions[] = {
    "server",     "token",    "timeout", "json",  "card",  "name",
    "birth-date", "category", "library", "phone", "email", "expires"};
constexpr std::string_view kShowOptions[] = {"server", "token", "timeout",
                                             "json"};
constexpr std::string_view kRenewOptions[] = {"server", "token",   "timeout",
                                              "json",   "library", "expires"};
constexpr std::string_view kBlockOptions[] = {"server", "token",   "timeout",
                                              "json",   "library", "reason"};
constexpr std::string_view kUnblockOptions[] = {"server", "token", "timeout",
                                                "json", "library"};

// The help text of a patron command: `usage`, then what it prints.
std::string Help(std::string_view usage) {
  return DeskHelp(usage,
                  "Prints the reader's record (--json: kitap.v1.Patron).\n");
}

}  // namespace

const Command& PatronRegisterCommand() {
  static const std::string help = Help(
      "Usage: kitap patron register --card CARD --name NAME --birth-date DATE\n"
      "         --category CATEGORY --library ID [--phone P] [--email E]\n"
      "         [--expires DATE]\n"
      "\n"
      "Registers a new reader at home library ID. CATEGORY is adult, child,\n"
      "student or staff; dates are YYYY-MM-DD. The registration runs from\n"
      "today to --expires (default: the policy's registration period).\n");
  static const Command command{"patron register",
                               "register a new reader",
                               help,
                               kRegisterOptions,
                               RunRegister,
                               "",
                               /*desk=*/true};
  return command;
}

const Command& PatronShowCommand() {
  static const std::string help =
      Help("Usage: kitap patron show CARD\n\nShows the reader of card CARD.\n");
  static const Command command{"patron show", "show a reader by card",
                               help,          kShowOptions,
                               RunShow,       "CARD"};
  return command;
}

const Command& PatronRenewCommand() {
  static const std::string help = Help(
      "Usage: kitap patron renew CARD --library ID [--expires DATE]\n"
      "\n"
      "Renews the registration of the reader of card CARD at library ID,\n"
      "to --expires (YYYY-MM-DD; default: the policy's period from today).\n");
  static const Command command{"patron renew", "renew a reader's registration",
                               help,           kRenewOptions,
                               RunRenew,       "CARD",
                               /*desk=*/true};
  return command;
}

const Command& PatronBlockCommand() {
  static const std::string help = Help(
      "Usage: kitap patron block CARD --library ID --reason TEXT\n"
      "\n"
      "Blocks the reader of card CARD: check-outs, renewals and issue\n"
      "requests are refused until unblocked. TEXT is shown at every desk.\n"
      "Library admins only.\n");
  static const Command command{"patron block", "block a reader, with a reason",
                               help,           kBlockOptions,
                               RunBlock,       "CARD",
                               /*desk=*/true};
  return command;
}

const Command& PatronUnblockCommand() {
  static const std::string help = Help(
      "Usage: kitap patron unblock CARD --library ID\n"
      "\n"
      "Lifts the block of the reader of card CARD. Library admins only.\n");
  static const Command command{"patron unblock",
                               "lift a reader's block",
                               help,
                               kUnblockOptions,
                               RunUnblock,
                               "CARD",
                               /*desk=*/true};
  return command;
}

}  // namespace kitap::client
