// TLS on the gRPC port (docs/security.md#tls). The certificates are made
// at test time by deploy/make-certs.sh in a temp dir: a CA with a server
// certificate, a desk's client certificate and an expired server
// certificate, and a second CA that nobody trusts (tests/test_certs.h).
// Servers run in-process on 127.0.0.1 port 0, except where the real kitapd
// binary is checked. HTTPS on the side port: http_tls_test.cc.
#include "server/tls.h"

#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "client/cli.h"
#include "client/command.h"
#include "client/connection.h"
#include "server/config.h"
#include "server/ops/admin_ops.h"
#include "tests/temp_dir.h"
#include "tests/test_certs.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using namespace std::chrono_literals;
using grpc::StatusCode;

// What a client trusts (`ca`) and presents (`client`, e.g. "desk-1"; empty:
// no certificate), from Certs().
grpc::SslCredentialsOptions ClientTls(const std::string& ca,
                                      const std::string& client = "") {
  grpc::SslCredentialsOptions tls;
  tls.pem_root_certs = Pem(ca);
  if (client.empty()) return tls;
  tls.pem_cert_chain = Pem(client + ".crt");
  tls.pem_private_key = Pem(client + ".key");
  return tls;
}

// TLS with the files at these paths.
TlsOptions TlsFrom(const std::string& cert, const std::string& key,
                   const std::string& client_ca = "") {
  TlsOptions tls;
  tls.cert_file = cert;
  tls.key_file = key;
  tls.client_ca_file = client_ca;
  return tls;
}

// The server's TLS with the valid certificate; mutual when `client_ca`.
TlsOptions ServerTls(bool client_ca = false) {
  return TlsFrom(CertFile("server.crt"), CertFile("server.key"),
                 client_ca ? CertFile("ca.crt") : "");
}

Outcome Ping(const std::shared_ptr<grpc::Channel>& channel) {
  v1::PingResponse response;
  auto stub = v1::Diagnostics::NewStub(channel);
  return Call(*stub, &v1::Diagnostics::Stub::Ping, v1::PingRequest(),
              &response);
}

// A KitapServer on a new database in a temp dir with a national admin
// token, started with the TLS options of each test.
class TlsServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s =
        ops::BootstrapNationalAdmin(db_path(), "tls test admin", &token_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  Status Start(const TlsOptions& tls,
               const std::string& listen = "127.0.0.1:0") {
    ServerOptions options;
    options.grpc_listen = listen;
    options.tls = tls;
    options.engine.db_path = db_path();
    options.engine.read_threads = 1;
    return KitapServer::Start(options, &server_);
  }

  std::string db_path() const { return dir_.File("kitap.db"); }
  std::string address() const {
    return "127.0.0.1:" + std::to_string(server_->grpc_port());
  }
  Outcome PingOverTls(const grpc::SslCredentialsOptions& tls) {
    return Ping(ChannelWithToken(address(), token_, tls));
  }

  // Start fails with INVALID_ARGUMENT and a message that has `text`.
  void ExpectBadFiles(const TlsOptions& tls, const std::string& text) {
    Status s = Start(tls);
    EXPECT_EQ(s.code(), Code::kInvalidArgument) << s.ToString();
    EXPECT_EQ(s.reason(), "TLS_FILE_INVALID");
    EXPECT_NE(s.message().find(text), std::string::npos) << s.message();
  }

  TempDir dir_;
  std::string token_;
  std::unique_ptr<KitapServer> server_;
};

TEST_F(TlsServerTest, ClientTrustingTheCaWithATokenIsServed) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  Outcome o = PingOverTls(ClientTls("ca.crt"));
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  // TLS is no credential: without a token the call is refused.
  Outcome anonymous =
      Ping(ChannelWithToken(address(), "", ClientTls("ca.crt")));
  EXPECT_EQ(anonymous.code, StatusCode::UNAUTHENTICATED);
}

TEST_F(TlsServerTest, PlaintextClientToTheTlsPortFails) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  EXPECT_EQ(Ping(ChannelWithToken(address(), token_)).code,
            StatusCode::UNAVAILABLE);
}

TEST_F(TlsServerTest, ClientThatDoesNotTrustTheCaFails) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  EXPECT_EQ(PingOverTls(ClientTls("other/ca.crt")).code,
            StatusCode::UNAVAILABLE);
}

TEST_F(TlsServerTest, ExpiredServerCertificateIsRefusedByTheClient) {
  ASSERT_TRUE(Start(TlsFrom(CertFile("server-expired.crt"),
                            CertFile("server-expired.key")))
                  .ok());
  EXPECT_EQ(PingOverTls(ClientTls("ca.crt")).code, StatusCode::UNAVAILABLE);
}

TEST_F(TlsServerTest, MutualTlsServesOnlyClientsWithACertificateOfTheCa) {
  ASSERT_TRUE(Start(ServerTls(/*client_ca=*/true)).ok());
  EXPECT_EQ(PingOverTls(ClientTls("ca.crt")).code, StatusCode::UNAVAILABLE);
  EXPECT_EQ(PingOverTls(ClientTls("ca.crt", "other/clients/stranger")).code,
            StatusCode::UNAVAILABLE);
  Outcome desk = PingOverTls(ClientTls("ca.crt", "clients/desk-1"));
  EXPECT_TRUE(desk.ok()) << desk.reason << ": " << desk.message;
}

TEST_F(TlsServerTest, PlaintextOffLoopbackIsRefusedBeforeTheDatabaseIsOpened) {
  std::filesystem::remove(db_path());
  Status s = Start({}, "0.0.0.0:0");
  EXPECT_EQ(s.code(), Code::kFailedPrecondition);
  EXPECT_EQ(s.reason(), "PLAINTEXT_NOT_LOOPBACK");
  EXPECT_NE(s.message().find("refusing to serve gRPC in plaintext on "
                             "0.0.0.0:0, which is not a loopback address"),
            std::string::npos)
      << s.message();
  EXPECT_FALSE(std::filesystem::exists(db_path()));
}

TEST_F(TlsServerTest, AllowPlaintextServesOffLoopback) {
  TlsOptions plaintext;
  plaintext.allow_plaintext = true;
  Status s = Start(plaintext, "0.0.0.0:0");
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(Ping(ChannelWithToken(address(), token_)).ok());
}

TEST_F(TlsServerTest, TlsServesOffLoopback) {
  Status s = Start(ServerTls(), "0.0.0.0:0");
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(PingOverTls(ClientTls("ca.crt")).ok());
}

TEST_F(TlsServerTest, BadFilesFailStartUpNamingTheFile) {
  TlsOptions tls = ServerTls(/*client_ca=*/true);
  std::string missing = dir_.File("missing.crt");
  ExpectBadFiles(TlsFrom(missing, tls.key_file),
                 "cannot read TLS certificate file " + missing +
                     ": No such file or directory");
  ExpectBadFiles(
      TlsFrom(tls.key_file, tls.key_file),
      "TLS certificate file " + tls.key_file + " holds no PEM certificate");
  ExpectBadFiles(TlsFrom(tls.cert_file, missing),
                 "cannot read TLS key file " + missing);
  ExpectBadFiles(TlsFrom(dir_.path(), tls.key_file),
                 "cannot read TLS certificate file " + dir_.path() +
                     ": it is a directory");
  ExpectBadFiles(TlsFrom(tls.cert_file, tls.cert_file),
                 "TLS key file " + tls.cert_file + " holds no PEM private key");
  std::string desk_key = CertFile("clients/desk-1.key");
  ExpectBadFiles(TlsFrom(tls.cert_file, desk_key),
                 "TLS key file " + desk_key +
                     " does not match the certificate in " + tls.cert_file);
  ExpectBadFiles(TlsFrom(tls.cert_file, tls.key_file, missing),
                 "cannot read TLS client CA file " + missing);
}

TEST(LoopbackTest, OnlyLoopbackAddressesAndUnixSockets) {
  for (const char* address :
       {"127.0.0.1:7070", "127.8.9.10:1", "[::1]:7070", "localhost:7070",
        "LocalHost:0", "unix:/run/kitap.sock"}) {
    EXPECT_TRUE(IsLoopbackAddress(address)) << address;
  }
  for (const char* address :
       {"0.0.0.0:7070", "[::]:7070", "10.0.0.5:7070", "128.0.0.1:7070",
        "[::ffff:127.0.0.1]:7070", "kitap.example.kz:7070", ":7070"}) {
    EXPECT_FALSE(IsLoopbackAddress(address)) << address;
  }
}

// kitapd's options: ParseServerConfig on `args` (without the program name).
ParseResult ParseConfig(std::vector<const char*> args, ServerConfig* config,
                        std::string* output) {
  args.insert(args.begin(), "kitapd");
  return ParseServerConfig(static_cast<int>(args.size()), args.data(), config,
                           output);
}

TEST(TlsConfigTest, TlsOptionsAndAllowPlaintext) {
  ServerConfig config;
  std::string output;
  ASSERT_EQ(
      ParseConfig({"--tls-cert", "s.crt", "--tls-key=s.key", "--tls-client-ca",
                   "ca.crt", "--allow-plaintext", "--db", "x.db"},
                  &config, &output),
      ParseResult::kRun)
      << output;
  EXPECT_EQ(config.tls_cert, "s.crt");
  EXPECT_EQ(config.tls_key, "s.key");
  EXPECT_EQ(config.tls_client_ca, "ca.crt");
  EXPECT_TRUE(config.allow_plaintext);
  EXPECT_EQ(config.db_path, "x.db");
  ASSERT_EQ(ParseConfig({"--allow-plaintext=false"}, &config, &output),
            ParseResult::kRun);
  EXPECT_FALSE(config.allow_plaintext);
}

TEST(TlsConfigTest, OptionsThatDoNotGoTogetherAreErrors) {
  ServerConfig config;
  std::string output;
  EXPECT_EQ(ParseConfig({"--tls-cert", "s.crt"}, &config, &output),
            ParseResult::kError);
  EXPECT_EQ(output,
            "--tls-cert and --tls-key go together: give both (TLS) or "
            "neither (plaintext)");
  EXPECT_EQ(ParseConfig({"--tls-client-ca", "ca.crt"}, &config, &output),
            ParseResult::kError);
  EXPECT_EQ(output,
            "--tls-client-ca needs --tls-cert and --tls-key: client "
            "certificates are checked over TLS only");
  EXPECT_EQ(ParseConfig({"--allow-plaintext=yes"}, &config, &output),
            ParseResult::kError);
  EXPECT_EQ(output, "--allow-plaintext: 'yes' is not one of true, false");
  EXPECT_EQ(ParseConfig({"--help"}, &config, &output), ParseResult::kHelp);
  EXPECT_NE(output.find("\n  --allow-plaintext  (default: false)\n"),
            std::string::npos);
}

TEST(TlsConfigTest, ConfigFileKeys) {
  TempDir dir;
  std::string path = dir.File("kitapd.conf");
  std::ofstream(path) << "tls-cert = /etc/kitap/tls/server.crt\n"
                         "tls-key = /etc/kitap/tls/server.key\n"
                         "allow-plaintext = true\n";
  ServerConfig config;
  std::string output;
  ASSERT_EQ(ParseConfig({"--config", path.c_str()}, &config, &output),
            ParseResult::kRun)
      << output;
  EXPECT_EQ(config.tls_key, "/etc/kitap/tls/server.key");
  EXPECT_TRUE(config.allow_plaintext);
}

// The kitap client's connection options (client/command.h) over TLS.
class ClientTlsTest : public TlsServerTest {
 protected:
  void TearDown() override {
    for (const char* name : {client::kCaCertEnvVar, client::kClientCertEnvVar,
                             client::kClientKeyEnvVar}) {
      unsetenv(name);
    }
  }

  absl::StatusOr<client::ConnectionOptions> OptionsFrom(
      std::map<std::string, std::string, std::less<>> flags) {
    client::ParsedArgs args;
    args.options = std::move(flags);
    args.options["server"] = address();
    args.options["token"] = token_;
    return client::ConnectionOptionsFrom(args);
  }

  // A Ping through a client::Connection with the options of `flags`.
  client::RpcStatus PingWith(
      std::map<std::string, std::string, std::less<>> flags) {
    auto options = OptionsFrom(std::move(flags));
    EXPECT_TRUE(options.ok()) << options.status();
    if (!options.ok()) return client::RpcStatus();
    client::Connection connection(*options);
    auto stub = v1::Diagnostics::NewStub(connection.channel());
    v1::PingResponse response;
    return connection.Call(*stub, &v1::Diagnostics::Stub::Ping,
                           v1::PingRequest(), &response);
  }
};

TEST_F(ClientTlsTest, CaCertFlagConnectsWithTls) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  EXPECT_TRUE(PingWith({{"ca-cert", CertFile("ca.crt")}}).ok());
  EXPECT_EQ(PingWith({}).code(), StatusCode::UNAVAILABLE);  // plaintext
}

TEST_F(ClientTlsTest, ClientCertificateFromTheEnvironment) {
  ASSERT_TRUE(Start(ServerTls(/*client_ca=*/true)).ok());
  setenv(client::kCaCertEnvVar, CertFile("ca.crt").c_str(), 1);
  EXPECT_EQ(PingWith({}).code(), StatusCode::UNAVAILABLE);  // no certificate
  setenv(client::kClientCertEnvVar, CertFile("clients/desk-1.crt").c_str(), 1);
  setenv(client::kClientKeyEnvVar, CertFile("clients/desk-1.key").c_str(), 1);
  EXPECT_TRUE(PingWith({}).ok());
  // A flag wins over its environment variable.
  EXPECT_EQ(PingWith({{"client-cert", CertFile("other/clients/stranger.crt")},
                      {"client-key", CertFile("other/clients/stranger.key")}})
                .code(),
            StatusCode::UNAVAILABLE);
}

TEST_F(ClientTlsTest, BadTlsOptionsAreUsageErrors) {
  ASSERT_TRUE(Start(ServerTls()).ok());
  std::string missing = dir_.File("nowhere.crt");
  auto options = OptionsFrom({{"ca-cert", missing}});
  EXPECT_EQ(options.status().message(), "--ca-cert: cannot read '" + missing +
                                            "': No such file or directory");
  setenv(client::kCaCertEnvVar, db_path().c_str(), 1);
  EXPECT_EQ(OptionsFrom({}).status().message(),
            "KITAP_CA_CERT: '" + db_path() + "' is not a PEM file");
  options = OptionsFrom({{"client-cert", CertFile("clients/desk-1.crt")}});
  EXPECT_EQ(options.status().message(),
            "--client-cert needs its key too: --client-key or "
            "KITAP_CLIENT_KEY");
  unsetenv(client::kCaCertEnvVar);
  options = OptionsFrom({{"client-cert", CertFile("clients/desk-1.crt")},
                         {"client-key", CertFile("clients/desk-1.key")}});
  EXPECT_EQ(options.status().message(),
            "--client-cert needs --ca-cert or KITAP_CA_CERT: client "
            "certificates are sent over TLS only");
}

TEST_F(ClientTlsTest, KitapCommandsTakeTheTlsOptions) {
  ASSERT_TRUE(Start(ServerTls(/*client_ca=*/true)).ok());
  std::ostringstream out, err;
  int code = client::RunCli({"admin", "token", "list", "--server", address(),
                             "--token", token_, "--ca-cert", CertFile("ca.crt"),
                             "--client-cert", CertFile("clients/desk-1.crt"),
                             "--client-key", CertFile("clients/desk-1.key")},
                            out, err);
  EXPECT_EQ(code, 0) << err.str();
  EXPECT_NE(out.str().find("tls test admin"), std::string::npos) << out.str();
}

// The real kitapd on a database in a temp dir.
class KitapdTlsTest : public ::testing::Test {
 protected:
  std::unique_ptr<Child> Kitapd(std::vector<std::string> args) {
    args.insert(args.begin(), {KITAPD_PATH, "--db", dir_.File("kitap.db"),
                               "--http-listen=", "--read-threads", "1"});
    return std::make_unique<Child>(args, dir_.File("kitapd.log"));
  }

  TempDir dir_;
};

TEST_F(KitapdTlsTest, RefusesPlaintextOffLoopbackAndSaysWhy) {
  auto kitapd = Kitapd({"--grpc-listen", "0.0.0.0:0"});
  EXPECT_EQ(kitapd->Wait(30s), 1);
  EXPECT_TRUE(std::regex_search(
      kitapd->log(),
      std::regex(R"(ERROR kitapd cannot start: PLAINTEXT_NOT_LOOPBACK: )"
                 R"(refusing to serve gRPC in plaintext on 0\.0\.0\.0:0, )"
                 R"(which is not a loopback address: [^\n]*--allow-plaintext)"
                 R"([^\n]*\n$)")))
      << kitapd->log();
}

TEST_F(KitapdTlsTest, AllowPlaintextStartsOffLoopbackAndStopsOnSigterm) {
  auto kitapd = Kitapd({"--grpc-listen", "0.0.0.0:0", "--allow-plaintext"});
  ASSERT_TRUE(kitapd->WaitForLog(" started: ", 30s)) << kitapd->log();
  EXPECT_NE(kitapd->log().find("WARN serving gRPC in plaintext on 0.0.0.0:0"),
            std::string::npos)
      << kitapd->log();
  EXPECT_NE(kitapd->log().find(" tls=off "), std::string::npos);
  kitapd->Signal(SIGTERM);
  EXPECT_EQ(kitapd->Wait(30s), 0) << kitapd->log();
}

TEST_F(KitapdTlsTest, ServesMutualTlsOffLoopback) {
  auto kitapd =
      Kitapd({"--grpc-listen", "0.0.0.0:0", "--tls-cert",
              CertFile("server.crt"), "--tls-key", CertFile("server.key"),
              "--tls-client-ca", CertFile("ca.crt")});
  ASSERT_TRUE(kitapd->WaitForLog(" tls=mutual ", 30s)) << kitapd->log();
  std::smatch port;
  std::string log = kitapd->log();
  ASSERT_TRUE(std::regex_search(log, port, std::regex(R"( grpc=\S+:(\d+) )")));
  // The handshake works; the call is refused for want of a token.
  Outcome o = Ping(ChannelWithToken("127.0.0.1:" + port[1].str(), "",
                                    ClientTls("ca.crt", "clients/desk-1")));
  EXPECT_EQ(o.code, StatusCode::UNAUTHENTICATED) << o.message;
  kitapd->Signal(SIGTERM);
  EXPECT_EQ(kitapd->Wait(30s), 0) << kitapd->log();
}

TEST_F(KitapdTlsTest, MismatchedKeyFailsStartUpNamingTheFiles) {
  auto kitapd =
      Kitapd({"--tls-cert", CertFile("server.crt"), "--tls-key",
              CertFile("clients/desk-1.key"), "--grpc-listen", "127.0.0.1:0"});
  EXPECT_EQ(kitapd->Wait(30s), 1);
  EXPECT_NE(kitapd->log().find("TLS_FILE_INVALID: TLS key file " +
                               CertFile("clients/desk-1.key") +
                               " does not match the certificate in " +
                               CertFile("server.crt")),
            std::string::npos)
      << kitapd->log();
}

}  // namespace
}  // namespace kitap::test
