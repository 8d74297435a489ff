#include "tests/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <optional>

namespace kitap::test {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = net::ip::tcp;

struct HttpClient::Impl {
  net::io_context io;
  beast::tcp_stream stream{io};
  // With TLS: the TLS layer over `stream`.
  std::optional<ssl::context> tls_context;
  std::optional<ssl::stream<beast::tcp_stream&>> tls;
  beast::flat_buffer buffer;
  std::string error;

  Impl(int port, const HttpTls& settings) {
    beast::error_code ec;
    stream.expires_after(std::chrono::seconds(30));
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"),
                                 static_cast<unsigned short>(port)),
                   ec);
    if (ec) error = "connect: " + ec.message();
    if (!ec && !settings.ca_file.empty()) Handshake(settings);
  }

  void Handshake(const HttpTls& settings) {
    beast::error_code ec;
    ssl::context& context = tls_context.emplace(ssl::context::tls_client);
    context.load_verify_file(settings.ca_file, ec);
    if (!ec && !settings.cert_file.empty()) {
      context.use_certificate_chain_file(settings.cert_file, ec);
      if (!ec)
        context.use_private_key_file(settings.key_file, ssl::context::pem, ec);
    }
    if (ec) {
      error = "TLS files: " + ec.message();
      return;
    }
    context.set_verify_mode(ssl::verify_peer);
    context.set_verify_callback(ssl::host_name_verification("127.0.0.1"));
    tls.emplace(stream, context);
    tls->handshake(ssl::stream_base::client, ec);
    if (ec) error = "handshake: " + ec.message();
  }

  // Runs `step(s, ec)` on the stream the connection speaks through.
  template <class Step>
  void On(Step step, beast::error_code& ec) {
    if (tls) {
      step(*tls, ec);
    } else {
      step(stream, ec);
    }
  }

  HttpAnswer Read() {
    HttpAnswer answer;
    bhttp::response<bhttp::string_body> response;
    beast::error_code ec;
    stream.expires_after(std::chrono::seconds(30));
    On([&](auto& s,
           beast::error_code& e) { bhttp::read(s, buffer, response, e); },
       ec);
    if (ec) {
      answer.error = "read: " + ec.message();
      return answer;
    }
    answer.status = static_cast<int>(response.result_int());
    answer.body = response.body();
    for (const auto& field : response) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(c));
      answer.headers[name] = std::string(field.value());
    }
    return answer;
  }
};

HttpClient::HttpClient(int port, const HttpTls& tls)
    : impl_(std::make_unique<Impl>(port, tls)) {}

HttpClient::~HttpClient() = default;

HttpAnswer HttpClient::Send(const std::string& method,
                            const std::string& target, const std::string& token,
                            const std::string& extra_header) {
  std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  if (!token.empty()) raw += "Authorization: Bearer " + token + "\r\n";
  if (!extra_header.empty()) raw += extra_header + "\r\n";
  return Raw(raw + "\r\n");
}

HttpAnswer HttpClient::Raw(const std::string& raw) {
  if (!impl_->error.empty()) return {0, "", {}, impl_->error};
  beast::error_code ec;
  impl_->On([&](auto& s,
                beast::error_code& e) { net::write(s, net::buffer(raw), e); },
            ec);
  if (ec) return {0, "", {}, "write: " + ec.message()};
  return impl_->Read();
}

HttpAnswer HttpGet(int port, const std::string& target,
                   const std::string& token, const HttpTls& tls) {
  return HttpClient(port, tls).Get(target, token);
}

}  // namespace kitap::test
