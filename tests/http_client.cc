#include "tests/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>

namespace kitap::test {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

struct HttpClient::Impl {
  net::io_context io;
  beast::tcp_stream stream{io};
  beast::flat_buffer buffer;
  std::string error;

  explicit Impl(int port) {
    beast::error_code ec;
    stream.expires_after(std::chrono::seconds(30));
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"),
                                 static_cast<unsigned short>(port)),
                   ec);
    if (ec) error = "connect: " + ec.message();
  }

  HttpAnswer Read() {
    HttpAnswer answer;
    bhttp::response<bhttp::string_body> response;
    beast::error_code ec;
    stream.expires_after(std::chrono::seconds(30));
    bhttp::read(stream, buffer, response, ec);
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

HttpClient::HttpClient(int port) : impl_(std::make_unique<Impl>(port)) {}

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
  net::write(impl_->stream.socket(), net::buffer(raw), ec);
  if (ec) return {0, "", {}, "write: " + ec.message()};
  return impl_->Read();
}

HttpAnswer HttpGet(int port, const std::string& target,
                   const std::string& token) {
  return HttpClient(port).Get(target, token);
}

}  // namespace kitap::test
