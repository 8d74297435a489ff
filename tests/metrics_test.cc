// The metrics registry and its Prometheus text: histograms, RPC counters,
// and an exposition that a strict parser accepts.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "server/metrics/histogram.h"
#include "server/metrics/rpc_metrics.h"
#include "server/metrics/server_metrics.h"
#include "server/metrics/text_format.h"
#include "tests/prometheus_text.h"

namespace kitap::metrics {
namespace {

using test::Exposition;
using test::ParseExposition;

TEST(HistogramTest, BucketsAreInclusiveAndCumulative) {
  Histogram h({1, 2, 5});
  for (double v : {0.5, 1.0, 1.5, 2.0, 5.0, 7.0}) h.Observe(v);
  Histogram::Snapshot s = h.Take();
  EXPECT_EQ(s.cumulative, (std::vector<uint64_t>{2, 4, 5, 6}));
  EXPECT_EQ(s.count, 6u);
  EXPECT_DOUBLE_EQ(s.sum, 17.0);
}

TEST(HistogramTest, LatencyBoundsSpanHalfAMillisecondToFiveSeconds) {
  std::vector<double> bounds = LatencyBounds();
  EXPECT_EQ(bounds.front(), 0.0005);
  EXPECT_EQ(bounds.back(), 5);
  EXPECT_TRUE(std::is_sorted(bounds.begin(), bounds.end()));
}

TEST(TextFormatTest, ValuesAreShortAndExact) {
  EXPECT_EQ(FormatValue(0.0005), "0.0005");
  EXPECT_EQ(FormatValue(42), "42");
  EXPECT_EQ(FormatValue(1e-12), "1e-12");
  EXPECT_EQ(FormatValue(2.5), "2.5");
  EXPECT_EQ(FormatValue(INFINITY), "+Inf");
  EXPECT_EQ(FormatValue(NAN), "NaN");
}

TEST(TextFormatTest, LabelValuesAndHelpAreEscaped) {
  TextWriter out;
  out.Family("x_total", "counter", "a \\ help\nline");
  out.Sample("x_total", {{"v", "a\"b\\c\nd"}}, 1);
  EXPECT_EQ(out.text(),
            "# HELP x_total a \\\\ help\\nline\n# TYPE x_total counter\n"
            "x_total{v=\"a\\\"b\\\\c\\nd\"} 1\n");
  Exposition e;
  ASSERT_EQ(ParseExposition(out.text(), &e), "");
  EXPECT_EQ(e.Value("x_total", {{"v", "a\"b\\c\nd"}}), 1);
}

TEST(RpcMetricsTest, CountsByMethodAndCode) {
  RpcMetrics rpc({"Circulation/CheckOut", "Circulation/CheckIn"});
  RpcMetrics::Method* checkout = rpc.Find("Circulation/CheckOut");
  ASSERT_NE(checkout, nullptr);
  EXPECT_EQ(rpc.Find("Nope/Nope"), nullptr);
  RpcMetrics::Record(checkout, 0, 0.002);
  RpcMetrics::Record(checkout, 0, 0.004);
  RpcMetrics::Record(checkout, 9, 0.001);
  RpcMetrics::Record(checkout, 99, 0.001);  // out of range: UNKNOWN
  TextWriter out;
  rpc.Render(&out);
  Exposition e;
  ASSERT_EQ(ParseExposition(out.text(), &e), "") << out.text();
  auto calls = [&](const char* code) {
    return e.Value("kitap_rpc_total",
                   {{"method", "Circulation/CheckOut"}, {"code", code}});
  };
  EXPECT_EQ(calls("OK"), 2);
  EXPECT_EQ(calls("FAILED_PRECONDITION"), 1);
  EXPECT_EQ(calls("UNKNOWN"), 1);
  EXPECT_EQ(calls("NOT_FOUND"), std::nullopt);  // never seen: not written
  EXPECT_EQ(e.Value("kitap_rpc_duration_seconds_count",
                    {{"method", "Circulation/CheckOut"}}),
            4);
  EXPECT_EQ(e.Value("kitap_rpc_duration_seconds_bucket",
                    {{"method", "Circulation/CheckOut"}, {"le", "0.0025"}}),
            3);
  // A method never called has no series.
  EXPECT_EQ(e.Value("kitap_rpc_duration_seconds_count",
                    {{"method", "Circulation/CheckIn"}}),
            std::nullopt);
}

class ServerMetricsTest : public ::testing::Test {
 protected:
  ServerMetricsTest() : metrics_({"Circulation/CheckOut", "Statistics/X"}) {
    RpcMetrics& rpc = metrics_.rpc();
    RpcMetrics::Record(rpc.Find("Circulation/CheckOut"), 0, 0.003);
    RpcMetrics::Record(rpc.Find("Statistics/X"), 7, 0.2);
    metrics_.RecordBatch(3, 0.001);
    metrics_.RecordBatch(700, 0.04);
    database_.open_loans = 12;
    database_.year = 2025;
    database_.national = {{"loans", 88}, {"visits", 57}};
  }

  ServerMetrics metrics_;
  WriterCounts writer_{.batches = 2,
                       .pieces = 703,
                       .failed_commits = 0,
                       .queue_depth = 4,
                       .log_syncs = 6,
                       .log_sync_failures = 0,
                       .checkpoints = 5,
                       .checkpoint_restarts = 3,
                       .checkpoint_failures = 1};
  DatabaseFigures database_;
};

TEST_F(ServerMetricsTest, TheExpositionParsesAndHoldsEveryFigure) {
  std::string text = metrics_.Render(writer_, &database_);
  Exposition e;
  ASSERT_EQ(ParseExposition(text, &e), "") << text;
  EXPECT_EQ(e.Value("kitap_write_batches_total"), 2);
  EXPECT_EQ(e.Value("kitap_write_pieces_total"), 703);
  EXPECT_EQ(e.Value("kitap_write_queue_depth"), 4);
  EXPECT_EQ(e.Value("kitap_wal_syncs_total"), 6);
  EXPECT_EQ(e.Value("kitap_wal_sync_failures_total"), 0);
  EXPECT_EQ(e.Value("kitap_wal_checkpoints_total"), 5);
  EXPECT_EQ(e.Value("kitap_wal_checkpoint_restarts_total"), 3);
  EXPECT_EQ(e.Value("kitap_wal_checkpoint_failures_total"), 1);
  EXPECT_EQ(e.Value("kitap_write_batch_size_count"), 2);
  EXPECT_EQ(e.Value("kitap_write_batch_size_bucket", {{"le", "4"}}), 1);
  EXPECT_EQ(e.Value("kitap_write_batch_size_bucket", {{"le", "+Inf"}}), 2);
  EXPECT_EQ(e.Value("kitap_write_commit_duration_seconds_count"), 2);
  EXPECT_EQ(e.Value("kitap_open_loans"), 12);
  EXPECT_EQ(e.Value("kitap_database_up"), 1);
  EXPECT_EQ(e.Value("kitap_national_year"), 2025);
  EXPECT_EQ(e.Value("kitap_national_total", {{"figure", "loans"}}), 88);
  EXPECT_EQ(e.Value("kitap_national_total", {{"figure", "visits"}}), 57);
  EXPECT_EQ(e.Value("kitap_rpc_total", {{"method", "Statistics/X"},
                                        {"code", "PERMISSION_DENIED"}}),
            1);
  for (const char* family :
       {"kitap_rpc_total", "kitap_rpc_duration_seconds",
        "kitap_write_batch_size", "kitap_write_commit_duration_seconds",
        "kitap_open_loans", "kitap_national_total"}) {
    ASSERT_TRUE(e.families.count(family)) << family;
    EXPECT_FALSE(e.families.at(family).help.empty()) << family;
  }
  EXPECT_EQ(e.families.at("kitap_rpc_duration_seconds").type, "histogram");
  EXPECT_EQ(e.families.at("kitap_national_total").type, "gauge");
}

TEST_F(ServerMetricsTest, WithoutTheDatabaseItsGaugesAreLeftOut) {
  std::string text = metrics_.Render(writer_, nullptr);
  Exposition e;
  ASSERT_EQ(ParseExposition(text, &e), "") << text;
  EXPECT_EQ(e.Value("kitap_database_up"), 0);
  EXPECT_EQ(e.Value("kitap_open_loans"), std::nullopt);
  EXPECT_EQ(e.Value("kitap_national_total", {{"figure", "loans"}}),
            std::nullopt);
  EXPECT_EQ(e.Value("kitap_write_batches_total"), 2);
}

TEST(ParseExpositionTest, RefusesWhatScrapersWouldRefuse) {
  Exposition e;
  EXPECT_NE(ParseExposition("x 1\n", &e), "");  // no family
  Exposition e2;
  EXPECT_NE(ParseExposition("# HELP x h\n# TYPE x counter\nx 1\n", &e2), "");
  Exposition e3;
  EXPECT_NE(ParseExposition("# HELP h h\n# TYPE h histogram\n"
                            "h_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\n"
                            "h_sum 1\nh_count 1\n",
                            &e3),
            "");  // not cumulative
  Exposition e4;
  EXPECT_NE(ParseExposition("# HELP h h\n# TYPE h histogram\n"
                            "h_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n",
                            &e4),
            "");  // no +Inf
}

}  // namespace
}  // namespace kitap::metrics
