#include "client/report_command.h"

#include <limits>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/age_bands.h"
#include "client/exit_code.h"
#include "client/json_output.h"
#include "client/report_text.h"
#include "client/stubs.h"

namespace kitap::client {
namespace {

constexpr std::string_view kOptionNames[] = {"server",  "token",    "timeout",
                                             "year",    "format",   "region",
                                             "library", "age-bands"};

constexpr std::string_view kHelp =
    "Usage: kitap report annual --year Y [--format text|json] [--region CODE]\n"
    "                           [--library ID] [--age-bands BANDS]\n"
    "\n"
    "Prints the national statistics of year Y from "
    "Statistics.GetAnnualReport:\n"
    "the totals, then by region, library type, age band, subject and patron\n"
    "category, each figure with its change against the year before.\n"
    "\n"
    "Options:\n"
    "  --year Y         the year (required)\n"
    "  --format FORMAT  text (default: a readable summary) or json\n"
    "                   (protobuf's JSON mapping of kitap.v1.AnnualReport)\n"
    "  --region CODE    only one region, e.g. KZ-75 (ISO 3166-2:KZ)\n"
    "  --library ID     only one library\n"
    "  --age-bands B,B  inclusive age bands, which may overlap, e.g.\n"
    "                   12-18,17-25,61+ (default: the server's bands)\n";

absl::StatusOr<ReportFormat> ParseFormat(std::string_view text) {
  if (text == "text") return ReportFormat::kText;
  if (text == "json") return ReportFormat::kJson;
  return absl::InvalidArgumentError(
      absl::StrFormat("--format: expected text or json, got '%s'", text));
}

// Adds --region, --library and --age-bands to `request`.
absl::Status ParseFilters(const ParsedArgs& args,
                          v1::GetAnnualReportRequest* request) {
  if (auto region = args.Get("region")) {
    if (!IsRegionCode(*region)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--region: expected a code like KZ-75, got '", *region, "'"));
    }
    request->set_region_code(*region);
  }
  if (auto library = args.Get("library")) {
    auto id = ParseIntegerOption("library", *library, 1,
                                 std::numeric_limits<int64_t>::max());
    if (!id.ok()) return id.status();
    request->set_library_id(*id);
  }
  if (auto text = args.Get("age-bands")) {
    auto bands = ParseAgeBands(*text);
    if (!bands.ok()) return bands.status();
    for (const v1::AgeBand& band : *bands) *request->add_age_bands() = band;
  }
  return absl::OkStatus();
}

int RunReportAnnual(const CommandContext& context) {
  absl::StatusOr<AnnualReportOptions> options =
      ParseAnnualReportOptions(context.args);
  if (!options.ok()) {
    return UsageError(context.err, "report annual", options.status());
  }
  absl::StatusOr<ConnectionOptions> connection_options =
      ConnectionOptionsFrom(context.args);
  if (!connection_options.ok()) {
    return UsageError(context.err, "report annual",
                      connection_options.status());
  }
  Connection connection(*connection_options);
  Stubs stubs(connection.channel());
  v1::AnnualReport report;
  RpcStatus status =
      connection.Call(*stubs.statistics, &v1::Statistics::Stub::GetAnnualReport,
                      options->request, &report);
  if (!status.ok()) {
    return CallFailure(context.err, context.language, "the annual report",
                       status, connection.address());
  }
  absl::Status written =
      WriteAnnualReportAs(report, options->format, context.out);
  if (!written.ok()) {
    context.err << "kitap: " << written.message() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

const Command& ReportAnnualCommand() {
  static const std::string help =
      absl::StrFormat("%s%s", kHelp, kConnectionOptionsHelp);
  static const Command command{"report annual",
                               "print the annual national statistics", help,
                               kOptionNames, RunReportAnnual};
  return command;
}

absl::StatusOr<AnnualReportOptions> ParseAnnualReportOptions(
    const ParsedArgs& args) {
  AnnualReportOptions options;
  std::optional<std::string> year = args.Get("year");
  if (!year.has_value()) {
    return absl::InvalidArgumentError("--year is required");
  }
  auto parsed_year = ParseIntegerOption("year", *year, 1900, 2200);
  if (!parsed_year.ok()) return parsed_year.status();
  options.request.set_year(static_cast<int32_t>(*parsed_year));
  if (auto format = args.Get("format")) {
    auto parsed_format = ParseFormat(*format);
    if (!parsed_format.ok()) return parsed_format.status();
    options.format = *parsed_format;
  }
  absl::Status filters = ParseFilters(args, &options.request);
  if (!filters.ok()) return filters;
  return options;
}

absl::Status WriteAnnualReportAs(const v1::AnnualReport& report,
                                 ReportFormat format, std::ostream& out) {
  if (format == ReportFormat::kText) {
    WriteAnnualReport(report, Language::kEnglish, out);
    return absl::OkStatus();
  }
  return WriteJson(report, out);
}

}  // namespace kitap::client
