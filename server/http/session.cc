#include "server/http/session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "server/http/responses.h"
#include "server/log.h"
#include "server/version.h"

namespace kitap::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;

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

Request FromBeast(const BeastRequest& r, const std::string& peer) {
  Request out;
  out.method = std::string(r.method_string());
  out.target = std::string(r.target());
  auto auth = r.find(bhttp::field::authorization);
  if (auth != r.end()) out.authorization = std::string(auth->value());
  out.has_body = !r.body().empty();
  out.peer = peer;
  return out;
}

// The answer to a request that could not be read, or nullopt when the
// connection should just close (the peer left, timed out, or the socket
// failed).
std::optional<Response> ReadFailure(const beast::error_code& ec) {
  auto error = [](int status, const char* reason, std::string message) {
    return ErrorResponse(status, "INVALID_ARGUMENT",
                         Status::InvalidArgument(reason, std::move(message)));
  };
  if (ec == bhttp::error::header_limit) {
    return error(431, "HEADERS_TOO_LARGE",
                 "the request line and headers exceed 8 KiB");
  }
  if (ec == bhttp::error::body_limit) {
    return error(413, "BODY_NOT_ALLOWED", "requests must not have a body");
  }
  if (ec.category() ==
          bhttp::make_error_code(bhttp::error::bad_target).category() &&
      ec != bhttp::error::end_of_stream &&
      ec != bhttp::error::partial_message) {
    return error(400, "REQUEST_MALFORMED", "malformed HTTP request");
  }
  return std::nullopt;
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, const SessionConfig& config)
      : config_(config), peer_(PeerName(socket)), stream_(std::move(socket)) {}

  void Run() {
    net::dispatch(
        stream_.get_executor(),
        beast::bind_front_handler(&Session::DoRead, shared_from_this()));
  }

 private:
  void DoRead() {
    parser_.emplace();
    parser_->header_limit(static_cast<uint32_t>(config_.header_limit));
    parser_->body_limit(0);  // every route is a GET
    stream_.expires_after(config_.timeout);
    bhttp::async_read(
        stream_, buffer_, *parser_,
        beast::bind_front_handler(&Session::OnRead, shared_from_this()));
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
    auto self = shared_from_this();
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
        static_cast<bhttp::status>(r.status), version_);
    response->set(bhttp::field::server, std::string("kitapd/") + Version());
    response->set(bhttp::field::content_type, r.content_type);
    response->set("X-Content-Type-Options", "nosniff");
    for (const auto& [name, value] : r.headers) response->set(name, value);
    response->keep_alive(keep_alive_);
    response->body() = std::move(r.body);
    response->prepare_payload();
    response_ = response;  // alive until the write completes
    stream_.expires_after(config_.timeout);
    bhttp::async_write(
        stream_, *response,
        beast::bind_front_handler(&Session::OnWrite, shared_from_this(),
                                  response->need_eof()));
  }

  void OnWrite(bool close, beast::error_code ec, size_t) {
    response_.reset();
    if (ec) {
      if (LogEnabled(LogLevel::kDebug)) {
        Log(LogLevel::kDebug, "http write to " + peer_ + ": " + ec.message());
      }
      return;  // the socket closes with the session
    }
    if (close) return DoClose();
    DoRead();
  }

  void DoClose() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  const SessionConfig& config_;
  const std::string peer_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::shared_ptr<BeastResponse> response_;
  bool keep_alive_ = false;
  unsigned version_ = 11;
};

}  // namespace

void StartSession(tcp::socket socket, const SessionConfig& config) {
  std::make_shared<Session>(std::move(socket), config)->Run();
}

}  // namespace kitap::http
