// kitapd's HTTP side port over real HTTP against the in-process server:
// probes, /metrics as Prometheus text that moves with a check-out, the
// annual report equal to the gRPC one, credentials and roles, and the
// limits of the connection.
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <thread>

#include "tests/http_client.h"
#include "tests/prometheus_text.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using google::protobuf::util::JsonStringToMessage;
using google::protobuf::util::MessageDifferencer;

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    library_ = server_.AddLibrary("KZ-75", v1::LIBRARY_TYPE_CITY);
    other_ = server_.AddLibrary("KZ-71", v1::LIBRARY_TYPE_RURAL);
    server_.AddPatron(library_, "KZ0001", MakeDate(2006, 3, 10),
                      v1::PATRON_CATEGORY_STUDENT);
    int64_t record = server_.AddRecord(v1::SUBJECT_FICTION);
    server_.AddItem(record, library_, "ITEM-1");
    server_.AddItem(record, library_, "ITEM-2");
  }

  void CheckOut(const std::string& barcode) {
    v1::CheckOutRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_library_id(library_);
    request.set_card_number("KZ0001");
    request.set_item_barcode(barcode);
    v1::CheckOutResponse response;
    Outcome o = Call(server_.circulation(), &v1::Circulation::Stub::CheckOut,
                     request, &response);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  }

  HttpAnswer Get(const std::string& target, const std::string& token = "") {
    return HttpGet(server_.http_port(), target, token);
  }

  Exposition Metrics() {
    HttpAnswer answer = Get("/metrics");
    EXPECT_EQ(answer.status, 200) << answer.error;
    EXPECT_EQ(answer.headers["content-type"],
              "text/plain; version=0.0.4; charset=utf-8");
    Exposition e;
    EXPECT_EQ(ParseExposition(answer.body, &e), "") << answer.body;
    return e;
  }

  v1::AnnualReport GrpcReport(const v1::GetAnnualReportRequest& request) {
    v1::AnnualReport report;
    Outcome o = Call(server_.statistics(),
                     &v1::Statistics::Stub::GetAnnualReport, request, &report);
    EXPECT_TRUE(o.ok()) << o.reason;
    return report;
  }

  v1::AnnualReport HttpReport(const std::string& query,
                              const std::string& token) {
    HttpAnswer answer = Get("/api/v1/reports/annual?" + query, token);
    EXPECT_EQ(answer.status, 200) << answer.body << answer.error;
    EXPECT_EQ(answer.headers["content-type"], "application/json");
    v1::AnnualReport report;
    EXPECT_TRUE(JsonStringToMessage(answer.body, &report).ok()) << answer.body;
    return report;
  }

  // Refused HTTP report calls in the audit log, waiting up to 5 s for
  // `expected` of them.
  int HttpRefusalsAudited(int expected) {
    int found = 0;
    for (int attempt = 0; attempt < 50 && found != expected; ++attempt) {
      if (attempt > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      v1::QueryAuditRequest audit;
      audit.set_refused_only(true);
      audit.set_page_size(100);
      v1::QueryAuditResponse entries;
      Outcome o =
          Call(server_.admin(), &v1::Admin::Stub::QueryAudit, audit, &entries);
      EXPECT_TRUE(o.ok()) << o.reason;
      found = 0;
      for (const auto& e : entries.entries()) {
        if (e.method() == "HTTP/reports/annual") ++found;
      }
    }
    return found;
  }

  TestServer server_;
  int64_t library_ = 0;
  int64_t other_ = 0;
};

TEST_F(HttpServerTest, ProbesAnswerOnLoopbackWithoutToken) {
  ASSERT_GT(server_.http_port(), 0);
  HttpAnswer health = Get("/healthz");
  EXPECT_EQ(health.status, 200) << health.error;
  EXPECT_EQ(health.body, "ok\n");
  EXPECT_EQ(Get("/readyz").status, 200);
}

TEST_F(HttpServerTest, MetricsMoveWithACheckOut) {
  Exposition before = Metrics();
  const std::map<std::string, std::string> loans = {{"figure", "loans"}};
  const std::map<std::string, std::string> checkouts = {
      {"method", "Circulation/CheckOut"}, {"code", "OK"}};
  double loans_before =
      before.Value("kitap_national_total", loans).value_or(-1);
  EXPECT_EQ(loans_before, 0);
  double calls_before = before.Value("kitap_rpc_total", checkouts).value_or(0);
  double batches_before = *before.Value("kitap_write_batches_total");

  CheckOut("ITEM-1");

  Exposition after = Metrics();
  EXPECT_EQ(after.Value("kitap_national_total", loans), loans_before + 1);
  EXPECT_EQ(after.Value("kitap_rpc_total", checkouts), calls_before + 1);
  EXPECT_GT(*after.Value("kitap_write_batches_total"), batches_before);
  EXPECT_EQ(after.Value("kitap_open_loans"), 1);
  EXPECT_EQ(after.Value("kitap_national_year"), 2025);
  EXPECT_EQ(after.Value("kitap_database_up"), 1);
  EXPECT_GE(*after.Value("kitap_rpc_duration_seconds_count",
                         {{"method", "Circulation/CheckOut"}}),
            1);
  EXPECT_GE(*after.Value("kitap_write_batch_size_count"), 1);
  EXPECT_GE(*after.Value("kitap_write_commit_duration_seconds_count"), 1);
  EXPECT_EQ(after.Value("kitap_national_total", {{"figure", "libraries"}}), 2);
}

TEST_F(HttpServerTest, RefusedCallsAreCountedByCode) {
  Stubs desk = server_.StubsFor("not-a-token");
  v1::CheckOutRequest request;
  request.set_request_id(server_.NewRequestId());
  v1::CheckOutResponse response;
  Call(*desk.circulation, &v1::Circulation::Stub::CheckOut, request, &response);
  Exposition e = Metrics();
  EXPECT_EQ(e.Value("kitap_rpc_total", {{"method", "Circulation/CheckOut"},
                                        {"code", "UNAUTHENTICATED"}}),
            1);
}

TEST_F(HttpServerTest, TheReportEqualsTheGrpcReport) {
  CheckOut("ITEM-1");
  CheckOut("ITEM-2");
  v1::GetAnnualReportRequest national;
  national.set_year(2025);
  v1::AnnualReport over_http = HttpReport("year=2025", server_.admin_token());
  EXPECT_TRUE(MessageDifferencer::Equals(over_http, GrpcReport(national)))
      << over_http.DebugString();
  EXPECT_EQ(over_http.totals().loans().value(), 2);

  v1::GetAnnualReportRequest region;
  region.set_year(2025);
  region.set_region_code("KZ-75");
  for (auto [lo, hi] : {std::pair{12, 18}, {17, 25}}) {
    v1::AgeBand* band = region.add_age_bands();
    band->set_min_age(lo);
    band->set_max_age(hi);
  }
  std::string token = server_.IssueToken(v1::ROLE_REGIONAL_ADMIN, 0, "KZ-75");
  v1::AnnualReport regional =
      HttpReport("year=2025&region=KZ-75&age_bands=12-18,17-25", token);
  EXPECT_TRUE(MessageDifferencer::Equals(regional, GrpcReport(region)))
      << regional.DebugString();
  ASSERT_EQ(regional.age_bands_size(), 2);
  EXPECT_EQ(regional.age_bands(1).loans().value(), 2);  // 19 years old
}

TEST_F(HttpServerTest, CredentialsAndRolesAreThoseOfGrpc) {
  HttpAnswer none = Get("/api/v1/reports/annual?year=2025");
  EXPECT_EQ(none.status, 401);
  EXPECT_NE(none.body.find("\"reason\":\"UNAUTHENTICATED\""),
            std::string::npos);
  EXPECT_EQ(Get("/api/v1/reports/annual?year=2025", "kitap_00").status, 401);
  std::string desk = server_.IssueToken(v1::ROLE_DESK, library_);
  std::string admin = server_.IssueToken(v1::ROLE_LIBRARY_ADMIN, library_);
  HttpAnswer denied = Get(
      "/api/v1/reports/annual?year=2025&library=" + std::to_string(library_),
      desk);
  EXPECT_EQ(denied.status, 403);
  EXPECT_NE(denied.body.find("ROLE_NOT_ALLOWED"), std::string::npos);
  HttpAnswer other =
      Get("/api/v1/reports/annual?year=2025&library=" + std::to_string(other_),
          admin);
  EXPECT_EQ(other.status, 403);
  EXPECT_NE(other.body.find("LIBRARY_NOT_ALLOWED"), std::string::npos);
  EXPECT_EQ(Get("/api/v1/reports/annual?year=2025&library=" +
                    std::to_string(library_),
                admin)
                .status,
            200);
  EXPECT_EQ(Get("/api/v1/reports/annual?year=1800", admin).status, 403);
  HttpAnswer year =
      Get("/api/v1/reports/annual?year=1800", server_.admin_token());
  EXPECT_EQ(year.status, 400);
  EXPECT_NE(year.body.find("YEAR_INVALID"), std::string::npos);
  // Refusals are audited like gRPC ones (each in a write of its own, which
  // may still be on its way).
  EXPECT_EQ(HttpRefusalsAudited(5), 5);
}

TEST_F(HttpServerTest, ConnectionsKeepAliveAndEnforceLimits) {
  HttpClient client(server_.http_port());
  EXPECT_EQ(client.Get("/healthz").status, 200);
  EXPECT_EQ(client.Get("/nope").status, 404);
  HttpAnswer post = client.Send("POST", "/healthz");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.headers["allow"], "GET");
  EXPECT_EQ(client.Get("/readyz").status, 200);  // same connection

  HttpClient big(server_.http_port());
  HttpAnswer headers =
      big.Send("GET", "/healthz", "", "X-Big: " + std::string(9000, 'x'));
  EXPECT_EQ(headers.status, 431);

  HttpClient body(server_.http_port());
  HttpAnswer with_body = body.Raw(
      "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
  EXPECT_EQ(with_body.status, 413);

  HttpClient garbage(server_.http_port());
  EXPECT_EQ(garbage.Raw("NOT HTTP\r\n\r\n").status, 400);
}

TEST_F(HttpServerTest, OffLoopbackTheProbesNeedAToken) {
  std::string desk = server_.IssueToken(v1::ROLE_DESK, library_);
  server_.set_http_listen("0.0.0.0:0", /*allow_plaintext=*/true);
  server_.Restart();
  EXPECT_EQ(Get("/metrics").status, 401);
  EXPECT_EQ(Get("/healthz").status, 401);
  EXPECT_EQ(Get("/metrics", desk).status, 200);
  EXPECT_EQ(Get("/healthz", desk).status, 200);
  EXPECT_EQ(Get("/").status, 200);
}

}  // namespace
}  // namespace kitap::test
