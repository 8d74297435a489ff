// The HTTP request handler alone, with a fake backend: routing, methods,
// credentials and roles, query parsing, and the shape of every answer.
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "server/http/handler.h"
#include "server/http/query.h"

namespace kitap::http {
namespace {

// Tokens stand for principals; callbacks answer at once.
class FakeBackend final : public Backend {
 public:
  FakeBackend() {
    Add("national", auth::Role::kNationalAdmin, 0, "");
    Add("region75", auth::Role::kRegionalAdmin, 0, "KZ-75");
    Add("lib7", auth::Role::kLibraryAdmin, 7, "");
    Add("desk7", auth::Role::kDesk, 7, "");
  }

  Status Admit(const std::string& authorization, const char* method,
               const std::string&, const auth::Rule& rule,
               auth::Principal* principal) override {
    Status s = Authenticate(authorization, principal);
    if (s.ok()) s = auth::Authorize(*principal, rule);
    if (!s.ok()) refused.push_back(method);
    return s;
  }
  void CheckReady(std::function<void(const Status&)> done) override {
    done(ready);
  }
  void RenderMetrics(std::function<void(std::string)> done) override {
    done("# HELP m m\n# TYPE m gauge\nm 1\n");
  }
  void AnnualReport(const auth::Principal&,
                    const v1::GetAnnualReportRequest& request,
                    std::function<void(const Status&, const v1::AnnualReport&)>
                        done) override {
    reports.push_back(request);
    v1::AnnualReport report;
    report.set_year(request.year());
    report.mutable_totals()->mutable_loans()->set_value(88);
    done(Status::Ok(), report);
  }
  void LiveCounters(std::function<void(const Status&, const v1::LiveCounters&)>
                        done) override {
    v1::LiveCounters live;
    live.set_year(2025);
    done(Status::Ok(), live);
  }

  Status ready;
  std::vector<v1::GetAnnualReportRequest> reports;
  std::vector<std::string> refused;

 private:
  void Add(const std::string& token, auth::Role role, int64_t library,
           const std::string& region) {
    principals_["Bearer " + token] = {1, role, library, region};
  }
  Status Authenticate(const std::string& authorization,
                      auth::Principal* principal) {
    auto it = principals_.find(authorization);
    if (it == principals_.end()) {
      return {Code::kUnauthenticated, "UNAUTHENTICATED", "no"};
    }
    *principal = it->second;
    return Status::Ok();
  }
  std::map<std::string, auth::Principal> principals_;
};

class HttpHandlerTest : public ::testing::Test {
 protected:
  Response Get(const std::string& target, const std::string& token = "",
               const std::string& method = "GET") {
    Request request;
    request.method = method;
    request.target = target;
    if (!token.empty()) request.authorization = "Bearer " + token;
    request.peer = "ipv4:127.0.0.1:1";
    std::optional<Response> answer;
    HandleRequest(request, options_, backend_,
                  [&](Response r) { answer = std::move(r); });
    EXPECT_TRUE(answer.has_value()) << "no answer to " << target;
    return answer.value_or(Response{});
  }

  static std::string Header(const Response& r, const std::string& name) {
    for (const auto& [n, v] : r.headers) {
      if (n == name) return v;
    }
    return "";
  }

  // Checks an error answer's status and its JSON body's code and reason.
  static void ExpectError(const Response& r, int status, const char* code,
                          const char* reason) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    EXPECT_NE(r.body.find(std::string("\"code\":\"") + code + "\""),
              std::string::npos)
        << r.body;
    EXPECT_NE(r.body.find(std::string("\"reason\":\"") + reason + "\""),
              std::string::npos)
        << r.body;
  }

  HandlerOptions options_;
  FakeBackend backend_;
};

TEST_F(HttpHandlerTest, ProbesAreOpenOnLoopback) {
  Response health = Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  EXPECT_EQ(Get("/readyz").status, 200);
  Response metrics = Get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_EQ(metrics.content_type, "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_EQ(Header(metrics, "Cache-Control"), "no-store");
}

TEST_F(HttpHandlerTest, ReadyzIs503WhenTheDatabaseDoesNotAnswer) {
  backend_.ready = Status::Unavailable("STORAGE_ERROR", "disk I/O error");
  ExpectError(Get("/readyz"), 503, "UNAVAILABLE", "STORAGE_ERROR");
}

TEST_F(HttpHandlerTest, ProbesNeedATokenOffLoopback) {
  options_.open_probes = false;
  for (const char* path : {"/healthz", "/readyz", "/metrics"}) {
    Response r = Get(path);
    ExpectError(r, 401, "UNAUTHENTICATED", "UNAUTHENTICATED");
    EXPECT_EQ(Header(r, "WWW-Authenticate"), "Bearer realm=\"kitap\"");
    EXPECT_EQ(Get(path, "desk7").status, 200) << path;  // any role
  }
  EXPECT_EQ(Get("/").status, 200);  // the page holds no data
}

TEST_F(HttpHandlerTest, UnknownPathsAre404AndOtherMethods405) {
  ExpectError(Get("/nope"), 404, "NOT_FOUND", "PATH_NOT_FOUND");
  ExpectError(Get("/api/v1/reports"), 404, "NOT_FOUND", "PATH_NOT_FOUND");
  ExpectError(Get("/assets/missing.js"), 404, "NOT_FOUND", "PATH_NOT_FOUND");
  ExpectError(Get("/nope", "", "POST"), 404, "NOT_FOUND", "PATH_NOT_FOUND");
  Response post = Get("/healthz", "", "POST");
  ExpectError(post, 405, "UNIMPLEMENTED", "METHOD_NOT_ALLOWED");
  EXPECT_EQ(Header(post, "Allow"), "GET");
  ExpectError(Get("/api/v1/reports/annual?year=2025", "national", "DELETE"),
              405, "UNIMPLEMENTED", "METHOD_NOT_ALLOWED");
  EXPECT_TRUE(backend_.reports.empty());
}

TEST_F(HttpHandlerTest, ABodyIsRefused) {
  Request request{"GET", "/healthz", "", true, ""};
  std::optional<Response> answer;
  HandleRequest(request, options_, backend_,
                [&](Response r) { answer = std::move(r); });
  ASSERT_TRUE(answer);
  ExpectError(*answer, 413, "INVALID_ARGUMENT", "BODY_NOT_ALLOWED");
}

TEST_F(HttpHandlerTest, MalformedTargetsAre400) {
  ExpectError(Get("*"), 400, "INVALID_ARGUMENT", "QUERY_INVALID");
  ExpectError(Get("/healthz?a=%zz"), 400, "INVALID_ARGUMENT", "QUERY_INVALID");
}

TEST_F(HttpHandlerTest, TheReportNeedsAValidToken) {
  Response none = Get("/api/v1/reports/annual?year=2025");
  ExpectError(none, 401, "UNAUTHENTICATED", "UNAUTHENTICATED");
  EXPECT_EQ(Header(none, "WWW-Authenticate"), "Bearer realm=\"kitap\"");
  ExpectError(Get("/api/v1/reports/annual?year=2025", "wrong"), 401,
              "UNAUTHENTICATED", "UNAUTHENTICATED");
  // A malformed query is not answered to an unauthenticated caller.
  ExpectError(Get("/api/v1/reports/annual?year=abc"), 401, "UNAUTHENTICATED",
              "UNAUTHENTICATED");
  EXPECT_TRUE(backend_.reports.empty());
  EXPECT_EQ(backend_.refused.size(), 3u);
  EXPECT_EQ(backend_.refused[0], "HTTP/reports/annual");
}

TEST_F(HttpHandlerTest, TheReportIsJsonOfTheMessage) {
  Response r = Get("/api/v1/reports/annual?year=2025", "national");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(Header(r, "Cache-Control"), "no-store");
  v1::AnnualReport report;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(r.body, &report).ok());
  EXPECT_EQ(report.year(), 2025);
  EXPECT_EQ(report.totals().loans().value(), 88);
  // Field names in lowerCamelCase; int64 as strings; zeros included.
  EXPECT_NE(r.body.find("\"regionCode\":\"\""), std::string::npos);
  EXPECT_NE(r.body.find("\"value\":\"88\""), std::string::npos);
}

TEST_F(HttpHandlerTest, TheReportFollowsTheRolesOfGrpc) {
  const std::string base = "/api/v1/reports/annual?year=2025";
  EXPECT_EQ(Get(base + "&region=KZ-75", "region75").status, 200);
  EXPECT_EQ(Get(base + "&region=KZ-75&library=7", "region75").status, 200);
  ExpectError(Get(base + "&region=KZ-71", "region75"), 403, "PERMISSION_DENIED",
              "REGION_NOT_ALLOWED");
  ExpectError(Get(base, "region75"), 403, "PERMISSION_DENIED",
              "REGION_NOT_ALLOWED");
  EXPECT_EQ(Get(base + "&library=7", "lib7").status, 200);
  ExpectError(Get(base + "&library=8", "lib7"), 403, "PERMISSION_DENIED",
              "LIBRARY_NOT_ALLOWED");
  ExpectError(Get(base + "&library=7", "desk7"), 403, "PERMISSION_DENIED",
              "ROLE_NOT_ALLOWED");
  EXPECT_EQ(backend_.reports.size(), 3u);  // refusals reach no report
}

TEST_F(HttpHandlerTest, TheReportQueryIsParsedStrictly) {
  Response r =
      Get("/api/v1/reports/annual?year=2025&region=KZ%2D75&library=7"
          "&age_bands=12-18,17-25,61%2B",
          "national");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(backend_.reports.size(), 1u);
  const v1::GetAnnualReportRequest& q = backend_.reports[0];
  EXPECT_EQ(q.year(), 2025);
  EXPECT_EQ(q.region_code(), "KZ-75");
  EXPECT_EQ(q.library_id(), 7);
  ASSERT_EQ(q.age_bands_size(), 3);
  EXPECT_EQ(q.age_bands(1).min_age(), 17);
  EXPECT_EQ(q.age_bands(1).max_age(), 25);
  EXPECT_EQ(q.age_bands(2).min_age(), 61);
  EXPECT_EQ(q.age_bands(2).max_age(), 150);
  for (const char* bad :
       {"year=abc", "year=2025&year=2026", "year=2025&colour=red",
        "year=2025&library=x", "year=2025&age_bands=12",
        "year=2025&age_bands=", "year=99999999999", "=5"}) {
    ExpectError(Get(std::string("/api/v1/reports/annual?") + bad, "national"),
                400, "INVALID_ARGUMENT", "QUERY_INVALID");
  }
  EXPECT_EQ(backend_.reports.size(), 1u);
}

TEST_F(HttpHandlerTest, LiveCountersAreForAdmins) {
  Response r = Get("/api/v1/counters/live", "lib7");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"year\":2025"), std::string::npos) << r.body;
  EXPECT_EQ(Get("/api/v1/counters/live", "region75").status, 200);
  EXPECT_EQ(Get("/api/v1/counters/live", "national").status, 200);
  ExpectError(Get("/api/v1/counters/live", "desk7"), 403, "PERMISSION_DENIED",
              "ROLE_NOT_ALLOWED");
  ExpectError(Get("/api/v1/counters/live"), 401, "UNAUTHENTICATED",
              "UNAUTHENTICATED");
  ExpectError(Get("/api/v1/counters/live?year=2024", "national"), 400,
              "INVALID_ARGUMENT", "QUERY_INVALID");
}

TEST_F(HttpHandlerTest, TheDashboardIsServedWithItsPolicy) {
  Response page = Get("/");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("/assets/app.js"), std::string::npos);
  EXPECT_NE(Header(page, "Content-Security-Policy").find("default-src 'none'"),
            std::string::npos);
  for (const char* asset : {"app.js", "labels.js", "charts.js", "errors.js"}) {
    Response r = Get(std::string("/assets/") + asset);
    EXPECT_EQ(r.status, 200) << asset;
    EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8") << asset;
  }
  EXPECT_EQ(Get("/assets/style.css").content_type, "text/css; charset=utf-8");
  // Nothing in the page or its scripts is fetched from elsewhere.
  for (const char* asset : {"index.html", "app.js", "style.css"}) {
    Response r = Get(asset == std::string("index.html")
                         ? "/"
                         : std::string("/assets/") + asset);
    EXPECT_EQ(r.body.find("http://"), std::string::npos) << asset;
    EXPECT_EQ(r.body.find("https://"), std::string::npos) << asset;
  }
}

TEST(QueryTest, ParseTargetDecodes) {
  Target t;
  ASSERT_TRUE(ParseTarget("/a%20b?x=1+2&y=%C3%A4&z", &t).ok());
  EXPECT_EQ(t.path, "/a b");
  EXPECT_EQ(t.params.at("x"), "1 2");
  EXPECT_EQ(t.params.at("y"), "\xC3\xA4");
  EXPECT_EQ(t.params.at("z"), "");
  EXPECT_FALSE(ParseTarget("/?x=%4", &t).ok());
  EXPECT_FALSE(ParseTarget("http://host/", &t).ok());
}

}  // namespace
}  // namespace kitap::http
