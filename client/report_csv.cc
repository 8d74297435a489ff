#include "client/report_csv.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/age_bands.h"
#include "client/report_labels.h"

namespace kitap::client {
namespace {

// The part of a row that names it: the first columns after the year.
struct RowName {
  std::string_view section;
  std::string key;
  std::string name;
};

void WriteRow(std::initializer_list<std::string_view> fields,
              std::ostream& out) {
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) out << ',';
    out << CsvField(field);
    first = false;
  }
  out << "\r\n";
}

// One row per field of `message` that is a kitap.v1.Figure, in field
// order: the figures of a Figures message, or those of a breakdown row.
void WriteFigures(int year, const RowName& row,
                  const google::protobuf::Message& message, std::ostream& out) {
  const auto* descriptor = message.GetDescriptor();
  const auto* reflection = message.GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* field = descriptor->field(i);
    if (field->message_type() != v1::Figure::descriptor()) continue;
    const auto& figure =
        static_cast<const v1::Figure&>(reflection->GetMessage(message, field));
    const std::string change =
        figure.has_change() ? absl::StrFormat("%.1f", figure.change_percent())
                            : "";
    WriteRow(
        {absl::StrCat(year), row.section, row.key, row.name, field->json_name(),
         absl::StrCat(figure.value()), absl::StrCat(figure.previous()), change},
        out);
  }
}

std::string EnumLabel(Language language, const std::string& name) {
  return std::string(Label(language, name));
}

void WriteNetwork(const v1::AnnualReport& report, Language language,
                  std::ostream& out) {
  const int year = report.year();
  WriteFigures(year, {"totals", "", ""}, report.totals(), out);
  for (const auto& region : report.regions()) {
    WriteFigures(year,
                 {"region", region.region_code(), RegionName(region, language)},
                 region.figures(), out);
  }
  for (const auto& type : report.library_types()) {
    const std::string& name = v1::LibraryType_Name(type.type());
    WriteFigures(year, {"library_type", name, EnumLabel(language, name)},
                 type.figures(), out);
  }
  for (const auto& library : report.libraries()) {
    WriteFigures(year,
                 {"library", absl::StrCat(library.library_id()),
                  LibraryName(library, language)},
                 library.figures(), out);
  }
}

void WritePatrons(const v1::AnnualReport& report, Language language,
                  std::ostream& out) {
  const int year = report.year();
  for (const auto& band : report.age_bands()) {
    const std::string name = AgeBandName(band.band());
    WriteFigures(year, {"age_band", name, name}, band, out);
  }
  for (const auto& subject : report.subjects()) {
    const std::string& name = v1::Subject_Name(subject.subject());
    WriteFigures(year, {"subject", name, EnumLabel(language, name)}, subject,
                 out);
  }
  for (const auto& category : report.categories()) {
    const std::string& name = v1::PatronCategory_Name(category.category());
    WriteFigures(year, {"category", name, EnumLabel(language, name)}, category,
                 out);
  }
}

}  // namespace

void WriteAnnualReportCsv(const v1::AnnualReport& report, Language language,
                          std::ostream& out) {
  std::string_view separator;
  for (std::string_view column : kReportCsvColumns) {
    out << separator << column;
    separator = ",";
  }
  out << "\r\n";
  WriteNetwork(report, language, out);
  WritePatrons(report, language, out);
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(field);
  }
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

}  // namespace kitap::client
