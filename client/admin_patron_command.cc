// `kitap admin patron export|erase ID` (admin_command.h): a reader's
// personal data, for national admins.
#include <string>

#include "absl/strings/str_format.h"
#include "client/admin_command.h"
#include "client/admin_options.h"
#include "client/exit_code.h"
#include "client/json_output.h"
#include "client/request_id.h"
#include "client/stubs.h"

namespace kitap::client {
namespace {

constexpr std::string_view kExportOptions[] = {"server", "token", "timeout"};
constexpr std::string_view kEraseOptions[] = {"server", "token", "timeout",
                                              "yes"};

constexpr std::string_view kExportHelp =
    "Usage: kitap admin patron export ID\n"
    "\n"
    "Prints everything stored about patron ID, as JSON\n"
    "(kitap.v1.PatronExport): the reader's record with contact details, the\n"
    "counts of loans, open loans, visits and periodical requests, and every\n"
    "loan as CSV (loaned_at,due_at,returned_at,barcode,title; times in\n"
    "microseconds since 1970). National admins only.\n"
    "\n"
    "Options:\n";

constexpr std::string_view kEraseHelp =
    "Usage: kitap admin patron erase ID --yes\n"
    "\n"
    "Erases the personal data of patron ID: the name, card number, birth\n"
    "date, phone and e-mail are removed and the record is blocked. The\n"
    "reader's loans, visits and requests stay, anonymous, so the statistics\n"
    "stay true. This cannot be undone: export first if the reader asked for\n"
    "a copy. National admins only.\n"
    "\n"
    "Options:\n"
    "  --yes            confirm the erasure (required)\n";

int RunExport(const CommandContext& context) {
  constexpr char kName[] = "admin patron export";
  absl::StatusOr<int64_t> id = ParseId("ID", context.operand);
  if (!id.ok()) return UsageError(context.err, kName, id.status());
  std::optional<Connection> connection = Connect(context, kName);
  if (!connection) return kExitUsage;
  Stubs stubs(connection->channel());
  v1::ExportPatronRequest request;
  request.set_patron_id(*id);
  v1::PatronExport exported;
  RpcStatus status = connection->Call(
      *stubs.admin, &v1::Admin::Stub::ExportPatron, request, &exported);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "exporting the patron",
                       status, connection->address());
  }
  return PrintJson(exported, context.out, context.err);
}

int RunErase(const CommandContext& context) {
  constexpr char kName[] = "admin patron erase";
  absl::StatusOr<int64_t> id = ParseId("ID", context.operand);
  if (!id.ok()) return UsageError(context.err, kName, id.status());
  if (!context.args.Has("yes")) {
    return UsageError(context.err, kName,
                      absl::InvalidArgumentError(absl::StrFormat(
                          "erasing patron %d cannot be undone: add --yes "
                          "to confirm",
                          *id)));
  }
  std::optional<Connection> connection = Connect(context, kName);
  if (!connection) return kExitUsage;
  Stubs stubs(connection->channel());
  v1::ErasePatronRequest request;
  request.set_request_id(NewRequestId());
  request.set_patron_id(*id);
  v1::Patron erased;
  RpcStatus status = connection->Call(
      *stubs.admin, &v1::Admin::Stub::ErasePatron, request, &erased);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "erasing the patron",
                       status, connection->address());
  }
  context.out << "Erased the personal data of patron " << erased.id()
              << " (now card " << erased.card_number()
              << "). Their loans, visits and requests stay, anonymous.\n";
  return kExitOk;
}

}  // namespace

const Command& AdminPatronExportCommand() {
  static const std::string help =
      absl::StrFormat("%s%s", kExportHelp, kConnectionOptionsHelp);
  static const Command command{"admin patron export",
                               "print everything stored about a reader (JSON)",
                               help,
                               kExportOptions,
                               RunExport,
                               "ID"};
  return command;
}

const Command& AdminPatronEraseCommand() {
  static const std::string help =
      absl::StrFormat("%s%s", kEraseHelp, kConnectionOptionsHelp);
  static const Command command{"admin patron erase",
                               "erase a reader's personal data",
                               help,
                               kEraseOptions,
                               RunErase,
                               "ID"};
  return command;
}

}  // namespace kitap::client
