// KitapServer: kitapd as a library. It opens the engine, registers every
// service, the gRPC health service and server reflection, and serves gRPC
// on one address. Integration tests start it in-process on port 0.
#ifndef KITAP_SERVER_SERVER_H_
#define KITAP_SERVER_SERVER_H_

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "server/auth/credential_cache.h"
#include "server/auth/rate_limiter.h"
#include "server/core/engine.h"
#include "server/service/edge.h"
#include "server/tls.h"

namespace kitap {

namespace http {
class HttpServer;
class ServerBackend;
}  // namespace http
namespace metrics {
class ServerMetrics;
}
namespace stats {
class CounterHub;
}

struct ServerOptions {
  EngineOptions engine;
  std::string grpc_listen = "127.0.0.1:7070";  // host:port; port 0 picks one
  // TLS of the gRPC port and the HTTP side port (the same certificate). Without
  // it Start refuses an address that is not loopback, for either port,
  // unless tls.allow_plaintext (CheckPlaintextAllowed).
  TlsOptions tls;
  // Largest request accepted; larger ones fail RESOURCE_EXHAUSTED.
  int max_message_bytes = 1 << 20;
  // Calls per second per credential, bursts of twice that; 0 is off.
  double rate_limit = 200;
  // The HTTP side port (health, metrics, JSON API, dashboard: see
  // http/handler.h), host:port with port 0 picking one; empty is off.
  std::string http_listen;
  int http_threads = 2;  // its io threads
};

class KitapServer {
 public:
  // Starts serving. Fails before opening the database when plaintext is
  // not allowed on the address or a TLS file is bad (tls.h).
  static Status Start(const ServerOptions& options,
                      std::unique_ptr<KitapServer>* out);
  ~KitapServer();

  // The gRPC port actually bound (useful with port 0).
  int grpc_port() const { return grpc_port_; }
  // The HTTP port actually bound; 0 when it is off.
  int http_port() const { return http_port_; }
  Engine& engine() { return *engine_; }

  // Stops taking new RPCs, lets in-flight ones finish (cancelling any still
  // running after `grace`), commits every queued write, then stops the
  // engine. Safe to call more than once.
  void Shutdown(std::chrono::milliseconds grace = std::chrono::seconds(10));

 private:
  KitapServer() = default;
  Status LoadCredentials(const std::string& db_path);
  // Before Engine::Open: the metrics and the live counters, and the
  // engine's batch listener that feeds them (server_http.cc).
  void PrepareObservers(EngineOptions* engine);
  // After the engine and edge: the HTTP side port, when options ask.
  Status StartHttp(const ServerOptions& options);

  // Fed by the engine's writer thread: they outlive engine_.
  std::unique_ptr<metrics::ServerMetrics> metrics_;
  std::unique_ptr<stats::CounterHub> counter_hub_;
  std::unique_ptr<Engine> engine_;
  auth::CredentialCache credentials_;
  std::unique_ptr<auth::RateLimiter> limiter_;
  std::unique_ptr<service::Edge> edge_;
  std::vector<std::unique_ptr<grpc::Service>> services_;
  std::unique_ptr<grpc::Server> grpc_;
  int grpc_port_ = 0;
  std::unique_ptr<http::ServerBackend> http_backend_;
  std::unique_ptr<http::HttpServer> http_;
  int http_port_ = 0;
  bool shut_down_ = false;
};

}  // namespace kitap

#endif  // KITAP_SERVER_SERVER_H_
