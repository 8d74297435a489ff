// `kitap event record` (desk_command.h): a cultural or educational event
// and its attendance.
#include <string>

#include "absl/strings/str_format.h"
#include "client/admin_text.h"
#include "client/desk_call.h"
#include "client/desk_command.h"
#include "client/desk_options.h"
#include "client/desk_text.h"
#include "client/request_id.h"

namespace kitap::client {
namespace {

void WriteEvent(const v1::Event& e, std::ostream& out) {
  out << absl::StrFormat("Event %d: %s\n", e.id(), e.title());
  WriteFields({{"Kind", EnumWord(*v1::EventKind_descriptor(), e.kind())},
               {"Attendance", absl::StrFormat("%d", e.attendance())},
               {"Library", absl::StrFormat("%d", e.library_id())},
               {"Held", FormatInstant(e.occurred_at())}},
              out);
}

absl::StatusOr<v1::RecordEventRequest> ParseEvent(const ParsedArgs& args) {
  v1::RecordEventRequest request;
  request.set_request_id(NewRequestId());
  v1::Event& e = *request.mutable_event();
  absl::StatusOr<int64_t> library = RequiredId(args, "library");
  absl::StatusOr<std::string> title = RequiredText(args, "title");
  absl::StatusOr<std::string> attendance = RequiredText(args, "attendance");
  for (const absl::Status& s :
       {library.status(), title.status(), attendance.status()}) {
    if (!s.ok()) return s;
  }
  absl::StatusOr<v1::EventKind> kind =
      RequiredEnum<v1::EventKind>(args, "kind", v1::EventKind_descriptor());
  if (!kind.ok()) return kind.status();
  absl::StatusOr<int64_t> count =
      ParseIntegerOption("attendance", *attendance, 0, 1'000'000);
  if (!count.ok()) return count.status();
  e.set_library_id(*library);
  e.set_title(*title);
  e.set_kind(*kind);
  e.set_attendance(static_cast<int32_t>(*count));
  return request;
}

int RunRecord(const CommandContext& context) {
  constexpr char kName[] = "event record";
  absl::StatusOr<v1::RecordEventRequest> request = ParseEvent(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  return CallAndPrint(context, kName, "recording the event", &Stubs::events,
                      &v1::Events::Stub::RecordEvent, *request, WriteEvent);
}

constexpr std::string_view kOptions[] = {"server", "token",     "timeout",
                                         "json",   "library",   "title",
                                         "kind",   "attendance"};

}  // namespace

const Command& EventRecordCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap event record --library ID --title TITLE --kind KIND\n"
      "         --attendance N\n"
      "\n"
      "Records an event held now at library ID: KIND is cultural or\n"
      "educational, N the number of people who came (0 to 1,000,000).\n",
      "Prints the event (--json: kitap.v1.Event).\n");
  static const Command command{"event record",
                               "record an event and its "
                               "attendance",
                               help,
                               kOptions,
                               RunRecord,
                               "",
                               /*desk=*/true};
  return command;
}

}  // namespace kitap::client
