// The HTTP request and response as the request handler sees them: plain
// values, with no Beast types, so that the handler is a pure function that
// tests call directly. The session converts to and from Beast's messages.
#ifndef KITAP_SERVER_HTTP_MESSAGE_H_
#define KITAP_SERVER_HTTP_MESSAGE_H_

#include <string>
#include <utility>
#include <vector>

namespace kitap::http {

struct Request {
  std::string method;  // "GET"
  std::string target;  // "/api/v1/reports/annual?year=2025"
  // The Authorization header's value; empty when the request had none.
  std::string authorization;
  bool has_body = false;  // a body (or a Content-Length > 0) was sent
  std::string peer;       // "ipv4:127.0.0.1:53172", for the audit log
};

struct Response {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  // Extra headers, e.g. {"Allow", "GET"}.
  std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_MESSAGE_H_
