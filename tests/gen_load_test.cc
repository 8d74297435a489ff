// kitap-gen end to end: a small national dataset loaded both ways (bulk
// into a database file, and through the API into a live server) must give
// the annual report of its manifest figure by figure (over gRPC, and as
// `kitap report annual` prints it in text, CSV and JSON), the same report
// both ways, counters equal to a recount, and the reference table's
// rankings.
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
#include "bench/generate.h"
#include "client/age_bands.h"
#include "client/report_labels.h"
#include "client/report_text.h"
#include "tests/report_formats.h"
#include "tests/temp_dir.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

constexpr double kScale = 0.0002;
constexpr int kYear = 2025;
// 2026-02-01 00:00 +05:00: the whole year lies in the past.
constexpr domain::Micros kAfterTheYear = 1769886000LL * 1'000'000;

gen::GenerateOptions Options() {
  gen::GenerateOptions options;
  options.world = {kScale, 11, kYear};
  return options;
}

bench::Manifest Generate(const gen::GenerateOptions& options) {
  gen::Progress quiet(nullptr, false);
  bench::Manifest manifest;
  Status s = gen::Generate(options, quiet, &manifest);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(manifest.unplaced(), 0);
  return manifest;
}

v1::AnnualReport Report(TestServer& server, int64_t library_id = 0) {
  v1::GetAnnualReportRequest request;
  request.set_year(kYear);
  request.set_library_id(library_id);
  v1::AnnualReport report;
  Outcome o = Call(server.statistics(), &v1::Statistics::Stub::GetAnnualReport,
                   request, &report);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return report;
}

int64_t NationalLibraryId(TestServer& server) {
  v1::ListLibrariesRequest request;
  request.set_type(v1::LIBRARY_TYPE_NATIONAL);
  v1::ListLibrariesResponse response;
  Outcome o = Call(server.directory(), &v1::Directory::Stub::ListLibraries,
                   request, &response);
  EXPECT_TRUE(o.ok()) << o.message;
  return response.libraries_size() == 1 ? response.libraries(0).id() : 0;
}

// Every figure's value and previous (the manifest sets only those).
void ExpectFigures(const v1::Figures& got, const v1::Figures& want,
                   const std::string& where) {
  const auto* descriptor = v1::Figures::descriptor();
  const auto* reflection = v1::Figures::GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* field = descriptor->field(i);
    const auto& g =
        static_cast<const v1::Figure&>(reflection->GetMessage(got, field));
    const auto& w =
        static_cast<const v1::Figure&>(reflection->GetMessage(want, field));
    EXPECT_EQ(g.value(), w.value()) << where << " " << field->name();
    EXPECT_EQ(g.previous(), w.previous())
        << where << " " << field->name() << " (year before)";
  }
}

void ExpectMatchesManifest(const v1::AnnualReport& national,
                           const v1::AnnualReport& nl,
                           const bench::Manifest& m) {
  ExpectFigures(national.totals(), m.national().totals(), "national");
  std::map<std::string, const v1::Figures*> regions;
  for (const auto& r : national.regions())
    regions[r.region_code()] = &r.figures();
  ASSERT_EQ(national.regions_size(), m.national().regions_size());
  for (int i = 0; i < national.regions_size(); ++i) {
    const auto& want = m.national().regions(i);
    ASSERT_TRUE(regions.count(want.region_code())) << want.region_code();
    ExpectFigures(*regions[want.region_code()], want.figures(),
                  want.region_code());
    EXPECT_EQ(national.regions(i).figures().registered_users().value(),
              want.figures().registered_users().value())
        << "regions ranked by registered users, place " << i;
  }
  ASSERT_EQ(national.subjects_size(), m.national().subjects_size());
  for (int i = 0; i < national.subjects_size(); ++i) {
    const auto& got = national.subjects(i);
    const auto& want = m.national().subjects(i);
    EXPECT_EQ(got.loans().value(), want.loans().value()) << "place " << i;
    EXPECT_EQ(got.renewals().value(), want.renewals().value()) << i;
    EXPECT_EQ(got.holdings().value(), want.holdings().value()) << i;
    EXPECT_EQ(got.holdings().previous(), want.holdings().previous()) << i;
  }
  ExpectFigures(nl.totals(), m.national_library().totals(), "NL");
  ASSERT_EQ(nl.age_bands_size(), m.national_library().age_bands_size());
  for (int i = 0; i < nl.age_bands_size(); ++i) {
    EXPECT_EQ(nl.age_bands(i).band().min_age(),
              m.national_library().age_bands(i).band().min_age());
    EXPECT_EQ(nl.age_bands(i).visits().value(),
              m.national_library().age_bands(i).visits().value())
        << "NL band " << i;
  }
}

// What the reference table says of any scale's dataset.
void ExpectReferenceRankings(const bench::Manifest& m) {
  const auto& regions = m.national().regions();
  ASSERT_GE(regions.size(), 3);
  EXPECT_EQ(regions[0].region_code(), "KZ-61");  // Turkistan
  EXPECT_EQ(regions[1].region_code(), "KZ-31");  // Jambyl
  EXPECT_EQ(regions[2].region_code(), "KZ-55");  // Pavlodar
  EXPECT_GT(regions[2].figures().registered_users().value(),
            regions[3].figures().registered_users().value());
  const v1::Subject kOrder[] = {
      v1::SUBJECT_FICTION,         v1::SUBJECT_HISTORY_ETHNOGRAPHY,
      v1::SUBJECT_POPULAR_SCIENCE, v1::SUBJECT_PSYCHOLOGY,
      v1::SUBJECT_MEDICINE,        v1::SUBJECT_TECHNOLOGY};
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(m.national().subjects(i).subject(), kOrder[i]) << i;
  }
  EXPECT_GT(m.national().subjects(5).loans().value(),
            m.national().subjects(6).loans().value());
  // NL bands: 0-11, 12-18, 17-25, 26-40, 41-60, 61+.
  const auto& bands = m.national_library().age_bands();
  for (int i : {0, 3, 4, 5}) {
    EXPECT_GT(bands[1].visits().value(), bands[i].visits().value()) << i;
  }
  EXPECT_GT(bands[2].visits().value(), bands[1].visits().value());
}

// The JSON and the CSV of `kitap report annual`, read back, match the
// manifest, and carry exactly the figures of the gRPC report.
void ExpectJsonAndCsvMatch(TestServer& server, int64_t nl_id,
                           const bench::Manifest& m) {
  v1::AnnualReport json[2], csv[2];
  const int64_t scopes[2] = {0, nl_id};
  for (int i = 0; i < 2; ++i) {
    const std::string text = CliReport(server.address(), server.admin_token(),
                                       kYear, "json", "en", scopes[i]);
    ASSERT_TRUE(
        google::protobuf::util::JsonStringToMessage(text, &json[i]).ok())
        << text;
    std::optional<v1::AnnualReport> read = ReportFromCsv(CliReport(
        server.address(), server.admin_token(), kYear, "csv", "en", scopes[i]));
    ASSERT_TRUE(read.has_value()) << "the CSV does not read back";
    csv[i] = *read;
  }
  ExpectMatchesManifest(json[0], json[1], m);
  ExpectMatchesManifest(csv[0], csv[1], m);
  // The CSV holds every figure of the report: the same report without the
  // names and scope that the CSV leaves out.
  for (int i = 0; i < 2; ++i) {
    v1::AnnualReport want = json[i];
    want.clear_region_code();
    want.clear_library_id();
    want.clear_active_user_definition();
    for (auto& region : *want.mutable_regions()) {
      region.clear_name_kk();
      region.clear_name_ru();
      region.clear_name_en();
    }
    for (auto& library : *want.mutable_libraries()) {
      library.clear_name_kk();
      library.clear_name_ru();
      library.clear_name_en();
      library.clear_region_code();
      library.clear_type();
    }
    EXPECT_TRUE(
        google::protobuf::util::MessageDifferencer::Equals(csv[i], want))
        << csv[i].DebugString();
  }
}

// The count in column `column` of the text table row, against `want`.
void ExpectCell(const std::vector<std::string>& cells, size_t column,
                int64_t want, const std::string& where) {
  ASSERT_GT(cells.size(), column) << where;
  EXPECT_EQ(CellCount(cells[column]), want) << where << ": " << cells[column];
}

std::string FigureLabel(const std::string& field) {
  return std::string(
      client::Label(client::Language::kEnglish, "figure." + field));
}

// The English text's tables hold the manifest's totals (this year and the
// year before), regions, subjects and the National Library's age bands.
// `names` is the gRPC report, for the regions' names.
void ExpectTextMatches(const std::string& national, const std::string& nl,
                       const v1::AnnualReport& names,
                       const bench::Manifest& m) {
  const auto* descriptor = v1::Figures::descriptor();
  const auto* reflection = v1::Figures::GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* field = descriptor->field(i);
    const auto& want = static_cast<const v1::Figure&>(
        reflection->GetMessage(m.national().totals(), field));
    auto cells = TextTableRow(national, "Totals", FigureLabel(field->name()));
    ExpectCell(cells, 1, want.value(), field->name());
    ExpectCell(cells, 2, want.previous(), field->name() + " (year before)");
  }
  std::map<std::string, std::string> region_names;
  for (const auto& region : names.regions()) {
    region_names[region.region_code()] = region.name_en();
  }
  for (const auto& region : m.national().regions()) {
    // Columns: registered users, loans, visits, holdings, libraries, events.
    const std::string& code = region.region_code();
    auto cells =
        TextTableRow(national, "By region (most registered users first)",
                     region_names[code] + " (" + code + ")");
    const v1::Figures& f = region.figures();
    ExpectCell(cells, 1, f.registered_users().value(), code);
    ExpectCell(cells, 2, f.loans().value(), code);
    ExpectCell(cells, 3, f.visits().value(), code);
    ExpectCell(cells, 4, f.holdings().value(), code);
    ExpectCell(cells, 5, f.libraries().value(), code);
    ExpectCell(cells, 6, f.events().value(), code);
  }
  for (const auto& subject : m.national().subjects()) {
    const std::string name(client::Label(client::Language::kEnglish,
                                         v1::Subject_Name(subject.subject())));
    auto cells = TextTableRow(national, "By subject (most loans first)", name);
    ExpectCell(cells, 1, subject.loans().value(), name);
    ExpectCell(cells, 2, subject.renewals().value(), name);
    ExpectCell(cells, 3, subject.holdings().value(), name);
  }
  for (const auto& band : m.national_library().age_bands()) {
    const std::string name = client::AgeBandName(band.band());
    auto cells = TextTableRow(nl, "By age band (bands may overlap)", name);
    ExpectCell(cells, 2, band.visits().value(), "NL band " + name);
  }
  // The summary says the same figures in sentences (unwrapped here).
  const size_t start = national.find("Summary\n");
  const size_t end = national.find("\n\nTotals\n");
  ASSERT_LT(start, end) << national;
  const std::string summary =
      absl::StrReplaceAll(national.substr(start, end - start), {{"\n  ", " "}});
  const v1::Figures& totals = m.national().totals();
  auto count = [](int64_t value) {
    return client::FormatCount(value, client::Language::kEnglish);
  };
  for (const std::string& phrase :
       {count(totals.libraries().value()) + " libraries were open",
        count(totals.holdings().value()) + " items in their collections",
        "borrowed " + count(totals.loans().value()) + " items",
        "to " + count(totals.registered_users().value()) + ".",
        "counted " + count(totals.visits().value()) + " visits",
        "held " + count(totals.events().value()) + " cultural",
        std::string("The most readers are registered in Turkistan Region"),
        std::string("The subjects in most demand were fiction")}) {
    EXPECT_NE(summary.find(phrase), std::string::npos) << phrase << summary;
  }
}

// Kazakh and Russian reports of the country hold no English words: only
// region codes (KZ-61) are Latin.
void ExpectNoEnglish(TestServer& server) {
  for (std::string_view lang : {"kk", "ru"}) {
    std::string text =
        CliReport(server.address(), server.admin_token(), kYear, "text", lang);
    text = absl::StrReplaceAll(text, {{"KZ-", ""}});
    EXPECT_FALSE(std::any_of(text.begin(), text.end(), [](char c) {
      return absl::ascii_isalpha(c);
    })) << text;
  }
}

TEST(GenLoad, BulkLoadGivesTheManifestsReport) {
  TempDir dir;
  gen::GenerateOptions options = Options();
  options.db_path = dir.File("bulk.db");
  bench::Manifest manifest = Generate(options);
  ExpectReferenceRankings(manifest);
  TestServer server(options.db_path);
  const int64_t nl_id = NationalLibraryId(server);
  const v1::AnnualReport national = Report(server);
  ExpectMatchesManifest(national, Report(server, nl_id), manifest);
  server.ExpectCountersMatchRecount();

  ExpectJsonAndCsvMatch(server, nl_id, manifest);
  ExpectTextMatches(
      CliReport(server.address(), server.admin_token(), kYear, "text", "en"),
      CliReport(server.address(), server.admin_token(), kYear, "text", "en",
                nl_id),
      national, manifest);
  ExpectNoEnglish(server);
}

TEST(GenLoad, ApiLoadGivesTheSameReportExactlyOnce) {
  TestServer live;
  live.clock().Set(kAfterTheYear);
  gen::GenerateOptions options = Options();
  options.server = live.address();
  options.grpc.token = live.admin_token();
  bench::Manifest manifest = Generate(options);
  v1::AnnualReport national = Report(live);
  ExpectMatchesManifest(national, Report(live, NationalLibraryId(live)),
                        manifest);
  live.ExpectCountersMatchRecount();

  // Running the same command again changes nothing.
  Generate(options);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(Report(live),
                                                                 national));

  TempDir dir;
  options.server.clear();
  options.db_path = dir.File("bulk.db");
  bench::Manifest bulk_manifest = Generate(options);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(bulk_manifest,
                                                                 manifest));
  TestServer bulk(options.db_path);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(Report(bulk),
                                                                 national));
}

}  // namespace
}  // namespace kitap::test
