// kitap-bench smoke runs: every benchmark of the tool, at a tiny size
// against a real kitapd process, must run without errors and give JSON
// with the expected fields. No timing is asserted: only that each figure
// was measured.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "bench/bench_run.h"
#include "tests/temp_dir.h"

namespace kitap::test {
namespace {

using bench::BenchArgs;
using bench::BenchOptions;
using bench::RunResult;
using google::protobuf::Struct;
using google::protobuf::Value;

// Runs kitap-bench with `args` after a small world's: two desks of one
// library, against a spawned kitapd; returns its JSON, parsed.
Struct RunToJson(std::vector<std::string> args, RunResult* result) {
  std::vector<std::string> argv = {"kitap-bench", "--spawn",
                                   KITAPD_PATH,   "--desks",
                                   "2",           "--duration",
                                   "0.5",         "--items-per-desk",
                                   "40",          "--patrons-per-desk",
                                   "4",           "--report-count",
                                   "2",           "--journal-entries",
                                   "50"};
  argv.insert(argv.end(), args.begin(), args.end());
  BenchOptions options;
  std::string error;
  EXPECT_EQ(
      bench::ParseBenchArgs({argv.begin() + 1, argv.end()}, &options, &error),
      BenchArgs::kRun)
      << error;
  std::vector<char*> pointers;
  for (std::string& arg : argv) pointers.push_back(arg.data());
  bench::Describe(static_cast<int>(pointers.size()), pointers.data(), result);
  Status status = bench::RunBench(options, result);
  EXPECT_TRUE(status.ok()) << status.ToString();
  Struct doc;
  auto parsed =
      google::protobuf::util::JsonStringToMessage(bench::ToJson(*result), &doc);
  EXPECT_TRUE(parsed.ok()) << parsed.ToString() << "\n"
                           << bench::ToJson(*result);
  return doc;
}

const Value& At(const Struct& s, const std::string& key) {
  static const Value kMissing;
  auto it = s.fields().find(key);
  EXPECT_NE(it, s.fields().end()) << "no field " << key;
  return it == s.fields().end() ? kMissing : it->second;
}

// The phase called `name` in the JSON document.
Struct Phase(const Struct& doc, const std::string& name) {
  for (const Value& p : At(doc, "phases").list_value().values()) {
    if (At(p.struct_value(), "name").string_value() == name) {
      return p.struct_value();
    }
  }
  ADD_FAILURE() << "no phase " << name;
  return {};
}

// Expects `kind` of `phase` measured: calls made, all OK, percentiles set.
void ExpectKind(const Struct& phase, const std::string& kind) {
  const Struct& k = At(At(phase, "kinds").struct_value(), kind).struct_value();
  EXPECT_GT(At(k, "ok").number_value(), 0) << kind;
  EXPECT_EQ(At(k, "ok").number_value(), At(k, "calls").number_value()) << kind;
  EXPECT_GT(At(k, "p50_ms").number_value(), 0) << kind;
  EXPECT_GE(At(k, "p99_ms").number_value(), At(k, "p50_ms").number_value());
  EXPECT_GE(At(k, "max_ms").number_value(), At(k, "p99_ms").number_value());
  EXPECT_TRUE(At(k, "errors").struct_value().fields().empty()) << kind;
}

TEST(BenchSmokeTest, ClosedLoopMeasuresPingMixAndCheckOuts) {
  RunResult result;
  Struct doc = RunToJson({"--phases", "ping,mix,checkout"}, &result);
  ExpectKind(Phase(doc, "ping"), "ping");
  Struct mix = Phase(doc, "mix");
  for (const char* kind : {"lookup", "check_out", "check_in", "visit"}) {
    ExpectKind(mix, kind);
  }
  EXPECT_EQ(At(mix, "total_errors").number_value(), 0);
  ExpectKind(Phase(doc, "checkout"), "check_out");
  EXPECT_GT(At(doc, "check_outs_per_ping").number_value(), 0);
  EXPECT_GT(At(doc, "kitapd_peak_rss_bytes").number_value(), 0);
  // Clock ticks of 10 ms: a half-second phase on a busy machine may get
  // none, so only its presence is checked.
  EXPECT_GE(At(Phase(doc, "checkout"), "server_cpu_seconds").number_value(), 0);
  EXPECT_GT(At(At(doc, "machine").struct_value(), "cores").number_value(), 0);
  EXPECT_FALSE(At(doc, "revision").string_value().empty());

  TempDir dir;
  const std::string md = dir.File("BENCHMARKS.md");
  std::ofstream(md) << "| header |\n";
  ASSERT_TRUE(bench::AppendMarkdownRow(result, md).ok());
  std::ifstream in(md);
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  EXPECT_EQ(row.rfind("| ", 0), 0u) << row;
  EXPECT_NE(row.find("--phases ping,mix,checkout"), std::string::npos) << row;
}

TEST(BenchSmokeTest, OpenLoopSendsAtMostTheOfferedActions) {
  RunResult result;
  Struct doc = RunToJson({"--mode", "open", "--rate", "100", "--phases", "mix"},
                         &result);
  Struct mix = Phase(doc, "mix");
  EXPECT_EQ(At(mix, "mode").string_value(), "open");
  EXPECT_EQ(At(mix, "total_errors").number_value(), 0);
  EXPECT_GT(At(mix, "total_ok").number_value(), 0);
  EXPECT_LE(At(mix, "total_ok").number_value(), 50);  // 100/s for 0.5 s
}

TEST(BenchSmokeTest, JournalReplayAndReportRun) {
  RunResult result;
  Struct doc = RunToJson({"--phases", "journal,report"}, &result);
  const Struct& journal = At(doc, "journal").struct_value();
  EXPECT_EQ(At(journal, "streams").number_value(), 2);
  EXPECT_EQ(At(journal, "applied").number_value(), 100);
  EXPECT_TRUE(At(journal, "errors").struct_value().fields().empty());
  EXPECT_GT(At(journal, "per_second").number_value(), 0);
  ExpectKind(Phase(doc, "report"), "annual_report");
}

TEST(BenchSmokeTest, BulkLoadThenReport) {
  RunResult result;
  Struct doc =
      RunToJson({"--bulk-scale", "0.0002", "--phases", "report"}, &result);
  const Struct& bulk = At(doc, "bulk").struct_value();
  EXPECT_GT(At(bulk, "items").number_value(), 0);
  EXPECT_GT(At(bulk, "loans").number_value(), 0);
  EXPECT_GT(At(bulk, "rows_per_second").number_value(), 0);
  ExpectKind(Phase(doc, "report"), "annual_report");
}

TEST(BenchSmokeTest, RefusesContradictoryFlags) {
  BenchOptions both, nap;
  std::string error;
  EXPECT_EQ(
      bench::ParseBenchArgs({"--spawn", "k", "--server", "a:1"}, &both, &error),
      BenchArgs::kError);
  EXPECT_EQ(bench::ParseBenchArgs({"--server", "a:1", "--phases", "nap"}, &nap,
                                  &error),
            BenchArgs::kError);
  EXPECT_NE(error.find("nap"), std::string::npos) << error;
}

}  // namespace
}  // namespace kitap::test
