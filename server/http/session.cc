#include "server/http/session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "server/http/wire.h"
#include "server/log.h"

namespace kitap::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

// "ipv4:127.0.0.1:53172", as gRPC names peers.
std::string PeerName(const tcp::socket& socket) {
  beast::error_code ec;
  tcp::endpoint peer = socket.remote_endpoint(ec);
  if (ec) return "unknown";
  return std::string(peer.address().is_v4() ? "ipv4:" : "ipv6:") +
         (peer.address().is_v4() ? peer.address().to_string()
                                 : "[" + peer.address().to_string() + "]") +
         ":" + std::to_string(peer.port());
}

void LogDebug(const std::string& peer, const char* step,
              const beast::error_code& ec) {
  if (!LogEnabled(LogLevel::kDebug)) return;
  Log(LogLevel::kDebug,
      "http " + std::string(step) + " " + peer + ": " + ec.message());
}

// Stream: beast::tcp_stream (plaintext) or TlsStream.
template <class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

  Session(Stream stream, const SessionConfig& config, std::string peer)
      : config_(config), peer_(std::move(peer)), stream_(std::move(stream)) {}

  void Run() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::Start, Self()));
  }

 private:
  std::shared_ptr<Session> Self() { return this->shared_from_this(); }
  beast::tcp_stream& Tcp() { return beast::get_lowest_layer(stream_); }

  void Start() {
    if constexpr (kTls) {
      Tcp().expires_after(config_.timeout);
      stream_.async_handshake(
          net::ssl::stream_base::server,
          beast::bind_front_handler(&Session::OnHandshake, Self()));
    } else {
      DoRead();
    }
  }

  void OnHandshake(beast::error_code ec) {
    if (ec) return LogDebug(peer_, "TLS handshake with", ec);
    DoRead();
  }

  void DoRead() {
    parser_.emplace();
    LimitParser(config_.header_limit, &*parser_);
    Tcp().expires_after(config_.timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::OnRead, Self()));
  }

  void OnRead(beast::error_code ec, size_t) {
    if (ec) {
      std::optional<Response> answer = ReadFailure(ec);
      if (!answer) return DoClose();
      keep_alive_ = false;
      version_ = 11;
      return DoWrite(std::move(*answer));
    }
    const BeastRequest& request = parser_->get();
    keep_alive_ = request.keep_alive();
    version_ = request.version();
    auto self = Self();
    HandleRequest(FromBeast(request, peer_), config_.handler, *config_.backend,
                  [self](Response response) {
                    net::post(self->stream_.get_executor(),
                              [self, r = std::move(response)]() mutable {
                                self->DoWrite(std::move(r));
                              });
                  });
  }

  void DoWrite(Response r) {
    auto response = std::make_shared<BeastResponse>(
        ToBeast(std::move(r), version_, keep_alive_));
    response_ = response;  // alive until the write completes
    Tcp().expires_after(config_.timeout);
    bhttp::async_write(stream_, *response,
                       beast::bind_front_handler(&Session::OnWrite, Self(),
                                                 response->need_eof()));
  }

  void OnWrite(bool close, beast::error_code ec, size_t) {
    response_.reset();
    if (ec) return LogDebug(peer_, "write to", ec);  // the socket closes
    if (close) return DoClose();
    DoRead();
  }

  void DoClose() {
    if constexpr (kTls) {
      Tcp().expires_after(config_.timeout);
      stream_.async_shutdown([self = Self()](beast::error_code) {});
    } else {
      beast::error_code ec;
      Tcp().socket().shutdown(tcp::socket::shutdown_send, ec);
    }
  }

  const SessionConfig& config_;
  const std::string peer_;
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<RequestParser> parser_;
  std::shared_ptr<BeastResponse> response_;
  bool keep_alive_ = false;
  unsigned version_ = 11;
};

}  // namespace

void StartSession(tcp::socket socket, const SessionConfig& config) {
  std::string peer = PeerName(socket);
  beast::tcp_stream tcp(std::move(socket));
  if (config.tls != nullptr) {
    std::make_shared<Session<TlsStream>>(TlsStream(std::move(tcp), *config.tls),
                                         config, std::move(peer))
        ->Run();
  } else {
    std::make_shared<Session<beast::tcp_stream>>(std::move(tcp), config,
                                                 std::move(peer))
        ->Run();
  }
}

}  // namespace kitap::http
