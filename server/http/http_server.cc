#include "server/http/http_server.h"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/strand.hpp>
#include <utility>

#include "db/thread_name.h"
#include "server/http/tls_context.h"
#include "server/log.h"

namespace kitap::http {
namespace {

namespace net = boost::asio;
using tcp = net::ip::tcp;

Status ListenFailed(const std::string& listen, const std::string& why) {
  return Status::Unavailable(
      "LISTEN_FAILED", "cannot listen for HTTP on " + listen + ": " + why);
}

// "host:port" or "[v6]:port" -> host and port.
bool SplitHostPort(const std::string& listen, std::string* host,
                   std::string* port) {
  size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  *host = listen.substr(0, colon);
  *port = listen.substr(colon + 1);
  if (host->size() > 2 && host->front() == '[' && host->back() == ']') {
    *host = host->substr(1, host->size() - 2);
  }
  return true;
}

// Accepts connections, each on a strand of its own, until the io_context
// stops.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& io, const SessionConfig& config)
      : io_(io), config_(config), acceptor_(io) {}

  tcp::acceptor& acceptor() { return acceptor_; }

  void DoAccept() {
    acceptor_.async_accept(
        net::make_strand(io_),
        [self = shared_from_this()](boost::system::error_code ec,
                                    tcp::socket socket) {
          self->OnAccept(ec, std::move(socket));
        });
  }

 private:
  void OnAccept(boost::system::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted) return;
    if (ec) {
      Log(LogLevel::kWarn, "http accept failed: " + ec.message());
    } else {
      StartSession(std::move(socket), config_);
    }
    DoAccept();
  }

  net::io_context& io_;
  const SessionConfig& config_;
  tcp::acceptor acceptor_;
};

}  // namespace

HttpServer::HttpServer() : io_(std::make_unique<net::io_context>()) {}

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start(const HttpOptions& options, Backend& backend,
                         std::unique_ptr<HttpServer>* out) {
  std::unique_ptr<HttpServer> server(new HttpServer());
  server->config_.backend = &backend;
  server->config_.header_limit = options.header_limit;
  server->config_.timeout = options.timeout;
  if (options.tls.enabled()) {
    KITAP_RETURN_IF_ERROR(MakeTlsContext(options.tls, &server->tls_));
    server->config_.tls = server->tls_.get();
  }
  KITAP_RETURN_IF_ERROR(server->Listen(options.listen));
  for (int i = 0; i < std::max(1, options.io_threads); ++i) {
    server->threads_.emplace_back([io = server->io_.get()] {
      db::NameThisThread("kitap-http");
      io->run();
    });
  }
  *out = std::move(server);
  return Status::Ok();
}

Status HttpServer::Listen(const std::string& listen) {
  std::string host, port;
  if (!SplitHostPort(listen, &host, &port)) {
    return ListenFailed(listen, "not host:port");
  }
  boost::system::error_code ec;
  tcp::resolver resolver(*io_);
  auto endpoints = resolver.resolve(
      host, port, tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || endpoints.empty()) {
    return ListenFailed(listen, ec ? ec.message() : "no address");
  }
  tcp::endpoint endpoint = endpoints.begin()->endpoint();
  auto listener = std::make_shared<Listener>(*io_, config_);
  tcp::acceptor& acceptor = listener->acceptor();
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return ListenFailed(listen, ec.message());
  tcp::endpoint bound = acceptor.local_endpoint(ec);
  if (ec) return ListenFailed(listen, ec.message());
  port_ = bound.port();
  config_.handler.open_probes = bound.address().is_loopback();
  listener->DoAccept();
  listener_ = std::move(listener);
  return Status::Ok();
}

void HttpServer::Stop() {
  io_->stop();
  for (std::thread& t : threads_) t.join();
  threads_.clear();
  listener_.reset();
}

}  // namespace kitap::http
