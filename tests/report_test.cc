// Tests of the annual report as `kitap report annual` writes it: options,
// labels in three languages, the summary, the text tables and the CSV.
// Part of client_test.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "client/args.h"
#include "client/language.h"
#include "client/report_command.h"
#include "client/report_csv.h"
#include "client/report_labels.h"
#include "client/report_summary.h"
#include "client/report_text.h"
#include "client/text_table.h"
#include "tests/csv_reader.h"

namespace kitap::client {
namespace {

ParsedArgs ReportArgs(std::vector<std::string> args) {
  constexpr OptionSpec kReportSpecs[] = {{"year"},    {"format"},    {"region"},
                                         {"library"}, {"age-bands"}, {"lang"}};
  return *ParseArgs(args, kReportSpecs);
}

TEST(ReportOptionsTest, BuildsTheRequest) {
  auto options = ParseAnnualReportOptions(ReportArgs(
      {"--year", "2025", "--format", "csv", "--lang", "ru", "--region", "KZ-75",
       "--library", "7", "--age-bands", "12-18,17-25"}));
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->format, ReportFormat::kCsv);
  EXPECT_EQ(options->language, Language::kRussian);
  EXPECT_EQ(options->request.year(), 2025);
  EXPECT_EQ(options->request.region_code(), "KZ-75");
  EXPECT_EQ(options->request.library_id(), 7);
  EXPECT_EQ(options->request.age_bands_size(), 2);
}

TEST(ReportOptionsTest, RejectsBadOptions) {
  EXPECT_FALSE(ParseAnnualReportOptions(ReportArgs({})).ok());
  for (std::vector<std::string> bad : std::vector<std::vector<std::string>>{
           {"--year", "25"},
           {"--year", "2025", "--format", "xml"},
           {"--year", "2025", "--lang", "de"},
           {"--year", "2025", "--region", "75"},
           {"--year", "2025", "--region", "KZ-7x"},
           {"--year", "2025", "--library", "0"},
           {"--year", "2025", "--age-bands", "25-17"}}) {
    EXPECT_FALSE(ParseAnnualReportOptions(ReportArgs(bad)).ok()) << bad[2];
  }
}

void SetFigure(v1::Figure* figure, int64_t value, int64_t previous) {
  figure->set_value(value);
  figure->set_previous(previous);
  if (previous != 0) {
    figure->set_has_change(true);
    figure->set_change_percent(
        std::round((value - previous) * 1000.0 / previous) / 10);
  }
}

v1::AnnualReport SampleReport() {
  v1::AnnualReport report;
  report.set_year(2025);
  v1::Figures* totals = report.mutable_totals();
  SetFigure(totals->mutable_libraries(), 3887, 3887);
  SetFigure(totals->mutable_registered_users(), 5539969, 5321776);
  SetFigure(totals->mutable_loans(), 88000000, 0);
  report.set_active_user_definition("at least one loan or visit in the year");
  v1::RegionFigures* region = report.add_regions();
  region->set_region_code("KZ-61");
  region->set_name_en("Turkistan Region");
  SetFigure(region->mutable_figures()->mutable_registered_users(), 900000,
            880000);
  v1::AgeBandFigures* band = report.add_age_bands();
  band->mutable_band()->set_min_age(17);
  band->mutable_band()->set_max_age(25);
  SetFigure(band->mutable_visits(), 1200, 1000);
  v1::SubjectFigures* subject = report.add_subjects();
  subject->set_subject(v1::SUBJECT_HISTORY_ETHNOGRAPHY);
  SetFigure(subject->mutable_loans(), 42, 0);
  v1::CategoryFigures* category = report.add_categories();
  category->set_category(v1::PATRON_CATEGORY_CHILD);
  SetFigure(category->mutable_loans(), 7, 8);
  return report;
}

TEST(ReportTextTest, FormatsCountsAndChanges) {
  EXPECT_EQ(FormatCount(0, Language::kEnglish), "0");
  EXPECT_EQ(FormatCount(999, Language::kEnglish), "999");
  EXPECT_EQ(FormatCount(1000, Language::kEnglish), "1,000");
  EXPECT_EQ(FormatCount(5539969, Language::kEnglish), "5,539,969");
  EXPECT_EQ(FormatCount(-1234567, Language::kEnglish), "-1,234,567");
  v1::Figure figure;
  EXPECT_EQ(FormatChange(figure, Language::kEnglish), "n/a");
  SetFigure(&figure, 5539969, 5321776);
  EXPECT_EQ(FormatChange(figure, Language::kEnglish), "+4.1%");
  SetFigure(&figure, 7, 8);
  EXPECT_EQ(FormatChange(figure, Language::kEnglish), "-12.5%");
  SetFigure(&figure, 8, 8);
  EXPECT_EQ(FormatChange(figure, Language::kEnglish), "0.0%");
}

TEST(ReportTextTest, WritesTotals) {
  std::ostringstream out;
  WriteTotals(SampleReport(), Language::kEnglish, out);
  EXPECT_EQ(out.str(),
            "  Figure                     2025       2024  Change\n"
            "  -------------------  ----------  ---------  ------\n"
            "  Libraries                 3,887      3,887    0.0%\n"
            "  Holdings                      0          0     n/a\n"
            "  Loans                88,000,000          0     n/a\n"
            "  Renewals                      0          0     n/a\n"
            "  Registered users      5,539,969  5,321,776   +4.1%\n"
            "  Active users                  0          0     n/a\n"
            "  New registrations             0          0     n/a\n"
            "  Visits                        0          0     n/a\n"
            "  Periodical requests           0          0     n/a\n"
            "  Events                        0          0     n/a\n"
            "  Event attendance              0          0     n/a\n"
            "  Active users: at least one loan or visit in the year\n");
}

TEST(ReportTextTest, WritesEveryBreakdownTheReportHas) {
  std::ostringstream out;
  WriteAnnualReport(SampleReport(), Language::kEnglish, out);
  const std::string text = out.str();
  EXPECT_TRUE(text.starts_with(
      "Annual report 2025: Kazakhstan, all regions\n\nSummary\n  In 2025, "));
  EXPECT_NE(text.find("\n\nTotals\n  Figure"), std::string::npos) << text;
  EXPECT_NE(text.find("By region (most registered users first)\n"
                      "  Region                    Registered users"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  Turkistan Region (KZ-61)   900,000 (+2.3%)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("By age band (bands may overlap)"), std::string::npos);
  EXPECT_NE(text.find("  17-25      0  1,200 (+20.0%)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("  History and ethnography     42"), std::string::npos)
      << text;
  EXPECT_NE(text.find("  Children  7 (-12.5%)"), std::string::npos) << text;
  EXPECT_EQ(text.find("By library type"), std::string::npos);
  EXPECT_EQ(text.find("By library\n"), std::string::npos);
}

TEST(ReportTextTest, NamesTheScope) {
  v1::AnnualReport report = SampleReport();
  report.set_region_code("KZ-61");
  std::ostringstream out;
  WriteAnnualReport(report, Language::kEnglish, out);
  EXPECT_TRUE(out.str().starts_with(
      "Annual report 2025: region Turkistan Region (KZ-61)\n"));
}

TEST(ReportTextTest, NamesTheLibraryAndListsIt) {
  v1::AnnualReport report = SampleReport();
  report.set_library_id(3);
  v1::LibraryFigures* library = report.add_libraries();
  library->set_library_id(3);
  library->set_name_en("Turkistan Regional Library");
  library->set_region_code("KZ-61");
  library->set_type(v1::LIBRARY_TYPE_REGIONAL);
  std::ostringstream out;
  WriteAnnualReport(report, Language::kEnglish, out);
  EXPECT_TRUE(out.str().starts_with(
      "Annual report 2025: library 3 (Turkistan Regional Library)\n"));
  EXPECT_NE(out.str().find("By library\n"
                           "  Library                        Region  Type      "
                           "Registered users"),
            std::string::npos)
      << out.str();
  EXPECT_NE(
      out.str().find("  #3 Turkistan Regional Library  KZ-61   Regional "),
      std::string::npos)
      << out.str();
}

TEST(ReportTextTest, WritesJson) {
  std::ostringstream out;
  ASSERT_TRUE(WriteAnnualReportAs(SampleReport(), ReportFormat::kJson,
                                  Language::kEnglish, out)
                  .ok());
  EXPECT_NE(out.str().find("\"year\": 2025"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("\"registeredUsers\""), std::string::npos);
}

TEST(ReportLabelsTest, EveryEnumValueHasALabel) {
  for (const auto* descriptor :
       {v1::LibraryType_descriptor(), v1::Subject_descriptor(),
        v1::PatronCategory_descriptor()}) {
    for (int i = 0; i < descriptor->value_count(); ++i) {
      const std::string& name = descriptor->value(i)->name();
      EXPECT_NE(Label(Language::kEnglish, name), name);
    }
  }
}

// Kazakh and Russian text of the known keys holds no Latin letter, so no
// English is left in those reports.
bool HasLatin(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return absl::ascii_isalpha(c); });
}

TEST(ReportLabelsTest, KazakhAndRussianHaveEveryLabelInTheirOwnWords) {
  for (std::string_view key : LabelKeys()) {
    for (Language language : {Language::kKazakh, Language::kRussian}) {
      std::string_view text = Label(language, key);
      EXPECT_FALSE(text.empty()) << key;
      EXPECT_FALSE(HasLatin(text)) << key << ": " << text;
    }
    EXPECT_TRUE(!Label(Language::kEnglish, key).empty() ||
                key == "active_definition.text")
        << key;
  }
}

// The full sample with the words a real report has: Kazakh and Russian
// region names, a library type row.
v1::AnnualReport FullReport() {
  v1::AnnualReport report = SampleReport();
  report.mutable_regions(0)->set_name_kk("Түркістан облысы");
  report.mutable_regions(0)->set_name_ru("Туркестанская область");
  v1::LibraryTypeFigures* type = report.add_library_types();
  type->set_type(v1::LIBRARY_TYPE_NATIONAL);
  SetFigure(type->mutable_figures()->mutable_periodical_requests(), 1000001,
            990000);
  return report;
}

TEST(ReportTextTest, KazakhAndRussianReportsHaveNoEnglishWords) {
  for (Language language : {Language::kKazakh, Language::kRussian}) {
    std::ostringstream out;
    WriteAnnualReport(FullReport(), language, out);
    // Region codes (KZ-61) are codes, not words.
    const std::string text =
        std::regex_replace(out.str(), std::regex("KZ-"), "");
    EXPECT_FALSE(HasLatin(text)) << text;
  }
}

TEST(ReportTextTest, NamesLibrariesInTheLanguageAskedFor) {
  v1::AnnualReport report = FullReport();
  report.set_library_id(3);
  v1::LibraryFigures* library = report.add_libraries();
  library->set_library_id(3);
  library->set_name_kk("Түркістан облыстық кітапханасы");
  library->set_name_en("Turkistan Regional Library");
  library->set_region_code("KZ-61");
  std::ostringstream kk, ru;
  WriteAnnualReport(report, Language::kKazakh, kk);
  EXPECT_TRUE(kk.str().starts_with(
      "Жылдық есеп 2025: кітапхана 3 (Түркістан облыстық кітапханасы)\n"))
      << kk.str();
  EXPECT_NE(kk.str().find("  #3 Түркістан облыстық кітапханасы  KZ-61"),
            std::string::npos)
      << kk.str();
  WriteAnnualReport(report, Language::kRussian, ru);  // no Russian name
  EXPECT_NE(ru.str().find("  #3 Turkistan Regional Library  KZ-61"),
            std::string::npos)
      << ru.str();
}

TEST(ReportTextTest, KazakhAndRussianFormatNumbersTheirWay) {
  v1::Figure figure;
  SetFigure(&figure, 5539969, 5321776);
  EXPECT_EQ(FormatCount(5539969, Language::kKazakh), "5\u00a0539\u00a0969");
  EXPECT_EQ(FormatCount(5539969, Language::kRussian), "5\u00a0539\u00a0969");
  EXPECT_EQ(FormatChange(figure, Language::kKazakh), "+4,1%");
  EXPECT_EQ(FormatChange(figure, Language::kRussian), "+4,1%");
  EXPECT_EQ(FormatChange(v1::Figure(), Language::kRussian), "—");
  EXPECT_EQ(FormatPercent(12.5, Language::kEnglish), "12.5%");
}

TEST(ReportSummaryTest, SaysTheFiguresLikeTheArticleInEnglish) {
  std::vector<std::string> sentences =
      SummarySentences(FullReport(), Language::kEnglish);
  ASSERT_EQ(sentences.size(), 9u);  // one region only: no leading regions
  EXPECT_EQ(sentences[0],
            "In 2025, 3,887 libraries were open, with 0 items in their "
            "collections at the end of the year.");
  EXPECT_EQ(sentences[2],
            "Registered users rose by 4.1% against 2024, to "
            "5,539,969.");
  EXPECT_EQ(sentences[5],
            "The National Library received 1,000,001 requests for newspapers "
            "and magazines.");
  EXPECT_EQ(sentences[7], "Readers aged 17–25 made the most visits (1,200).");
  EXPECT_EQ(sentences[8],
            "The subjects in most demand were history and ethnography (42).");
}

TEST(ReportSummaryTest, RanksRegionsAgeBandsAndSubjects) {
  v1::AnnualReport report = FullReport();
  for (auto [code, users] :
       {std::pair{"KZ-31", 950000}, {"KZ-55", 700000}, {"KZ-75", 800000}}) {
    v1::RegionFigures* region = report.add_regions();
    region->set_region_code(code);
    region->set_name_en(code);
    SetFigure(region->mutable_figures()->mutable_registered_users(), users, 0);
  }
  v1::AgeBandFigures* band = report.add_age_bands();
  band->mutable_band()->set_min_age(12);
  band->mutable_band()->set_max_age(18);
  SetFigure(band->mutable_visits(), 900, 0);
  v1::SubjectFigures* fiction = report.add_subjects();
  fiction->set_subject(v1::SUBJECT_FICTION);
  SetFigure(fiction->mutable_loans(), 50, 0);
  std::vector<std::string> sentences =
      SummarySentences(report, Language::kEnglish);
  ASSERT_EQ(sentences.size(), 10u);
  EXPECT_EQ(sentences[7],
            "The most readers are registered in KZ-31 (950,000), Turkistan "
            "Region (900,000) and KZ-75 (800,000).");
  EXPECT_EQ(sentences[8],
            "Readers aged 17–25 made the most visits (1,200), then those aged "
            "12–18 (900).");
  EXPECT_EQ(sentences[9],
            "The subjects in most demand were fiction (50) and history and "
            "ethnography (42).");
}

TEST(ReportSummaryTest, SpeaksKazakhAndRussian) {
  std::vector<std::string> kk =
      SummarySentences(FullReport(), Language::kKazakh);
  EXPECT_EQ(kk[2],
            "2024 жылмен салыстырғанда тіркелген оқырмандар саны 4,1% артып, "
            "5\u00a0539\u00a0969 адамға жетті.");
  EXPECT_EQ(kk[8], "Ең көп сұралған әдебиет: тарих және этнография (42).");
  std::vector<std::string> ru =
      SummarySentences(FullReport(), Language::kRussian);
  EXPECT_EQ(ru[2],
            "По сравнению с 2024 годом число зарегистрированных пользователей "
            "выросло на 4,1% и достигло 5\u00a0539\u00a0969.");
  EXPECT_EQ(ru[7],
            "Больше всего посещений — у читателей 17–25 лет (1\u00a0200).");
}

TEST(ReportSummaryTest, SaysAFallWithoutASign) {
  v1::AnnualReport report = FullReport();
  SetFigure(report.mutable_totals()->mutable_registered_users(), 90, 100);
  EXPECT_EQ(SummarySentences(report, Language::kEnglish)[2],
            "Registered users fell by 10.0% against 2024, to 90.");
  report.mutable_totals()->clear_registered_users();
  SetFigure(report.mutable_totals()->mutable_registered_users(), 90, 0);
  EXPECT_EQ(SummarySentences(report, Language::kEnglish)[2],
            "Registered users numbered 90.");
}

TEST(ReportSummaryTest, WrapsItsParagraph) {
  std::ostringstream out;
  WriteSummary(FullReport(), Language::kKazakh, out, "  ", 60);
  std::istringstream lines(out.str());
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    EXPECT_LE(DisplayWidth(line), 60u) << line;
    EXPECT_TRUE(line.starts_with("  ")) << line;
  }
  EXPECT_GT(count, 5);
}

TEST(ReportSummaryTest, LowersTheFirstLetter) {
  EXPECT_EQ(LowerFirst("Fiction"), "fiction");
  EXPECT_EQ(LowerFirst("Көркем әдебиет"), "көркем әдебиет");
  EXPECT_EQ(LowerFirst("Ұлттық"), "ұлттық");
  EXPECT_EQ(LowerFirst("Әдебиет"), "әдебиет");
  EXPECT_EQ(LowerFirst("Іс-шара"), "іс-шара");
  EXPECT_EQ(LowerFirst("История"), "история");
  EXPECT_EQ(LowerFirst("Ёлка"), "ёлка");
  EXPECT_EQ(LowerFirst("ғылым"), "ғылым");
  EXPECT_EQ(LowerFirst(""), "");
}

TEST(ReportCsvTest, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(CsvField("KZ-61"), "KZ-61");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\r\nlines"), "\"two\r\nlines\"");
}

TEST(ReportCsvTest, WritesOneRowPerFigureWithStableColumns) {
  v1::AnnualReport report = FullReport();
  report.mutable_regions(0)->set_name_en("Turkistan, \"South\"");
  std::ostringstream out;
  WriteAnnualReportCsv(report, Language::kEnglish, out);
  EXPECT_TRUE(out.str().starts_with(
      "year,section,key,name,figure,value,previous,change_percent\r\n"
      "2025,totals,,,libraries,3887,3887,0.0\r\n"))
      << out.str();
  EXPECT_NE(out.str().find("2025,region,KZ-61,\"Turkistan, \"\"South\"\"\","
                           "registeredUsers,900000,880000,2.3\r\n"),
            std::string::npos)
      << out.str();
  auto records = test::ParseCsv(out.str());
  ASSERT_TRUE(records.has_value());
  // 11 figures each for the totals, the region and the type; 5 for the
  // band, 3 for the subject, 4 for the category; and the header.
  ASSERT_EQ(records->size(), 1u + 11 + 11 + 11 + 5 + 3 + 4);
  for (const auto& record : *records) EXPECT_EQ(record.size(), 8u);
  EXPECT_EQ((*records)[13][3], "Turkistan, \"South\"");
  EXPECT_EQ((*records)[33],
            (test::CsvRecord{"2025", "library_type", "LIBRARY_TYPE_NATIONAL",
                             "National", "eventAttendance", "0", "0", ""}));
  EXPECT_EQ((*records)[36],
            (test::CsvRecord{"2025", "age_band", "17-25", "17-25",
                             "registeredUsers", "0", "0", ""}));
  EXPECT_EQ(records->back(),
            (test::CsvRecord{"2025", "category", "PATRON_CATEGORY_CHILD",
                             "Children", "activeUsers", "0", "0", ""}));
}

TEST(ReportCsvTest, NamesRowsInTheLanguageAskedFor) {
  std::ostringstream out;
  WriteAnnualReportCsv(FullReport(), Language::kRussian, out);
  EXPECT_NE(out.str().find("2025,region,KZ-61,Туркестанская область,"),
            std::string::npos);
  EXPECT_NE(out.str().find(",subject,SUBJECT_HISTORY_ETHNOGRAPHY,История и "
                           "этнография,loans,42,0,\r\n"),
            std::string::npos)
      << out.str();
}

TEST(ReportCsvTest, ReaderRejectsBrokenQuotes) {
  EXPECT_FALSE(test::ParseCsv("\"open").has_value());
  EXPECT_FALSE(test::ParseCsv("\"a\"b,c").has_value());
  auto records = test::ParseCsv("a,\"b\r\nc\",\"\"\r\n,\n");
  ASSERT_TRUE(records.has_value());
  EXPECT_EQ(*records,
            (std::vector<test::CsvRecord>{{"a", "b\r\nc", ""}, {"", ""}}));
}

}  // namespace
}  // namespace kitap::client
