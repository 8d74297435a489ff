// TestServer: a real kitapd (KitapServer) in-process on 127.0.0.1 port 0
// with a temp database and a fake clock, plus generated client stubs over
// real gRPC, and helpers to set up a library, patrons, records and items.
#ifndef KITAP_TESTS_TEST_SERVER_H_
#define KITAP_TESTS_TEST_SERVER_H_

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "client/stubs.h"
#include "kitap/v1/admin.grpc.pb.h"
#include "kitap/v1/catalog.grpc.pb.h"
#include "kitap/v1/circulation.grpc.pb.h"
#include "kitap/v1/diagnostics.grpc.pb.h"
#include "kitap/v1/directory.grpc.pb.h"
#include "kitap/v1/events.grpc.pb.h"
#include "kitap/v1/patrons.grpc.pb.h"
#include "kitap/v1/periodicals.grpc.pb.h"
#include "kitap/v1/statistics.grpc.pb.h"
#include "server/core/clock.h"
#include "server/server.h"
#include "tests/temp_dir.h"

namespace kitap::test {

// 2025-06-02 10:00:00 +05:00 (Asia/Almaty), a Monday.
inline constexpr domain::Micros kJune2 = 1748840400LL * 1'000'000;

// The result of one RPC: its status and the reason from trailing metadata.
struct Outcome {
  grpc::StatusCode code = grpc::StatusCode::OK;
  std::string reason;
  std::string message;
  bool ok() const { return code == grpc::StatusCode::OK; }
};

// Every stub over one channel whose calls carry one bearer token: the
// client's set, plus the channel for the tests.
struct Stubs : client::Stubs {
  Stubs() = default;
  explicit Stubs(std::shared_ptr<grpc::Channel> c)
      : client::Stubs(c), channel(c) {}

  std::shared_ptr<grpc::Channel> channel;
};

// A channel to `address` whose every call sends "authorization: Bearer
// `token`" (no metadata when `token` is empty).
std::shared_ptr<grpc::Channel> ChannelWithToken(const std::string& address,
                                                const std::string& token);
// The same over TLS: `tls` holds the PEM text of the CA certificates to
// trust and, for mutual TLS, of the client's certificate and key.
std::shared_ptr<grpc::Channel> ChannelWithToken(
    const std::string& address, const std::string& token,
    const grpc::SslCredentialsOptions& tls);
Stubs MakeStubs(std::shared_ptr<grpc::Channel> channel);

class TestServer {
 public:
  // Starts a server on a new temp database, with a national admin
  // credential made by the bootstrap step. `policy` may be changed first;
  // `rate_limit` is per credential and second (0: off).
  explicit TestServer(domain::Policy policy = {}, double rate_limit = 0);
  // The same on the existing database at `db_path`, which stays in place.
  explicit TestServer(const std::string& db_path, domain::Policy policy = {});
  ~TestServer();

  // Stops the server (committing queued writes) and starts it again on the
  // same database, as after a restart.
  void Restart();
  void Stop();

  FakeClock& clock() { return clock_; }
  const std::string& db_path() const { return db_path_; }
  KitapServer& server() { return *server_; }

  // Stubs that act as the national admin made by the bootstrap step.
  v1::Directory::Stub& directory() { return *admin_.directory; }
  v1::Patrons::Stub& patrons() { return *admin_.patrons; }
  v1::Catalog::Stub& catalog() { return *admin_.catalog; }
  v1::Circulation::Stub& circulation() { return *admin_.circulation; }
  v1::Periodicals::Stub& periodicals() { return *admin_.periodicals; }
  v1::Events::Stub& events() { return *admin_.events; }
  v1::Statistics::Stub& statistics() { return *admin_.statistics; }
  v1::Diagnostics::Stub& diagnostics() { return *admin_.diagnostics; }
  v1::Admin::Stub& admin() { return *admin_.admin; }
  std::shared_ptr<grpc::Channel> channel() { return admin_.channel; }
  const std::string& admin_token() const { return admin_token_; }
  std::string address() const;
  // The HTTP side port (bound on 127.0.0.1:0 unless set_http_listen said
  // otherwise before a Restart). The server has no TLS: off loopback it
  // starts only with `allow_plaintext` (see CheckPlaintextAllowed).
  int http_port() const { return server_->http_port(); }
  void set_http_listen(std::string listen, bool allow_plaintext = false) {
    http_listen_ = std::move(listen);
    allow_plaintext_ = allow_plaintext;
  }

  // Issues a credential through the Admin API and returns its token.
  std::string IssueToken(v1::Role role, int64_t library_id = 0,
                         const std::string& region_code = "");
  // Stubs acting with `token` ("" sends no credentials).
  Stubs StubsFor(const std::string& token);

  // A fresh unique request id.
  std::string NewRequestId();

  // Setup helpers: each asserts success and returns the new id.
  int64_t AddLibrary(const std::string& region = "KZ-75",
                     v1::LibraryType type = v1::LIBRARY_TYPE_CITY);
  int64_t AddPatron(int64_t home_library, const std::string& card,
                    v1::Date birth,
                    v1::PatronCategory category = v1::PATRON_CATEGORY_ADULT);
  int64_t AddRecord(v1::Subject subject = v1::SUBJECT_FICTION);
  int64_t AddItem(int64_t record, int64_t library, const std::string& barcode,
                  v1::LoanType type = v1::LOAN_TYPE_NORMAL);

  // Asserts that every counter equals a recount from the raw rows.
  void ExpectCountersMatchRecount();

 private:
  // A new temp database when `db_path` is empty.
  TestServer(const std::string& db_path, domain::Policy policy,
             double rate_limit);
  void Start();

  TempDir dir_;
  std::string db_path_;
  domain::Policy policy_;
  double rate_limit_;
  std::string http_listen_ = "127.0.0.1:0";
  bool allow_plaintext_ = false;
  FakeClock clock_{kJune2};
  std::unique_ptr<KitapServer> server_;
  std::string admin_token_;
  Stubs admin_;
  int next_request_ = 0;
};

// Calls a unary RPC with a 10 s deadline and returns its outcome.
template <class Stub, class Request, class Response>
Outcome Call(Stub& stub,
             grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                          Response*),
             const Request& request, Response* response) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  grpc::Status status = (stub.*method)(&context, request, response);
  Outcome outcome{status.error_code(), "", status.error_message()};
  const auto& trailers = context.GetServerTrailingMetadata();
  auto it = trailers.find("kitap-reason");
  if (it != trailers.end()) {
    outcome.reason = std::string(it->second.data(), it->second.size());
  }
  return outcome;
}

v1::Date MakeDate(int year, int month, int day);

}  // namespace kitap::test

#endif  // KITAP_TESTS_TEST_SERVER_H_
