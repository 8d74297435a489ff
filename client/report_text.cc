#include "client/report_text.h"

#include <cmath>
#include <functional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/age_bands.h"
#include "client/report_summary.h"
#include "client/text_table.h"

namespace kitap::client {
namespace {

// A figure of a report message and its label key.
template <typename Source>
struct FigureColumn {
  std::string_view key;
  const v1::Figure& (Source::*get)() const;
};

constexpr FigureColumn<v1::Figures> kTotalsRows[] = {
    {"figure.libraries", &v1::Figures::libraries},
    {"figure.holdings", &v1::Figures::holdings},
    {"figure.loans", &v1::Figures::loans},
    {"figure.renewals", &v1::Figures::renewals},
    {"figure.registered_users", &v1::Figures::registered_users},
    {"figure.active_users", &v1::Figures::active_users},
    {"figure.new_registrations", &v1::Figures::new_registrations},
    {"figure.visits", &v1::Figures::visits},
    {"figure.periodical_requests", &v1::Figures::periodical_requests},
    {"figure.events", &v1::Figures::events},
    {"figure.event_attendance", &v1::Figures::event_attendance},
};

// The figures that fit a row of the region, type and library tables.
constexpr FigureColumn<v1::Figures> kNetworkColumns[] = {
    {"figure.registered_users", &v1::Figures::registered_users},
    {"figure.loans", &v1::Figures::loans},
    {"figure.visits", &v1::Figures::visits},
    {"figure.holdings", &v1::Figures::holdings},
    {"figure.libraries", &v1::Figures::libraries},
    {"figure.events", &v1::Figures::events},
};

constexpr FigureColumn<v1::AgeBandFigures> kAgeBandColumns[] = {
    {"figure.loans", &v1::AgeBandFigures::loans},
    {"figure.visits", &v1::AgeBandFigures::visits},
    {"figure.registered_users", &v1::AgeBandFigures::registered_users},
    {"figure.active_users", &v1::AgeBandFigures::active_users},
    {"figure.periodical_requests", &v1::AgeBandFigures::periodical_requests},
};

constexpr FigureColumn<v1::SubjectFigures> kSubjectColumns[] = {
    {"figure.loans", &v1::SubjectFigures::loans},
    {"figure.renewals", &v1::SubjectFigures::renewals},
    {"figure.holdings", &v1::SubjectFigures::holdings},
};

constexpr FigureColumn<v1::CategoryFigures> kCategoryColumns[] = {
    {"figure.loans", &v1::CategoryFigures::loans},
    {"figure.visits", &v1::CategoryFigures::visits},
    {"figure.registered_users", &v1::CategoryFigures::registered_users},
    {"figure.active_users", &v1::CategoryFigures::active_users},
};

// A breakdown table: leading columns that name the row, then one column
// per figure of the row's `figures` message.
template <typename Row, typename Source>
struct Breakdown {
  std::string_view section;               // label key of the title
  std::vector<std::string_view> leading;  // label keys of the name columns
  std::function<std::vector<std::string>(const Row&)> name;
  std::function<const Source&(const Row&)> figures;
  std::span<const FigureColumn<Source>> columns;
};

// "1,234 (+4.1%)", or "1,234" when the figure has no change.
std::string FormatCell(const v1::Figure& figure, Language language) {
  std::string cell = FormatCount(figure.value(), language);
  if (!figure.has_change()) return cell;
  return absl::StrCat(cell, " (", FormatChange(figure, language), ")");
}

template <typename Row, typename Source>
void WriteBreakdown(const google::protobuf::RepeatedPtrField<Row>& rows,
                    const Breakdown<Row, Source>& breakdown, Language language,
                    std::ostream& out) {
  if (rows.empty()) return;
  std::vector<std::string> header;
  for (std::string_view key : breakdown.leading) {
    header.emplace_back(Label(language, key));
  }
  for (const auto& column : breakdown.columns) {
    header.emplace_back(Label(language, column.key));
  }
  TextTable table(std::move(header), breakdown.leading.size());
  for (const Row& row : rows) {
    std::vector<std::string> cells = breakdown.name(row);
    const Source& source = breakdown.figures(row);
    for (const auto& column : breakdown.columns) {
      cells.push_back(FormatCell((source.*column.get)(), language));
    }
    table.AddRow(std::move(cells));
  }
  out << '\n' << Label(language, breakdown.section) << '\n';
  table.Render(out, "  ");
}

template <typename Row>
const v1::Figures& FiguresOf(const Row& row) {
  return row.figures();
}

template <typename Row>
const Row& Itself(const Row& row) {
  return row;
}

// "Түркістан облысы (KZ-61)".
std::string RegionCell(const v1::RegionFigures& region, Language language) {
  return absl::StrCat(RegionName(region, language), " (", region.region_code(),
                      ")");
}

// "Kazakhstan, all regions", "region KZ-75 (Almaty)" or "library 3 (...)".
std::string Scope(const v1::AnnualReport& report, Language language) {
  if (report.library_id() != 0) {
    std::string scope = absl::StrFormat(
        "%s %d", Label(language, "scope.library"), report.library_id());
    for (const auto& library : report.libraries()) {
      if (library.library_id() == report.library_id()) {
        absl::StrAppend(&scope, " (", LibraryName(library, language), ")");
      }
    }
    return scope;
  }
  if (!report.region_code().empty()) {
    for (const auto& region : report.regions()) {
      if (region.region_code() == report.region_code()) {
        return absl::StrFormat("%s %s", Label(language, "scope.region"),
                               RegionCell(region, language));
      }
    }
    return absl::StrFormat("%s %s", Label(language, "scope.region"),
                           report.region_code());
  }
  return std::string(Label(language, "scope.national"));
}

void WriteNetworkBreakdowns(const v1::AnnualReport& report, Language language,
                            std::ostream& out) {
  WriteBreakdown(
      report.regions(),
      Breakdown<v1::RegionFigures, v1::Figures>{
          "section.regions",
          {"column.region"},
          [&](const v1::RegionFigures& row) {
            return std::vector<std::string>{RegionCell(row, language)};
          },
          FiguresOf<v1::RegionFigures>,
          kNetworkColumns},
      language, out);
  WriteBreakdown(report.library_types(),
                 Breakdown<v1::LibraryTypeFigures, v1::Figures>{
                     "section.library_types",
                     {"column.type"},
                     [&](const v1::LibraryTypeFigures& row) {
                       return std::vector<std::string>{std::string(
                           Label(language, v1::LibraryType_Name(row.type())))};
                     },
                     FiguresOf<v1::LibraryTypeFigures>,
                     kNetworkColumns},
                 language, out);
  WriteBreakdown(
      report.libraries(),
      Breakdown<v1::LibraryFigures, v1::Figures>{
          "section.libraries",
          {"column.library", "column.region", "column.type"},
          [&](const v1::LibraryFigures& row) {
            return std::vector<std::string>{
                absl::StrCat("#", row.library_id(), " ",
                             LibraryName(row, language)),
                row.region_code(),
                std::string(Label(language, v1::LibraryType_Name(row.type())))};
          },
          FiguresOf<v1::LibraryFigures>,
          kNetworkColumns},
      language, out);
}

void WritePatronBreakdowns(const v1::AnnualReport& report, Language language,
                           std::ostream& out) {
  WriteBreakdown(report.age_bands(),
                 Breakdown<v1::AgeBandFigures, v1::AgeBandFigures>{
                     "section.age_bands",
                     {"column.age"},
                     [](const v1::AgeBandFigures& row) {
                       return std::vector<std::string>{AgeBandName(row.band())};
                     },
                     Itself<v1::AgeBandFigures>,
                     kAgeBandColumns},
                 language, out);
  WriteBreakdown(report.subjects(),
                 Breakdown<v1::SubjectFigures, v1::SubjectFigures>{
                     "section.subjects",
                     {"column.subject"},
                     [&](const v1::SubjectFigures& row) {
                       return std::vector<std::string>{std::string(
                           Label(language, v1::Subject_Name(row.subject())))};
                     },
                     Itself<v1::SubjectFigures>,
                     kSubjectColumns},
                 language, out);
  WriteBreakdown(report.categories(),
                 Breakdown<v1::CategoryFigures, v1::CategoryFigures>{
                     "section.categories",
                     {"column.category"},
                     [&](const v1::CategoryFigures& row) {
                       return std::vector<std::string>{std::string(Label(
                           language, v1::PatronCategory_Name(row.category())))};
                     },
                     Itself<v1::CategoryFigures>,
                     kCategoryColumns},
                 language, out);
}

}  // namespace

void WriteAnnualReport(const v1::AnnualReport& report, Language language,
                       std::ostream& out) {
  out << Label(language, "title") << ' ' << report.year() << ": "
      << Scope(report, language) << "\n\n"
      << Label(language, "section.summary") << '\n';
  WriteSummary(report, language, out);
  out << '\n' << Label(language, "section.totals") << '\n';
  WriteTotals(report, language, out);
  WriteNetworkBreakdowns(report, language, out);
  WritePatronBreakdowns(report, language, out);
}

void WriteTotals(const v1::AnnualReport& report, Language language,
                 std::ostream& out) {
  TextTable table({std::string(Label(language, "column.figure")),
                   absl::StrCat(report.year()), absl::StrCat(report.year() - 1),
                   std::string(Label(language, "column.change"))});
  for (const auto& row : kTotalsRows) {
    const v1::Figure& figure = (report.totals().*row.get)();
    table.AddRow({std::string(Label(language, row.key)),
                  FormatCount(figure.value(), language),
                  FormatCount(figure.previous(), language),
                  FormatChange(figure, language)});
  }
  table.Render(out, "  ");
  // The server states its definition in English; kk and ru give the
  // same definition in their own words.
  std::string_view definition = Label(language, "active_definition.text");
  if (definition.empty()) definition = report.active_user_definition();
  if (!definition.empty()) {
    out << "  " << Label(language, "active_definition") << ": " << definition
        << '\n';
  }
}

std::string FormatCount(int64_t value, Language language) {
  const uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value)
                                       : static_cast<uint64_t>(value);
  const std::string digits = absl::StrCat(magnitude);
  const std::string_view separator = Label(language, "thousands_separator");
  std::string text = value < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text.append(separator);
    text.push_back(digits[i]);
  }
  return text;
}

std::string FormatChange(const v1::Figure& figure, Language language) {
  if (!figure.has_change()) return std::string(Label(language, "no_change"));
  const double change = figure.change_percent();
  if (std::fabs(change) < 0.05) return FormatPercent(0, language);
  return absl::StrCat(change > 0 ? "+" : "-",
                      FormatPercent(std::fabs(change), language));
}

std::string FormatPercent(double percent, Language language) {
  std::string text = absl::StrFormat("%.1f%%", percent);
  const size_t point = text.find('.');
  if (point != std::string::npos) {
    text.replace(point, 1, Label(language, "decimal_separator"));
  }
  return text;
}

}  // namespace kitap::client
