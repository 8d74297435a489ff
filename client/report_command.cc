#include "client/report_command.h"

#include <limits>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/age_bands.h"
#include "client/exit_code.h"
#include "client/json_output.h"
#include "client/report_csv.h"
#include "client/report_text.h"
#include "client/stubs.h"

namespace kitap::client {
namespace {

constexpr std::string_view kOptionNames[] = {"server",  "token",     "timeout",
                                             "year",    "format",    "region",
                                             "library", "age-bands", "lang"};

constexpr std::string_view kHelp =
    "Usage: kitap report annual --year Y [--format text|csv|json]\n"
    "                           [--lang kk|ru|en] [--region CODE]\n"
    "                           [--library ID] [--age-bands BANDS]\n"
    "\n"
    "Prints the national statistics of year Y from "
    "Statistics.GetAnnualReport:\n"
    "a summary in sentences, the totals, then by region, library type, age\n"
    "band, subject and patron category, each figure with its change against\n"
    "the year before. The figures are explained in docs/annual-report.md.\n"
    "\n"
    "Options:\n"
    "  --year Y         the year (required)\n"
    "  --format FORMAT  text (default: a readable summary), csv (one row\n"
    "                   per figure: year,section,key,name,figure,value,\n"
    "                   previous,change_percent) or json (protobuf's JSON\n"
    "                   mapping of kitap.v1.AnnualReport)\n"
    "  --lang LANG      kk, ru or en: the language of the text and of the\n"
    "                   CSV's names (default: from LC_ALL, LC_MESSAGES or\n"
    "                   LANG; English when none names kk or ru)\n"
    "  --region CODE    only one region, e.g. KZ-75 (ISO 3166-2:KZ)\n"
    "  --library ID     only one library\n"
    "  --age-bands B,B  inclusive age bands, which may overlap, e.g.\n"
    "                   12-18,17-25,61+ (default: the server's bands)\n";

absl::StatusOr<ReportFormat> ParseFormat(std::string_view text) {
  if (text == "text") return ReportFormat::kText;
  if (text == "csv") return ReportFormat::kCsv;
  if (text == "json") return ReportFormat::kJson;
  return absl::InvalidArgumentError(
      absl::StrFormat("--format: expected text, csv or json, got '%s'", text));
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
  absl::Status written = WriteAnnualReportAs(report, options->format,
                                             options->language, context.out);
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
  absl::StatusOr<Language> language = LanguageFrom(args);
  if (!language.ok()) return language.status();
  options.language = *language;
  absl::Status filters = ParseFilters(args, &options.request);
  if (!filters.ok()) return filters;
  return options;
}

absl::Status WriteAnnualReportAs(const v1::AnnualReport& report,
                                 ReportFormat format, Language language,
                                 std::ostream& out) {
  switch (format) {
    case ReportFormat::kText:
      WriteAnnualReport(report, language, out);
      return absl::OkStatus();
    case ReportFormat::kCsv:
      WriteAnnualReportCsv(report, language, out);
      return absl::OkStatus();
    case ReportFormat::kJson:
      return WriteJson(report, out);
  }
  return absl::InternalError("unknown report format");
}

}  // namespace kitap::client
