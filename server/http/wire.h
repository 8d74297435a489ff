// Between Beast's messages and the handler's plain ones (message.h): how a
// session of the side port reads a request and writes a response, apart
// from the connection it does so on. fuzz/http_request_fuzzer.cc drives
// the same functions with raw bytes.
#ifndef KITAP_SERVER_HTTP_WIRE_H_
#define KITAP_SERVER_HTTP_WIRE_H_

#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <optional>
#include <string>

#include "server/http/message.h"

namespace kitap::http {

using BeastRequest =
    boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse =
    boost::beast::http::response<boost::beast::http::string_body>;
using RequestParser =
    boost::beast::http::request_parser<boost::beast::http::string_body>;

// Sets the side port's limits on a fresh parser: at most `header_limit`
// bytes of request line and headers, and no body (every route is a GET).
void LimitParser(size_t header_limit, RequestParser* parser);

// The handler's view of a parsed request from `peer` ("ipv4:1.2.3.4:5").
Request FromBeast(const BeastRequest& request, const std::string& peer);

// The answer to a request that could not be read (431 over the header
// limit, 413 with a body, 400 malformed), or nullopt when the connection
// should just close (the peer left, timed out, or the socket failed).
std::optional<Response> ReadFailure(const boost::beast::error_code& ec);

// The Beast response for `response`, with kitapd's standard headers and
// its payload prepared, for HTTP `version` (11: HTTP/1.1).
BeastResponse ToBeast(Response response, unsigned version, bool keep_alive);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_WIRE_H_
