#include "tests/report_formats.h"

#include <gtest/gtest.h>

#include <iterator>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "client/age_bands.h"
#include "client/cli.h"
#include "client/report_csv.h"
#include "tests/csv_reader.h"

namespace kitap::test {
namespace {

// The message that holds the figures of the row (section, key): the last
// row of that section when it has the key (rows of one key are written
// together), else a new one. nullptr for an unknown section or key.
google::protobuf::Message* RowFigures(v1::AnnualReport* report,
                                      const std::string& section,
                                      const std::string& key, bool new_row) {
  if (section == "totals") return report->mutable_totals();
  if (section == "region") {
    auto* row =
        new_row ? report->add_regions() : &*report->mutable_regions()->rbegin();
    row->set_region_code(key);
    return row->mutable_figures();
  }
  if (section == "library_type") {
    v1::LibraryType type;
    if (!v1::LibraryType_Parse(key, &type)) return nullptr;
    auto* row = new_row ? report->add_library_types()
                        : &*report->mutable_library_types()->rbegin();
    row->set_type(type);
    return row->mutable_figures();
  }
  if (section == "library") {
    int64_t id;
    if (!absl::SimpleAtoi(key, &id)) return nullptr;
    auto* row = new_row ? report->add_libraries()
                        : &*report->mutable_libraries()->rbegin();
    row->set_library_id(id);
    return row->mutable_figures();
  }
  if (section == "age_band") {
    auto bands = client::ParseAgeBands(key);
    if (!bands.ok() || bands->size() != 1) return nullptr;
    auto* row = new_row ? report->add_age_bands()
                        : &*report->mutable_age_bands()->rbegin();
    *row->mutable_band() = bands->front();
    return row;
  }
  if (section == "subject") {
    v1::Subject subject;
    if (!v1::Subject_Parse(key, &subject)) return nullptr;
    auto* row = new_row ? report->add_subjects()
                        : &*report->mutable_subjects()->rbegin();
    row->set_subject(subject);
    return row;
  }
  if (section == "category") {
    v1::PatronCategory category;
    if (!v1::PatronCategory_Parse(key, &category)) return nullptr;
    auto* row = new_row ? report->add_categories()
                        : &*report->mutable_categories()->rbegin();
    row->set_category(category);
    return row;
  }
  return nullptr;
}

// Sets the figure named by `record` (columns figure.. change_percent) in
// `figures`. False when the name or a number is not valid.
bool SetFigure(const CsvRecord& record, google::protobuf::Message* figures) {
  const auto* field =
      figures->GetDescriptor()->FindFieldByCamelcaseName(record[4]);
  if (field == nullptr || field->message_type() != v1::Figure::descriptor()) {
    return false;
  }
  auto* figure = static_cast<v1::Figure*>(
      figures->GetReflection()->MutableMessage(figures, field));
  int64_t value, previous;
  if (!absl::SimpleAtoi(record[5], &value) ||
      !absl::SimpleAtoi(record[6], &previous)) {
    return false;
  }
  figure->set_value(value);
  figure->set_previous(previous);
  if (record[7].empty()) return true;
  double change;
  if (!absl::SimpleAtod(record[7], &change)) return false;
  figure->set_change_percent(change);
  figure->set_has_change(true);
  return true;
}

}  // namespace

std::string CliReport(const std::string& address, const std::string& token,
                      int year, std::string_view format, std::string_view lang,
                      int64_t library_id) {
  std::vector<std::string> args = {"report",   "annual",
                                   "--year",   std::to_string(year),
                                   "--format", std::string(format),
                                   "--lang",   std::string(lang),
                                   "--server", address,
                                   "--token",  token};
  if (library_id != 0) {
    args.push_back("--library");
    args.push_back(std::to_string(library_id));
  }
  std::ostringstream out, err;
  EXPECT_EQ(client::RunCli(args, out, err), 0) << err.str();
  return out.str();
}

std::optional<v1::AnnualReport> ReportFromCsv(std::string_view csv) {
  std::optional<std::vector<CsvRecord>> records = ParseCsv(csv);
  if (!records.has_value() || records->empty()) return std::nullopt;
  const CsvRecord header(std::begin(client::kReportCsvColumns),
                         std::end(client::kReportCsvColumns));
  if (records->front() != header) return std::nullopt;
  v1::AnnualReport report;
  std::string last_row;
  for (size_t i = 1; i < records->size(); ++i) {
    const CsvRecord& record = (*records)[i];
    if (record.size() != header.size()) return std::nullopt;
    int year;
    if (!absl::SimpleAtoi(record[0], &year)) return std::nullopt;
    report.set_year(year);
    const std::string row = record[1] + "/" + record[2];
    auto* figures = RowFigures(&report, record[1], record[2], row != last_row);
    last_row = row;
    if (figures == nullptr || !SetFigure(record, figures)) return std::nullopt;
  }
  return report;
}

std::vector<std::string> TextTableRow(std::string_view text,
                                      std::string_view title,
                                      std::string_view name) {
  bool in_table = false;
  for (absl::string_view line :
       absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
    if (!in_table) {
      in_table = std::string_view(line.data(), line.size()) == title;
      continue;
    }
    if (line.empty()) break;
    std::vector<std::string> cells;
    for (absl::string_view cell : absl::StrSplit(
             absl::StripAsciiWhitespace(line), "  ", absl::SkipEmpty())) {
      cell = absl::StripAsciiWhitespace(cell);
      if (!cell.empty()) cells.emplace_back(cell);
    }
    if (!cells.empty() && cells.front() == name) return cells;
  }
  return {};
}

int64_t CellCount(std::string_view cell) {
  std::string digits;
  for (char c : cell) {
    if (absl::ascii_isdigit(c)) {
      digits.push_back(c);
    } else if (c != ',') {
      break;
    }
  }
  int64_t count;
  return absl::SimpleAtoi(digits, &count) ? count : -1;
}

}  // namespace kitap::test
