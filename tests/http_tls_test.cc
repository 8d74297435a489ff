// HTTPS on the HTTP side port (docs/security.md#tls): the side port serves
// the gRPC port's certificate, asks for client certificates when mutual
// TLS is on, and, like gRPC, refuses plaintext off loopback unless allowed.
// Certificates come from tests/test_certs.h; servers run in-process on
// 127.0.0.1 port 0, except where the real kitapd binary is checked.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "server/ops/admin_ops.h"
#include "server/server.h"
#include "tests/http_client.h"
#include "tests/temp_dir.h"
#include "tests/test_certs.h"

namespace kitap::test {
namespace {

using namespace std::chrono_literals;

// Trust `ca` (a file of Certs()) and present `client` (e.g.
// "clients/desk-1"; empty: no certificate).
HttpTls Trusting(const std::string& ca, const std::string& client = "") {
  HttpTls tls;
  tls.ca_file = CertFile(ca);
  if (client.empty()) return tls;
  tls.cert_file = CertFile(client + ".crt");
  tls.key_file = CertFile(client + ".key");
  return tls;
}

// The server's TLS with the test certificate; mutual when `client_ca`.
TlsOptions ServerTls(bool client_ca = false) {
  TlsOptions tls;
  tls.cert_file = CertFile("server.crt");
  tls.key_file = CertFile("server.key");
  if (client_ca) tls.client_ca_file = CertFile("ca.crt");
  return tls;
}

class HttpTlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = ops::BootstrapNationalAdmin(db_path(), "https admin", &token_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  Status Start(const TlsOptions& tls,
               const std::string& http_listen = "127.0.0.1:0") {
    ServerOptions options;
    options.grpc_listen = "127.0.0.1:0";
    options.http_listen = http_listen;
    options.tls = tls;
    options.engine.db_path = db_path();
    options.engine.read_threads = 1;
    return KitapServer::Start(options, &server_);
  }

  HttpAnswer Get(const std::string& target, const HttpTls& tls,
                 const std::string& token = "") {
    return HttpGet(server_->http_port(), target, token, tls);
  }

  std::string db_path() const { return dir_.File("kitap.db"); }

  TempDir dir_;
  std::string token_;
  std::unique_ptr<KitapServer> server_;
};

TEST_F(HttpTlsTest, HealthzAndMetricsOverHttpsWithTheTestCa) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  HttpAnswer health = Get("/healthz", Trusting("ca.crt"));
  EXPECT_EQ(health.status, 200) << health.error;
  EXPECT_EQ(health.body, "ok\n");
  HttpClient client(server_->http_port(), Trusting("ca.crt"));
  HttpAnswer metrics = client.Get("/metrics");
  EXPECT_EQ(metrics.status, 200) << metrics.error;
  EXPECT_NE(metrics.body.find("# TYPE "), std::string::npos) << metrics.body;
  // The same connection is kept alive for the API, which needs a token.
  EXPECT_EQ(client.Get("/api/v1/counters/live").status, 401);
  EXPECT_EQ(client.Get("/api/v1/counters/live", token_).status, 200);
}

TEST_F(HttpTlsTest, PlaintextRequestToTheTlsPortGetsNoAnswer) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  HttpAnswer answer = Get("/healthz", HttpTls());
  EXPECT_EQ(answer.status, 0);
  EXPECT_NE(answer.error.find("read: "), std::string::npos) << answer.error;
}

TEST_F(HttpTlsTest, ClientThatDoesNotTrustTheCaFails) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  HttpAnswer answer = Get("/healthz", Trusting("other/ca.crt"));
  EXPECT_EQ(answer.status, 0);
  EXPECT_NE(answer.error.find("handshake: certificate verify failed"),
            std::string::npos)
      << answer.error;
}

TEST_F(HttpTlsTest, ExpiredServerCertificateIsRefusedByTheClient) {
  TlsOptions expired;
  expired.cert_file = CertFile("server-expired.crt");
  expired.key_file = CertFile("server-expired.key");
  ASSERT_TRUE(Start(expired).ok());
  EXPECT_EQ(Get("/healthz", Trusting("ca.crt")).status, 0);
}

TEST_F(HttpTlsTest, MutualTlsServesOnlyClientsWithACertificateOfTheCa) {
  ASSERT_TRUE(Start(ServerTls(/*client_ca=*/true)).ok());
  EXPECT_EQ(Get("/healthz", Trusting("ca.crt")).status, 0);
  EXPECT_EQ(
      Get("/healthz", Trusting("ca.crt", "other/clients/stranger")).status, 0);
  HttpAnswer desk = Get("/healthz", Trusting("ca.crt", "clients/desk-1"));
  EXPECT_EQ(desk.status, 200) << desk.error;
}

TEST_F(HttpTlsTest, PlaintextHttpOffLoopbackIsRefusedBeforeTheDatabase) {
  std::filesystem::remove(db_path());
  Status s = Start(TlsOptions(), "0.0.0.0:0");
  EXPECT_EQ(s.code(), Code::kFailedPrecondition);
  EXPECT_EQ(s.reason(), "PLAINTEXT_NOT_LOOPBACK");
  EXPECT_NE(s.message().find("refusing to serve HTTP in plaintext on "
                             "0.0.0.0:0, which is not a loopback address"),
            std::string::npos)
      << s.message();
  EXPECT_FALSE(std::filesystem::exists(db_path()));
}

TEST_F(HttpTlsTest, HttpsServesOffLoopbackWhereProbesNeedAToken) {
  ASSERT_TRUE(Start(ServerTls(), "0.0.0.0:0").ok());
  EXPECT_EQ(Get("/healthz", Trusting("ca.crt")).status, 401);
  EXPECT_EQ(Get("/healthz", Trusting("ca.crt"), token_).status, 200);
}

// The real kitapd on a database in a temp dir, gRPC on loopback.
class KitapdHttpTlsTest : public ::testing::Test {
 protected:
  std::unique_ptr<Child> Kitapd(std::vector<std::string> args) {
    args.insert(args.begin(),
                {KITAPD_PATH, "--db", dir_.File("kitap.db"), "--grpc-listen",
                 "127.0.0.1:0", "--read-threads", "1"});
    return std::make_unique<Child>(args, dir_.File("kitapd.log"));
  }

  TempDir dir_;
};

TEST_F(KitapdHttpTlsTest, RefusesPlaintextHttpOffLoopbackAndSaysWhy) {
  auto kitapd = Kitapd({"--http-listen", "0.0.0.0:0"});
  EXPECT_EQ(kitapd->Wait(30s), 1);
  EXPECT_TRUE(std::regex_search(
      kitapd->log(),
      std::regex(
          R"(ERROR kitapd cannot start: PLAINTEXT_NOT_LOOPBACK: )"
          R"(refusing to serve HTTP in plaintext on 0\.0\.0\.0:0, )"
          R"(which is not a loopback address: [^\n]*--allow-plaintext)")))
      << kitapd->log();
}

TEST_F(KitapdHttpTlsTest, AllowPlaintextServesHttpOffLoopbackWithAWarning) {
  auto kitapd = Kitapd({"--http-listen", "0.0.0.0:0", "--allow-plaintext"});
  ASSERT_TRUE(kitapd->WaitForLog(" started: ", 30s)) << kitapd->log();
  EXPECT_NE(kitapd->log().find("WARN serving HTTP in plaintext on 0.0.0.0:0"),
            std::string::npos)
      << kitapd->log();
  kitapd->Signal(SIGTERM);
  EXPECT_EQ(kitapd->Wait(30s), 0) << kitapd->log();
}

TEST_F(KitapdHttpTlsTest, ServesHttpsOffLoopback) {
  auto kitapd =
      Kitapd({"--http-listen", "0.0.0.0:0", "--tls-cert",
              CertFile("server.crt"), "--tls-key", CertFile("server.key")});
  ASSERT_TRUE(kitapd->WaitForLog(" started: ", 30s)) << kitapd->log();
  std::smatch port;
  std::string log = kitapd->log();
  ASSERT_TRUE(std::regex_search(log, port, std::regex(R"( http=\S+:(\d+))")))
      << log;
  // Off loopback the probe needs a token: the 401 proves HTTPS works.
  HttpAnswer answer =
      HttpGet(std::stoi(port[1].str()), "/healthz", "", Trusting("ca.crt"));
  EXPECT_EQ(answer.status, 401) << answer.error;
  kitapd->Signal(SIGTERM);
  EXPECT_EQ(kitapd->Wait(30s), 0) << kitapd->log();
}

}  // namespace
}  // namespace kitap::test
