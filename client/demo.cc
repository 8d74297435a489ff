#include "client/demo.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/demo_runner.h"
#include "client/exit_code.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

constexpr std::string_view kOptionNames[] = {"server", "token", "timeout",
                                             "year"};

constexpr std::string_view kHelp =
    "Usage: kitap demo [--server ADDR] [--token TOKEN] [--timeout SECS]\n"
    "                  [--year Y]\n"
    "\n"
    "Sets up a small demo through the real gRPC API and runs a librarian's\n"
    "cycle on it: five libraries in real regions (the National Library in\n"
    "Almaty, the National Academic Library in Astana, the North Kazakhstan,\n"
    "Turkistan and a West Kazakhstan rural library) with a calendar, six\n"
    "readers aged 12 to 52, eight titles with their copies, check-outs (one\n"
    "refused, with the server's reason), a renewal, a return at another\n"
    "library and the receipt at the owner, visits, a newspaper request from\n"
    "requested to returned and two events. It then prints the year's\n"
    "national figures and checks them with a recount.\n"
    "\n"
    "Options:\n"
    "  --year Y         the year of the demo (default: this year). In this\n"
    "                   year everything happens now, by the server's clock;\n"
    "                   in a past year each step is placed on a fixed day.\n";

constexpr std::string_view kHelpTail =
    "\n"
    "Safe to run twice against the same database: every change carries a\n"
    "request id made from the year and the step (e.g. demo-2025-checkout-3),\n"
    "so a second run gets the server's stored first answers (exactly-once)\n"
    "and changes nothing. Demos of different years use separate cards and\n"
    "items.\n";

int RunDemo(const CommandContext& context) {
  const int current_year = CurrentYear();
  int year = current_year;
  if (auto text = context.args.Get("year")) {
    auto parsed = ParseIntegerOption("year", *text, 2000, current_year);
    if (!parsed.ok()) return UsageError(context.err, "demo", parsed.status());
    year = static_cast<int>(*parsed);
  }
  absl::StatusOr<ConnectionOptions> options =
      ConnectionOptionsFrom(context.args);
  if (!options.ok()) return UsageError(context.err, "demo", options.status());
  Connection connection(*options);
  context.out << "kitap demo " << year << " at " << connection.address()
              << ": request ids " << DemoRequestId(year, "*") << ", events "
              << (year < current_year ? "on fixed days of the year"
                                      : "happen now")
              << "\n";
  DemoRunner runner(connection, year, current_year, context.out);
  RpcStatus status = runner.Run();
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "the demo", status,
                       connection.address());
  }
  return kExitOk;
}

}  // namespace

const Command& DemoCommand() {
  static const std::string help =
      absl::StrFormat("%s%s%s", kHelp, kConnectionOptionsHelp, kHelpTail);
  static const Command command{
      "demo", "set up a small demo and run a librarian's cycle on it", help,
      kOptionNames, RunDemo};
  return command;
}

std::string DemoRequestId(int year, std::string_view step) {
  return absl::StrFormat("demo-%d-%s", year, step);
}

DemoRunner::DemoRunner(const Connection& connection, int year, int current_year,
                       std::ostream& out)
    : connection_(connection),
      stubs_(connection.channel()),
      clock_(year, current_year),
      out_(out) {}

RpcStatus DemoRunner::Run() {
  using Step = RpcStatus (DemoRunner::*)();
  static constexpr Step kSteps[] = {
      &DemoRunner::LoadRegions,         &DemoRunner::CreateLibraries,
      &DemoRunner::SetCalendar,         &DemoRunner::RegisterPatrons,
      &DemoRunner::CreateCatalogue,     &DemoRunner::CheckOuts,
      &DemoRunner::RefusedCheckOut,     &DemoRunner::Renew,
      &DemoRunner::ReturnElsewhere,     &DemoRunner::ReceiveAtOwner,
      &DemoRunner::RecordVisits,        &DemoRunner::CreatePeriodicalTitle,
      &DemoRunner::RequestPeriodical,   &DemoRunner::RecordEvents,
      &DemoRunner::ShowNationalFigures, &DemoRunner::Recount,
  };
  for (Step step : kSteps) KITAP_CLIENT_RETURN_IF_ERROR((this->*step)());
  return RpcStatus();
}

std::string DemoRunner::StepId(std::string_view step) const {
  return DemoRequestId(clock_.year(), step);
}

std::string EnumWords(std::string_view name, std::string_view prefix) {
  if (name.starts_with(prefix)) name.remove_prefix(prefix.size());
  std::string words(name);
  absl::AsciiStrToLower(&words);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

std::string DemoRunner::ItemName(DemoItem item) const {
  const RecordSpec& record = kDemoRecords[kDemoItems[item].record];
  return absl::StrFormat("%s «%s»", DemoBarcode(clock_.year(), item),
                         record.title);
}

std::string DemoRunner::LibraryName(int64_t library_id) const {
  for (size_t i = 0; i < library_ids_.size(); ++i) {
    if (library_ids_[i] == library_id) {
      return std::string(LibraryName(static_cast<DemoLibrary>(i)));
    }
  }
  return absl::StrCat("library #", library_id);
}

std::string_view DemoRunner::LibraryName(DemoLibrary library) const {
  return kDemoLibraries[library].short_name;
}

}  // namespace kitap::client
