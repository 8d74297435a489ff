// HttpServer: kitapd's HTTP side port (Boost.Beast over Boost.Asio). A few
// io threads accept connections and run sessions (session.h); no io thread
// waits on the database: the request handler hands that work to the
// engine through the Backend and the response is written when it is done.
//
// The probes (/healthz, /readyz, /metrics) are open only when the port is
// bound to a loopback address; elsewhere they need a token like the API.
// With TLS options the port speaks HTTPS only (tls_context.h); whether
// plaintext may be served at all is the caller's rule (see
// CheckPlaintextAllowed in server/tls.h).
#ifndef KITAP_SERVER_HTTP_HTTP_SERVER_H_
#define KITAP_SERVER_HTTP_HTTP_SERVER_H_

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "db/status.h"
#include "server/http/backend.h"
#include "server/http/session.h"
#include "server/tls.h"

namespace boost::asio {
class io_context;
namespace ssl {
class context;
}
}  // namespace boost::asio

namespace kitap::http {

struct HttpOptions {
  std::string listen;  // host:port ("127.0.0.1:7080", "[::1]:0", ...)
  int io_threads = 2;
  size_t header_limit = 8 * 1024;
  std::chrono::seconds timeout{30};
  TlsOptions tls;  // not enabled(): plaintext
};

class HttpServer {
 public:
  // Binds `options.listen` and starts serving with `backend` (which must
  // outlive Stop). Fails with UNAVAILABLE / LISTEN_FAILED when the address
  // cannot be resolved or bound, or as MakeTlsContext when a TLS file is
  // bad.
  static Status Start(const HttpOptions& options, Backend& backend,
                      std::unique_ptr<HttpServer>* out);
  // Stops.
  ~HttpServer();

  // The port actually bound (useful with port 0).
  int port() const { return port_; }
  // True when bound to a loopback address (the probes are open).
  bool loopback() const { return config_.handler.open_probes; }

  // Stops accepting, closes every connection and joins the io threads.
  // Responses still being computed are dropped. Safe to call more than
  // once.
  void Stop();

 private:
  HttpServer();
  Status Listen(const std::string& listen);

  std::unique_ptr<boost::asio::ssl::context> tls_;  // nullptr: plaintext
  SessionConfig config_;  // read by every session; outlives them
  std::unique_ptr<boost::asio::io_context> io_;
  std::shared_ptr<void> listener_;
  std::vector<std::thread> threads_;
  int port_ = 0;
};

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_HTTP_SERVER_H_
