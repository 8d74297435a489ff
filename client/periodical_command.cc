// `kitap periodical request|queue|deliver|return|cancel` (desk_command.h):
// reading-room requests for newspaper and magazine issues.
#include <string>

#include "absl/strings/str_format.h"
#include "client/admin_options.h"
#include "client/admin_text.h"
#include "client/desk_call.h"
#include "client/desk_command.h"
#include "client/desk_options.h"
#include "client/desk_text.h"
#include "client/request_id.h"
#include "client/text_table.h"

namespace kitap::client {
namespace {

std::string StateWord(v1::IssueRequestState state) {
  return EnumWord(*v1::IssueRequestState_descriptor(), state);
}

void WriteRequest(const v1::IssueRequest& r, std::ostream& out) {
  out << absl::StrFormat("Issue request %d: %s, %s — %s\n", r.id(), r.title(),
                         r.issue(), StateWord(r.state()));
  WriteFields({{"Patron", absl::StrFormat("%d", r.patron_id())},
               {"Library", absl::StrFormat("%d", r.library_id())},
               {"Reading room", r.reading_room()},
               {"Requested", FormatInstant(r.requested_at())},
               {"Updated", FormatInstant(r.updated_at())}},
              out);
}

void WriteQueue(const v1::ListIssueRequestsResponse& queue, std::ostream& out) {
  if (queue.requests().empty()) {
    out << "No issue requests.\n";
    return;
  }
  TextTable table(
      {"ID", "STATE", "TITLE", "ISSUE", "ROOM", "REQUESTED", "PATRON"}, 6);
  for (const v1::IssueRequest& r : queue.requests()) {
    table.AddRow({absl::StrFormat("%d", r.id()), StateWord(r.state()),
                  r.title(), r.issue(), r.reading_room(),
                  FormatInstant(r.requested_at()),
                  absl::StrFormat("%d", r.patron_id())});
  }
  table.Render(out, "");
  if (!queue.next_page_token().empty()) {
    out << "(more requests: only the first page is shown)\n";
  }
}

absl::StatusOr<v1::RequestIssueRequest> ParseRequest(const ParsedArgs& args) {
  v1::RequestIssueRequest request;
  request.set_request_id(NewRequestId());
  absl::StatusOr<int64_t> library = RequiredId(args, "library");
  absl::StatusOr<std::string> card = RequiredText(args, "card");
  absl::StatusOr<int64_t> title = RequiredId(args, "periodical");
  absl::StatusOr<std::string> issue = RequiredText(args, "issue");
  for (const absl::Status& s :
       {library.status(), card.status(), title.status(), issue.status()}) {
    if (!s.ok()) return s;
  }
  request.set_library_id(*library);
  request.set_card_number(*card);
  request.set_title_id(*title);
  request.set_issue(*issue);
  request.set_reading_room(args.Get("room").value_or(""));
  return request;
}

int RunRequest(const CommandContext& context) {
  constexpr char kName[] = "periodical request";
  absl::StatusOr<v1::RequestIssueRequest> request = ParseRequest(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  return CallAndPrint(context, kName, "requesting the issue",
                      &Stubs::periodicals, &v1::Periodicals::Stub::RequestIssue,
                      *request, WriteRequest);
}

int RunQueue(const CommandContext& context) {
  constexpr char kName[] = "periodical queue";
  absl::StatusOr<int64_t> library = RequiredId(context.args, "library");
  if (!library.ok()) return UsageError(context.err, kName, library.status());
  v1::ListIssueRequestsRequest request;
  request.set_library_id(*library);
  request.set_open_only(!context.args.Has("all"));
  request.set_page_size(1000);
  return CallAndPrint(
      context, kName, "listing the issue requests", &Stubs::periodicals,
      &v1::Periodicals::Stub::ListIssueRequests, request, WriteQueue);
}

// `kitap periodical deliver|return|cancel ID`: moves request ID to `state`.
int RunUpdate(const CommandContext& context, std::string_view name,
              v1::IssueRequestState state) {
  absl::StatusOr<int64_t> id = ParseId("ID", context.operand);
  absl::StatusOr<int64_t> library = RequiredId(context.args, "library");
  for (const absl::Status& s : {id.status(), library.status()}) {
    if (!s.ok()) return UsageError(context.err, name, s);
  }
  v1::UpdateIssueRequestRequest request;
  request.set_request_id(NewRequestId());
  request.set_issue_request_id(*id);
  request.set_library_id(*library);
  request.set_state(state);
  return CallAndPrint(
      context, name, "updating the issue request", &Stubs::periodicals,
      &v1::Periodicals::Stub::UpdateIssueRequest, request, WriteRequest);
}

int RunDeliver(const CommandContext& context) {
  return RunUpdate(context, "periodical deliver",
                   v1::ISSUE_REQUEST_STATE_DELIVERED);
}
int RunReturn(const CommandContext& context) {
  return RunUpdate(context, "periodical return",
                   v1::ISSUE_REQUEST_STATE_RETURNED);
}
int RunCancel(const CommandContext& context) {
  return RunUpdate(context, "periodical cancel",
                   v1::ISSUE_REQUEST_STATE_CANCELLED);
}

constexpr std::string_view kRequestOptions[] = {
    "server", "token", "timeout",    "json", "library",
    "card",   "issue", "periodical", "room"};
constexpr std::string_view kQueueOptions[] = {"server", "token",   "timeout",
                                              "json",   "library", "all"};
constexpr std::string_view kUpdateOptions[] = {"server", "token", "timeout",
                                               "json", "library"};

constexpr char kRequestOutput[] =
    "Prints the request (--json: kitap.v1.IssueRequest).\n";

// The help of `kitap periodical VERB ID`, which moves a request to the
// state `what` describes.
std::string UpdateHelp(std::string_view verb, std::string_view what) {
  return DeskHelp(
      absl::StrFormat("Usage: kitap periodical %s ID --library ID\n\n%s\n",
                      verb, what),
      kRequestOutput);
}

}  // namespace

const Command& PeriodicalRequestCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap periodical request --library ID --card CARD\n"
      "         --periodical TITLE_ID --issue ISSUE [--room ROOM]\n"
      "\n"
      "Records a reader's request for an issue (e.g. \"2025-11-03\" or\n"
      "\"No. 12, 2024\") of periodical title TITLE_ID held by library ID,\n"
      "to be delivered to reading room ROOM.\n",
      kRequestOutput);
  static const Command command{"periodical request",
                               "request a newspaper or magazine issue",
                               help,
                               kRequestOptions,
                               RunRequest,
                               "",
                               /*desk=*/true};
  return command;
}

const Command& PeriodicalQueueCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap periodical queue --library ID [--all]\n"
      "\n"
      "Lists the open issue requests (requested or delivered) of library\n"
      "ID; --all lists returned and cancelled ones too.\n",
      "Prints a table (--json: kitap.v1.ListIssueRequestsResponse).\n");
  static const Command command{"periodical queue",
                               "list a library's issue requests",
                               help,
                               kQueueOptions,
                               RunQueue,
                               "",
                               /*desk=*/true};
  return command;
}

const Command& PeriodicalDeliverCommand() {
  static const std::string help = UpdateHelp(
      "deliver", "Marks request ID delivered to the reader (from requested).");
  static const Command command{"periodical deliver",
                               "mark an issue request delivered",
                               help,
                               kUpdateOptions,
                               RunDeliver,
                               "ID",
                               /*desk=*/true};
  return command;
}

const Command& PeriodicalReturnCommand() {
  static const std::string help = UpdateHelp(
      "return", "Marks request ID returned by the reader (from delivered).");
  static const Command command{"periodical return",
                               "mark an issue request returned",
                               help,
                               kUpdateOptions,
                               RunReturn,
                               "ID",
                               /*desk=*/true};
  return command;
}

const Command& PeriodicalCancelCommand() {
  static const std::string help =
      UpdateHelp("cancel", "Cancels request ID before it is delivered.");
  static const Command command{"periodical cancel",
                               "cancel an issue request",
                               help,
                               kUpdateOptions,
                               RunCancel,
                               "ID",
                               /*desk=*/true};
  return command;
}

}  // namespace kitap::client
