// The annual report as `kitap report annual` prints it, and read back: the
// CSV into a kitap.v1.AnnualReport, the text into the cells of its tables,
// so a test can compare every format with the ground truth.
#ifndef KITAP_TESTS_REPORT_FORMATS_H_
#define KITAP_TESTS_REPORT_FORMATS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kitap/v1/statistics.pb.h"

namespace kitap::test {

// The standard output of `kitap report annual --year Y --format FORMAT
// --lang LANG [--library ID]` run in process against the kitapd at
// `address` with `token`. Fails the test (and returns what it has) when the
// command does not exit 0.
std::string CliReport(const std::string& address, const std::string& token,
                      int year, std::string_view format, std::string_view lang,
                      int64_t library_id = 0);

// The report the CSV of report_csv.h describes: totals and every breakdown
// row with the figures of its rows (values, previous values and changes),
// the row's key set (region code, type, library id, band, subject,
// category), names left empty. nullopt when the CSV does not parse, its
// header is not the documented one, or a row names an unknown section,
// key or figure.
std::optional<v1::AnnualReport> ReportFromCsv(std::string_view csv);

// The cells of the row named `name` in the table under the line `title`
// of the text report (cells are split at runs of two or more spaces);
// empty when there is no such table or row.
std::vector<std::string> TextTableRow(std::string_view text,
                                      std::string_view title,
                                      std::string_view name);

// The count at the start of a text cell, e.g. 1234 of "1,234 (+4.1%)";
// -1 when the cell does not start with a count.
int64_t CellCount(std::string_view cell);

}  // namespace kitap::test

#endif  // KITAP_TESTS_REPORT_FORMATS_H_
