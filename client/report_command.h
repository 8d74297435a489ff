// `kitap report annual`: the year's national statistics from
// Statistics.GetAnnualReport, as text for people (in Kazakh, Russian or
// English), as CSV or as JSON.
#ifndef KITAP_CLIENT_REPORT_COMMAND_H_
#define KITAP_CLIENT_REPORT_COMMAND_H_

#include <ostream>

#include "absl/status/statusor.h"
#include "client/args.h"
#include "client/command.h"
#include "client/language.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::client {

const Command& ReportAnnualCommand();

enum class ReportFormat { kText, kCsv, kJson };

struct AnnualReportOptions {
  v1::GetAnnualReportRequest request;
  ReportFormat format = ReportFormat::kText;
  Language language = Language::kEnglish;
};

// Reads --year (required), --format, --lang (default: the locale, see
// LanguageFrom), --region, --library and --age-bands. Fails
// (INVALID_ARGUMENT) naming the bad option.
absl::StatusOr<AnnualReportOptions> ParseAnnualReportOptions(
    const ParsedArgs& args);

// Writes `report` as text in `language` (report_text.h), as CSV with names
// in `language` (report_csv.h), or as protobuf's JSON mapping with every
// field present (zeros included; `language` does not apply). Fails
// (INTERNAL) only if protobuf cannot print the message.
absl::Status WriteAnnualReportAs(const v1::AnnualReport& report,
                                 ReportFormat format, Language language,
                                 std::ostream& out);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REPORT_COMMAND_H_
