#include "server/http/wire.h"

#include <boost/beast/http/error.hpp>
#include <utility>

#include "server/http/responses.h"
#include "server/version.h"

namespace kitap::http {

namespace bhttp = boost::beast::http;

void LimitParser(size_t header_limit, RequestParser* parser) {
  parser->header_limit(static_cast<uint32_t>(header_limit));
  parser->body_limit(0);
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

std::optional<Response> ReadFailure(const boost::beast::error_code& ec) {
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

BeastResponse ToBeast(Response r, unsigned version, bool keep_alive) {
  BeastResponse response(static_cast<bhttp::status>(r.status), version);
  response.set(bhttp::field::server, std::string("kitapd/") + Version());
  response.set(bhttp::field::content_type, r.content_type);
  response.set("X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : r.headers) response.set(name, value);
  response.keep_alive(keep_alive);
  response.body() = std::move(r.body);
  response.prepare_payload();
  return response;
}

}  // namespace kitap::http
