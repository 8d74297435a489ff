// One HTTP/1.1 connection of the side port (in the manner of Beast's
// examples: DoX starts an operation, OnX handles it). It reads a request
// within the read timeout, hands it to the request handler, and writes the
// response when the handler sends it (posted to the connection's strand,
// from whichever thread the handler finished on); keep-alive connections
// then read the next request. Requests over the header limit (431), with
// a body (413) or malformed (400) are answered and the connection closed.
// With a TLS context the session first completes a TLS handshake (within
// the timeout) and closes with a TLS close_notify; a client that does not
// speak TLS gets no answer.
#ifndef KITAP_SERVER_HTTP_SESSION_H_
#define KITAP_SERVER_HTTP_SESSION_H_

#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <cstddef>

#include "server/http/backend.h"
#include "server/http/handler.h"

namespace boost::asio::ssl {
class context;
}

namespace kitap::http {

struct SessionConfig {
  Backend* backend = nullptr;  // not owned; outlives every session
  HandlerOptions handler;
  size_t header_limit = 8 * 1024;  // request line and headers, bytes
  // A request must arrive within this (an idle keep-alive connection is
  // closed after it), and its response be written within it.
  std::chrono::seconds timeout{30};
  // Not owned; outlives every session. nullptr: plaintext.
  boost::asio::ssl::context* tls = nullptr;
};

// Serves `socket` (whose executor should be a strand) until the peer
// closes, a timeout passes, or the io_context stops. The session keeps
// itself alive through its pending operations.
void StartSession(boost::asio::ip::tcp::socket socket,
                  const SessionConfig& config);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_SESSION_H_
