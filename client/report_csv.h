// The annual report as CSV (RFC 4180, UTF-8, CRLF line ends): one long
// table with one row per figure of every part of the report, so that a
// spreadsheet or a statistics tool can filter and pivot it. The columns
// are documented in docs/annual-report.md and never change meaning.
#ifndef KITAP_CLIENT_REPORT_CSV_H_
#define KITAP_CLIENT_REPORT_CSV_H_

#include <ostream>
#include <string>
#include <string_view>

#include "client/language.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::client {

// The header line's columns, in order.
inline constexpr std::string_view kReportCsvColumns[] = {
    "year",   "section", "key",      "name",
    "figure", "value",   "previous", "change_percent"};

// Writes the header, then one row per Figure of `report`: the totals, then
// each region, library type, library, age band, subject and patron
// category in the report's order. `section` and `key` name the row
// (e.g. "region", "KZ-61"; "totals", ""), `name` is its name in
// `language`, `figure` the JSON name of the figure's field (e.g.
// "registeredUsers"), `change_percent` is empty when the figure has no
// change. Numbers are plain digits with '.' decimals in every language.
void WriteAnnualReportCsv(const v1::AnnualReport& report, Language language,
                          std::ostream& out);

// `field` as one CSV field: quoted (with quotes doubled) when it holds a
// comma, a quote, a CR or a LF; as it is otherwise.
std::string CsvField(std::string_view field);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REPORT_CSV_H_
